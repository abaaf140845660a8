"""The operations runner: every write the window makes, off the UI thread, one at a time.

The way Anki runs collection operations (aqt/operations): a panel hands the runner a
write (a callable that uses the library) and says what it changes (:class:`Changes`).
The runner runs it on its own thread, in the order asked, then back on the UI thread:

1. on success it announces ``libraryChanged(changes, initiator)`` once; the list, the
   reading pane, the notes panel, the tag editor and the filter bar each subscribe and
   refresh themselves (no panel refreshes another), then it calls the caller's ``done``;
2. on failure it announces ``failed(exc)`` (the write-failure banner says it in the UI's
   language, desktop_app.ui.failure_banner) and calls the caller's ``failed``, so the
   caller can keep what the user typed.

Writes use the window's LibraryService from this thread. The service serialises its
connection with a lock, so a read on the UI thread waits at most for the one statement
in progress. Reads that take long (the export preview) go through :meth:`read`: the same
thread, no announcement, no banner.

Built with the window's first frame (a plain QObject and a NamedTuple); its thread is
started when the first operation arrives.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

if TYPE_CHECKING:
    from desktop_app.service import LibraryService

STOP_WAIT_MS = 10_000
_still_running: list[QThread] = []  # threads that outlived their window (see stop())


class Changes(NamedTuple):
    """What an operation changed. ``articles`` empty with a flag set: any article may have."""

    articles: frozenset[str] = frozenset()
    notes: bool = False
    highlights: bool = False
    tags: bool = False
    entities: bool = False  # name corrections: they apply to every article
    library: bool = False  # articles came or went (import, note import, reopening)
    # Pages landed while an import runs: the list is read again, nothing else (the open
    # article, a selection in it, a note being typed stay); the import's end says library.
    listing: bool = False
    # Read or unread marks of ``articles`` (none named: of any article). Only the list
    # shows them, so they touch no article's text, notes or tags (``touches``).
    read: bool = False

    @classmethod
    def of_article(cls, article_id: str, *, notes: bool = False, highlights: bool = False,
                   tags: bool = False) -> Changes:
        return cls(frozenset((article_id,)), notes=notes, highlights=highlights, tags=tags)

    def touches(self, article_id: str) -> bool:
        """Whether what the reader, notes and tags show of ``article_id`` may have changed
        (its text, notes, highlights, tags or names; not whether it was read)."""
        if self.library or self.entities:
            return True
        if not self.shown():
            return False
        return article_id in self.articles if self.articles else True

    def shown(self) -> bool:
        """Whether anything the panels show of articles changed (all but read marks)."""
        return (self.notes or self.highlights or self.tags or self.entities or self.library
                or self.listing)

    def any(self) -> bool:
        return self.shown() or self.read


NOTHING = Changes()
EVERYTHING = Changes(library=True)


class LibraryHandle:
    """The window's open library: ``service`` is None before it opens and after it closes.

    Panels get the handle when they are built (before the library opens) and read through
    ``handle.service`` on the UI thread; they write through the runner only.
    """

    __slots__ = ("service",)

    def __init__(self) -> None:
        self.service: LibraryService | None = None


class _Job:
    __slots__ = ("banner", "changes", "done", "error", "failed", "initiator", "owner",
                 "result", "work")

    def __init__(self, work: Callable[[], Any], changes: Changes | None,
                 done: Callable[[Any], object] | None,
                 failed: Callable[[Exception], object] | None,
                 owner: QObject | None, initiator: object, banner: bool) -> None:
        self.work, self.changes, self.done, self.failed = work, changes, done, failed
        self.owner, self.initiator, self.banner = owner, initiator, banner
        self.result: Any = None
        self.error: Exception | None = None


class _Executor(QObject):
    """Lives in the operations thread; runs the jobs in the order they were asked for.

    Jobs travel through the runner's queues, not as signal arguments: a job (and what
    its work holds, a QObject reporting progress, say) must be let go on the UI thread,
    never freed by this one while the UI thread may still be delivering its signals.
    """

    ran = Signal()

    def __init__(self, take: Callable[[], _Job], finished: Callable[[_Job], None]) -> None:
        super().__init__()
        self._take, self._finished = take, finished

    @Slot()
    def execute(self) -> None:
        job = self._take()
        try:
            job.result = job.work()
        except Exception as exc:  # handed to the UI thread, which tells the user
            job.error = exc
        self._finished(job)
        del job  # the UI thread's queue holds the last reference now
        self.ran.emit()


class OperationRunner(QObject):
    libraryChanged = Signal(object, object)  # Changes, the initiator (a panel, or None)
    failed = Signal(object)  # the exception of a failed write (banner operations only)
    succeeded = Signal()  # a write went through (banner operations only)
    _submit = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._executor: _Executor | None = None
        self._queue: deque[_Job] = deque()  # asked for, not yet started
        self._results: deque[_Job] = deque()  # finished, not yet delivered
        self._unfinished = 0  # submitted, still running or queued
        self._condition = threading.Condition()
        self._stopped = False

    # -- asking -------------------------------------------------------------------------
    def write(self, work: Callable[[], Any], changes: Changes = NOTHING, *,
              done: Callable[[Any], object] | None = None,
              failed: Callable[[Exception], object] | None = None,
              owner: QObject | None = None, initiator: object = None,
              banner: bool = True) -> bool:
        """Run ``work`` off the UI thread; announce ``changes`` when it succeeded.

        ``done(result)`` / ``failed(exc)`` run on the UI thread afterwards, and only while
        ``owner`` (when given) still exists. ``banner=False``: the caller shows a failure
        itself (a dialog's own status line) and a success does not clear the banner.
        Returns False when the runner has stopped (the window is closing).
        """
        if self._stopped:
            return False
        self._ensure_thread()
        with self._condition:
            self._unfinished += 1
            self._queue.append(_Job(work, changes, done, failed, owner, initiator, banner))
        self._submit.emit()
        return True

    def read(self, work: Callable[[], Any], *, done: Callable[[Any], object] | None = None,
             failed: Callable[[Exception], object] | None = None,
             owner: QObject | None = None) -> bool:
        """Run a slow read off the UI thread, in turn with the writes; nothing is announced."""
        return self.write(work, NOTHING, done=done, failed=failed, owner=owner, banner=False)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """Tell every panel that ``changes`` happened (the library opened, another program
        wrote to it)."""
        self.libraryChanged.emit(changes, initiator)

    def report_failure(self, exc: Exception) -> None:
        """A write made outside the runner failed (an import, on its own thread): the
        banner says so, as for the runner's own writes."""
        if not _expected(exc):
            traceback.print_exception(exc, file=sys.stderr)  # a bug: keep the trace
        self.failed.emit(exc)

    @property
    def idle(self) -> bool:
        """Nothing queued, running, or waiting to be delivered."""
        with self._condition:
            return self._unfinished == 0 and not self._results

    # -- the thread -----------------------------------------------------------------------
    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._thread.setObjectName("operations")
        self._executor = _Executor(self._take, self._finished)
        self._executor.moveToThread(self._thread)
        self._submit.connect(self._executor.execute)
        self._executor.ran.connect(self._deliver)
        self._thread.finished.connect(self._executor.deleteLater)
        self._thread.start()

    def _take(self) -> _Job:  # on the operations thread
        with self._condition:
            return self._queue.popleft()

    def _finished(self, job: _Job) -> None:  # on the operations thread
        with self._condition:
            self._results.append(job)
            self._unfinished -= 1
            self._condition.notify_all()

    def wait_idle(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """Block until every operation asked for has run, then deliver their results now.

        For closing the window (the last note must be written before the library closes)
        and for a dialog that must not go away with its export still running.
        """
        with self._condition:
            done = self._condition.wait_for(lambda: self._unfinished == 0, timeout_ms / 1000)
        self._deliver()
        return done

    def stop(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """Finish what was asked, then end the thread; False if an operation is still busy."""
        finished = self.wait_idle(timeout_ms)
        self._stopped = True
        thread = self._thread
        if thread is None or not thread.isRunning():
            return finished
        thread.quit()
        if finished and thread.wait(timeout_ms):
            return True
        # Destroying a running QThread aborts the process; keep it until exit instead.
        thread.setParent(None)
        _still_running.append(thread)
        return False

    # -- answers --------------------------------------------------------------------------
    @Slot()
    def _deliver(self) -> None:
        while True:
            with self._condition:
                if not self._results:
                    return
                job = self._results.popleft()
            self._deliver_one(job)

    def _deliver_one(self, job: _Job) -> None:
        alive = job.owner is None or isValid(job.owner)
        if job.error is not None:
            if job.banner:
                self.report_failure(job.error)
            elif not _expected(job.error):
                traceback.print_exception(job.error, file=sys.stderr)  # a bug: keep the trace
            if job.failed is not None and alive:
                job.failed(job.error)
            return
        if job.changes is not None and job.changes.any():
            self.libraryChanged.emit(job.changes, job.initiator)
        if job.done is not None and alive:
            job.done(job.result)
        if job.banner:
            # After ``done``: the panel has marked what it saved before the banner asks
            # whether anything typed is still unsaved.
            self.succeeded.emit()


def _expected(exc: Exception) -> bool:
    """Failures that are not bugs: the library's, the file system's, a user's bad file."""
    from desktop_app.service import LibraryError, NotFoundError, UnreadableFileError

    return isinstance(exc, LibraryError | NotFoundError | UnreadableFileError | OSError
                      | ValueError)
