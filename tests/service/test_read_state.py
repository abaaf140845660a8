"""Read and unread, kept in the library: marking, the filter, and a library of the
version before (7) opened with every article unread."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService, NotFoundError
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS, _v7_read_state


def test_articles_start_unread_and_marks_are_kept_across_opening(lib, lib_path: Path):
    ids = lib.article_ids()
    assert lib.count_unread() == len(ids)
    assert not any(row.read for row in lib.article_rows(ids))
    assert lib.mark_read(ids[0], ids[1]) == 2
    assert lib.mark_read(ids[0]) == 0  # read already
    lib.close()
    with LibraryService.open(lib_path) as again:
        assert [r.read for r in again.article_rows(ids[:3])] == [True, True, False]
        assert again.is_read(ids[0]) and not again.is_read(ids[2])
        assert again.mark_unread(ids[0]) == 1
        assert not again.is_read(ids[0])
        assert again.article_rows([ids[1]])[0].to_dict()["read"] is True


def test_the_filter_lists_read_or_unread_only(lib):
    ids = lib.article_ids()
    lib.mark_read(ids[0], ids[5])
    assert lib.article_ids(Filters(read_state="read")) == [ids[0], ids[5]]
    unread = lib.article_ids(Filters(read_state="unread"))
    assert len(unread) == len(ids) - 2 and ids[0] not in unread


def test_a_search_narrowed_to_unread_leaves_read_articles_out(lib):
    found = [h.article_id for h in lib.search("湖南")]
    lib.mark_read(found[0])
    assert found[0] not in [h.article_id for h in lib.search("湖南", read_state="unread")]
    assert [h.article_id for h in lib.search("湖南", read_state="read")] == [found[0]]


def test_mark_all_read_takes_only_what_the_filter_selects(lib):
    kinds = dict(lib.kinds())
    assert "brief" in kinds or "photo_caption" in kinds
    kind = "brief" if "brief" in kinds else "photo_caption"
    marked = lib.mark_all_read(Filters(kind=kind))
    assert len(marked) == kinds[kind]
    assert lib.count_unread(Filters(kind=kind)) == 0
    assert lib.count_unread() == lib.count_articles() - kinds[kind]
    assert lib.mark_all_read(Filters(kind=kind)) == []  # nothing left to mark


def test_an_unknown_article_is_refused(lib):
    with pytest.raises(NotFoundError):
        lib.mark_read("no-such-article")


def test_a_library_from_before_read_state_opens_with_every_article_unread(lib_path: Path):
    step = MIGRATIONS.index(_v7_read_state) + 1
    with LibraryService.open(lib_path) as lib:
        lib.mark_read(lib.article_ids()[0])
    with sqlite3.connect(lib_path) as conn:
        conn.execute("DROP TABLE article_reads")
        conn.execute(f"PRAGMA user_version = {step - 1}")
    with LibraryService.open(lib_path) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert lib.count_unread() == lib.count_articles()
        lib.mark_read(lib.article_ids()[0])
        assert lib.count_unread() == lib.count_articles() - 1
