"""Kill a Xiangyue writer with SIGKILL at random moments and check what survived.

Run as a script (tests/reliability/test_kill.py does)::

    python tests/helpers/kill_harness.py --mode cli --lib LIB --rounds 100 --report OUT

The harness imports the application once (jieba and Qt take a second or two to load)
and then, per round, forks a fresh writer process: ``cli`` calls the real command line
(``desktop_app.cli.main``: open, write, close) in a tight loop; ``window`` builds the
real main window offscreen and types notes, tags and highlight notes through its
editors; ``import`` imports two new pages with ``xiangyue import``; ``import2`` four,
with ``--jobs 2`` (two worker processes analyse them). The writer reports
``TRY``/``ACK`` lines on a pipe; after a random delay the harness sends SIGKILL, reaps
the child, and checks the file with :class:`ledger.Ledger` (integrity_check, every
acknowledged write present, nothing invented) before the next round starts, so every
kill is followed by recovery on the next open.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kill_writers
from kill_writers import emit
from ledger import TOKEN, Ledger


def _read_lines(fd: int, deadline: float, buffer: bytearray, until: bytes = b"IDLE") -> bool:
    """Read from ``fd`` until ``deadline`` or ``until``; False when the pipe closed.

    A writer with nothing left to do says ``IDLE``; waiting longer would prove nothing.
    """
    while until not in buffer:
        left = deadline - time.monotonic()
        if left <= 0:
            return True
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                return False
            buffer.extend(chunk)
    return True


def _drain(fd: int, buffer: bytearray) -> None:
    while chunk := os.read(fd, 65536):
        buffer.extend(chunk)


def run_round(writer, number: int, delay: float, after: bytes | None
              ) -> tuple[list[tuple[str, dict]], bool, float | None]:
    """Fork ``writer``, kill it ``delay`` seconds after the fork (or after it wrote
    ``after``: READY, or its first ACK); returns its lines, whether the kill landed
    while it was still running, and how long it took to say IDLE (None: it never did)."""
    read_fd, write_fd = os.pipe()
    forked = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the writer: never returns
        os.close(read_fd)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        if not os.environ.get("KILL_HARNESS_DEBUG"):
            os.dup2(devnull, 2)
        try:
            writer(number, write_fd)
        except BaseException as exc:  # reported, so a broken writer cannot pass quietly
            emit(write_fd, "ERR", {"op": "writer", "why": repr(exc)[:300]})
        finally:
            os._exit(0)
    os.close(write_fd)
    buffer = bytearray()
    running = True
    if after:
        running = _read_lines(read_fd, time.monotonic() + 60, buffer, until=after)
    running = running and _read_lines(read_fd, time.monotonic() + delay, buffer)
    took = time.monotonic() - forked if b"IDLE" in buffer else None
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    _drain(read_fd, buffer)
    os.close(read_fd)
    lines = []
    # A pipe write of a line shorter than PIPE_BUF is atomic: no line is ever cut.
    for raw in bytes(buffer).decode("utf-8").splitlines():
        kind, _, payload = raw.partition(" ")
        lines.append((kind, json.loads(payload) if payload else {}))
    return lines, running, took


def contention(sample_s: float = 0.03) -> float:
    """How much slower than its own CPU time this process runs now: 1 on an idle machine,
    about 3 when three busy processes share each core.

    The writers are killed after a random delay; on a loaded machine (CI beside other
    jobs) a delay drawn for an idle one would kill nearly every writer before its first
    write, and the test would prove little. Delays are stretched by this factor.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    spins = 0
    while time.process_time() - cpu < sample_s:
        spins += 1
    used = max(time.process_time() - cpu, 1e-6)
    return min(10.0, max(1.0, (time.perf_counter() - wall) / used))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("cli", "window", "import", "import2"),
                        required=True)
    parser.add_argument("--lib", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.3, help="seconds")
    parser.add_argument("--work", type=Path, help="scratch folder (import mode)")
    parser.add_argument("--report", type=Path, required=True)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    writer = kill_writers.prepare(args.mode, args.lib, args.seed, args.work)
    ledger = Ledger()
    report = {"mode": args.mode, "rounds": 0, "killed_running": 0, "acks": 0, "tries": 0,
              "errors": [], "problems": [], "seed": args.seed, "contention": []}
    stretch = 1.0
    lasted: float | None = None  # the last round that ran to its end: how long it took
    report["spans"] = []
    for number in range(args.rounds):
        if number % 10 == 0:
            stretch = contention()
            report["contention"].append(round(stretch, 2))
        span = _span(writer, args.max_delay * stretch, lasted)
        report["spans"].append(round(span, 2))
        delay = rng.uniform(0.0, 1.0) * span
        writer.setup(number)
        lines, running, took = run_round(writer.run, number, delay,
                                         _timed_from(writer, number))
        if took is not None:
            lasted = took
        for kind, op in lines:
            if kind == "TRY":
                report["tries"] += 1
                ledger.tried(op)
            elif kind == "ACK":
                report["acks"] += 1
                ledger.acked(op)
            elif kind in ("ERR", "BAD"):
                report["errors"].append(op)
        report["rounds"] += 1
        report["killed_running"] += running
        problems = ledger.check(args.lib) + writer.check(args.lib, lines)
        if problems:
            report["problems"].append({"round": number, "delay": delay, "problems": problems})
            break
    report["final"] = writer.finish(args.lib)
    args.report.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


SPAN_PAST_END = 1.25  # a writer that ends: kills spread to a quarter past its last end


def _span(writer, given: float, lasted: float | None) -> float:
    """The seconds a round's kill is drawn over. For a writer that does one job and says
    IDLE (an import), the given span until a round has run to its end, then that round's
    length and a quarter: kills then land from its start to just after its end however
    fast this machine, and this code, do the job (a fixed span drawn for a slower import
    came after every end once the import got faster)."""
    if writer.writes_many or writer.slow_start or lasted is None:
        return given
    return SPAN_PAST_END * lasted


def _timed_from(writer, number: int) -> bytes | None:
    """What round ``number``'s delay is counted from: None for the fork.

    For writers that write many times a round, one round in four from the first
    acknowledged write, so every run checks acknowledged writes however loaded the machine
    (on a busy one, a delay counted from the fork can end before any write returns). A slow
    start-up (the window) would eat the whole delay: two rounds in four from READY. The
    rest from the fork, so start-up itself is killed too.
    """
    if writer.writes_many and number % 4 == 1:
        return b"\nACK "
    if writer.slow_start and number % 4 != 0:
        return b"READY"
    return None


def token_count(path: Path) -> int:
    """How many notes carry the test token (used by the tests' sanity checks)."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM notes WHERE markdown LIKE ?",
                            (f"%{TOKEN}%",)).fetchone()[0]


if __name__ == "__main__":
    sys.exit(main())
