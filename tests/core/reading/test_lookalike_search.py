"""A text page saved from a PDF extraction (绿⾊ with a Kangxi radical) is found by the
words a reader types (绿色)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.service import LibraryService

PAGE = """2025年3月30日 星期日

## 绿⾊智能计算，湖南开启下⼀程

本报记者 ⻩利⻜

当前，全球⼈⼯智能爆发式发展，绿⾊算⼒增速远超通⽤算⼒。⻓沙的绿⾊智能计算产业规模达8520亿元。
"""


def test_search_finds_a_kangxi_radical_page_by_ordinary_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "library.sqlite3"
    LibraryService.open(db, import_seeds=False).close()
    assert main(["import", str(page), "--db", str(db)]) == 0
    capsys.readouterr()
    for query in ("绿色", "长沙", "人工智能"):
        assert main(["search", query, "--db", str(db), "--json"]) == 0
        hits = json.loads(capsys.readouterr().out)
        assert len(hits) == 1, query
        assert hits[0]["title"] == "绿色智能计算，湖南开启下一程"
