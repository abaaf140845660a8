"""One import the window runs on a thread of its own, with progress and cancel.

Not on the operations runner: an import of a year of pages takes minutes, and the
runner does one write at a time, so a note typed meanwhile would wait for the whole
import. The import writes through a connection of its own, one short transaction per
page (``LibraryService.import_paths``; analysis in worker processes for a large one),
so the window's reads and writes go on between its pages.

The thread touches no widget. It keeps the latest :class:`Shown` and posts at most one
``progressed`` signal at a time: however fast pages go by (a resumed import skips
thousands a second), the UI thread gets one event per look, never a backlog.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop_app.page_import import ImportStatus
    from desktop_app.service import ImportReport

# Jobs whose thread outlived the window's wait: kept (never garbage-collected, so their
# signals have an object to be emitted from) until the process ends.
_outliving: list[ImportJob] = []


@dataclass(frozen=True)
class Shown:
    """Where the import stands, as the progress panel shows it."""

    done: int = 0  # files handled
    total: int = 0  # files found (0 until the import has listed them)
    name: str = ""  # the file being stored
    chars: int = 0
    jobs: int = 1
    cancelling: bool = False


class ImportJob(QObject):
    """``job = ImportJob(service.import_paths, files); job.start()``; ``ended`` once."""

    progressed = Signal()  # read ``take()``
    ended = Signal()  # ``report`` or ``error`` is set

    def __init__(self, run: Callable[..., ImportReport], files: Sequence[Path]) -> None:
        super().__init__()
        self._run, self.files = run, list(files)
        self._cancel = threading.Event()
        self._quiet = False  # set when the window closes: the thread emits nothing more
        self._posted = False
        self._shown = Shown()
        self.report: ImportReport | None = None
        self.error: Exception | None = None
        self.started = time.monotonic()
        # Not a daemon: at exit Python waits for it, so the page being written is whole.
        self._thread = threading.Thread(target=self._work, name="import", daemon=False)

    def start(self) -> None:
        self.started = time.monotonic()
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the page being written (workers are stopped at once)."""
        self._cancel.set()
        self._post(replace(self._shown, cancelling=True))

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def take(self) -> Shown:
        """The latest progress (on the UI thread); the next change posts a new signal."""
        self._posted = False  # first, so a change made after the read below is posted
        shown = self._shown
        return replace(shown, cancelling=True) if self._cancel.is_set() else shown

    def stop(self, timeout_s: float) -> bool:
        """Cancel and wait for the thread (the window is closing); False if it still runs.

        Nothing is emitted afterwards. A page being written when the wait ends is still
        committed whole: the thread goes on to the end of that page, then stops.
        """
        self._quiet = True
        self._cancel.set()
        self._thread.join(timeout_s)
        if self._thread.is_alive():
            _outliving.append(self)
            return False
        return True

    # -- on the import's thread -----------------------------------------------------------
    def _work(self) -> None:
        try:
            self.report = self._run(self.files, self._progress, status=self._status)
        except Exception as exc:  # told on the UI thread, in the window's language
            self.error = exc
        if not self._quiet:
            self.ended.emit()

    def _progress(self, done: int, total: int, name: str) -> bool:
        self._post(replace(self._shown, done=done, total=total, name=name))
        return not self._cancel.is_set()

    def _status(self, status: ImportStatus) -> bool:
        self._post(replace(self._shown, done=status.done, total=status.total,
                           chars=status.chars, jobs=status.jobs,
                           name=status.name or self._shown.name))
        return not self._cancel.is_set()

    def _post(self, shown: Shown) -> None:
        if self._cancel.is_set() and not shown.cancelling:
            shown = replace(shown, cancelling=True)
        self._shown = shown
        if not self._posted and not self._quiet:
            self._posted = True
            self.progressed.emit()


def eta_seconds(shown: Shown, elapsed: float) -> float | None:
    """Seconds left at the pace so far; None until a page has gone by."""
    if shown.done <= 0 or elapsed <= 0 or shown.total <= shown.done:
        return None
    return (shown.total - shown.done) * elapsed / shown.done


def rate(shown: Shown, elapsed: float) -> float:
    """Pages a second so far."""
    return shown.done / elapsed if elapsed > 0 else 0.0

