"""Read state from the command line: `list --state read|unread` and "read" in `list --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.service import LibraryService


def listed(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    code = main(["list", *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_list_narrows_to_read_or_unread(capsys, lib_path: Path):
    with LibraryService.open(lib_path) as lib:
        first, second, *rest = lib.article_ids()
        lib.mark_read(second)
    db = str(lib_path)
    everything = listed(capsys, "--db", db)
    assert {r["id"]: r["read"] for r in everything}[second] is True
    assert [r["id"] for r in listed(capsys, "--state", "read", "--db", db)] == [second]
    unread = [r["id"] for r in listed(capsys, "--state", "unread", "--db", db)]
    assert unread == [first, *rest]


def test_an_unknown_state_is_refused(capsys, lib_path: Path):
    with pytest.raises(SystemExit) as exit_:
        main(["list", "--state", "seen", "--db", str(lib_path)])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
