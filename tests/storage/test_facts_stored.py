"""The figures table (its own schema step): one stored row per number, what the rule
says about it; a library from before the step gets its rows on opening without losing
anything; a re-import replaces an article's rows and a removed article takes its rows
along, the kept counts following."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core.facts.facts import find_facts
from desktop_app.service import LibraryService
from desktop_app.storage import backups
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS
from tests.helpers.figures_page import PAGE, import_page

# The figures' step, found by its name: its number depends on the steps merged before it.
FACTS_STEP = next(i for i, step in enumerate(MIGRATIONS, 1) if step.__name__.endswith("_facts"))

def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT * FROM facts"))


def test_every_number_is_stored_with_what_the_rule_says(lib_path: Path) -> None:
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        for article_id in lib.article_ids():
            article = lib.article(article_id)
            expected = find_facts(article.text, article.numbers, article.date)
            stored = [r for r in lib.facts() if r.article_id == article_id]
            assert [(r.start, r.end, r.subject, r.subject_start, r.relation, r.period,
                     r.period_iso, r.kind, r.unit, r.value) for r in stored] == [
                (f.start, f.end, f.subject, f.subject_start, f.relation, f.period,
                 f.period_iso, f.kind, f.unit, f.value) for f in expected], article_id
            for r in stored:  # offsets into the text `show` prints
                assert article.text[r.start:r.end] == r.text
                if r.subject_start is not None:
                    assert article.text[r.subject_start:r.subject_end] == r.subject


def test_a_library_from_before_the_figures_gets_them_and_keeps_its_data(lib_path: Path
                                                                          ) -> None:
    expected = _rows(lib_path)
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as lib:
        article_id = lib.article_ids()[0]
        lib.set_note(article_id, "旧版的笔记")
        lib.tag(article_id, "旧版")
    conn = sqlite3.connect(lib_path)
    conn.execute("DROP TABLE facts")
    conn.execute("DROP TABLE fact_counts")
    conn.execute(f"PRAGMA user_version = {FACTS_STEP - 1}")
    conn.commit()
    conn.close()
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert lib.note(article_id) == "旧版的笔记"
        assert lib.article(article_id).tags == ["旧版"]
    assert expected and _rows(lib_path) == expected
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        _counts_agree(lib)
    with sqlite3.connect(lib_path) as conn:
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(facts)")}
    assert {"idx_facts_kind_value", "idx_facts_unit_kind_value", "idx_facts_subject",
            "idx_facts_period"} <= indexes
    before = f"library-pre-v{FACTS_STEP - 1}-"
    pre = [p for p in backups.list_backups(lib_path) if p.name.startswith(before)]
    assert len(pre) == 1


def _counts_agree(lib: LibraryService) -> None:
    """The kept counts (fact_counts) say what counting the rows says."""
    every = lib.facts()
    assert lib.count_facts() == len(every)
    for kind, unit in {(r.kind, r.unit) for r in every} | {("money", "不存在")}:
        assert lib.count_facts(kind=kind) == sum(r.kind == kind for r in every)
        assert lib.count_facts(unit=unit) == sum(r.unit == unit for r in every)
        assert lib.count_facts(kind=kind, unit=unit) == sum(
            (r.kind, r.unit) == (kind, unit) for r in every)


def test_a_reimport_replaces_the_figures_of_an_edited_article(tmp_path: Path) -> None:
    db = import_page(tmp_path, PAGE)
    with LibraryService.open(db, import_seeds=False) as lib:
        assert {r.text for r in lib.facts(subject="产业规模")} == {"8520亿元", "19.2%"}
        assert lib.count_facts(subject="客流") == 1
        _counts_agree(lib)
    edited = PAGE.replace("8520亿元", "8600亿元").split("\n# 长沙市")[0]
    import_page(tmp_path, edited)
    with LibraryService.open(db, import_seeds=False) as lib:
        assert {r.text for r in lib.facts(subject="产业规模")} == {"8600亿元", "19.2%"}
        assert lib.count_facts(subject="客流") == 0  # the article left, its figures too
        assert lib.count_facts() == sum(len(lib.article(i).numbers) for i in lib.article_ids())
        _counts_agree(lib)
