"""Opening a library made by the first release (schema version 1): the search index is
made in its present form (one-character search included), and nothing the user wrote is
lost on the way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.search.text import fold
from desktop_app.service import LibraryService
from desktop_app.storage import backups, search_index
from desktop_app.storage.db import Database
from desktop_app.storage.migrations import LATEST_VERSION
from tests.helpers.older_library import drop_name_counts


def _make_v1(path: Path) -> tuple[str, str]:
    """Turn a current library into the version 1 file the first release wrote: the same
    tables, without the character index. Returns an article id and the note on it."""
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        article_id = lib.article_ids()[-1]
        lib.set_note(article_id, "旧版笔记：龘")
        lib.tag(article_id, "旧标签")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE search_index")  # version 18's; version 1 had two columns
    conn.execute("CREATE VIRTUAL TABLE search_index USING fts5("
                 "title, body, content='', tokenize='ascii', detail=full)")
    conn.execute("DROP TABLE article_reads")  # version 7's
    conn.execute("DROP TABLE facts")  # version 8's
    conn.execute("DROP TABLE fact_counts")
    conn.execute("ALTER TABLE pages DROP COLUMN sample")  # version 3's
    drop_name_counts(conn)  # version 12's
    conn.execute("DROP TRIGGER articles_date_entities")  # version 9's
    conn.execute("DROP INDEX idx_article_entities_names")  # version 9's (names index)
    conn.execute("ALTER TABLE article_entities DROP COLUMN mentions")
    conn.execute("ALTER TABLE article_entities DROP COLUMN date")
    conn.execute("ALTER TABLE article_entities DROP COLUMN key_first")
    conn.execute("DROP TABLE name_corrections")
    conn.execute("DROP INDEX idx_article_entities_name_key")  # version 5's
    conn.execute("ALTER TABLE article_entities DROP COLUMN name_key")
    conn.execute("ALTER TABLE articles DROP COLUMN subhead_positions")  # version 6's
    conn.execute("ALTER TABLE articles DROP COLUMN kicker")  # version 19's
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return article_id, "旧版笔记：龘"


def _scan(lib: LibraryService, char: str) -> set[str]:
    found = set()
    for i in lib.article_ids():
        a = lib.article(i)
        text = "\n".join([a.title, a.subtitle, a.byline, a.dateline, *a.subheads, a.text,
                          a.note, *a.tags])
        if char in fold(text):
            found.add(i)
    return found


def test_a_version_1_library_is_backed_up_migrated_and_finds_single_characters(
    lib_path: Path,
) -> None:
    article_id, note = _make_v1(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert lib.note(article_id) == note and lib.article(article_id).tags == ["旧标签"]
        text = lib.article(article_id).text
        # The first and last characters of a text are the edge cases of any tokenising.
        for char in {text[0], text[-1], "的", "龘", "旧", "5"}:
            found = {h.article_id for h in lib.search(char, limit=None)}
            assert found == _scan(lib, char), char
    saved = backups.list_backups(lib_path)
    pre = [p for p in saved if p.name.startswith("library-pre-v1-")]
    assert len(pre) == 1
    with sqlite3.connect(pre[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT markdown FROM notes").fetchall() == [(note,)]


def test_a_migration_that_fails_half_way_leaves_the_version_1_file_usable(
    lib_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_v1(lib_path)

    def broken(conn: sqlite3.Connection) -> int:
        conn.execute("INSERT INTO search_chars(rowid, title, body) VALUES (1, 'x', 'y')")
        raise OSError("disk full")

    monkeypatch.setattr(search_index, "fill_chars", broken)
    with pytest.raises(OSError):
        Database(lib_path)
    with sqlite3.connect(lib_path) as plain:
        assert plain.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in plain.execute("SELECT name FROM sqlite_master")}
        assert "search_chars" not in tables
    monkeypatch.undo()
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION and lib.search("龘")


def test_a_failed_search_rebuild_keeps_the_old_index_until_the_next_opening(
    lib_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step 18 drops both search tables and rebuilds one: a failure half way (disk full)
    rolls the step back, and the library opens at step 17 as it was."""
    _make_v1(lib_path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO search_index(rowid, title, body, title_chars, body_chars)"
                     " VALUES (1, 'x', 'y', 'x', 'y')")
        raise OSError("disk full")

    monkeypatch.setattr(search_index, "rebuild", broken)
    with pytest.raises(OSError):
        Database(lib_path)
    with sqlite3.connect(lib_path) as plain:
        assert plain.execute("PRAGMA user_version").fetchone()[0] == 17
        tables = {r[0] for r in plain.execute("SELECT name FROM sqlite_master")}
        assert "search_chars" in tables
        assert plain.execute("SELECT count(*) FROM search_chars WHERE search_chars MATCH"
                             " '\"的\"'").fetchone()[0] > 0
    monkeypatch.undo()
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION and lib.search("龘")


def test_the_steps_an_opening_will_run_are_known_before_it_opens(lib_path: Path,
                                                                 tmp_path: Path) -> None:
    from desktop_app.service_opening import needs_upgrade
    from desktop_app.storage.db import pending_steps

    assert pending_steps(lib_path) == 0 and not needs_upgrade(lib_path)  # current
    assert pending_steps(tmp_path / "none.sqlite3") == 0  # a new library: no upgrade
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    assert pending_steps(garbage) == 0  # the opening says what is wrong with it
    _make_v1(lib_path)
    assert pending_steps(lib_path) == LATEST_VERSION - 1 and needs_upgrade(lib_path)
    Database(lib_path).close()
    assert pending_steps(lib_path) == 0
