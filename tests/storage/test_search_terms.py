"""A query mixing longer terms and one-character terms (``浏阳 花``), or excluding terms
(``发展 -长沙``), finds the newest matches holding all of them and none of the excluded,
under the filters, ranked or not (storage/search_matches.py: one FTS5 expression over
the bigrams and the character columns)."""

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
    (["全省", "的"], []), (["全省", "的"], ["湘"]), (["发展", "省"], ["湘", "龘"]),
    (["发展"], ["长沙"]), (["发展"], ["湘", "产业"]), (["省"], ["市"]),  # exclusions alone
    (["省"], ["长沙", "市"]), (["发展", "省"], ["长沙", "市"]),  # words and characters
    (["省", "市"], []), (["湖南", "年", "的"], ["产业"]),
])
@pytest.mark.parametrize("on_first_date", [False, True])
@pytest.mark.parametrize("common", [1, 1000])
def test_the_newest_articles_holding_every_term_and_no_excluded_one_are_found(
        lib, monkeypatch, terms, excluded, on_first_date, common):
    """With ``COMMON`` 1 every word is common (no bm25 asked for the matches found)."""
    conn = lib._db.conn
    monkeypatch.setattr(search_matches, "COMMON", common)
    date = conn.execute("SELECT min(date) FROM articles").fetchone()[0]
    where, params = ("a.date = ?", [date]) if on_first_date else ("", [])
    dated = {seq for (seq,) in conn.execute(
        f"SELECT seq FROM articles a {'WHERE ' + where if where else ''}", params)}
    expected = [s for s in _newest_holding(conn, terms, excluded) if s in dated]
    if "鸟" not in terms and not on_first_date:
        assert expected  # the seed library still has such articles
    for candidates in (1, 3, None):
        found = search_matches.matching(conn, terms, where, params, candidates=candidates,
                                        excluded=excluded).found
        wanted = expected if candidates is None else expected[:candidates]
        assert sorted(seq for seq, _ in found) == sorted(wanted)


def test_a_filter_is_applied_before_the_newest_are_counted(lib):
    conn = lib._db.conn
    date = conn.execute("SELECT min(date) FROM articles").fetchone()[0]
    on_date = {seq for (seq,) in conn.execute("SELECT seq FROM articles WHERE date = ?",
                                              (date,))}
    expected = [seq for seq in _newest_holding(conn, ["发展", "省"]) if seq in on_date]
    found = search_matches.matching(conn, ["发展", "省"], "a.date = ?", [date], candidates=2).found
    assert [seq for seq, _ in sorted(found, key=lambda item: -item[0])] == expected[:2]


def test_a_character_in_a_title_counts_for_the_title_only(lib):
    conn = lib._db.conn
    seq, title = conn.execute("SELECT seq, title FROM articles ORDER BY seq LIMIT 1").fetchone()
    body = normalise(search_index.row_values(conn, seq)[1])
    only_body = next(c for c in body if c not in normalise(title) and not c.isspace())
    in_title = normalise(title)[0]
    assert search_matches.titled(conn, [in_title], [seq]) == {seq: 1}
    assert search_matches.titled(conn, [only_body], [seq]) == {}
