"""Which articles a query matches, from the FTS5 tables of
:mod:`desktop_app.storage.search_index`: the newest candidates, bm25 where it is worth
its cost, exclusions, the user index; and which candidates hold the terms in their
titles (for the search's pool)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from desktop_app.core.search.text import any_expression, char_expression, match_expression

# bm25 weights: title, body, and the columns of distinct characters (0: a one-character
# term says which articles hold it, not how often); the user column (notes, highlights,
# tags) weighs USER_WEIGHT.
WEIGHTS = (8.0, 1.0, 0.0, 0.0)
USER_WEIGHT = 4.0
# Ranking every hit of a term found in most articles costs 130–160 ms at 100k articles;
# scoring the newest CANDIDATES hits keeps a query bounded (docs/search.md).
CANDIDATES = 1000
# A longer term held by at least COMMON articles gets no bm25 (see matching).
COMMON = 1000


class Matches(NamedTuple):
    """What :func:`matching` found."""

    found: list[tuple[int, float]]  # (seq, score), best first (higher is better)
    ranked: bool  # the scores hold bm25 of the article's own text (see ``matching``)
    notes_only: frozenset[int]  # found through the notes alone: may not hold every term


def matching(
    conn: sqlite3.Connection,
    terms: Sequence[str],
    where: str = "",
    params: Sequence[object] = (),
    candidates: int | None = CANDIDATES,
    excluded: Sequence[str] = (),
) -> Matches:
    """Articles where every term occurs, best first.

    ``where`` is an extra condition on ``articles AS a`` (the filters). With
    ``candidates`` set, only the newest that many matches are kept; ``None`` keeps
    all. An article whose terms are split between its text and the user's notes is
    found through the user index (any term) and confirmed by the caller. An article
    holding any ``excluded`` term anywhere (text or user text) is left out before the
    candidates are counted.

    The words (bigram phrases), the characters (the character columns) and the
    excluded terms (FTS5's ``NOT``) are one expression: FTS5 walks their doclists side
    by side, newest first, and stops at the newest ``candidates`` matches. The text's
    bm25 is asked for only when every longer term is held by fewer than ``COMMON``
    articles of the library (``ranked``): on its first call in a statement FTS5 counts
    every article holding each phrase, over the whole table whatever the query's
    limits (its inverse document frequency), and for a common term that count was
    most of a query's time at 100k articles (docs/search.md).
    """
    found = _query(conn, "search_index", "0.0", _expression(terms, excluded), where,
                   params, candidates, _excluding_user("search_index", excluded))
    ranked = any(len(t) > 1 for t in terms) and _rare(conn, terms, len(found))
    scores = dict.fromkeys((seq for seq, _ in found), 0.0)
    if ranked:
        scores.update(_bm25_of(conn, terms, list(scores)))
    # The user index is small: a one-character term stays a prefix query on its bigrams.
    user_expression = " OR ".join(match_expression([t]) for t in terms)
    user_tests = _excluding_user("search_user", excluded)
    if excluded:
        user_tests.append(("+search_user.rowid NOT IN (SELECT rowid FROM search_index"
                           " WHERE search_index MATCH ?)", _holding_any(excluded)))
    notes_only: set[int] = set()
    for seq, score in _query(conn, "search_user", "bm25(search_user)", user_expression,
                             where, params, candidates, user_tests):
        if seq not in scores:
            notes_only.add(seq)
        scores[seq] = scores.get(seq, 0.0) - score * USER_WEIGHT
    # Best first, the newest first among equals (a seq is never repeated).
    return Matches(sorted(scores.items(), key=itemgetter(1, 0), reverse=True), ranked,
                   frozenset(notes_only))


def _expression(terms: Sequence[str], excluded: Sequence[str]) -> str:
    """The MATCH expression on ``search_index`` of articles whose own text holds every
    term and none of the excluded ones."""
    longer = [t for t in terms if len(t) > 1]
    chars = [t for t in terms if len(t) == 1]
    expression = " AND ".join([*([match_expression(longer)] if longer else []),
                               *([char_expression(chars)] if chars else [])])
    if excluded:
        expression = f"({expression}) NOT ({_holding_any(excluded)})"
    return expression


def _holding_any(terms: Sequence[str]) -> str:
    """The MATCH expression on ``search_index`` of articles holding any of ``terms``."""
    longer = [t for t in terms if len(t) > 1]
    chars = [t for t in terms if len(t) == 1]
    return " OR ".join([*([any_expression(longer)] if longer else []),
                        *([char_expression(chars, "OR")] if chars else [])])


def _bm25_of(conn: sqlite3.Connection, terms: Sequence[str], seqs: list[int]
             ) -> dict[int, float]:
    """Higher-is-better bm25 of the text of ``seqs``, articles the query matched, for
    its longer terms (each held by fewer than ``COMMON`` articles: the counts are
    cheap). Excluded words are left out of the expression: one adds 0 to the score of
    a row that matches, and FTS5 would count its holders too. Asked by one rowid
    range, each match in it under ``COMMON``: ``rowid IN (…)`` runs FTS5 once per
    value, bm25's counts each time (35 ms p50 for 3 characters at 3,000 articles)."""
    if not seqs:
        return {}
    wanted = set(seqs)
    longer = [t for t in terms if len(t) > 1]
    return {seq: -score for seq, score in conn.execute(
        f"SELECT rowid, {_bm25('search_index')} FROM search_index"
        " WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?",
        (match_expression(longer), min(wanted), max(wanted))) if seq in wanted}


def _rare(conn: sqlite3.Connection, terms: Sequence[str], matched: int) -> bool:
    """Whether each longer term of ``terms`` is held by fewer than ``COMMON`` articles
    (``matched`` articles matched them all, under the filters). Each count stops at
    ``COMMON``: a common term costs no more than reading the newest candidates'
    rowids."""
    if matched >= COMMON:
        return False
    for term in terms:
        if len(term) > 1 and conn.execute(
                "SELECT count(*) FROM (SELECT rowid FROM search_index"
                " WHERE search_index MATCH ? LIMIT ?)",
                (match_expression([term]), COMMON)).fetchone()[0] >= COMMON:
            return False
    return True


def _bm25(table: str) -> str:
    return f"bm25({table}, {', '.join(str(w) for w in WEIGHTS)})"


def titled(conn: sqlite3.Connection, terms: Sequence[str],
           seqs: Sequence[int]) -> dict[int, int]:
    """For each article of ``seqs`` whose title or subtitle holds any of ``terms``, how
    many of them it holds (the index's title columns: folded, as the search compares;
    a one-character term asked of the title's characters, a longer one of its bigrams).

    Read by rowid ranges, which FTS5 seeks to: the newest candidates are one range, an
    old article found through its notes another, not the whole span between them."""
    wanted = set(seqs)
    held: dict[int, int] = {}
    for term in terms:
        expression = (char_expression([term], columns=("title_chars",)) if len(term) == 1
                      else f"title : {match_expression([term])}")
        for low, high in _ranges(sorted(wanted)):
            for (seq,) in conn.execute(
                    "SELECT rowid FROM search_index WHERE search_index MATCH ?"
                    " AND rowid BETWEEN ? AND ?", (expression, low, high)):
                if seq in wanted:
                    held[seq] = held.get(seq, 0) + 1
    return held


def _ranges(seqs: Sequence[int], gap: int = 1000, most: int = 16) -> list[tuple[int, int]]:
    """``seqs`` (sorted) as (low, high) ranges split where two are over ``gap`` apart;
    one range when that would make more than ``most`` (each query costs a seek)."""
    if not seqs:
        return []
    ranges = [[seqs[0], seqs[0]]]
    for seq in seqs[1:]:
        if seq - ranges[-1][1] > gap:
            ranges.append([seq, seq])
        else:
            ranges[-1][1] = seq
    if len(ranges) > most:
        return [(seqs[0], seqs[-1])]
    return [(low, high) for low, high in ranges]


def _excluding_user(table: str, excluded: Sequence[str]) -> list[tuple[str, str]]:
    """The condition on ``table``'s rowid that leaves out articles whose user text (notes,
    highlights, tags) holds an excluded term."""
    if not excluded:
        return []
    return [(f"+{table}.rowid NOT IN (SELECT rowid FROM search_user"
             " WHERE search_user MATCH ?)", any_expression(excluded))]


def _cursor(conn: sqlite3.Connection, table: str, score: str, expression: str, where: str,
            params: Sequence[object], tests: Sequence[tuple[str, str]] = (),
            limit: int | None = None) -> sqlite3.Cursor:
    join = f"JOIN articles a ON a.seq = {table}.rowid AND ({where})" if where else ""
    also = "".join(f" AND {sql}" for sql, _ in tests)
    sql = (f"SELECT {table}.rowid, {score} FROM {table} {join} WHERE {table} MATCH ?{also}"
           f" ORDER BY {table}.rowid DESC")
    # Parameters in the order they appear in the SQL text: join, MATCH, the extra tests.
    args: list[object] = [*params, expression, *(value for _, value in tests)]
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return conn.execute(sql, args)


def _query(conn: sqlite3.Connection, table: str, score: str, expression: str, where: str,
           params: Sequence[object], candidates: int | None,
           tests: Sequence[tuple[str, str]] = ()) -> list[tuple[int, float]]:
    return _cursor(conn, table, score, expression, where, params, tests,
                   candidates).fetchall()
