"""The programs that share one library in tests/reliability/test_concurrent_processes.py.

- ``window``: a process holding two connections exactly as the window does (the library
  thread's ``LibraryService.open(path)`` and the window's own
  ``LibraryService.open(path, import_seeds=False)``), saving notes, tags and highlights
  through the window's service as autosave does, with lists and searches on the other.
- ``cli``: the command line, ``desktop_app.cli.main([...])`` back to back; every call
  opens the library, writes, commits and closes it, as one ``xiangyue`` run does.
- ``real-window``: the real main window offscreen, typing notes, tags and highlight notes
  (kill_writers.WindowWriter).

Each reports ``OPENING`` before it opens the library, ``READY`` once it can write,
``TRY {op}`` before and ``ACK {op}`` after each
write (see ledger.py), ``ERR {op}`` when a write was refused, and ``BAD {...}`` when its
own ``-wal`` or ``-shm`` file was deleted under its live connection. It obeys a control
descriptor: ``P`` pauses it after the write in hand (it answers ``PAUSED``), ``G``
resumes, end of file stops it (a window closes its connections and says ``CLOSED``).

Run as a script for one side, stdin as control and stdout as report::

    python tests/helpers/sides.py window --lib LIB --share 0/2 --seed 1
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import os
import random
import select
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kill_writers import WindowWriter, article_lengths, cli_argv, emit
from ledger import TOKEN, note_text


class Stop(Exception):
    """The control descriptor reached end of file."""


def deleted_library_files(lib: Path) -> list[str]:
    """The library's -wal/-shm files this process has open that were deleted (Linux).

    A live connection's WAL deleted by another process is the data-loss bug of issue 18:
    what is written after that goes to a file nobody else sees and no crash recovers.
    """
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return []
    real = os.path.realpath(lib)
    watched = {real + "-wal (deleted)", real + "-shm (deleted)"}
    gone = []
    for fd in os.listdir(fds):
        with contextlib.suppress(OSError):
            if os.readlink(fds / fd) in watched:
                gone.append(os.readlink(fds / fd))
    return gone


def obey(ctl: int, out: int) -> None:
    """Handle what the controller sent since the last call; raises Stop at end of file."""
    if not select.select([ctl], [], [], 0)[0]:
        return
    data = os.read(ctl, 64)
    while data.endswith(b"P"):  # paused until G (or the end)
        os.write(out, b"PAUSED\n")
        data = os.read(ctl, 64)
    if not data:
        raise Stop


def note_share(lib: Path, share: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(articles whose notes this side writes, all articles): ``share`` "k/n" takes every
    n-th article from the k-th, so two writers never overwrite each other's notes and the
    ledger can tell which note must be last."""
    k, n = map(int, share.split("/"))
    everything = sorted(article_lengths(lib))
    return everything[k::n], everything


def write_op(rng: random.Random, name: str, mine, everything, number: int, i: int) -> dict:
    """The next write of side ``name`` in its incarnation ``number``: a note on one of its
    own articles, or a highlight or tag (with a token no other write uses) on any."""
    kind = rng.choice(("note", "note", "highlight", "tag"))
    if kind == "note":
        return {"op": "note", "article": rng.choice(mine)[0], "round": number, "i": i,
                "n": rng.randint(0, 300)}
    article, length = rng.choice(everything)
    if kind == "highlight":
        start = rng.randrange(0, length - 1)
        return {"op": "highlight", "article": article, "start": start,
                "end": min(length, start + rng.randint(1, 30)),
                "token": f"{name}{number}-{i}-{TOKEN}"}
    return {"op": "tag", "article": article, "tag": f"标签{name}{number}-{i}-{TOKEN}"}


