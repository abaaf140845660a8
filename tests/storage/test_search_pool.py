"""When a common term has more matches than a search scores in full, the articles it
reads whole are the ones a reader would look for first (storage/search.py ``_pool``)."""

from __future__ import annotations

import pytest

from desktop_app.storage import search


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
