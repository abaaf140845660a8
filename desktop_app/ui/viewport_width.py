"""The width of a scroll area's viewport, without asking Python for the viewport.

The first time PySide wraps a plain QWidget that Qt made (a view's viewport is one), it
builds every QWidget subclass of QtWidgets to find the object's type: 70 Qt enums, 30-80
ms of the UI thread on this machine, paid once per process. The list and the reading
pane measured their viewports while the first frame was built and again before the
first article was drawn, so that cost sat in both (docs/benchmarks.md, Issue 15). The
viewport is the area inside the frame less the vertical scroll bar, when one is shown;
the bar is a QScrollBar, a type PySide finds at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def viewport_width(view: QAbstractScrollArea) -> int:
    bar = view.verticalScrollBar()
    shown = bar.isVisibleTo(view) and bar.maximum() > bar.minimum()
    return view.maximumViewportSize().width() - (bar.width() if shown else 0)
