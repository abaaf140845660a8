"""The names index of the whole library is read from counts kept by triggers
(``name_counts``, schema step 12): whatever changes the entity rows (corrections, merges,
a fix to the split, a changed date, an article removed), the kept counts are what
grouping the rows says; a library of version 11 gets the table on opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from desktop_app.storage import backups, name_counts
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS
from tests.helpers.older_library import drop_name_counts

pytestmark = pytest.mark.usefixtures("tagger")
STEP = next(i for i, step in enumerate(MIGRATIONS, 1) if step.__name__.endswith("_name_counts"))
KEPT = ("SELECT name_key, text, mentions, rows, articles, first_date, last_date"
        " FROM name_counts")


def _agree(lib: LibraryService) -> None:
    conn = lib._db.conn
    kept = sorted(tuple(r) for r in conn.execute(KEPT))
    grouped = sorted(tuple(r) for r in conn.execute(name_counts.GROUPED))
    assert kept and kept == grouped


def _index(lib: LibraryService) -> list[dict[str, object]]:
    return [e.to_dict() for e in lib.names()]


def test_the_kept_counts_follow_every_change_of_the_names(lib: LibraryService) -> None:
    _agree(lib)
    # The first screen (the most mentioned names) is the start of the whole index.
    for type_ in (None, "LOC"):
        every = [e.to_dict() for e in lib.names(type=type_)]
        assert [e.to_dict() for e in lib.names(type=type_, limit=7)] == every[:7]
    top = lib.names()[:3]
    lib.correct_entity(top[0].variants[0].text, remove=True)
    _agree(lib)
    lib.correct_entity("设厂", type="ORG")
    _agree(lib)
    lib.rename_name(top[1].key, "改过的名字")
    merged = lib.merge_names(top[2].key, top[1].key)
    _agree(lib)
    assert {"改过的名字"} == {e.name for e in lib.names() if e.key == merged}
    lib.unmerge_name(top[2].key)
    _agree(lib)
    first = lib.article_ids()[0]
    lib.merge_articles(first, "next")
    _agree(lib)
    conn = lib._db.conn
    # A date changed by another program: the copied dates and the kept ones follow.
    with conn:
        conn.execute("UPDATE articles SET date = '1999-01-01' WHERE seq ="
                     " (SELECT min(article_seq) FROM article_entities)")
    _agree(lib)
    assert min(e.first_date or "9" for e in lib.names()) == "1999-01-01"
    with conn:  # an article's rows removed, as a re-import or removal does first
        conn.execute("DELETE FROM article_entities WHERE article_seq ="
                     " (SELECT min(article_seq) FROM article_entities)")
    _agree(lib)
    assert min(e.first_date or "9" for e in lib.names()) > "1999-01-01"


def test_a_version_11_library_gets_the_kept_counts(lib_path: Path) -> None:
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as lib:
        expected = _index(lib)
    conn = sqlite3.connect(lib_path)
    drop_name_counts(conn)
    conn.execute(f"PRAGMA user_version = {STEP - 1}")
    conn.commit()
    conn.close()
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert _index(lib) == expected
        _agree(lib)
        lib.correct_entity(expected[0]["variants"][0], remove=True)  # type: ignore[index]
        _agree(lib)  # kept by its triggers from now on
    before = f"library-pre-v{STEP - 1}-"
    assert [p for p in backups.list_backups(lib_path) if p.name.startswith(before)]
