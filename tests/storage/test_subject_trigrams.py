"""The subject search looks rare words up in the trigram index of the distinct subjects
(schema step 16) and finds exactly what testing every subject finds, after figures are
added, removed and changed by anyone; a library from before the step gets the index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.service import LibraryService
from desktop_app.storage import fact_subjects
from desktop_app.storage.migrations import MIGRATIONS, _v17_subject_trigrams
from tests.helpers.figures_page import PAGE, import_page

STEP = MIGRATIONS.index(_v17_subject_trigrams) + 1
# Few letters, so that words repeat across subjects; ASCII of both cases and a quote,
# which the index must neither fold nor read as query syntax.
LETTERS = "算力产业规模增长年aAb\" "
subject_texts = st.text(LETTERS, min_size=1, max_size=9)


def _figures(subjects: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE facts (subject TEXT NOT NULL, kind TEXT NOT NULL,"
                 " unit TEXT NOT NULL)")
    fact_subjects.create(conn)
    conn.executemany("INSERT INTO facts VALUES (?, ?, ?)",
                     [(s, "money" if i % 3 else "share", "元") for i, s in enumerate(subjects)])
    fact_subjects.flush(conn)  # as a transaction of the library does at its end
    return conn


def _both_ways(conn: sqlite3.Connection, word: str, monkeypatch: pytest.MonkeyPatch
               ) -> tuple[fact_subjects.Matching, fact_subjects.Matching, bool]:
    """(through the index, by testing every subject, whether the index was used)."""
    with monkeypatch.context() as patch:  # the index whatever the word's pieces cost
        patch.setattr(fact_subjects, "INDEX_SHARE", 0)
        patch.setattr(fact_subjects, "MOST_PIECES", 10**6)
        used = fact_subjects.holding(conn, word)[0].startswith("rowid IN")
        indexed = fact_subjects.matching(conn, word)
    with monkeypatch.context() as patch:
        patch.setattr(fact_subjects, "indexed", lambda _conn: False)
        scanned = fact_subjects.matching(conn, word)
    return indexed, scanned, used


@given(subjects=st.lists(subject_texts, min_size=1, max_size=30),
       removed=st.lists(st.integers(0, 29), max_size=10),
       renamed=st.lists(st.tuples(st.integers(0, 29), subject_texts), max_size=5),
       words=st.lists(st.text(LETTERS, min_size=1, max_size=4), max_size=6))
@example(subjects=["产业规模", "规模", "a\"b", "aAb"], removed=[1], renamed=[(0, "增长")],
         words=["规模", "模", "\"", "aA", "Ab", "产业"])
def test_the_index_finds_what_testing_every_subject_finds(
        subjects: list[str], removed: list[int], renamed: list[tuple[int, str]],
        words: list[str]) -> None:
    monkeypatch = pytest.MonkeyPatch()
    conn = _figures(subjects)
    for i in removed:  # the triggers keep the index as figures go and change
        conn.execute("DELETE FROM facts WHERE rowid = ?", (i + 1,))
    for i, text in renamed:
        conn.execute("UPDATE facts SET subject = ? WHERE rowid = ?", (text, i + 1))
    held = [row[0] for row in conn.execute("SELECT subject FROM facts")]
    pieces = [*(s[1:3] for s in held), *(s[-1:] for s in held), *(s[:4] for s in held)]
    for flushed in (False, True):  # before the index follows the changes, and after
        if flushed:
            fact_subjects.flush(conn)
        pending = conn.execute("SELECT count(*) FROM fact_subjects_changed").fetchone()[0]
        assert not (flushed and pending)
        for word in [*words, *filter(None, pieces)]:
            indexed, scanned, used = _both_ways(conn, word, monkeypatch)
            assert indexed == scanned
            assert scanned[1] == sum(word in s for s in held)
            # A word some subject holds goes through the index while it is in step.
            assert used == (not pending) or not scanned[1]


def test_a_subject_renamed_in_the_table_itself_is_found_by_its_new_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    conn = _figures(["全省算力产业规模", "客流"])
    fact_subjects.flush(conn)
    conn.execute("UPDATE fact_subjects SET subject = '全省智算规模' WHERE subject LIKE '全省%'")
    fact_subjects.flush(conn)
    assert _both_ways(conn, "智算", monkeypatch)[0][0] == ["全省智算规模"]
    assert _both_ways(conn, "算力", monkeypatch)[0] == ([], 0, 0)


def test_an_older_library_gets_the_index_and_searches_it(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    db = import_page(tmp_path, PAGE)
    with sqlite3.connect(db) as conn:
        for table in ("fact_subject_pieces", "fact_subject_trigrams"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute(f"PRAGMA user_version = {STEP - 1}")
        assert not fact_subjects.indexed(conn)
    monkeypatch.setattr(fact_subjects, "INDEX_SHARE", 0)
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        conn = lib._db.conn
        assert fact_subjects.indexed(conn)
        assert fact_subjects.holding(conn, "客产业")[0] == "0"  # no subject has the piece
        assert fact_subjects.holding(conn, "产业规")[0].startswith("rowid IN")
        assert {r.text for r in lib.facts(subject="产业规")} >= {"8520亿元"}
        assert lib.count_facts(subject="客流") == 1


def test_another_tools_figures_are_indexed_when_the_library_next_opens(tmp_path: Path,
                                                                       monkeypatch) -> None:
    db = import_page(tmp_path, PAGE)
    with sqlite3.connect(db) as conn:  # another tool adds a figure with a new subject
        seq = conn.execute("SELECT min(article_seq) FROM facts").fetchone()[0]
        conn.execute("INSERT INTO facts(article_seq, start, end, text, kind, subject)"
                     " VALUES (?, 9999, 10003, '42家', 'count', '外来工具写的主语')", (seq,))
        assert fact_subjects.pending(conn)
    monkeypatch.setattr(fact_subjects, "INDEX_SHARE", 0)
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        conn = lib._db.conn
        assert not fact_subjects.pending(conn)
        assert fact_subjects.holding(conn, "工具写")[0].startswith("rowid IN")
        assert [r.text for r in lib.facts(subject="工具写")] == ["42家"]


def test_a_damaged_index_costs_no_write_and_no_search_result(tmp_path: Path) -> None:
    db = import_page(tmp_path, PAGE)
    with sqlite3.connect(db) as conn:  # the index's storage damaged by another tool
        conn.execute("DROP TABLE fact_subject_trigrams_data")
    page = tmp_path / "pages" / "2025-03-30_04.txt"
    page.write_text(PAGE.replace("日均客流", "日均人流"), encoding="utf-8")
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        lib.import_paths([page])  # figures change: the index cannot follow, the write holds
        article = lib.article_ids()[0]
        lib.tag(article, "留存")
        assert lib.article(article).tags == ["留存"]
        assert fact_subjects.pending(lib._db.conn)  # kept for a later repair
        assert lib.count_facts(subject="人流") == 1  # every subject tested meanwhile
        assert lib.count_facts(subject="客流") == 0


def test_an_sqlite_without_the_trigram_tokenizer_searches_every_subject(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = import_page(tmp_path, PAGE)
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {STEP - 1}")
        for table in ("fact_subject_pieces", "fact_subject_trigrams"):
            conn.execute(f"DROP TABLE {table}")
    # What SQLite before 3.34 answers: the step goes on without the index.
    monkeypatch.setattr(fact_subjects, "CREATE_TRIGRAMS", (
        "CREATE VIRTUAL TABLE fact_subject_trigrams USING fts5(subject, tokenize='none')",))
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        conn = lib._db.conn
        assert not fact_subjects.indexed(conn)
        assert fact_subjects.holding(conn, "产业规")[0] == "instr(subject, ?) > 0"
        assert {r.text for r in lib.facts(subject="产业规")} >= {"8520亿元"}
        page = tmp_path / "pages" / "2025-03-30_04.txt"
        page.write_text(PAGE.replace("日均客流", "日均人流"), encoding="utf-8")
        lib.import_paths([page])  # writes go on, nothing logged for an absent index
        assert lib.count_facts(subject="人流") == 1
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name ="
                            " 'fact_subjects_changed'").fetchone()[0] == 0
