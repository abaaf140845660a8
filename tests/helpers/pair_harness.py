"""Several programs writing to one library at once, killed with SIGKILL in turn.

Run as a script (tests/reliability/test_concurrent_processes.py does)::

    python tests/helpers/pair_harness.py --lib LIB --sides window,cli --rounds 200 \\
        --kills 16 --seed 5 --report OUT

The harness imports the application once and forks every side (sides.py) with a report
pipe and a control pipe; all of them write at the same time and their ``TRY``/``ACK``
lines go into one :class:`ledger.Ledger`. A *round* is one acknowledged write by each of
two sides in turn: in the stream of acknowledgements (W W C W C C W …) every change of
side is half a round, so 200 rounds are at least 200 writes from each side, interleaved.

A kill lands on one side just after it announced a write (so mostly mid-command) while
the other keeps writing; one kill in three is followed by a second one a few milliseconds
after the restarted side said it is opening the library (so mostly while it opens and
recovers it). After every kill the
survivors are paused (a handshake, not a sleep) and the file is checked: its ``-wal``
still on disk while a window-side process lives, ``integrity_check``, every acknowledged
write of every process present, nothing invented; then the survivors resume and the
killed side is started again. At the end every side is stopped and the file checked once
more. A side that sees its own WAL deleted under it says ``BAD`` at once. With
``--closes N`` a window is also closed cleanly N times (the user closes one of two
windows) while the other writes on, checked the same way, and opened again.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import select
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sides
from kill_writers import emit
from ledger import Ledger

WAIT = 60.0  # seconds: no single handshake may take longer, however loaded the machine


@dataclass
class Side:
    kind: str
    name: str
    share: str
    number: int = -1  # incarnation: 0 for the first start, +1 per restart
    pid: int = 0
    out: int = -1
    ctl: int = -1
    buffer: bytearray = field(default_factory=bytearray)
    alive: bool = False
    stopping: bool = False  # told to stop (or close): its WAL may legitimately go
    opening: bool = False
    ready: bool = False
    paused: bool = False
    closed: bool = False
    tries: int = 0
    acks: int = 0
    in_flight: bool = False
    op_started: float = 0.0
    slowest: float = 0.0
    writing: float = 0.0  # seconds between TRY and ACK, summed


class Harness:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.lib: Path = args.lib
        self.wal = Path(str(self.lib) + "-wal")
        self.rng = random.Random(args.seed)
        kinds = args.sides.split(",")
        self.sides = [Side(kind, f"{kind[0]}{k}", f"{k}/{len(kinds)}")
                      for k, kind in enumerate(kinds)]
        self.ledger = Ledger()
        self.last_ack: str | None = None
        self.switches = 0
        self.report: dict = {
            "sides": kinds, "seed": args.seed, "kills": {}, "kills_mid_write": 0,
            "kills_at_start": 0, "closes": 0, "wal_checks": 0, "errors": [], "bad": [],
            "problems": []}

    @property
    def rounds(self) -> int:
        return self.switches // 2

    # -- processes ----------------------------------------------------------------------

    def start(self, side: Side) -> None:
        out_r, out_w = os.pipe()
        ctl_r, ctl_w = os.pipe()
        side.number += 1
        pid = os.fork()
        if pid == 0:  # the side: never returns
            # Other sides' pipe ends must not stay open here, or closing a control pipe
            # would never reach its reader.
            for fd in [out_r, ctl_w] + [f for s in self.sides for f in (s.out, s.ctl)
                                        if f >= 0]:
                os.close(fd)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            if not os.environ.get("KILL_HARNESS_DEBUG"):
                os.dup2(devnull, 2)
            try:
                sides.SIDES[side.kind](self.lib, out_w, ctl_r, name=side.name,
                                       share=side.share, seed=self.args.seed,
                                       number=side.number, pace=self.args.pace)
            except sides.Stop:
                pass
            except BaseException as exc:  # reported, so a broken side cannot pass quietly
                emit(out_w, "ERR", {"op": "side", "why": repr(exc)[:300]})
            finally:
                os._exit(0)
        os.close(out_w)
        os.close(ctl_r)
        side.pid, side.out, side.ctl, side.alive = pid, out_r, ctl_w, True
        side.stopping = side.opening = side.ready = side.paused = side.closed = False
        side.in_flight = False
        side.buffer.clear()

    def kill(self, side: Side) -> None:
        if not side.alive:  # it ended by itself meanwhile (a problem already noted)
            return
        side.alive = False  # first: from now on its WAL may legitimately go
        os.kill(side.pid, signal.SIGKILL)
        os.waitpid(side.pid, 0)
        while chunk := os.read(side.out, 65536):
            self.take(side, chunk)
        self.report["kills"][side.name] = self.report["kills"].get(side.name, 0) + 1
        self.report["kills_mid_write"] += side.in_flight
        self.forget(side)

    def stop(self, side: Side) -> None:
        """End of file on its control pipe: it finishes the write in hand and stops (a
        window closes its connections first and says CLOSED)."""
        side.stopping = True
        os.close(side.ctl)
        side.ctl = -1

    def forget(self, side: Side) -> None:
        for fd in (side.out, side.ctl):
            if fd >= 0:
                os.close(fd)
        side.out = side.ctl = -1

    def close(self, side: Side, number: int) -> None:
        """The user closes this window while the others go on; later opens it again."""
        self.stop(side)
        if not self.wait_for(lambda: not side.alive, f"close of {side.name}"):
            return
        if not side.closed:
            self.report["problems"].append(f"{side.name} did not close cleanly")
        self.report["closes"] += 1
        self.check_paused(f"after close {number + 1} ({side.name})")
        self.start(side)
        self.wait_for(lambda: side.ready, f"READY from {side.name} again")

    # -- the report pipes ---------------------------------------------------------------

    def pump(self, timeout: float) -> None:
        fds = {s.out: s for s in self.sides if s.out >= 0}
        ready, _, _ = select.select(list(fds), [], [], max(0.0, timeout))
        for fd in ready:
            chunk = os.read(fd, 65536)
            side = fds[fd]
            if chunk:
                self.take(side, chunk)
            elif side.alive:  # it ended: reap it
                os.waitpid(side.pid, 0)
                side.alive = False
                self.forget(side)
                if not side.stopping:
                    self.report["problems"].append(f"{side.name} ended by itself")

    def take(self, side: Side, chunk: bytes) -> None:
        side.buffer.extend(chunk)
        *lines, rest = bytes(side.buffer).split(b"\n")
        side.buffer[:] = rest
        for raw in lines:
            kind, _, payload = raw.decode("utf-8").partition(" ")
            op = json.loads(payload) if payload else {}
            if kind == "TRY":
                self.ledger.tried(op)
                side.tries += 1
                side.in_flight, side.op_started = True, time.monotonic()
            elif kind == "ACK":
                self.ledger.acked(op)
                side.acks += 1
                side.in_flight = False
                took = time.monotonic() - side.op_started
                side.slowest, side.writing = max(side.slowest, took), side.writing + took
                self.switches += self.last_ack not in (None, side.name)
                self.last_ack = side.name
                self.check_wal()
            elif kind == "ERR":
                side.in_flight = False
                self.report["errors"].append({"side": side.name, **op})
            elif kind == "BAD":
                self.report["bad"].append({"side": side.name, **op})
            elif kind in ("OPENING", "READY", "PAUSED", "CLOSED"):
                setattr(side, kind.lower(), True)

    def wait_for(self, condition, what: str) -> bool:
        """Read the pipes until ``condition()``; False (and a problem noted) when it does
        not come within WAIT seconds, or at once when something already went wrong."""
        deadline = time.monotonic() + WAIT
        while not condition():
            if self.report["problems"] or self.report["bad"]:
                return False
            if time.monotonic() > deadline:
                self.report["problems"].append(f"no {what} within {WAIT:.0f} s")
                return False
            self.pump(min(0.05, deadline - time.monotonic()))
        return True

    def pump_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.pump(left)

    # -- checks ---------------------------------------------------------------------------

    def check_wal(self) -> None:
        """While a process holding window-like connections lives, its WAL is on disk."""
        if any(s.alive and s.ready and not s.stopping and s.kind != "cli"
               for s in self.sides):
            self.report["wal_checks"] += 1
            if not self.wal.exists():
                self.report["problems"].append(
                    f"round {self.rounds}: the WAL was deleted under a live window")

    def check_paused(self, when: str) -> None:
        """Pause every live side after its write in hand, check the file, resume."""
        live = [s for s in self.sides if s.alive]
        for side in live:
            side.paused = False
            os.write(side.ctl, b"P")
        if self.wait_for(lambda: all(s.paused or not s.alive for s in live), "pause"):
            self.check_wal()
            self.report["problems"] += [f"{when}: {p}" for p in self.ledger.check(self.lib)]
        for side in live:
            if side.alive:
                os.write(side.ctl, b"G")

    # -- the run --------------------------------------------------------------------------

    def run(self) -> dict:
        began = time.monotonic()
        for side in self.sides:
            self.start(side)
        kills, closes = self.args.kills, self.args.closes
        plan = sorted([((k + 1) / (kills + 1), "kill", k) for k in range(kills)]
                      + [((c + 1) / (closes + 1), "close", c) for c in range(closes)])
        if self.wait_for(lambda: all(s.ready for s in self.sides), "READY from every side"):
            for share, event, k in plan:
                due = int(self.args.rounds * share)
                victim = self.sides[(k + self.args.seed) % len(self.sides)]
                if not (self.wait_for(lambda due=due: self.rounds >= due, f"round {due}")
                        and self.event(event, victim, k)):
                    break
            else:
                self.wait_for(lambda: self.rounds >= self.args.rounds,
                              f"round {self.args.rounds}")
        self.check_wal()
        self.finish()
        self.report.update(
            rounds=self.rounds, seconds=round(time.monotonic() - began, 2),
            cpu_seconds=round(sum(
                getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF,
                resource.RUSAGE_CHILDREN) for f in ("ru_utime", "ru_stime")), 2),
            acks={s.name: s.acks for s in self.sides},
            tries=sum(s.tries for s in self.sides),
            closed={s.name: s.closed for s in self.sides},
            slowest_write={s.name: round(s.slowest, 3) for s in self.sides},
            mean_write={s.name: round(s.writing / max(1, s.acks), 4) for s in self.sides},
            backups=sorted(p.name for p in (self.lib.parent / "backups").glob("*")))
        return self.report


    def event(self, event: str, victim: Side, k: int) -> bool:
        """Kill (or close) ``victim`` and start it again; False once something failed."""
        if event == "close":
            self.close(victim, k)
            return not self.report["problems"]
        before = victim.tries
        if not self.wait_for(lambda: victim.tries > before, f"a write by {victim.name}"):
            return False
        self.pump_for(self.rng.uniform(0, self.args.max_delay))
        self.kill(victim)
        self.check_paused(f"after kill {k + 1} ({victim.name})")
        self.start(victim)
        if k % 3 == 2:  # once more, while it opens and recovers the library
            if not self.wait_for(lambda: victim.opening, f"OPENING from {victim.name}"):
                return False
            self.pump_for(self.rng.uniform(0, self.args.start_delay))
            self.report["kills_at_start"] += not victim.ready
            self.kill(victim)
            self.check_paused(f"after kill {k + 1}b ({victim.name}, at start)")
            self.start(victim)
        return self.wait_for(lambda: victim.ready, f"READY from {victim.name}")

    def finish(self) -> None:
        """Stop every side, then check the file once more."""
        for side in self.sides:
            if side.alive:
                self.stop(side)
        deadline = time.monotonic() + WAIT
        while any(s.alive for s in self.sides) and time.monotonic() < deadline:
            self.pump(0.05)
        for side in self.sides:
            if side.alive:
                self.report["problems"].append(f"{side.name} did not stop; killed")
                os.kill(side.pid, signal.SIGKILL)
                os.waitpid(side.pid, 0)
                side.alive = False
                self.forget(side)
        self.report["problems"] += [f"at the end: {p}" for p in self.ledger.check(self.lib)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lib", type=Path, required=True)
    parser.add_argument("--sides", default="window,cli", help="window, cli, comma-separated")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--kills", type=int, default=16)
    parser.add_argument("--closes", type=int, default=0, help="clean closes and reopens")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pace", type=float, default=0.01, help="max pause between saves")
    parser.add_argument("--max-delay", type=float, default=0.008, help="kill after a TRY")
    parser.add_argument("--start-delay", type=float, default=0.005, help="kill after OPENING")
    parser.add_argument("--report", type=Path, required=True)
    args = parser.parse_args(argv)
    import desktop_app.cli
    import desktop_app.service

    del desktop_app  # loaded before the forks, so no side pays for it
    report = Harness(args).run()
    args.report.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
