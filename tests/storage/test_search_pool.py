"""When a common term has more matches than a search scores in full, the articles it
reads whole are the ones a reader would look for first (storage/search.py ``_pool``)."""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.search.text import normalise
from desktop_app.storage import search, search_index

RANGES = search_index._ranges


@pytest.mark.parametrize("char", ["建", "色", "超"])
def test_a_cut_one_character_query_keeps_the_articles_with_it_in_the_title(
        lib, monkeypatch, char):
    everything = lib.search(char, limit=None)
    titled = {hit.article_id for hit in everything  # in the title or the subtitle
              if char in hit.title + (lib.article(hit.article_id).subtitle or "")}
    assert 0 < len(titled) <= 3 < len(everything)  # the library still has such a term
    monkeypatch.setattr(search, "RESCORED", 3)
    first = lib.search(char, limit=3)
    assert {hit.article_id for hit in first} >= titled
    assert [h.score for h in first] == sorted((h.score for h in first), reverse=True)


def test_the_cut_leaves_out_no_match_when_every_match_is_asked_for(lib, monkeypatch):
    everything = {hit.article_id for hit in lib.search("省", limit=None)}
    monkeypatch.setattr(search, "RESCORED", 3)
    assert {hit.article_id for hit in lib.search("省", limit=None)} == everything
    assert len(lib.search("省", limit=50)) == len(everything)  # under the candidate cut


@given(data=st.data())
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_title_column_of_the_character_index_agrees_with_the_titles(
        lib, monkeypatch, data):
    """The pool's order asks the character index which titles hold the characters
    (search_index.titled); it must say what the titles and subtitles themselves say."""
    conn = lib._db.conn
    rows = conn.execute("SELECT seq, title, coalesce(subtitle, '') FROM articles").fetchall()
    heading = {seq: normalise(f"{title}\n{subtitle}") for seq, title, subtitle in rows}
    pick = data.draw(st.sampled_from(sorted(heading)))
    chars = data.draw(st.lists(st.sampled_from(heading[pick] + "湘鸟的"), min_size=1,
                               max_size=3, unique=True))
    seqs = data.draw(st.lists(st.sampled_from(sorted(heading)), min_size=1))
    monkeypatch.setattr(search_index, "_ranges", functools.partial(
        RANGES, gap=data.draw(st.integers(0, 5)),
        most=data.draw(st.integers(1, 4))))  # the seed library is small: gaps are too
    expected = {seq: sum(c in text for c in chars) for seq, text in heading.items()
                if seq in seqs and any(c in text for c in chars)}
    assert search_index.titled(conn, chars, seqs) == expected
