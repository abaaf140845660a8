"""The import kill test of tests/test_reliability_kill.py with ``--jobs 2`` (issue 15):
the writer, with two worker processes analysing for it, is killed with SIGKILL at random
moments; every page is then wholly in the library or not at all, and searchable exactly
when it is in. Default 5 kills; ``XIANGYUE_LONG=1``: 60. Seed 1 draws the kills at
0.14, 0.85, 0.76, 0.25 and 0.50 of a span: 8 s (times the machine's load) until a round
has run to its end, then that round's length and a quarter (kill_harness ``_span``), so
they land from the workers' start-up to just after the import's end however fast it is.

A round (four new pages) starts the workers' fork server, which loads jieba, and two
workers forked from it, which load the name model, before the first page is written, so
kills are spread over a longer time than in the one-process test: some land while the
server or the workers start, some between commits, some after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.early  # a few minutes of waiting on the harness: start it first
REPO = Path(__file__).resolve().parents[2]
HARNESS = REPO / "tests" / "helpers" / "kill_harness.py"
ROUNDS = 60 if os.environ.get("XIANGYUE_LONG") else 5
MAX_DELAY_S = 8.0


@pytest.fixture(scope="module")
def report(copy_library, tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("kill-import2")
    lib = copy_library(work / "lib")
    out = work / "report.json"
    # A writer killed mid-import cannot remove its workers' socket folder (pymp-…): TMPDIR
    # puts it in this test's folder, not in the machine's /tmp, run after run.
    env = {**os.environ, "PYTHONPATH": str(REPO), "XIANGYUE_HOME": str(work / "home"),
           "TMPDIR": str(work)}
    code = subprocess.run(
        [sys.executable, str(HARNESS), "--mode", "import2", "--lib", str(lib), "--rounds",
         str(ROUNDS), "--max-delay", str(MAX_DELAY_S), "--seed", "1", "--work",
         str(work / "pages"), "--report", str(out)],
        env=env, cwd=work, timeout=300 + ROUNDS * 40,
    ).returncode
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return {**data, "exit": code}


def test_import_with_two_jobs_killed_at_random_is_all_or_nothing_per_page(report: dict
                                                                         ) -> None:
    summary = json.dumps(report, ensure_ascii=False)[:3000]
    assert report["exit"] == 0, summary
    assert report["problems"] == [] and report["errors"] == [], summary
    assert report["rounds"] == ROUNDS
    assert report["killed_running"] == ROUNDS, summary
    assert report["acks"] < ROUNDS, "no import was interrupted; kills came too late"
    final = report["final"]
    assert final["reimport_code"] == 0 and final["problems"] == [], summary
    assert final["pages"] == 4 * ROUNDS
