"""The window's first frame: knowing when it has painted, and empty hosts in the places
of the parts built after it.

The library starts opening only after the first paint (:class:`FirstPaint`): its imports
and SQLite work compete with the UI thread for the GIL. The notes panel, the search
results and the filter bar show nothing useful before the library is open, and together
their imports and widgets are a sizeable share of the time to the first frame (the
filter bar's first QComboBox and QDateEdit alone cost 8-10 ms). The first frame holds an
empty host in each place (the notes host keeps its splitter size and visibility,
restored from the settings; the filter host reserves the bar's height so the list does
not jump); the panels fill them in once the first article is drawn
(:class:`AfterFirstArticle`), not while the library opens and is listed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel

    from desktop_app.ui.reader_panel import ReaderPanel

# Built anyway if no article is shown by then (a library that fails to open, say).
AFTER_ARTICLE_FALLBACK_MS = 3000


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


class AfterFirstArticle(QObject):
    """Calls ``then`` once, after the first article is drawn (or the first listing turns
    out empty). The filter bar, notes panel and dock shells were built while the query
    thread opened the library and listed it, and their ~80 ms on the UI thread delayed
    both (docs/benchmarks.md, Issue 15); the list asks for its first listing without the
    bar (no filter is chosen before it exists)."""

    def __init__(self, window: QWidget, reader: ReaderPanel, listing: QAbstractItemModel,
                 then: Callable[[], None]):
        super().__init__(window)
        self.then, self.listing, self.done = then, listing, False
        reader.articleOpened.connect(self._go)
        listing.modelReset.connect(self._listed)
        QTimer.singleShot(AFTER_ARTICLE_FALLBACK_MS, self, self._go)

    def _listed(self) -> None:
        if self.listing.rowCount() == 0:  # no article will be drawn
            self._go()

    def _go(self, *_article: object) -> None:
        if not self.done:
            self.done = True
            QTimer.singleShot(0, self, self.then)  # after the article's frame


def host(name: str = "") -> tuple[QWidget, QVBoxLayout]:
    """An empty widget and its margin-less layout, for a part built later."""
    widget = QWidget()
    if name:
        widget.setObjectName(name)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return widget, layout
