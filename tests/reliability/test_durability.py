"""Killing Xiangyue mid-write loses nothing that was acknowledged and never corrupts.

A helper process writes notes (or imports pages) and reports each commit on stdout;
it is killed with SIGKILL at a random moment, over and over, and the library is
checked after every kill.
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

from desktop_app.core.reading.pages import read_page
from desktop_app.core.splitting.split import split_page
from desktop_app.service import LibraryService
from tests.helpers.paths import HELPERS, REPO
from tests.helpers.write_notes import note_text, target

HELPER = HELPERS / "write_notes.py"
LONG = os.environ.get("XIANGYUE_LONG") == "1"
pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
              pytest.mark.early]  # killed child processes, one after another


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


def _kill_rounds(lib_path: Path, rounds: int) -> None:
    rng = random.Random(20250330)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        ids = lib.article_ids()
    acknowledged: dict[str, int] = {}
    first = 0
    for _ in range(rounds):
        seen = _kill_after(_start(str(lib_path), str(first)), rng.randint(1, 25), rng)
        for n in map(int, seen):
            acknowledged[target(ids, n)] = n
        first = int(seen[-1]) + 2
        with LibraryService.open(lib_path, import_seeds=False) as lib:
            assert lib.integrity_check() == "ok"
            for article_id, n in acknowledged.items():
                note = lib.note(article_id)
                # The note may be one that committed just before the kill but was not
                # yet reported; it can never be older than the last acknowledged one.
                assert _note_number(note) >= n
                assert note == note_text(_note_number(note))
            last = max(acknowledged.values())
            assert [h.article_id for h in lib.search(f"第{last}条笔记")] == [target(ids, last)]


def test_notes_survive_repeated_sigkill_mid_write(lib_path: Path) -> None:
    _kill_rounds(lib_path, 10)


@pytest.mark.slow
@pytest.mark.skipif(not LONG, reason="long variant: set XIANGYUE_LONG=1")
def test_notes_survive_a_hundred_sigkills(lib_path: Path) -> None:
    _kill_rounds(lib_path, 100)


def test_a_page_import_killed_midway_is_all_or_nothing(tmp_path: Path, seed_paths: list[Path]
                                                       ) -> None:
    rng = random.Random(7)
    lib_path = tmp_path / "lib.sqlite3"
    LibraryService.open(lib_path, import_seeds=False).close()
    expected = {str(p.resolve()): len(split_page(read_page(p).text).articles) for p in seed_paths}
    for _ in range(4 if not LONG else 20):
        proc = _start(str(lib_path), "--import", *map(str, seed_paths))
        _kill_after(proc, rng.randint(0, 2), rng)
        with LibraryService.open(lib_path, import_seeds=False) as lib:
            assert lib.integrity_check() == "ok"
            conn = lib._db.conn
            for source, count in conn.execute(
                "SELECT p.source_path, count(a.seq) FROM pages p"
                " LEFT JOIN articles a ON a.page_id = p.id GROUP BY p.id"
            ):
                assert count == expected[source]
            for article_id in lib.article_ids():
                title = lib.article(article_id).title
                assert article_id in {h.article_id for h in lib.search(title[:6], limit=None)}


def test_two_processes_writing_at_once_lose_nothing(lib_path: Path) -> None:
    # One writer takes even note numbers, the other odd: they share no article.
    procs = [_start(str(lib_path), str(start)) for start in (0, 1)]
    seen = [_kill_after(p, 40, random.Random(i)) for i, p in enumerate(procs)]
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        ids = lib.article_ids()
        for lines in seen:
            for n in map(int, lines):
                assert _note_number(lib.note(target(ids, n))) >= n
        assert lib.integrity_check() == "ok"
