"""Shared by the hostile-input tests (tests/reliability/test_hostile_inputs.py and
test_not_files.py): a seed page, the command line in-process, its one-line message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.helpers.paths import SEEDS

SEED = SEEDS / "000_f5f77dfa578cba18.txt"
PAGE = SEED.read_text(encoding="utf-8")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_message(err: str, *words: str) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith(("xiangyue: ", "skipped: ")), lines[0]
    for word in words:
        assert word in lines[0], lines[0]


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM pages").fetchone()[0],
                conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()
