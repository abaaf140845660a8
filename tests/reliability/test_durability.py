"""Two processes writing notes into one library at once lose nothing, even killed.

Each helper process (tests/helpers/write_notes.py) writes notes in a tight loop and
reports each commit on stdout; both run at once, queueing on SQLite's write lock, and
both are killed with SIGKILL after a number of commits. Killing one writer at a time,
at random moments, is the kill harness's job (tests/reliability/test_kill.py: 100 CLI
kills, the window's autosave, imports).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from tests.helpers.paths import HELPERS, REPO
from tests.helpers.write_notes import target

HELPER = HELPERS / "write_notes.py"
pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
              pytest.mark.early]  # two child processes queueing on the write lock


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, str(HELPER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _kill_after(proc: subprocess.Popen[str], lines: int, rng: random.Random) -> list[str]:
    """Read ``lines`` acknowledgements, wait a random moment, SIGKILL, collect the rest."""
    assert proc.stdout is not None
    seen = [proc.stdout.readline().strip() for _ in range(lines)]
    time.sleep(rng.uniform(0, 0.02))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    seen += out.split()
    assert all(seen), f"helper died early: {err[-500:]}"
    return seen


def _note_number(note: str) -> int:
    match = re.match(r"第(\d+)条笔记", note)
    assert match, note
    return int(match.group(1))


def test_two_processes_writing_at_once_lose_nothing(lib_path: Path) -> None:
    # One writer takes even note numbers, the other odd: they share no article.
    procs = [_start(str(lib_path), str(start)) for start in (0, 1)]
    seen = [_kill_after(p, 20, random.Random(i)) for i, p in enumerate(procs)]
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        ids = lib.article_ids()
        for lines in seen:
            for n in map(int, lines):
                assert _note_number(lib.note(target(ids, n))) >= n
        assert lib.integrity_check() == "ok"
