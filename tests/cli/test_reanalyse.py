"""`xiangyue reanalyse`: pages an earlier version imported get this version's analysis."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.helpers.older_analysis import as_if_an_earlier_version, count_articles


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_then_reanalyse_then_nothing_left(lib_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(lib_path)
    as_if_an_earlier_version(lib_path)
    total = count_articles(lib_path)
    code, out, _ = run(capsys, "reanalyse", "--check", "--db", db)
    assert code == 0 and out.startswith(f"{total} article(s) analysed by an earlier version")
    code, out, err = run(capsys, "reanalyse", "--jobs", "1", "--db", db)
    assert code == 0 and err == ""
    assert out.startswith(f"{total} of {total} article(s) analysed again in ")
    with contextlib.closing(sqlite3.connect(lib_path)) as conn:
        assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] > 0
    code, out, _ = run(capsys, "reanalyse", "--check", "--json", "--db", db)
    assert json.loads(out)["articles_to_analyse"] == 0
    code, out, _ = run(capsys, "reanalyse", "--db", db)
    assert code == 0
    assert out.strip() == "every article already has this version's numbers, names and figures"
    code, out, _ = run(capsys, "show", "--json", "--db", db,
                       json.loads(run(capsys, "list", "--json", "--db", db)[1])[0]["id"])
    assert json.loads(out)["numbers"]  # what the reader marks


def test_all_with_json_reports_every_article(lib_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "reanalyse", "--all", "--jobs", "1", "--json",
                       "--db", str(lib_path))
    report = json.loads(out)
    assert code == 0
    assert report["total"] == report["analysed"] == count_articles(lib_path)
    assert report["cancelled"] is False and report["errors"] == []
