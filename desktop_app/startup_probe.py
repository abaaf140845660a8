"""Start-up probe for bench/frozen.py: ``XIANGYUE_SELFTEST=startup xiangyue --self-test``.

It shows the window exactly as a normal ``xiangyue`` start does and quits once the
window has painted, so launching it and waiting for it to exit times "start to window"
for the frozen app and from source alike.
"""

from __future__ import annotations

import sys


def run_startup_probe() -> int:
    """Show the window exactly as ``xiangyue`` does; quit once it has painted.

    The library comes from ``XIANGYUE_HOME`` as usual (the bench prepares one, so
    this measures a normal start, not the first-run import).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    from desktop_app.ui.app import build_window, create_app

    app = create_app([sys.argv[0]])
    window = build_window()

    class _FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                QTimer.singleShot(0, window.close)
                QTimer.singleShot(0, app.quit)
            return False

    painted = _FirstPaint()
    window.installEventFilter(painted)
    QTimer.singleShot(30_000, app.quit)  # never hang a benchmark
    app.exec()
    window.close()
    return 0
