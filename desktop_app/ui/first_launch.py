"""A first launch: the sample pages going in, told in the status bar, their articles
listed as each page lands.

The query thread imports them on a thread of its own once the window has its library
(desktop_app.ui.library_queries); each page takes a second or two, five pages several
seconds. A reader meeting the app for the first time sees "Adding the sample pages: 2 of
5…" and the list filling, instead of an empty window that seems to hang.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar

from desktop_app.ui.operations import EVERYTHING, Changes

if TYPE_CHECKING:
    from desktop_app.ui.library_queries import LibraryQueries
    from desktop_app.ui.operations import OperationRunner

LANDED = Changes(listing=True)  # pages landed: the list reads its rows again
DONE_MS = 8000


class SampleProgress(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds (0: until replaced)

    def __init__(self, runner: OperationRunner, queries: LibraryQueries,
                 status_bar: QStatusBar | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.status_bar = runner, status_bar
        self.shown = ""  # the last text (tests read it)
        self.bar: QProgressBar | None = None  # pages in, beside the text; built when needed
        queries.worker.seedProgress.connect(self.on_progress)

    def on_progress(self, done: int, total: int) -> None:
        self._show_bar(done, total)
        if done >= total:
            self._say(self.tr("The sample pages are in: %n page(s). Import your own with "
                              "File → Import Files.", "", total), DONE_MS)
            self.runner.announce(EVERYTHING)  # the filters' kinds and dates too
            return
        self._say(self.tr("Adding the sample pages: %1 of %2…").replace(
            "%1", str(done)).replace("%2", str(total)), 0)
        if done > 0:
            self.runner.announce(LANDED)

    def _show_bar(self, done: int, total: int) -> None:
        if self.status_bar is None:
            return
        if self.bar is None:
            self.bar = QProgressBar()
            self.bar.setObjectName("sample-pages-progress")
            self.bar.setFixedWidth(140)
            self.bar.setTextVisible(False)
            self.status_bar.addPermanentWidget(self.bar)
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.setVisible(done < total)

    def _say(self, text: str, timeout_ms: int) -> None:
        self.shown = text
        self.statusMessage.emit(text, timeout_ms)
