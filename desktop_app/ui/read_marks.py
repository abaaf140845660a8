"""Read and unread in the window: an article shown for a moment becomes read; unread
titles are bold in the list (desktop_app.ui.article_model); Go → Mark as Unread and Mark
All in List as Read; a read/unread filter beside the other filters.

When an article counts as read: after it has been shown for a moment
(``pauses.READ_DWELL_MS``), not the instant it opens. j / k, Space at an article's end
and the arrow keys in the list pass through articles in a fraction of a second each;
marking every one of those read would make "unread" mean nothing after a skim. A second
and a half is long enough to have taken in the title and the first lines, which is what
"read" means in a news reader (Readwise and Feedly mark on open; this is their rule with
the skimming left out).

Every write goes through the operations runner, which announces it as a change of read
marks (``Changes.read``); the list refreshes its rows by itself, or lists again when its
read filter is on and Mark All in List as Read may have taken articles out of it. The
filter box only says what was chosen (``readFilterChosen``); the list applies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox

from desktop_app.ui import pauses
from desktop_app.ui.operations import Changes
from desktop_app.ui.roles import ARTICLE_ID_ROLE

if TYPE_CHECKING:
    from desktop_app.ui.list_panel import ListPanel
    from desktop_app.ui.operations import LibraryHandle, OperationRunner
    from desktop_app.ui.reader_panel import ReaderPanel


class ReadMarks(QObject):
    statusMessage = Signal(str, int)
    readFilterChosen = Signal(object)  # "read", "unread" or None (both): the list's filter

    def __init__(self, runner: OperationRunner, library: LibraryHandle, lists: ListPanel,
                 reader: ReaderPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.library, self.lists, self.reader = runner, library, lists, reader
        self.dwell_ms = pauses.READ_DWELL_MS
        self._pending = ""  # the article the timer will mark read
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._dwelt)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("read-filter")
        self.filter_box.currentIndexChanged.connect(self._on_filter)
        self.retranslate()

    # -- becoming read ------------------------------------------------------------------
    def opened(self, article_id: str) -> None:
        """The reader shows ``article_id``: read once it has stayed a moment."""
        self._pending = article_id
        self._timer.start(self.dwell_ms)

    def _dwelt(self) -> None:
        article_id, self._pending = self._pending, ""
        detail = self.reader.detail
        if detail is None or detail.id != article_id:
            return  # gone on to another meanwhile
        self._write(lambda service: service.mark_read(article_id), [article_id])

    def _write(self, work, ids: list[str]) -> None:
        service = self.library.service
        if service is None:
            return
        self.runner.write(lambda: work(service), Changes(frozenset(ids), read=True),
                          owner=self)

    # -- the reader's commands ----------------------------------------------------------
    def mark_unread_now(self) -> None:
        """Go → Mark as Unread: the articles selected in the list, else the one read."""
        ids = list(self.lists.selected_ids())
        detail = self.reader.detail
        if not ids and detail is not None:
            ids = [detail.id]
        if not ids:
            return
        if self._pending in ids:
            self._timer.stop()  # it stays unread though it is still shown
            self._pending = ""
        self._write(lambda service: service.mark_unread(*ids), ids)

    def mark_all_read(self) -> None:
        """Go → Mark All in List as Read: every article the list's filters select, or,
        while search results are shown, every result."""
        from desktop_app.ui.list_panel import RESULTS_PAGE

        filters = self.lists.filters()
        service = self.library.service
        if filters is None or service is None:
            return
        results = self.lists.results_model
        if self.lists.pages.currentIndex() == RESULTS_PAGE and results is not None:
            ids = [results.index(r).data(ARTICLE_ID_ROLE) for r in range(results.rowCount())]
            self.runner.write(lambda: service.mark_read(*ids),
                              Changes(frozenset(ids), read=True), owner=self,
                              done=self._marked)
            return
        # Any article the filters select: a list of unread ones is read again (they no
        # longer belong in it), any other refreshes its rows (list_panel.py).
        self.runner.write(lambda: len(service.mark_all_read(filters)), Changes(read=True),
                          owner=self, done=self._marked)

    def _marked(self, count: int) -> None:
        self.statusMessage.emit(self.tr("%n article(s) marked read", "", count), 5000)

    # -- the filter -----------------------------------------------------------------------
    def _on_filter(self, _index: int) -> None:
        self.readFilterChosen.emit(self.filter_box.currentData())

    def retranslate(self) -> None:
        box = self.filter_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Read and unread"), None)
        box.addItem(self.tr("Unread"), "unread")
        box.addItem(self.tr("Read"), "read")
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
