"""Which articles a query matches, from the FTS5 tables of
:mod:`desktop_app.storage.search_index`: the newest candidates, bm25 where it is worth
its cost, the one-character terms tested block by block, exclusions, the user index;
and which candidates hold the terms in their titles (for the search's pool)."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from desktop_app.core.search.text import any_expression, char_expression, match_expression

# bm25 weights: title, body; the user column (notes, highlights, tags) weighs USER_WEIGHT.
WEIGHTS = (8.0, 1.0)
USER_WEIGHT = 4.0
# Ranking every hit of a term found in most articles costs 130–160 ms at 100k articles;
# scoring the newest CANDIDATES hits keeps a query bounded (docs/search.md).
CANDIDATES = 1000
# A longer term held by at least COMMON articles gets no bm25 (see matching).
COMMON = 1000
# How many of a term's newest matches tell how common it is (see _spread).
SAMPLE = 100
# How many of a query's matches are tested at a time against its one-character terms
# (see _blocks): the first block, then each next one.
FIRST_BLOCK, BLOCK = 100, 500


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

    The text's bm25 is asked for only when every longer term is held by fewer than
    ``COMMON`` articles of the library (``ranked``): on its first call in a
    statement FTS5 counts every article holding each phrase, over the whole table
    whatever the query's limits (its inverse document frequency), and for a common
    term that count was most of a query's time at 100k articles (docs/search.md).
    The character index's bm25 is 0 for every row: FTS5 counts a phrase's instances
    from positions, which a detail=column table does not keep, or by tokenising the
    stored text, which a contentless one does not have.
    """
    table, expression, required, excluding = _plan(terms, excluded)
    found = _text_matches(conn, table, expression, where, params, candidates, excluding,
                          required, _chars_first(terms, excluded, expression))
    ranked = table == "search_index" and _rare(conn, terms, len(found))
    scores = dict.fromkeys((seq for seq, _ in found), 0.0)
    if ranked:
        scores.update(_bm25_of(conn, terms, list(scores)))
    # The user index is small: a one-character term stays a prefix query on its bigrams.
    user_expression = " OR ".join(match_expression([t]) for t in terms)
    user_tests = [*_excluding_user("search_user", excluded),
                  *_excluding_text("search_user", excluded)]
    notes_only: set[int] = set()
    for seq, score in _query(conn, "search_user", "bm25(search_user)", user_expression,
                             where, params, candidates, user_tests):
        if seq not in scores:
            notes_only.add(seq)
        scores[seq] = scores.get(seq, 0.0) - score * USER_WEIGHT
    # Best first, the newest first among equals (a seq is never repeated).
    return Matches(sorted(scores.items(), key=itemgetter(1, 0), reverse=True), ranked,
                   frozenset(notes_only))


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


def _text_matches(conn: sqlite3.Connection, table: str, expression: str, where: str,
                  params: Sequence[object], candidates: int | None,
                  excluding: Sequence[tuple[str, str]],
                  required: Sequence[tuple[str, str]],
                  chars_first: tuple[str, list[tuple[str, str]]] | None,
                  ) -> list[tuple[int, float]]:
    """(seq, 0.0) of the articles whose own text matches, newest first.

    Where the blocks give up (the characters beside the words are rare among the
    words' matches), one side's matches become a set and the other side is streamed
    against it. Building the set costs more per article than streaming, so the set is
    the side with fewer matches: the words' when they are spread wider than the
    characters', then the query is driven by the character index (``chars_first``;
    a word and a character p95 25 → 20 ms at 100k articles, docs/search.md)."""
    found = None
    if required:
        found = _blocks(conn, table, "0.0", expression, where, params, candidates,
                        excluding, required)
    if found is not None:
        return found
    if chars_first is not None and (
            _spread(conn, table, expression) > _spread(conn, *required[0])):
        return _query(conn, "search_chars", "0.0", chars_first[0], where, params,
                      candidates, chars_first[1])
    return _query(conn, table, "0.0", expression, where, params, candidates,
                  [*_holding(table, required), *excluding])


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


