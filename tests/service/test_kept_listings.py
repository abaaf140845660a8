"""The list's orders built from the page order (tags, highlights, note) and the listings
the service keeps between sorts (storage/listing.py): the order is the one every row's
key gives, and a write anywhere (this connection or another) is seen at the next sort."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.service import LibraryService
from desktop_app.storage import listing

KEYS = {
    "tags": lambda row: ", ".join(row.tags),
    "highlights": lambda row: row.highlight_count,
    "note": lambda row: row.note_chars,
}


def by_key(service: LibraryService, order: str, filters: Filters = NO_FILTERS) -> list[str]:
    """Every row read and sorted by its cell's key, ties in page order (the definition)."""
    rows = service.article_rows(service.article_ids(filters))
    rows.sort(key=KEYS[order])
    return [row.id for row in rows]


def test_ties_and_empty_keys_keep_page_order(lib):
    ids = lib.article_ids()
    lib.tag(ids[9], "湖南")
    lib.tag(ids[2], "湖南")  # the same key as ids[9]: page order between them
    lib.tag(ids[5], "经济", "湖南")
    lib.set_note(ids[4], "笔记")
    lib.set_note(ids[1], "")  # a note emptied again sorts with the articles without one
    lib.set_note(ids[7], "笔记")
    lib.add_highlight(ids[6], 0, 2)
    for order in KEYS:
        assert lib.article_ids(order=order) == by_key(lib, order), order
    tags = lib.article_ids(order="tags")
    assert tags[-3:] == [ids[2], ids[9], ids[5]]  # 湖南, 湖南, then 湖南, 经济 (code points)
    assert tags[:-3] == [i for i in ids if i not in (ids[2], ids[5], ids[9])]
    notes = lib.article_ids(order="note")
    assert notes[-2:] == [ids[4], ids[7]] and notes.index(ids[1]) == 1


def test_with_no_keys_the_order_is_the_page_order(lib):
    for order in KEYS:
        assert lib.article_ids(order=order) == lib.article_ids()


def test_a_filter_narrows_the_keyed_order(lib):
    ids = lib.article_ids()
    kind = lib.article_rows(ids[:1])[0].kind
    for article_id in ids[::3]:
        lib.tag(article_id, "甲" if ids.index(article_id) % 2 else "乙")
    chosen = Filters(kind=kind)
    assert lib.article_ids(chosen, order="tags") == by_key(lib, "tags", chosen)
    assert set(lib.article_ids(chosen, order="tags")) == set(lib.article_ids(chosen))


def test_a_tag_added_moves_the_article_at_the_next_sort(lib):
    ids = lib.article_ids()
    lib.tag(ids[0], "乙")
    assert lib.article_ids(order="tags")[-1] == ids[0]
    lib.tag(ids[3], "丙")  # 丙 (U+4E19) sorts before 乙 (U+4E59)
    assert lib.article_ids(order="tags")[-2:] == [ids[3], ids[0]]
    assert lib.article_ids(Filters(tag="乙")) == [ids[0]]  # now kept
    lib.untag(ids[0], "乙")
    assert lib.article_ids(Filters(tag="乙")) == []
    assert lib.article_ids(order="tags")[-1] == ids[3]
    assert lib.article_ids(order="tags") == by_key(lib, "tags")


def test_another_connection_s_writes_are_seen(lib, lib_path):
    ids = lib.article_ids()
    assert lib.article_ids(order="highlights") == ids  # now kept
    assert lib.article_ids(Filters(tag="新")) == []
    with LibraryService.open(lib_path, daily_backup=False) as other:  # the command line
        other.add_highlight(ids[1], 0, 2)
        other.tag(ids[4], "新")
        other.mark_read(ids[2])
    assert lib.article_ids(order="highlights")[-1] == ids[1]
    assert lib.article_ids(Filters(tag="新")) == [ids[4]]
    assert lib.article_ids(Filters(read_state="read")) == [ids[2]]


def test_a_kept_listing_is_not_shared_with_the_caller(lib):
    first = lib.article_ids()
    first.reverse()
    assert lib.article_ids() == first[::-1]
    assert lib.article_ids(order="tags") == first[::-1]


def test_the_count_follows_imports_and_removals(lib, lib_path, tmp_path):
    before = lib.count_articles()
    assert before == len(lib.article_ids())
    page = tmp_path / "page.txt"
    page.write_text("标题一则\n\n这是一篇新文章的正文，写了一些事情。\n", encoding="utf-8")
    with LibraryService.open(lib_path, daily_backup=False) as other:  # the command line
        other.import_paths([page])
    assert lib.count_articles() == len(lib.article_ids()) > before


def test_read_unread_and_a_hidden_kind_as_each_other_s_rest(lib, lib_path):
    # Switched between, the read, unread and kind-hidden listings are built from each
    # other (storage/listing.py Listings._derived): each must still be exactly the rows
    # its filter selects, in the listing's order, also after a mark made in between.
    ids = lib.article_ids()
    lib.mark_read(*ids[::3])
    kinds = {row.kind for row in lib.article_rows(ids)}
    hidden = lib.article_rows(ids[1:2])[0].kind
    assert len(kinds) > 1

    def expected(order: str, filters: Filters) -> list[str]:
        rows = lib.article_rows(lib.article_ids(order=order))
        return [r.id for r in rows
                if (filters.read_state is None or r.read == (filters.read_state == "read"))
                and r.kind != filters.exclude_kind]

    steps = [Filters(), Filters(read_state="unread"), Filters(read_state="read"), Filters(),
             Filters(exclude_kind=hidden), Filters(exclude_kind=hidden, read_state="unread"),
             Filters(read_state="unread"), Filters(exclude_kind=hidden, read_state="read")]
    for order in ("page", "pinyin", "tags"):
        for filters in steps:
            assert lib.article_ids(filters, order=order) == expected(order, filters), filters
    unread = lib.article_ids(Filters(read_state="unread"))
    lib.mark_read(unread[0])
    with LibraryService.open(lib_path, daily_backup=False) as other:
        other.mark_read(unread[1])
    for filters in steps:
        assert lib.article_ids(filters) == expected("page", filters), filters
    assert not {unread[0], unread[1]} & set(lib.article_ids(Filters(read_state="unread")))


@pytest.mark.parametrize("read_set_limit", [listing.READ_SET_LIMIT, 0])
def test_the_read_articles_of_a_listing_are_it_narrowed_to_the_read_ones(
        lib, monkeypatch, read_set_limit):
    # Chosen right after the whole listing (the other half not kept): while few are read,
    # the kept listing narrowed by the set of read articles; past the limit, walked.
    monkeypatch.setattr(listing, "READ_SET_LIMIT", read_set_limit)
    ids = lib.article_ids()
    hidden = lib.article_rows(ids)[1].kind
    read = set(ids[1::4])
    lib.mark_read(*read)
    for order in ("page", "pinyin", "kind", "tags"):
        for base in (Filters(), Filters(exclude_kind=hidden)):
            for state in ("read", "unread"):
                lib.tag(ids[0], "passing")  # writes: nothing kept after them
                lib.untag(ids[0], "passing")
                whole = lib.article_ids(base, order=order)
                assert lib.article_ids(replace(base, read_state=state), order=order) == [
                    i for i in whole if (i in read) == (state == "read")], (order, base, state)
    lib.mark_unread(ids[1])
    assert ids[1] not in lib.article_ids(Filters(read_state="read"))
    assert ids[1] in lib.article_ids(Filters(read_state="unread"), order="pinyin")
