"""Library work off the UI thread: opening, listing, sorting, searching, importing.

One long-lived QThread owns its own LibraryService. It also opens the window's service
(a second connection, used from the UI thread afterwards) so that opening, migrating
and checking the file never runs on the UI thread. Requests travel as queued signals and
answers come back the same way, tagged with a token so the window can drop answers it
no longer wants.

Shutdown: the QThread is a child of the UI-side LibraryThread and the worker has no
parent (it cannot: it lives in the other thread); the worker is deleted in its own
thread when the thread finishes. A thread still busy after STOP_WAIT_MS (a long SQLite
step cannot be interrupted from here) is kept referenced until the process ends rather
than destroyed while running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, QObject, QThread, Signal, Slot

from desktop_app.core.filters import Filters
from desktop_app.ui.roles import SERVICE_ORDER, Column

Opener = Callable[[Path, bool], object]  # (path, import_seeds) -> LibraryService
ROW_CHUNK = 500
STOP_WAIT_MS = 10_000
_still_running: list[QThread] = []  # threads that outlived their window; see module doc
__all__ = ["Filters", "LibraryThread", "LibraryWorker", "Opener", "default_opener"]


def default_opener(path: Path, import_seeds: bool = False):
    from desktop_app.service import LibraryService

    return LibraryService.open(path, import_seeds=import_seeds)


def sorted_ids(service, filters: Filters, column: int, descending: bool) -> list[str]:
    """Ids of the listing in the order of ``column``; runs in the worker thread."""
    order = SERVICE_ORDER.get(Column(column), "page")
    ids = service.article_ids(order="page" if column == Column.TITLE else order,
                              **filters.kwargs())
    if Column(column) == Column.TITLE or Column(column) not in SERVICE_ORDER:
        ids = _sort_by_rows(service, ids, Column(column))
    return ids[::-1] if descending else ids


def _sort_by_rows(service, ids: Sequence[str], column: Column) -> list[str]:
    from desktop_app.ui.article_model import _cell  # Qt-free helper, shared with the view

    rows = []
    for start in range(0, len(ids), ROW_CHUNK):
        rows.extend(service.article_rows(ids[start:start + ROW_CHUNK]))
    if column == Column.TITLE:
        # Chinese titles in pinyin order, as a reader expects, not code-point order.
        collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        collator.setNumericMode(True)
        rows.sort(key=lambda row: collator.sortKey(row.title))
    else:
        rows.sort(key=lambda row: _cell(row, column, True))
    return [row.id for row in rows]


class LibraryWorker(QObject):
    opened = Signal(str, object)  # path, the window's own LibraryService
    openFailed = Signal(object)  # the exception: the window explains it and offers a way out
    restored = Signal(str, str)  # the backup put in place, where the damaged file went
    failed = Signal(str)
    writeFailed = Signal(object)  # a LibraryError met while importing (disk full, busy)
    idsReady = Signal(int, list)
    searchReady = Signal(int, str, list)
    importProgress = Signal(int, int, str)
    importDone = Signal(object)

    def __init__(self, path: Path, opener: Opener):
        super().__init__()
        self.path = path
        self.opener = opener
        self.service = None
        self.cancel = threading.Event()  # set from the UI thread; read between files

    def _service(self):
        if self.service is None:
            self.service = self.opener(self.path, True)
        return self.service

    @Slot()
    def open(self) -> None:
        self._open()

    def _open(self) -> bool:
        try:
            self._service()
            for_window = self.opener(self.path, False)
        except Exception as exc:  # the window explains it to the user
            self.openFailed.emit(exc)
            return False
        self.opened.emit(str(self.path), for_window)
        return True

    @Slot(str)
    def restore(self, backup: str) -> None:
        """Put ``backup`` in place of the damaged library, then open it as usual."""
        from desktop_app.service import LibraryError, UnreadableFileError, restore_backup

        if self.service is not None:  # the window's connection failed, not this one
            self.service.close()
            self.service = None
        try:
            aside = restore_backup(self.path, backup)
        except (OSError, UnreadableFileError) as exc:  # read-only, full, not a file:
            # nothing was moved
            self.openFailed.emit(LibraryError(self.path, f"cannot restore {backup}: {exc}"))
            return
        if self._open():
            self.restored.emit(backup, str(aside))

    @Slot(int, object, int, bool)
    def list_ids(self, token: int, filters: Filters, column: int, descending: bool) -> None:
        try:
            ids = sorted_ids(self._service(), filters, column, descending)
        except Exception as exc:
            self.failed.emit(str(exc))
            return
        self.idsReady.emit(token, ids)

    @Slot(int, str, object)
    def search(self, token: int, query: str, filters: Filters) -> None:
        try:
            hits = self._service().search(query, limit=200, **filters.kwargs())
        except Exception as exc:
            self.failed.emit(str(exc))
            hits = []
        self.searchReady.emit(token, query, hits)

    @Slot(list)
    def import_paths(self, paths: list) -> None:
        def progress(done: int, total: int, name: str) -> bool:
            self.importProgress.emit(done, total, name)
            return not self.cancel.is_set()

        try:
            report = self._service().import_paths([Path(p) for p in paths], progress=progress)
        except Exception as exc:
            from desktop_app.service import LibraryError  # loaded by now: the worker opened

            if isinstance(exc, LibraryError):
                self.writeFailed.emit(exc)
            else:
                self.failed.emit(str(exc))
            report = None
        self.importDone.emit(report)

    @Slot()
    def close(self) -> None:
        if self.service is not None:
            self.service.close()
            self.service = None


class LibraryThread(QObject):
    """The UI side: owns the thread, forwards requests, exposes the worker's signals."""

    requestOpen = Signal()
    requestRestore = Signal(str)
    requestIds = Signal(int, object, int, bool)
    requestSearch = Signal(int, str, object)
    requestImport = Signal(list)
    requestClose = Signal()

    def __init__(self, path: Path, opener: Opener, parent: QObject | None = None):
        super().__init__(parent)
        # Named worker_thread: an attribute called ``thread`` would hide QObject.thread().
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("library-worker")
        self.worker = LibraryWorker(path, opener)
        self.worker.moveToThread(self.worker_thread)
        self.requestOpen.connect(self.worker.open)
        self.requestRestore.connect(self.worker.restore)
        self.requestIds.connect(self.worker.list_ids)
        self.requestSearch.connect(self.worker.search)
        self.requestImport.connect(self.worker.import_paths)
        self.requestClose.connect(self.worker.close)
        self.worker_thread.finished.connect(self.worker.deleteLater)
        self.worker_thread.start()

    def start_import(self, paths: list[str]) -> None:
        # Cleared here, before queueing: a Cancel pressed before the worker starts counts.
        self.worker.cancel.clear()
        self.requestImport.emit(paths)

    def cancel_import(self) -> None:
        self.worker.cancel.set()

    def stop(self) -> bool:
        """Close the worker's library and end the thread; False if it is still busy."""
        thread = self.worker_thread
        if not thread.isRunning():
            return True
        self.worker.cancel.set()
        self.requestClose.emit()
        thread.quit()
        if thread.wait(STOP_WAIT_MS):
            return True
        # Destroying a running QThread aborts the process; keep it until exit instead.
        thread.setParent(None)
        _still_running.append(thread)
        return False