def window_side(lib: Path, out: int, ctl: int, *, name: str, share: str, seed: int,
                number: int = 0, pace: float = 0.01) -> None:
    """Two connections as the window holds them; saves through one, reads through the
    other; checks after every save that its WAL is still the one on disk."""
    from desktop_app.service import LibraryService

    mine, everything = note_share(lib, share)
    rng = random.Random(f"{seed}-{name}-{number}")
    os.write(out, b"OPENING\n")
    worker = LibraryService.open(lib)  # the library thread's: listing, search, import
    window = LibraryService.open(lib, import_seeds=False)  # the window's: every save
    os.write(out, b"READY\n")
    try:
        for i in itertools.count():
            obey(ctl, out)
            op = write_op(rng, name, mine, everything, number, i)
            emit(out, "TRY", op)
            try:
                if op["op"] == "note":
                    window.set_note(op["article"], note_text(op))
                elif op["op"] == "highlight":
                    window.add_highlight(op["article"], op["start"], op["end"], "green",
                                         note=op["token"])
                else:
                    window.tag(op["article"], op["tag"])
            except Exception as exc:  # a refused save is a finding, not a crash
                emit(out, "ERR", {**op, "why": repr(exc)[:300]})
            else:
                emit(out, "ACK", op)
            if i % 5 == 0:
                worker.article_ids(order="date")
                worker.search("湖南 长沙")
            for path in deleted_library_files(lib):
                emit(out, "BAD", {"deleted": path, "after": op})
            if pace:
                time.sleep(rng.uniform(0, pace))
    except Stop:
        window.close()
        worker.close()
        os.write(out, b"CLOSED\n")


def cli_side(lib: Path, out: int, ctl: int, *, name: str, share: str, seed: int,
             number: int = 0, pace: float = 0.0) -> None:
    """``xiangyue note|highlight|tag`` calls, each a whole open-write-close, with pauses
    of up to ``pace`` seconds (a real ``xiangyue`` run spends ~0.4 s starting Python;
    without any pause this loop would take the write lock far more often than users can)."""
    import desktop_app.cli

    mine, everything = note_share(lib, share)
    rng = random.Random(f"{seed}-{name}-{number}")
    errors = io.StringIO()
    os.write(out, b"OPENING\nREADY\n")
    with contextlib.redirect_stdout(io.StringIO()) as printed, \
            contextlib.redirect_stderr(errors):
        for i in itertools.count():
            obey(ctl, out)
            op = write_op(rng, name, mine, everything, number, i)
            emit(out, "TRY", op)
            code = desktop_app.cli.main(cli_argv(lib, op))
            if code == 0:
                emit(out, "ACK", op)
            else:
                emit(out, "ERR", {**op, "code": code, "why": errors.getvalue()[-300:]})
            errors.seek(0), errors.truncate()
            printed.seek(0), printed.truncate()
            time.sleep(rng.uniform(0, pace))


def real_window_side(lib: Path, out: int, ctl: int, *, name: str, share: str, seed: int,
                     number: int = 0, pace: float = 0.0) -> None:
    """The real window (offscreen) typing notes, tags and highlight notes."""
    del name, share
    rng = random.Random(seed)

    def keep_going() -> bool:
        time.sleep(rng.uniform(0, pace))  # a pause between two sentences typed
        for path in deleted_library_files(lib):
            emit(out, "BAD", {"deleted": path})
        try:
            obey(ctl, out)
        except Stop:
            return False
        return True

    WindowWriter(lib, seed).run(number, out, keep_going)


SIDES = {"window": window_side, "cli": cli_side, "real-window": real_window_side}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("side", choices=sorted(SIDES))
    parser.add_argument("--lib", type=Path, required=True)
    parser.add_argument("--name", default="w")
    parser.add_argument("--share", default="0/1")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pace", type=float, default=0.01, help="max pause between saves")
    args = parser.parse_args(argv)
    out = os.dup(1)  # the report; what the application prints goes nowhere
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    with contextlib.suppress(Stop):
        SIDES[args.side](args.lib, out, 0, name=args.name, share=args.share, seed=args.seed,
                         pace=args.pace)
    return 0


if __name__ == "__main__":
    sys.exit(main())
