"""The names index of one tag is read from counts kept per tag by triggers
(``name_tag_counts``, schema step 16, on ``article_entities`` and ``article_tags``):
tagging, untagging, renaming a tag and every change of the names keep them what grouping
the tagged articles' rows says, and the index of a tag (first screen and all) is the one
grouping its articles' rows gives."""

from __future__ import annotations

import pytest

from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService
from desktop_app.storage import name_tags

pytestmark = pytest.mark.usefixtures("tagger")
KEPT = ("SELECT tag_id, name_key, text, mentions, rows, articles, first_date, last_date"
        " FROM name_tag_counts")


def _agree(lib: LibraryService) -> None:
    conn = lib._db.conn
    kept = sorted(tuple(r) for r in conn.execute(KEPT))
    grouped = sorted(tuple(r) for r in conn.execute(name_tags.GROUPED))
    assert kept == grouped


def _same_as_grouped(lib: LibraryService, monkeypatch: pytest.MonkeyPatch) -> None:
    for tag, _count in lib.all_tags():
        for entity_type in (None, "LOC"):
            kept = [e.to_dict() for e in lib.names(Filters(tag=tag), type=entity_type)]
            first = [e.to_dict() for e in lib.names(Filters(tag=tag), type=entity_type,
                                                     limit=3)]
            with monkeypatch.context() as grouping:  # the rows' way, as for any filter
                grouping.setattr(name_tags, "tag_of", lambda _filters: None)
                grouped = [e.to_dict() for e in lib.names(Filters(tag=tag), type=entity_type)]
            assert kept == grouped and first == grouped[:3]


def test_the_tag_counts_follow_tags_and_names_and_list_as_the_rows_do(
        lib: LibraryService, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = lib.article_ids()
    for article_id in ids[:6]:
        lib.tag(article_id, "要闻")
    for article_id in ids[4:9]:
        lib.tag(article_id, "产业")
    _agree(lib)
    _same_as_grouped(lib, monkeypatch)
    assert lib.names(Filters(tag="要闻"))
    lib.untag(ids[0], "要闻")
    lib.untag(ids[5], "要闻")
    _agree(lib)
    top = lib.names(Filters(tag="产业"))[:3]
    lib.correct_entity(top[0].variants[0].text, remove=True)
    _agree(lib)
    lib.correct_entity("设厂", type="ORG")
    merged = lib.merge_names(top[2].key, top[1].key)
    _agree(lib)
    assert any(e.key == merged for e in lib.names(Filters(tag="产业")))
    lib.unmerge_name(top[2].key)
    lib.rename_tag("产业", "经济")
    _agree(lib)
    lib.rename_tag("经济", "要闻")  # into another tag: the two are one
    _agree(lib)
    conn = lib._db.conn
    with conn:  # a date changed by another program, the copied dates follow
        conn.execute("UPDATE articles SET date = '1999-01-01' WHERE seq ="
                     " (SELECT min(article_seq) FROM article_tags)")
    _agree(lib)
    assert min(e.first_date or "9" for e in lib.names(Filters(tag="要闻"))) == "1999-01-01"
    with conn:  # an article's rows removed, as a re-import or removal does first
        conn.execute("DELETE FROM article_entities WHERE article_seq ="
                     " (SELECT min(article_seq) FROM article_tags)")
    _agree(lib)
    assert min(e.first_date or "9" for e in lib.names(Filters(tag="要闻"))) > "1999-01-01"
    _same_as_grouped(lib, monkeypatch)
    for article_id in ids[:9]:
        lib.untag(article_id, "要闻")
    _agree(lib)
    assert lib._db.conn.execute("SELECT count(*) FROM name_tag_counts").fetchone()[0] == 0


def test_only_a_tag_alone_is_read_from_the_kept_counts() -> None:
    assert name_tags.tag_of(Filters(tag="要闻")) == "要闻"
    assert name_tags.tag_of(Filters(tag="要闻", date_from="2025-03-01")) is None
    assert name_tags.tag_of(Filters(tag="要闻", kind="article")) is None
    assert name_tags.tag_of(Filters()) is None
