"""Runtime hook of the frozen app (build.spec wires it): stand-ins for left-out modules.

PyInstaller runs this before the app's first line, in the window and in each import
worker. ``PySide6.QtOpenGL`` is left out of the bundle (8.5 MiB; see
``QT_MODULES_STOOD_IN`` in scripts/freeze_config.py): pyqtgraph imports it when it is
imported, but uses it only to draw through OpenGL, which the charts never turn on. The
stand-in satisfies that import; any use of it raises and says why.
"""

import sys
import types


class _LeftOut(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        raise AttributeError(
            f"{self.__name__}.{name}: this module is not in the frozen app "
            "(scripts/freeze_config.py, QT_MODULES_STOOD_IN)")


LEFT_OUT = ("PySide6.QtOpenGL",)  # tests/test_build_spec.py: the spec's excludes agree

for _name in LEFT_OUT:
    sys.modules.setdefault(_name, _LeftOut(_name, __doc__))
