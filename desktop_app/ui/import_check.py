"""PySide6's check of every module imported after it, answered without ``inspect``.

Since PySide6 6.4 (PYSIDE-2029) an import hook asks, for each module name first imported
after PySide6, whether the module's source mentions "PySide6" (for its ``__feature__``
switches, which this app never uses), through ``inspect.getsource``: linecache reads and
splits the whole file. From source, the window's first frame waits for that on about 70
modules (``os``, ``typing``, ``pathlib``… and the app's own): 8-11 ms of the 40-50 ms
the app takes beyond a bare window (docs/benchmarks.md, "Session 9"). The frozen app
ships no sources, so there PySide's check fails fast and this saves little.

It must be installed after PySide6's first import (which installs the hook) and before
the window's modules are imported (``ui/app.py``, ``create_app``).

:func:`install` puts a check with the same answers in its place: a module of the
standard library never mentions PySide6, any other module's ``.py`` file is read as bytes
once, and anything else goes to PySide's own function. If a PySide release no longer has
that function, nothing is replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source says "PySide6", as PySide's own check answers it."""
    name = getattr(module, "__name__", "")
    if isinstance(name, str) and name.partition(".")[0] in sys.stdlib_module_names:
        return False
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except (OSError, ValueError):  # no such file (frozen), or a path open() refuses
            pass
    return fallback(module)


def install() -> bool:
    """Replace PySide6's check (once; PySide6 must be imported). True if replaced."""
    feature = sys.modules.get(_HOOK_MODULE)
    original = getattr(feature, _HOOK, None)
    if feature is None or not callable(original) or getattr(original, "_xiangyue", False):
        return False

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check._xiangyue = True  # type: ignore[attr-defined]
    check.original = original  # type: ignore[attr-defined]
    setattr(feature, _HOOK, check)
    return True
