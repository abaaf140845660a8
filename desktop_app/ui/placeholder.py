"""Empty hosts that hold the place of parts built after the window's first frame.

The notes panel, the search results and the filter bar show nothing useful before the
library is open, and together their imports and widgets are a sizeable share of the time
to the first frame (the filter bar's first QComboBox and QDateEdit alone cost 8-10 ms).
The first frame holds an empty host in each place (the notes host keeps its splitter
size and visibility, restored from the settings; the filter host reserves the bar's
height so the list does not jump); the panels fill them in while the library opens.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


def host(name: str = "") -> tuple[QWidget, QVBoxLayout]:
    """An empty widget and its margin-less layout, for a part built later."""
    widget = QWidget()
    if name:
        widget.setObjectName(name)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return widget, layout
