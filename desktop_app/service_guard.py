"""The lock every :class:`~desktop_app.service.LibraryService` method holds while it uses
the connection, and the translation of SQLite's reports on the way out."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.storage.db import as_library_failure


class ServiceGuard:
    """The lock every service method holds while it uses the connection.

    On its way out it also turns SQLite's report of a problem with the file into a
    :class:`LibraryError`: :class:`CorruptLibraryError` (with the backups to restore)
    only when SQLite's check confirms damage, :class:`LibraryIOError` when a read failed
    on a healthy file, so what the window says mid-session matches what it says on open.
    """

    def __init__(self, path: Path) -> None:
        self._lock = threading.RLock()
        self._path = path

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self._lock.release()
        failure = as_library_failure(self._path, exc) if exc is not None else None
        if failure is not None:
            raise failure from exc
