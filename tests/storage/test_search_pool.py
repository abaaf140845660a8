"""When a common term has more matches than a search scores in full, the articles it
reads whole are the ones a reader would look for first (storage/search.py ``_pool``).
A word held by ``COMMON`` articles or more is chosen the way characters are (titles,
the reader's notes, then age), not by bm25, whose count of every holder cost most of a
query at 100k articles; the seed library is small, so these tests lower ``COMMON``."""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.search.text import normalise
from desktop_app.storage import search, search_matches

RANGES = search_matches._ranges


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


@pytest.mark.parametrize("word", ["发展", "企业", "中国"])
def test_a_cut_query_of_a_common_word_keeps_titles_then_notes(lib, monkeypatch, word):
    everything = lib.search(word, limit=None)
    titled = {hit.article_id for hit in everything
              if word in hit.title + (lib.article(hit.article_id).subtitle or "")}
    untitled = [hit.article_id for hit in everything if hit.article_id not in titled]
    assert 0 < len(titled) <= 4 < len(everything)
    seq = dict(lib._db.conn.execute("SELECT id, seq FROM articles").fetchall())
    oldest = min(untitled, key=seq.__getitem__)  # not the newest: only its note counts
    assert len(untitled) > 1
    lib.set_note(oldest, f"读到{word}")  # the reader's own note: worth reading whole
    monkeypatch.setattr(search_matches, "COMMON", 10)
    monkeypatch.setattr(search, "RESCORED", len(titled) + 1)
    shown = lib.search(word, limit=len(titled) + 1)
    assert {hit.article_id for hit in shown} == titled | {oldest}
    assert {hit.article_id for hit in shown[:len(titled)]} == titled


def test_a_word_held_by_fewer_than_common_articles_is_ranked_by_bm25(lib, monkeypatch):
    monkeypatch.setattr(search_matches, "COMMON", 10)
    conn = lib._db.conn
    assert search_matches.matching(conn, ["全省"]).ranked  # 5 articles
    assert not search_matches.matching(conn, ["全省", "发展"]).ranked  # 发展: 28
    for words in (["全省"], ["发展"], ["全省", "发展"]):  # the limit does not decide
        assert (search_matches.matching(conn, words, candidates=None).ranked
                == search_matches.matching(conn, words, candidates=1).ranked)


def test_notes_naming_one_term_of_two_do_not_push_matches_out(lib, monkeypatch):
    """Articles found through notes holding 新 but not matching 年 新 were chosen before
    the newest matches, and the search showed fewer results than it had."""
    everything = {hit.article_id for hit in lib.search("年 新", limit=None)}
    seq = dict(lib._db.conn.execute("SELECT id, seq FROM articles").fetchall())
    without = sorted((a for a in seq if a not in everything), key=seq.__getitem__)[:5]
    for article_id in without:
        lib.set_note(article_id, "新")
    monkeypatch.setattr(search, "RESCORED", 12)
    assert len(everything) > 12
    shown = lib.search("年 新", limit=12)
    assert len(shown) == 12 and {hit.article_id for hit in shown} <= everything


@pytest.mark.parametrize("common", [10, 1000])
@pytest.mark.parametrize("query", ["发展", "企业 -湖南", "中国 产", "湖南"])
def test_the_first_results_are_those_of_every_match_common_or_not(
        lib, monkeypatch, common, query):
    """Whether bm25 breaks ties depends on the words, not on how many results are
    asked for: the first ``limit`` are those of ranking every match."""
    monkeypatch.setattr(search_matches, "COMMON", common)
    everything = lib.search(query, limit=None)
    assert len(everything) <= search.RESCORED  # nothing is cut
    for limit in (1, 3, 10, len(everything)):
        assert lib.search(query, limit=limit) == everything[:limit]


def test_the_cut_leaves_out_no_match_when_every_match_is_asked_for(lib, monkeypatch):
    everything = {hit.article_id for hit in lib.search("省", limit=None)}
    monkeypatch.setattr(search, "RESCORED", 3)
    assert {hit.article_id for hit in lib.search("省", limit=None)} == everything
    assert len(lib.search("省", limit=50)) == len(everything)  # under the candidate cut


@given(data=st.data())
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_title_columns_of_the_indexes_agree_with_the_titles(lib, monkeypatch, data):
    """The pool's order asks the indexes which titles hold the terms (search_matches.
    titled: characters of the title's character column, longer terms of its bigrams); it must
    say what the titles and subtitles themselves say."""
    conn = lib._db.conn
    rows = conn.execute("SELECT seq, title, coalesce(subtitle, '') FROM articles").fetchall()
    heading = {seq: normalise(f"{title}\n{subtitle}") for seq, title, subtitle in rows}
    pick = data.draw(st.sampled_from(sorted(heading)))
    text = heading[pick] + "湘鸟的"
    spans = st.tuples(st.integers(0, len(text) - 1), st.integers(1, 4))
    terms = data.draw(st.lists(spans.map(lambda s: text[s[0]:s[0] + s[1]].strip()).filter(
        lambda t: t and "\n" not in t), min_size=1, max_size=3, unique=True))
    seqs = data.draw(st.lists(st.sampled_from(sorted(heading)), min_size=1))
    monkeypatch.setattr(search_matches, "_ranges", functools.partial(
        RANGES, gap=data.draw(st.integers(0, 5)),
        most=data.draw(st.integers(1, 4))))  # the seed library is small: gaps are too
    expected = {seq: sum(t in text for t in terms) for seq, text in heading.items()
                if seq in seqs and any(t in text for t in terms)}
    assert search_matches.titled(conn, terms, seqs) == expected
