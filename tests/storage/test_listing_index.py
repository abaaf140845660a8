"""Schema step 13: a library of the version before gets the list's covering index, and listing in
page order reads that index alone (not every article row)."""

from __future__ import annotations

import sqlite3

from desktop_app.service import LibraryService
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS, _v13_listing_index

BEFORE = MIGRATIONS.index(_v13_listing_index)  # the version without the index


def test_a_library_of_the_step_before_gets_the_listing_index_and_lists_as_before(lib_path):
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        before = {order: lib.article_ids(order=order) for order in ("page", "pinyin", "tags")}
    conn = sqlite3.connect(lib_path)
    conn.execute("DROP INDEX idx_articles_listing")
    conn.execute(f"PRAGMA user_version = {BEFORE}")
    conn.close()
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert {order: lib.article_ids(order=order) for order in before} == before
        plan = " ".join(str(row) for row in lib._db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT a.seq, a.id, a.kind, a.title FROM articles a"
            " ORDER BY a.date, a.page_no, a.page_id, a.position, a.seq"))
    assert "COVERING INDEX idx_articles_listing" in plan
