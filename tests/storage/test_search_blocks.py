"""A query mixing a longer term and one-character terms (``浏阳 花``), or excluding terms
(``发展 -长沙``), finds the newest matches holding all of them and none of the excluded,
however the matches are cut into blocks for those tests (storage/search_matches.py
``_blocks``)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from desktop_app.core.search.text import normalise
from desktop_app.storage import search_index, search_matches


def _newest_holding(conn, terms: list[str], excluded: Sequence[str] = ()) -> list[int]:
    """The reference: every article's indexed text scanned, newest first."""
    seqs = [seq for (seq,) in conn.execute("SELECT seq FROM articles ORDER BY seq DESC")]
    holding = []
    for seq in seqs:
        text = normalise("\n".join(search_index.row_values(conn, seq)))
        if all(t in text for t in terms) and not any(t in text for t in excluded):
            holding.append(seq)
    return holding


@pytest.mark.parametrize(("terms", "excluded"), [
    (["发展", "省"], []), (["湖南", "年", "的"], []), (["产业", "新"], ["长沙"]),
    (["建设", "鸟"], []),  # a character no article holds beside the term
    (["发展"], ["长沙"]), (["发展"], ["湘", "产业"]), (["省"], ["市"]),  # exclusions alone
    (["省"], ["长沙", "市"]), (["发展", "省"], ["长沙", "市"]),  # from either index
])
@pytest.mark.parametrize(("block", "candidates"), [(1, 1), (2, 3), (7, None), (500, 3)])
def test_every_block_size_finds_the_newest_articles_holding_every_term(
        lib, monkeypatch, terms, excluded, block, candidates):
    conn = lib._db.conn
    monkeypatch.setattr(search_matches, "FIRST_BLOCK", block)
    monkeypatch.setattr(search_matches, "BLOCK", block + 1)
    expected = _newest_holding(conn, terms, excluded)
    found = search_matches.matching(conn, terms, candidates=candidates, excluded=excluded).found
    wanted = expected if candidates is None else expected[:candidates]
    assert sorted(seq for seq, _ in found) == sorted(wanted)
    if "鸟" not in terms:
        assert expected  # the seed library still has such articles


def test_a_filter_is_applied_before_the_newest_are_counted(lib, monkeypatch):
    conn = lib._db.conn
    monkeypatch.setattr(search_matches, "FIRST_BLOCK", 1)
    monkeypatch.setattr(search_matches, "BLOCK", 2)
    date = conn.execute("SELECT min(date) FROM articles").fetchone()[0]
    on_date = {seq for (seq,) in conn.execute("SELECT seq FROM articles WHERE date = ?",
                                              (date,))}
    expected = [seq for seq in _newest_holding(conn, ["发展", "省"]) if seq in on_date]
    found = search_matches.matching(conn, ["发展", "省"], "a.date = ?", [date], candidates=2).found
    assert [seq for seq, _ in sorted(found, key=lambda item: -item[0])] == expected[:2]


@pytest.mark.parametrize(("terms", "excluded"), [
    (["全省", "的"], []), (["产业", "新"], ["长沙"]), (["发展", "省"], ["湘", "市"]),
    (["湖南", "年", "的"], ["产业"]), (["建设", "鸟"], []), (["全省", "的"], ["湘"]),
])
@pytest.mark.parametrize("sample", [2, 3, 100])
@pytest.mark.parametrize("on_first_date", [False, True])
@pytest.mark.parametrize("common", [1, 1000])
def test_either_index_streamed_finds_the_newest_articles_holding_every_term(
        lib, monkeypatch, terms, excluded, sample, on_first_date, common):
    """Where the blocks give up, the side with fewer matches becomes the set and the
    other is streamed: the character index when the words are the rarer side. With
    ``COMMON`` 1 every word is common (no bm25 asked for the matches found)."""
    conn = lib._db.conn
    monkeypatch.setattr(search_matches, "_blocks", lambda *args: None)
    monkeypatch.setattr(search_matches, "SAMPLE", sample)
    monkeypatch.setattr(search_matches, "COMMON", common)
    date = conn.execute("SELECT min(date) FROM articles").fetchone()[0]
    where, params = ("a.date = ?", [date]) if on_first_date else ("", [])
    dated = {seq for (seq,) in conn.execute(
        f"SELECT seq FROM articles a {'WHERE ' + where if where else ''}", params)}
    expected = [s for s in _newest_holding(conn, terms, excluded) if s in dated]
    for candidates in (1, 3, None):
        found = search_matches.matching(conn, terms, where, params, candidates=candidates,
                                        excluded=excluded).found
        wanted = expected if candidates is None else expected[:candidates]
        assert sorted(seq for seq, _ in found) == sorted(wanted)


def test_a_rare_word_beside_a_common_character_streams_the_character(lib, monkeypatch):
    driven = []
    query = search_matches._query
    monkeypatch.setattr(search_matches, "_blocks", lambda *args: None)
    monkeypatch.setattr(search_matches, "SAMPLE", 3)
    monkeypatch.setattr(search_matches, "_query", lambda conn, table, *rest: (
        driven.append(table), query(conn, table, *rest))[1])
    conn = lib._db.conn
    search_matches.matching(conn, ["全省", "的"])  # 5 articles hold 全省, most 的
    assert driven[0] == "search_chars"  # then bm25, cheap for so rare a word, and notes
    driven.clear()
    search_matches.matching(conn, ["发展", "鸟"])  # none holds 鸟
    assert "search_chars" not in driven
