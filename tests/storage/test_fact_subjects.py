"""The subject search of the figures table (its own schema step, ``fact_subjects``): it
finds the figures whose subject holds the text, in the table's order, whichever way it
reads them (the subjects found first or the walk in the table's order), with the right
count; a library from before the step gets the subjects of its figures on opening, and
the kept subjects follow a re-import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService
from desktop_app.storage import fact_subjects, facts_store
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS, _v14_fact_subjects
from tests.helpers.figures_page import PAGE, import_page

STEP = MIGRATIONS.index(_v14_fact_subjects) + 1
def _kept(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM fact_subjects ORDER BY 1, 2, 3").fetchall()


def _grouped(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT subject, kind, unit, count(*) FROM facts WHERE subject"
                            " <> '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3").fetchall()


@pytest.mark.parametrize("way", ["short walk", "subjects first", "subjects first, unlisted",
                                 "walk", "walk cut short"])
def test_the_search_finds_what_the_subjects_hold_in_the_tables_order(
        shared_lib: LibraryService, monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    # The choice between the ways depends on the library's size: force each here. A
    # walk cut short (matches clustered far down the table's order) reads the subjects'
    # figures instead. The short walk first finds everything in a library this small.
    if way == "short walk":  # tried with many distinct subjects
        monkeypatch.setattr(facts_store, "_FIRST_WALK_FROM", 0)
    else:
        monkeypatch.setattr(facts_store, "_FIRST_WALK", 0)
    if way.endswith("unlisted"):  # too many subjects to list: looked up by SQL instead
        monkeypatch.setattr(fact_subjects, "LISTED", 0)
    first = way.startswith("subjects first")
    monkeypatch.setattr(facts_store, "_LOOKUP_COST", 0 if first else 10**12)
    monkeypatch.setattr(facts_store, "_STEPS_PER_ROW", 0 if way == "walk cut short" else 8)
    monkeypatch.setattr(facts_store, "_COUNT_LOOKUPS", 10**12 if first else 0)
    lib = shared_lib
    every = lib.facts()
    subjects = sorted({r.subject for r in every if len(r.subject) >= 4})
    words = ["产业", "增长", subjects[0][1:3], subjects[-1][-2:], "省", "无此主语"]
    for word in words:
        for order in ("page", "value", "subject", "title"):
            for descending in (False, True):
                rows = lib.facts(subject=word, order=order, descending=descending)
                wanted = [r for r in lib.facts(order=order, descending=descending)
                          if word in r.subject]
                assert rows == wanted
                assert lib.facts(subject=word, order=order, descending=descending,
                                 limit=3, offset=1) == wanted[1:4]
        assert lib.count_facts(subject=word) == sum(word in r.subject for r in every)
        money = [r for r in every if r.kind == "money" and word in r.subject]
        assert lib.facts(kind="money", subject=word, limit=5) == money[:5]
        assert lib.count_facts(kind="money", subject=word) == len(money)
        dated = Filters(date_from="2025-03-30", date_to="2025-03-30")
        on_day = [r for r in every if r.date == "2025-03-30" and word in r.subject]
        assert lib.facts(dated, subject=word) == on_day
        assert lib.count_facts(dated, subject=word) == len(on_day)
    assert lib.count_facts(subject="产业") > 3  # the words above do find figures


def test_an_older_library_gets_its_subjects_and_they_follow_a_reimport(tmp_path: Path
                                                                       ) -> None:
    db = import_page(tmp_path, PAGE)
    expected = _grouped(db)
    assert ("全省绿色智能计算产业规模", "money", "元", 1) in expected
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE fact_subjects")  # its triggers go with it
        conn.execute(f"PRAGMA user_version = {STEP - 1}")
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert lib.count_facts(subject="客流") == 1
    assert _kept(db) == expected
    edited = PAGE.replace("全省绿色智能计算产业规模", "全省算力产业规模").split("\n# 长沙市")[0]
    import_page(tmp_path, edited)
    assert _kept(db) == _grouped(db)
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        assert {r.text for r in lib.facts(subject="算力")} == {"8520亿元", "19.2%"}
        assert lib.facts(subject="智能计算") == []
        assert lib.count_facts(subject="客流") == 0  # the article left, its figures too


def test_a_search_repeated_after_a_change_sees_the_change(tmp_path: Path) -> None:
    db = import_page(tmp_path, PAGE)
    page = tmp_path / "pages" / "2025-03-30_04.txt"
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        assert lib.count_facts(subject="客流") == 1
        page.write_text(PAGE.replace("日均客流", "日均人流"), encoding="utf-8")
        lib.import_paths([page])  # written through this library's own connection
        assert lib.count_facts(subject="客流") == 0
        assert lib.count_facts(subject="人流") == 1
        with LibraryService.open(db, import_seeds=False, daily_backup=False) as other:
            page.write_text(PAGE, encoding="utf-8")
            other.import_paths([page])  # and through another one
        assert lib.count_facts(subject="人流") == 0
        assert len(lib.facts(subject="客流")) == 1


def test_a_search_repeated_after_a_write_on_the_same_connection_sees_it(tmp_path: Path
                                                                        ) -> None:
    db = import_page(tmp_path, PAGE)
    memo = fact_subjects.SubjectMemo()
    with sqlite3.connect(db) as conn:
        seq = conn.execute("SELECT article_seq FROM facts WHERE instr(subject, '客流')"
                           ).fetchone()[0]
        assert fact_subjects.matching(conn, "客流", memo=memo)[1] == 1
        facts_store.replace_facts(conn, seq, [])  # the article's figures gone, uncommitted
        assert fact_subjects.matching(conn, "客流", memo=memo) == ([], 0, 0)


def test_a_repeated_search_is_answered_from_its_own_connections_memo(tmp_path: Path
                                                                      ) -> None:
    # The rows and then the count of one search read the subjects once; another library
    # connection (another window's, the command line's) keeps a memo of its own.
    db = import_page(tmp_path, PAGE)
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib, \
            LibraryService.open(db, import_seeds=False, daily_backup=False) as other:
        scans: list[str] = []
        scan = "FROM fact_subjects NOT INDEXED WHERE instr"
        lib._db.conn.set_trace_callback(
            lambda sql: scans.append(sql) if scan in sql else None)
        rows = lib.facts(subject="客流", limit=200)
        assert lib.count_facts(subject="客流") == len(rows) == 1
        assert len(scans) == 1  # the count reused the rows' search
        assert other._db.subject_memo.last is None  # nothing of lib's reached it
        assert other.count_facts(subject="客流") == 1
        assert len(scans) == 1
        lib.tag(rows[0].article_id, "x")  # a write: the memo is not trusted after it
        assert lib.count_facts(subject="客流") == 1
        assert len(scans) == 2
