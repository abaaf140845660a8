"""Crash safety: writers killed with SIGKILL at random moments lose nothing acknowledged.

tests/helpers/kill_harness.py forks the writer per round, kills it, and checks the
file with plain sqlite3 (integrity_check, every acknowledged note, highlight and tag
present, nothing invented) before the next round, so damage would also surface as a
failure to reopen. Default: 100 CLI kills, 12 window kills, 8 import kills (a window
or an import round costs a second or two of CPU; the default is a check on every
change, the long run the release's).
``XIANGYUE_LONG=1 uv run pytest tests/reliability/test_kill.py`` runs 1000 / 300 / 200.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.kill_harness import token_count
from tests.helpers.ledger import TOKEN, Ledger
from tests.helpers.paths import HELPERS, REPO

HARNESS = HELPERS / "kill_harness.py"
pytestmark = pytest.mark.early  # the harnesses wait a minute: the other worker goes on meanwhile
LONG = bool(os.environ.get("XIANGYUE_LONG"))


# mode → (default kills, long kills, max delay in seconds, seed)
PLANS = {"cli": (100, 1000, 0.1, 7), "window": (12, 300, 0.6, 11), "import": (8, 200, 0.5, 3)}


def _start_harness(mode: str, lib: Path, work: Path) -> tuple[subprocess.Popen, Path, int]:
    default, long, max_delay, seed = PLANS[mode]
    rounds = long if LONG else default
    report = work / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "XIANGYUE_HOME": str(work / "home")}
    proc = subprocess.Popen(
        [sys.executable, str(HARNESS), "--mode", mode, "--lib", str(lib), "--rounds",
         str(rounds), "--max-delay", str(max_delay), "--seed", str(seed), "--work",
         str(work / "pages"), "--report", str(report)],
        env=env, cwd=work,
    )
    return proc, report, rounds


@pytest.fixture(scope="module")
def reports(copy_library: Callable[[Path], Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The three harnesses run at once (each mostly waits for its next kill)."""
    started = {}
    for mode in PLANS:
        work = tmp_path_factory.mktemp(f"kill-{mode}")
        lib = copy_library(work / "lib")
        started[mode] = (*_start_harness(mode, lib, work), lib)
    results = {}
    for mode, (proc, report, rounds, lib) in started.items():
        code = proc.wait(timeout=120 + rounds * 3)
        data = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
        results[mode] = {**data, "exit": code, "planned": rounds, "lib": lib}
    return results


def summary(report: dict) -> str:
    return json.dumps({k: v for k, v in report.items() if k != "lib"}, ensure_ascii=False)[:3000]


def assert_nothing_lost(report: dict) -> None:
    assert report["exit"] == 0, summary(report)
    assert report["problems"] == []
    assert report["errors"] == []
    assert report["rounds"] == report["planned"]
    # Every kill landed on a live writer (none crashed or stopped on its own).
    assert report["killed_running"] == report["planned"]


def test_cli_writes_survive_100_kills(reports: dict) -> None:
    report = reports["cli"]
    assert_nothing_lost(report)
    assert report["planned"] >= 100
    # Writes were acknowledged, and nearly every round was cut off mid-command (how many
    # writes fit in a round depends on the machine's load, so only a floor is asserted).
    assert report["acks"] >= report["planned"] // 4, summary(report)
    assert report["tries"] - report["acks"] >= report["planned"] * 0.8
    assert token_count(report["lib"]) > 0


def test_window_saves_survive_kills(reports: dict) -> None:
    report = reports["window"]
    assert_nothing_lost(report)
    assert report["acks"] >= report["planned"] // 4, summary(report)


def test_import_killed_half_way_is_all_or_nothing(reports: dict) -> None:
    report = reports["import"]
    assert_nothing_lost(report)
    assert report["acks"] < report["planned"], "no import was interrupted; kills came too late"
    final = report["final"]
    assert final["reimport_code"] == 0 and final["problems"] == []
    assert final["pages"] == 2 * report["planned"]


# -- the checker itself must be able to fail ----------------------------------------

@pytest.fixture
def kill_lib(lib_path: Path) -> Path:
    return lib_path


def test_ledger_reports_a_lost_note_a_lost_tag_and_an_invented_highlight(
        kill_lib: Path) -> None:
    conn = sqlite3.connect(kill_lib)
    article, seq = conn.execute("SELECT id, seq FROM articles LIMIT 1").fetchone()
    ledger = Ledger()
    ledger.acked({"op": "note", "article": article, "text": f"saved {TOKEN}"})
    ledger.acked({"op": "tag", "article": article, "tag": f"t-{TOKEN}"})
    conn.execute("INSERT INTO highlights(article_seq, start, end, quote, color, note, created,"
                 " updated) VALUES (?, 0, 1, 'x', 'green', ?, '', '')", (seq, f"h-{TOKEN}"))
    conn.commit()
    conn.close()
    problems = ledger.check(kill_lib)
    assert any("note of" in p for p in problems)
    assert any("acknowledged tag" in p for p in problems)
    assert any("never tried" in p for p in problems)
