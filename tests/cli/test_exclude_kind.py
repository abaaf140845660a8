"""`list` and `search --exclude-kind photo_caption`: the captions left out, as View → Hide
Photo Captions does in the window (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_list_and_search_leave_the_captions_out(capsys, lib_path: Path):
    db = str(lib_path)
    everything = run_json(capsys, "list", "--db", db)
    captions = [r["id"] for r in everything if r["kind"] == "photo_caption"]
    assert captions
    kept = run_json(capsys, "list", "--exclude-kind", "photo_caption", "--db", db)
    assert [r["id"] for r in kept] == [r["id"] for r in everything
                                       if r["kind"] != "photo_caption"]
    hits = run_json(capsys, "search", "湖南", "--limit", "200", "--db", db)
    assert any(hit["kind"] == "photo_caption" for hit in hits)
    hits = run_json(capsys, "search", "湖南", "--limit", "200",
                    "--exclude-kind", "photo_caption", "--db", db)
    assert hits and all(hit["kind"] != "photo_caption" for hit in hits)
