"""Worker processes that analyse pages, supervised one task at a time (no SQL, no Qt).

:class:`AnalysisPool` runs ``work(task)`` for every task in ``jobs`` processes started
with the *spawn* method (the same on Linux, macOS and Windows, and safe from a process
with threads, as the window is) and hands the results back **in task order**, so that
one writer can commit page after page. Each worker runs ``setup(*setup_args)`` once
(the analysers load there or on first use) and then takes tasks from its own pipe.

On Linux and macOS (not in the frozen app) workers start from a *forkserver* instead:
one clean process, started on the first pool's first worker and kept for the life of
this process, imports the ``preload`` modules once and forks each worker from itself.
An import of N workers then loads jieba's tagger once (about 3 s of CPU) instead of N
times, and the workers share its memory. The server is a fresh interpreter, never a
fork of this (threaded, maybe Qt) process, so it is as safe as spawn; what must not
cross a fork (an ONNX Runtime session and its threads) is made in each worker, never
preloaded. A forked worker takes the environment of the process that starts it, as a
spawned one would, not the server's. The cost: once a window has imported with workers,
the server stays until the window closes (about 240 MB: jieba's tagger, the rules'
tables and the name model's files, which its workers share).

Why not ``concurrent.futures.ProcessPoolExecutor``: when one of its workers dies, every
pending future fails with ``BrokenProcessPool`` and nothing says which task killed it,
and a task cannot be stopped without stopping the pool. Here the supervisor knows which
task each worker holds (tasks are queued per worker and answered in order), so:

* a worker that dies (a crash in native code, the OOM killer) fails **its** task with
  :class:`Failed`; the tasks queued behind it go to a fresh worker;
* a task that runs longer than ``time_limit`` seconds has its worker killed and is
  failed the same way; the pool goes on.

Workers ignore Ctrl+C (the terminal sends it to the whole process group; the importing
process decides what a cancel means) and exit by themselves when their parent dies,
even mid-page, so a killed import leaves no processes behind.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # Windows has no ForkServerContext to import
    from multiprocessing.context import ForkServerContext, SpawnContext

T = TypeVar("T")
R = TypeVar("R")

TICK_S = 0.1  # the supervisor looks at clocks and lookahead at least this often
START_FAILURES = 3  # workers that die before they are ready, in a row: give up


@dataclass(frozen=True)
class Done(Generic[R]):
    value: R


@dataclass(frozen=True)
class Failed:
    reason: str  # one line: "the worker process crashed (signal 11)", "stopped after 60 s"


class PoolStartError(RuntimeError):
    """Worker processes could not be started (or kept dying before their first task)."""


def echo(value: str) -> str:
    """A task that returns what it was given (the self-test's check that workers start)."""
    return value


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def start_context(preload: Sequence[str] = ()) -> SpawnContext | ForkServerContext:
    """How workers start: a forkserver that imports ``preload`` once, or spawn. Windows
    has no forkserver; the frozen app spawns because that is the start method its
    entry script's ``multiprocessing.freeze_support`` (scripts/xiangyue_entry.py) is
    known to handle on every platform.

    The server's modules are fixed when it starts: a later pool asking for other
    ``preload`` modules gets the running server (its workers import what they lack).
    """
    if getattr(sys, "frozen", False) or \
            "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if preload:
        context.set_forkserver_preload(list(preload))
    return context


class _Worker:
    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.tasks: deque[int] = deque()  # indexes sent, answered in this order
        self.ready = False
        self.head_since = 0.0  # when the worker started on tasks[0]


class AnalysisPool(Generic[T, R]):
    """``with AnalysisPool(work, 2) as pool: for i, outcome in pool.run(tasks): …``

    ``work``, ``setup`` and the tasks must be picklable (module-level functions). At
    most ``lookahead`` results wait for the consumer, so memory stays bounded however
    slowly it writes.
    """

    def __init__(self, work: Callable[[T], R], jobs: int, *,
                 setup: Callable[..., None] | None = None, setup_args: tuple[Any, ...] = (),
                 time_limit: float = 60.0, queue_depth: int = 2,
                 lookahead: int | None = None, preload: Sequence[str] = ()) -> None:
        self._work, self._setup, self._setup_args = work, setup, setup_args
        self._jobs = max(1, jobs)
        self._time_limit = time_limit
        self._depth = max(1, queue_depth)
        self._lookahead = lookahead or 4 * self._jobs + 4
        self._context = start_context(preload)
        self._workers: list[_Worker] = []
        self._stop = threading.Event()
        self._out: queue.Queue[tuple[int, Done[R] | Failed] | BaseException] = queue.Queue()
        self._consumed = 0
        self._thread: threading.Thread | None = None
        self.restarts = 0  # workers replaced after a crash or a stopped task
        self.setup_error: str | None = None

    def __enter__(self) -> AnalysisPool[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the consumer's side ------------------------------------------------------------

    def run(self, tasks: Sequence[T], *, poll: Callable[[], bool] | None = None
            ) -> Iterator[tuple[int, Done[R] | Failed]]:
        """``(index, outcome)`` for every task, in task order.

        ``poll()`` is called about every TICK_S while waiting; when it returns False the
        iteration ends early (cancel): call :meth:`close` then, which kills the workers.
        Raises :class:`PoolStartError` when no worker could be kept running.
        """
        if self._thread is not None:
            raise RuntimeError("a pool runs one batch of tasks")
        self._thread = threading.Thread(target=self._supervise, args=(list(tasks),),
                                        name="import-pool", daemon=True)
        self._thread.start()
        for _ in range(len(tasks)):
            while True:
                try:
                    item = self._out.get(timeout=TICK_S)
                    break
                except queue.Empty:
                    if poll is not None and not poll():
                        return
            if isinstance(item, BaseException):
                raise item
            yield item
            self._consumed += 1

    def close(self) -> None:
        """Stop at once: workers are killed, whatever they were doing."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        for worker in self._workers:
            self._kill(worker)
        self._workers.clear()

    # -- the supervisor thread ----------------------------------------------------------

    def _supervise(self, tasks: list[T]) -> None:
        try:
            self._loop(tasks)
        except BaseException as exc:  # handed to the consumer, which raises it
            self._out.put(exc)
        finally:
            finished = not self._stop.is_set()
            for worker in self._workers:
                if finished:
                    self._retire(worker)
                else:
                    self._kill(worker)
            self._workers.clear()

    def _loop(self, tasks: list[T]) -> None:
        pending: deque[int] = deque(range(len(tasks)))
        finished: dict[int, Done[R] | Failed] = {}
        next_out = 0
        start_failures = 0
        while not self._stop.is_set() and next_out < len(tasks):
            while len(self._workers) < min(self._jobs, len(pending) + self._busy()):
                self._workers.append(self._start())
            self._dispatch(tasks, pending)
            wait([w.conn for w in self._workers] + [w.process.sentinel for w in self._workers],
                 timeout=self._wait_time())
            now = time.monotonic()
            for worker in list(self._workers):
                self._receive(worker, finished, now)
                if not worker.process.is_alive():
                    self._receive(worker, finished, now)  # what it sent before it died
                    if not worker.ready:
                        start_failures += 1
                        if start_failures >= START_FAILURES:
                            raise PoolStartError(
                                "worker processes keep exiting before their first task ("
                                + (self.setup_error or f"exit code {worker.process.exitcode}")
                                + ")")
                    else:
                        start_failures = 0
                    self._lost(worker, pending, finished,
                               _crash_reason(worker.process.exitcode))
                elif worker.tasks and worker.ready \
                        and now - worker.head_since > self._time_limit:
                    self._lost(worker, pending, finished,
                               f"stopped after {self._time_limit:g} s of analysis")
            while next_out in finished:
                self._out.put((next_out, finished.pop(next_out)))
                next_out += 1

    def _busy(self) -> int:
        return sum(1 for w in self._workers if w.tasks)

    def _start(self) -> _Worker:
        mine, theirs = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(theirs, self._work, self._setup, self._setup_args, dict(os.environ)),
            name="xiangyue-import-worker", daemon=True)
        try:
            process.start()
        except OSError as exc:
            raise PoolStartError(f"cannot start a worker process ({exc})") from exc
        finally:
            theirs.close()
        return _Worker(process, mine)

    def _dispatch(self, tasks: list[T], pending: deque[int]) -> None:
        limit = self._consumed + self._lookahead
        for worker in sorted(self._workers, key=lambda w: len(w.tasks)):
            while pending and len(worker.tasks) < self._depth and pending[0] < limit:
                index = pending.popleft()
                if not worker.tasks:
                    worker.head_since = time.monotonic()
                worker.tasks.append(index)
                try:
                    worker.conn.send((index, tasks[index]))
                except OSError:  # it died: found and handled by the loop
                    break

    def _wait_time(self) -> float:
        now = time.monotonic()
        deadlines = [w.head_since + self._time_limit - now
                     for w in self._workers if w.tasks and w.ready]
        return max(0.0, min([TICK_S, *deadlines]))

    def _receive(self, worker: _Worker, finished: dict[int, Done[R] | Failed],
                 now: float) -> None:
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.ready = True
                    worker.head_since = now
                    continue
                if message[0] == "setup_failed":
                    self.setup_error = message[1]
                    continue
                kind, index, value = message
                if worker.tasks and worker.tasks[0] == index:
                    worker.tasks.popleft()
                worker.head_since = now
                finished[index] = Done(value) if kind == "done" else Failed(value)
        except (EOFError, OSError):
            pass

    def _lost(self, worker: _Worker, pending: deque[int],
              finished: dict[int, Done[R] | Failed], reason: str) -> None:
        """The worker is dead or overdue: fail its current task, requeue the rest."""
        self._kill(worker)
        self._workers.remove(worker)
        if worker.tasks:
            if worker.ready:
                finished[worker.tasks.popleft()] = Failed(reason)
            pending.extendleft(reversed(worker.tasks))
            self.restarts += 1

    def _retire(self, worker: _Worker) -> None:
        with contextlib.suppress(OSError):
            worker.conn.send(None)
        worker.process.join(timeout=2)
        self._kill(worker)

    @staticmethod
    def _kill(worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()


def _crash_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the analysis process crashed ({name})"
    return f"the analysis process exited unexpectedly (code {code})"


# -- in the worker process ---------------------------------------------------------------

def _worker_main(conn: Connection, work: Callable[[Any], Any],
                 setup: Callable[..., None] | None, setup_args: tuple[Any, ...],
                 environment: dict[str, str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.environ != environment:  # forked from a server started earlier: its environment
        os.environ.clear()
        os.environ.update(environment)
    _exit_with_parent()
    try:
        if setup is not None:
            setup(*setup_args)
    except Exception as exc:
        conn.send(("setup_failed", f"{type(exc).__name__}: {exc}"))
        raise
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        index, task = message
        try:
            reply = ("done", index, work(task))
        except Exception as exc:
            reply = ("error", index, f"{type(exc).__name__}: {exc}".splitlines()[0])
        try:
            conn.send(reply)
        except (OSError, EOFError):
            return
        except Exception as exc:  # the result did not pickle
            conn.send(("error", index, f"cannot send the result back ({exc})"))


def _exit_with_parent() -> None:
    """End this worker as soon as the process that started it is gone (killed, crashed)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
