"""The fixes to a split (their own schema step): a library from before the step opens
with an empty ``split_edits`` and can take fixes; a page's fixes go with the page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.service import LibraryService
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS

# The step, found by its name: its number depends on the steps merged before it.
STEP = next(i for i, step in enumerate(MIGRATIONS, 1) if step.__name__.endswith("_split_edits"))


def test_a_library_from_before_the_step_gets_the_table_and_keeps_its_articles(
        lib_path: Path) -> None:
    with sqlite3.connect(lib_path) as conn:
        conn.execute("DROP TABLE split_edits")
        conn.execute(f"PRAGMA user_version = {STEP - 1}")
        count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    with LibraryService.open(lib_path) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert lib.count_articles() == count
        first = lib.article_ids()[0]
        assert lib.split_edits(first) == []
        lib.set_article_kind(first, "brief")
        assert [e.op for e in lib.split_edits(first)] == ["kind"]
        assert lib.article(first).kind == "brief"


def test_a_pages_fixes_go_with_the_page(lib_path: Path) -> None:
    with LibraryService.open(lib_path) as lib:
        first = lib.article_ids()[0]
        lib.set_article_kind(first, "brief")
    with sqlite3.connect(lib_path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        page = conn.execute("SELECT page_id FROM split_edits").fetchone()[0]
        conn.execute("DELETE FROM split_edits WHERE page_id != ?", (page,))
        for table in ("article_entities", "facts", "article_reads"):
            conn.execute(f"DELETE FROM {table} WHERE article_seq IN"
                         " (SELECT seq FROM articles WHERE page_id = ?)", (page,))
        conn.execute("DELETE FROM articles WHERE page_id = ?", (page,))
        conn.execute("DELETE FROM pages WHERE id = ?", (page,))
        assert conn.execute("SELECT count(*) FROM split_edits").fetchone()[0] == 0
