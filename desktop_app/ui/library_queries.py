"""Opening the library and answering the list's queries, off the UI thread.

One long-lived QThread owns its own LibraryService. It also opens the window's service
(a second connection, used by the UI thread and the operations runner afterwards) so
that opening, migrating and checking the file never runs on the UI thread. Then it
answers listings, sorts and searches.

On first run (the file was just created) the bundled sample pages are imported on a
thread of their own, after the window has its service: that takes seconds, and the list
shows their articles as they land (``seedProgress``, desktop_app.ui.first_launch)
instead of an empty window saying "Opening the library…" until the last page is in.
Requests travel as queued signals and answers come back the same way, tagged with a
token so the list can drop answers it no longer wants. Writes do not come here: they go
through the operations runner (desktop_app.ui.operations).

Shutdown: the QThread is a child of the UI-side LibraryQueries and the worker has no
parent (it cannot: it lives in the other thread); the worker is deleted in its own
thread when the thread finishes. A thread still busy after STOP_WAIT_MS (a long SQLite
step cannot be interrupted from here) is kept referenced until the process ends rather
than destroyed while running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.core.filters import Filters
from desktop_app.ui.roles import SERVICE_ORDER, Column

if TYPE_CHECKING:
    from desktop_app.service import LibraryService

Opener = Callable[[Path, bool], "LibraryService"]  # (path, import_seeds): False here
STOP_WAIT_MS = 10_000
_still_running: list[QThread] = []  # threads that outlived their window; see module doc
__all__ = ["Filters", "LibraryQueries", "Opener", "QueryWorker", "default_opener"]


def default_opener(path: Path, import_seeds: bool = False) -> LibraryService:
    from desktop_app.service import LibraryService

    return LibraryService.open(path, import_seeds=import_seeds)


def sorted_ids(service: LibraryService, filters: Filters, column: int,
               descending: bool) -> list[str]:
    """Ids of the listing in the order of ``column``; runs in the worker thread. The
    library sorts (storage/library.py): rows are never read whole to sort them."""
    ids = service.article_ids(filters, order=SERVICE_ORDER.get(Column(column), "page"))
    return ids[::-1] if descending else ids


class QueryWorker(QObject):
    opened = Signal(str, object)  # path, the window's own LibraryService
    openFailed = Signal(object)  # the exception: the window explains it and offers a way out
    upgrading = Signal()  # the file's format is brought up to this version before it opens
    failed = Signal(object)  # the exception of a listing or search that failed
    idsReady = Signal(int, object)  # a list of ids: as object, no QVariantList copy (40 ms at 100k)
    searchReady = Signal(int, str, list)
    seedProgress = Signal(int, int)  # sample pages in, of all (first run; any thread)

    def __init__(self, path: Path, opener: Opener):
        super().__init__()
        self.path = path
        self.opener = opener
        self.service: LibraryService | None = None
        self.samples: threading.Thread | None = None  # importing them on first run
        self._stop_samples = threading.Event()

    def _service(self) -> LibraryService:
        if self.service is None:
            self.service = self.opener(self.path, False)
        return self.service

    @Slot()
    def open(self) -> None:
        from desktop_app.service_opening import needs_upgrade

        if needs_upgrade(self.path):
            self.upgrading.emit()
        try:
            own = self._service()
            for_window = self.opener(self.path, False)
        except Exception as exc:  # the window explains it to the user
            # Nothing stays open: a restore may have to move the file next.
            self.close()
            self.openFailed.emit(exc)
            return
        self.opened.emit(str(self.path), for_window)
        if own.created or own.samples_cut_short():
            self.samples = threading.Thread(target=self._import_samples, args=(own,),
                                            name="sample-pages", daemon=False)
            self.samples.start()

    def _import_samples(self, service: LibraryService) -> None:
        """On the samples' thread: one transaction a page, through a connection of its
        own, so the list's queries here go on between pages."""
        def progress(done: int, total: int, _name: str) -> bool:
            self.seedProgress.emit(done, total)
            return not self._stop_samples.is_set()

        try:
            service.import_samples(progress)
        except Exception as exc:  # the pages already in stay; the window says what failed
            self.failed.emit(exc)

    @Slot(int, object, int, bool)
    def list_ids(self, token: int, filters: Filters, column: int, descending: bool) -> None:
        try:
            ids = sorted_ids(self._service(), filters, column, descending)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.idsReady.emit(token, ids)

    @Slot(int, str, object)
    def search(self, token: int, query: str, filters: Filters) -> None:
        try:
            hits = self._service().search(query, filters, limit=200)
        except Exception as exc:
            self.failed.emit(exc)
            hits = []
        self.searchReady.emit(token, query, hits)

    @Slot()
    def close(self) -> None:
        if self.samples is not None:  # stops after the page being written
            self._stop_samples.set()
            self.samples.join()
            self.samples = None
        if self.service is not None:
            self.service.close()
            self.service = None


class LibraryQueries(QObject):
    """The UI side: owns the thread, forwards requests, exposes the worker's signals."""

    requestOpen = Signal()
    requestIds = Signal(int, object, int, bool)
    requestSearch = Signal(int, str, object)
    requestClose = Signal()

    def __init__(self, path: Path, opener: Opener, parent: QObject | None = None):
        super().__init__(parent)
        # Named worker_thread: an attribute called ``thread`` would hide QObject.thread().
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("library-queries")
        self.worker = QueryWorker(path, opener)
        self.worker.moveToThread(self.worker_thread)
        self.requestOpen.connect(self.worker.open)
        self.requestIds.connect(self.worker.list_ids)
        self.requestSearch.connect(self.worker.search)
        self.requestClose.connect(self.worker.close)
        self.worker_thread.finished.connect(self.worker.deleteLater)
        self.worker_thread.start()

    def stop(self) -> bool:
        """Close the worker's library and end the thread; False if it is still busy."""
        thread = self.worker_thread
        if not thread.isRunning():
            return True
        self.requestClose.emit()
        thread.quit()
        if thread.wait(STOP_WAIT_MS):
            return True
        # Destroying a running QThread aborts the process; keep it until exit instead.
        thread.setParent(None)
        _still_running.append(thread)
        return False