def _chars_first(terms: Sequence[str], excluded: Sequence[str], expression: str
                 ) -> tuple[str, list[tuple[str, str]]] | None:
    """A query of words and characters driven by the character index: the characters
    (not the excluded ones) matched there, the words' matches (``expression``, which
    leaves out the excluded words) a set; None for a query of one kind of term."""
    chars = [t for t in terms if len(t) == 1]
    if not chars or len(chars) == len(terms):
        return None
    driving, _ = _without("search_chars", char_expression(chars), excluded)
    return driving, [*_holding("search_chars", [("search_index", expression)]),
                     *_excluding_user("search_chars", excluded)]


def _spread(conn: sqlite3.Connection, index: str, expression: str) -> float:
    """Rowids per match among the newest ``SAMPLE`` matches of ``expression``: the
    larger, the fewer articles hold it (infinite when fewer than ``SAMPLE`` do)."""
    count, low, high = conn.execute(
        f"SELECT count(*), min(rowid), max(rowid) FROM (SELECT rowid FROM {index}"
        f" WHERE {index} MATCH ? ORDER BY rowid DESC LIMIT ?)",
        (expression, SAMPLE)).fetchone()
    return math.inf if count < SAMPLE else (high - low + 1) / count


def _plan(terms: Sequence[str], excluded: Sequence[str]) -> tuple[
        str, str, list[tuple[str, str]], list[tuple[str, str]]]:
    """The table a query reads, its MATCH expression, the (index, expression) its
    matches must also satisfy (``_blocks``) and the conditions leaving out the
    excluded terms the expression cannot."""
    longer = [t for t in terms if len(t) > 1]
    chars = [t for t in terms if len(t) == 1]
    table, expression = (("search_index", match_expression(longer)) if longer
                         else ("search_chars", char_expression(chars)))
    # One-character terms beside longer ones: tested block by block (_blocks). Excluded
    # terms the table does not index stay sets built once: measured block by block they
    # were no faster, as an excluded word is usually rare in what the query finds.
    required = [("search_chars", char_expression(chars))] if longer and chars else []
    expression, other_index = _without(table, expression, excluded)
    excluding = [*_excluding_text(table, other_index), *_excluding_user(table, excluded)]
    return table, expression, required, excluding


def _without(table: str, expression: str, excluded: Sequence[str]) -> tuple[str, list[str]]:
    """``expression`` with FTS5's ``NOT`` for the excluded terms ``table`` itself indexes
    (longer terms on the bigrams, single characters on the character index), and the
    excluded terms left for a set from the other index.

    FTS5 walks the two doclists side by side and stops at the newest ``CANDIDATES``
    matches left; the set of every article holding a common excluded word
    (``rowid NOT IN (SELECT …)``) cost 20–40 ms at 100k articles (docs/search.md). bm25
    is unchanged: an excluded phrase has no hits in a row that matches."""
    ours = [t for t in excluded if (len(t) > 1) == (table == "search_index")]
    if not ours:
        return expression, list(excluded)
    banned = any_expression(ours) if table == "search_index" else char_expression(ours, "OR")
    return f"({expression}) NOT ({banned})", [t for t in excluded if t not in ours]


def titled(conn: sqlite3.Connection, terms: Sequence[str],
           seqs: Sequence[int]) -> dict[int, int]:
    """For each article of ``seqs`` whose title or subtitle holds any of ``terms``, how
    many of them it holds (the indexes' title columns: folded, as the search compares;
    a one-character term asked of the character index, a longer one of the bigrams).

    Read by rowid ranges, which FTS5 seeks to: the newest candidates are one range, an
    old article found through its notes another, not the whole span between them."""
    wanted = set(seqs)
    held: dict[int, int] = {}
    for term in terms:
        index, expression = (("search_chars", char_expression([term])) if len(term) == 1
                             else ("search_index", match_expression([term])))
        for low, high in _ranges(sorted(wanted)):
            for (seq,) in conn.execute(
                    f"SELECT rowid FROM {index} WHERE {index} MATCH ?"
                    " AND rowid BETWEEN ? AND ?", (f"title : {expression}", low, high)):
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


