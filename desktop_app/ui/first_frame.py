"""The window's first frame: knowing when it has painted, and empty hosts in the places
of the parts built after it.

The library starts opening only after the first paint (:class:`FirstPaint`): its imports
and SQLite work compete with the UI thread for the GIL. The notes panel, the search
results and the filter bar show nothing useful before the library is open, and together
their imports and widgets are a sizeable share of the time to the first frame (the
filter bar's first QComboBox and QDateEdit alone cost 8-10 ms). The first frame holds an
empty host in each place (the notes host keeps its splitter size and visibility,
restored from the settings; the filter host reserves the bar's height so the list does
not jump); the panels fill them in while the library opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget


class FirstPaint(QObject):
    """Calls ``then`` once, after the watched window's first paint event."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.then)  # after this frame; never after the window
        return False


def host(name: str = "") -> tuple[QWidget, QVBoxLayout]:
    """An empty widget and its margin-less layout, for a part built later."""
    widget = QWidget()
    if name:
        widget.setObjectName(name)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return widget, layout
