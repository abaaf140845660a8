"""Schema step 15: a library of the version before gets every title's sort string and the
indexes the title and kind orders walk, and lists by title and kind as it did (pinyin
order, ties in page order)."""

from __future__ import annotations

import sqlite3

from desktop_app.core.collation import title_key
from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS, _v15_title_sort

BEFORE = MIGRATIONS.index(_v15_title_sort)  # the version without the column


def pinyin_order(lib: LibraryService) -> list[str]:
    """The titles' order computed from the titles alone (stable: ties in page order)."""
    rows = lib.article_rows(lib.article_ids())
    return [row.id for row in sorted(rows, key=lambda row: title_key(row.title))]


def test_a_library_of_the_step_before_gets_title_sorts_and_lists_by_pinyin(lib_path):
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        by_kind = lib.article_ids(order="kind")
    conn = sqlite3.connect(lib_path)
    conn.execute("DROP TRIGGER articles_title_sort_stale")
    conn.execute("DROP INDEX idx_articles_title_sort")
    conn.execute("DROP INDEX idx_articles_kind_listing")
    conn.execute("CREATE INDEX idx_articles_kind ON articles(kind)")
    conn.execute("ALTER TABLE articles DROP COLUMN title_sort")
    conn.execute(f"PRAGMA user_version = {BEFORE}")
    conn.commit()
    conn.close()
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert lib.article_ids(order="pinyin") == pinyin_order(lib)
        assert lib.article_ids(order="kind") == by_kind
        missing = lib._db.conn.execute(
            "SELECT count(*) FROM articles WHERE title_sort IS NULL").fetchone()[0]
        plan = " ".join(str(row) for row in lib._db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT a.id, a.kind FROM articles a ORDER BY"
            " a.title_sort, a.date, a.page_no, a.page_id, a.position, a.seq"))
        plan += " ".join(str(row) for row in lib._db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT a.id FROM articles a ORDER BY"
            " a.kind, a.date, a.page_no, a.page_id, a.position, a.seq"))
    assert missing == 0
    assert "COVERING INDEX idx_articles_title_sort" in plan
    assert "COVERING INDEX idx_articles_kind_listing" in plan
    assert "TEMP B-TREE" not in plan  # the order is the index's: no sort


def test_a_title_changed_by_another_tool_still_lists_in_pinyin_order(lib_path):
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        first = lib.article_ids(order="pinyin")[0]
        assert not lib.article_rows([first])[0].title.startswith("阿")
    conn = sqlite3.connect(lib_path)
    conn.execute("UPDATE articles SET title = '阿坝州' WHERE id = ?", (first,))
    conn.commit()
    conn.close()
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        order = lib.article_ids(order="pinyin")
        assert order == pinyin_order(lib)
        assert order[0] != first  # moved to its new title's place, not left at the old


def _missing(lib: LibraryService) -> int:
    return int(lib._db.conn.execute(
        "SELECT count(*) FROM articles WHERE title_sort IS NULL").fetchone()[0])


def test_an_article_another_tool_inserted_lists_by_pinyin_and_gets_its_sort_string(lib_path):
    # sqlite-utils or Datasette adding a row knows nothing of title_sort: the list
    # computes the order meanwhile, with a filter too, and the next opening fills it in.
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        some = lib.article_ids()[0]
    conn = sqlite3.connect(lib_path)
    conn.execute("INSERT INTO articles(id, page_id, position, date, title, kind, text,"
                 " imported_at) SELECT 'added', page_id, 99, date, '阿坝州', kind, '',"
                 " imported_at FROM articles WHERE id = ?", (some,))
    conn.commit()
    conn.execute("BEGIN IMMEDIATE")  # another program writing: the opening cannot fill it
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        conn.rollback()
        assert _missing(lib) == 1
        order = lib.article_ids(order="pinyin")
        assert order == pinyin_order(lib)
        assert order[0] != "added"  # where a missing sort string would put it
        day = lib.article_rows(["added"])[0].date
        one_day = Filters(date_from=day, date_to=day)
        rows = sorted(lib.article_rows(lib.article_ids(one_day)), key=lambda r: title_key(r.title))
        assert lib.article_ids(one_day, order="pinyin") == [row.id for row in rows]
    conn.close()
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        assert _missing(lib) == 0
        assert lib.article_ids(order="pinyin") == order