def _excluding_text(table: str, excluded: Sequence[str]) -> list[tuple[str, str]]:
    """Conditions on ``table``'s rowid that leave out articles whose text holds an
    excluded term, each set built once per query ("+": else the planner hands the rowids
    to FTS5 one lookup at a time, seconds per query at 100k articles)."""
    longer = [t for t in excluded if len(t) > 1]
    chars = [t for t in excluded if len(t) == 1]
    banned = [*([("search_index", any_expression(longer))] if longer else []),
              *([("search_chars", char_expression(chars, "OR"))] if chars else [])]
    return [(f"+{table}.rowid NOT IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)",
             expression) for index, expression in banned]


def _holding(table: str, required: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Conditions on ``table``'s rowid that keep articles each (index, expression) of
    ``required`` matches, each set built once per query (see :func:`_excluding_text`)."""
    return [(f"+{table}.rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)",
             expression) for index, expression in required]


def _excluding_user(table: str, excluded: Sequence[str]) -> list[tuple[str, str]]:
    """The condition on ``table``'s rowid that leaves out articles whose user text (notes,
    highlights, tags) holds an excluded term."""
    if not excluded:
        return []
    return [(f"+{table}.rowid NOT IN (SELECT rowid FROM search_user"
             " WHERE search_user MATCH ?)", any_expression(excluded))]


def _blocks(conn: sqlite3.Connection, table: str, score: str, expression: str, where: str,
            params: Sequence[object], candidates: int | None,
            tests: Sequence[tuple[str, str]],
            required: Sequence[tuple[str, str]]) -> list[tuple[int, float]] | None:
    """The newest ``candidates`` matches of ``expression`` on ``table`` (and ``tests``)
    that every ``required`` (index, expression) also matches.

    The matches stream newest first; each block of them is tested against the other
    expressions' matches *within the block's rowid range*, which FTS5 seeks to. Building
    the set of every article holding a common character instead
    (``rowid IN (SELECT …)``) cost 20–40 ms a query at 100k articles (docs/search.md).
    None when most matches fail the tests: then those sets are the cheaper way.
    """
    rows = _cursor(conn, table, score, expression, where, params, tests)
    found: list[tuple[int, float]] = []
    streamed = 0
    while candidates is None or len(found) < candidates:
        # A small first block: when it shows the sets are the cheaper way, little is lost.
        block = rows.fetchmany(BLOCK if streamed else FIRST_BLOCK)
        if not block:
            break
        streamed += len(block)
        for index, other in required:
            holding = _within(conn, index, other, [row[0] for row in block])
            block = [row for row in block if row[0] in holding]
        found.extend(block)
        if len(found) * 2 < streamed:
            # Most matches so far failed the tests (a rare character): finding the
            # candidates would stream many blocks, each tested in its own query, where
            # one side's set built once is cheaper. The caller asks again that way.
            return None
    return found if candidates is None else found[:candidates]


def _within(conn: sqlite3.Connection, index: str, expression: str,
            seqs: Sequence[int]) -> set[int]:
    """Which of ``seqs`` (a block, newest first) ``expression`` matches on ``index``.

    The index's matches in the block's rowid range are intersected with the block in
    SQL: the range of a rarer longer term spans several times the block (5,750 rowids
    for 1,100 matches at the median of the bench's 2 + 1 queries), and handing each of
    its rows to Python cost more than the lookup (p50 / p95 2.9 / 10.2 → 2.4 / 6.5 ms
    a query at 100k articles)."""
    if not seqs:
        return set()
    return {seq for (seq,) in conn.execute(
        f"SELECT value FROM json_each(?) WHERE value IN (SELECT rowid FROM {index}"
        f" WHERE {index} MATCH ? AND rowid BETWEEN ? AND ?)",
        (json.dumps(list(seqs)), expression, seqs[-1], seqs[0]))}


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
