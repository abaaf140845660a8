"""Analysing a library again (and splitting its pages again), killed with SIGKILL at any
moment: the library stays whole and consistent (the names index and the figures' counts
say what their rows say), every batch written keeps this version's analysis, and the next
run finishes the rest."""

from __future__ import annotations

import contextlib
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.storage import name_counts
from tests.helpers.older_analysis import as_if_an_earlier_version
from tests.helpers.paths import REPO
from tests.service.test_reanalysis import analysed

pytestmark = pytest.mark.early  # mostly waiting on its child: the other worker goes on

# Seconds after the start: during start-up, while the first batch is analysed, around
# its write, during the second (the seed library is two batches; a run takes about 3 s
# here). Where each lands depends on the machine; every assertion holds wherever it lands.
KILL_AFTER_S = (0.3, 1.2, 1.7, 2.4)


def consistent(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert sorted(conn.execute("SELECT * FROM name_counts")) == sorted(
            conn.execute(name_counts.GROUPED))
        assert sorted(conn.execute("SELECT kind, unit, n FROM fact_counts WHERE n > 0")) == \
            sorted(conn.execute("SELECT kind, unit, count(*) FROM facts GROUP BY kind, unit"))


def written_so_far(path: Path, fresh: dict) -> None:
    """Articles up to the recorded progress have this version's analysis."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'reanalysis'").fetchone()
        done = int(row[0].split()[1]) if row else 0
        now = conn.execute("SELECT seq, numbers, entities FROM articles WHERE seq <= ?"
                           " ORDER BY seq", (done,)).fetchall()
    assert now == [r for r in fresh["articles"] if r[0] <= done]


def test_a_run_killed_anywhere_leaves_the_library_whole_and_the_next_run_finishes(
        lib_path: Path) -> None:
    fresh = analysed(lib_path)
    argv = [sys.executable, "-m", "desktop_app", "reanalyse", "--jobs", "1",
            "--db", str(lib_path)]
    for round_, delay in enumerate(KILL_AFTER_S):
        as_if_an_earlier_version(lib_path)  # each kill lands in a run with work to do
        if round_ % 2:  # and in every other round, pages are split again first
            with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
                conn.execute("DELETE FROM meta WHERE key IN ('split_version', 'resplit')")
        child = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        consistent(lib_path)
        written_so_far(lib_path, fresh)
    done = subprocess.run([*argv, "--json"], cwd=REPO, capture_output=True, text=True,
                          timeout=120, check=True)
    assert json.loads(done.stdout)["errors"] == []
    consistent(lib_path)
    assert analysed(lib_path) == fresh
