"""The full-text index: keeping it in step with the tables, and querying it.

Three FTS5 tables (token schemes in :mod:`desktop_app.core.search.text`):

* ``search_index`` (title, body: bigrams) and ``search_chars`` (the same columns: each
  distinct character, for one-character terms) are contentless. Their rows can only be
  deleted by handing FTS5 the exact values inserted, so those are rebuilt from
  ``articles`` by :func:`row_values`; only the importer changes them, through
  :func:`add`, :func:`remove` and :func:`reindexed`.
* ``search_user`` (notes, highlight quotes and notes, tags) is an ordinary FTS5 table.
  Triggers on the user tables list changed articles in ``search_dirty``, whoever wrote
  them; :func:`flush_user` re-indexes those, so the index cannot drift.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence

from desktop_app.core.search.text import (
    any_expression,
    char_expression,
    char_text,
    index_text,
    match_expression,
)

# bm25 weights: title, body; the user column (notes, highlights, tags) weighs USER_WEIGHT.
WEIGHTS = (8.0, 1.0)
USER_WEIGHT = 4.0
# Ranking every hit of a term found in most articles costs 130–160 ms at 100k articles;
# scoring the newest CANDIDATES hits keeps a query bounded (docs/search.md).
CANDIDATES = 1000
# How many of a query's matches are tested at a time against its one-character terms
# (see _blocks): the first block, then each next one.
FIRST_BLOCK, BLOCK = 100, 500


def row_values(conn: sqlite3.Connection, seq: int) -> tuple[str, str]:
    """The raw (title, body) text indexed for article ``seq``."""
    row = conn.execute(
        "SELECT title, subtitle, byline, dateline, subheads, text FROM articles WHERE seq = ?",
        (seq,),
    ).fetchone()
    if row is None:
        return "", ""
    title, subtitle, byline, dateline, subheads, text = row
    heads = json.loads(subheads or "[]")
    body = "\n".join(part for part in (byline, dateline, *heads, text) if part)
    return "\n".join(p for p in (title, subtitle) if p), body


def user_text(conn: sqlite3.Connection, seq: int) -> str:
    parts = [r[0] for r in conn.execute("SELECT markdown FROM notes WHERE article_seq = ?",
                                        (seq,))]
    for quote, note in conn.execute(
        "SELECT quote, note FROM highlights WHERE article_seq = ? ORDER BY id", (seq,)
    ):
        parts.extend(p for p in (quote, note) if p)
    parts.extend(r[0] for r in conn.execute(
        "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
        "WHERE at.article_seq = ? ORDER BY t.name", (seq,),
    ))
    return "\n".join(parts)


def add(conn: sqlite3.Connection, seq: int, values: Sequence[str] | None = None) -> None:
    values = values if values is not None else row_values(conn, seq)
    conn.execute("INSERT INTO search_index(rowid, title, body) VALUES (?, ?, ?)",
                 (seq, *(index_text(v) for v in values)))
    conn.execute("INSERT INTO search_chars(rowid, title, body) VALUES (?, ?, ?)",
                 (seq, *(char_text(v) for v in values)))


def remove(conn: sqlite3.Connection, seq: int, values: Sequence[str] | None = None) -> None:
    values = values if values is not None else row_values(conn, seq)
    conn.execute(
        "INSERT INTO search_index(search_index, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (seq, *(index_text(v) for v in values)),
    )
    conn.execute(
        "INSERT INTO search_chars(search_chars, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (seq, *(char_text(v) for v in values)),
    )
    conn.execute("DELETE FROM search_user WHERE rowid = ?", (seq,))


@contextlib.contextmanager
def reindexed(conn: sqlite3.Connection, seq: int) -> Iterator[None]:
    """Wrap a change to an article's own text; its index row follows the change."""
    before = row_values(conn, seq)
    yield
    after = row_values(conn, seq)
    if after != before:
        remove(conn, seq, before)
        add(conn, seq, after)


def flush_user(conn: sqlite3.Connection) -> int:
    """Re-index the user text of every article marked dirty; returns how many."""
    seqs = [r[0] for r in conn.execute("SELECT article_seq FROM search_dirty")]
    for seq in seqs:
        conn.execute("DELETE FROM search_user WHERE rowid = ?", (seq,))
        text = user_text(conn, seq)
        if text:
            conn.execute("INSERT INTO search_user(rowid, user) VALUES (?, ?)",
                         (seq, index_text(text)))
    conn.execute("DELETE FROM search_dirty")
    return len(seqs)


def needs_flush(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM search_dirty LIMIT 1").fetchone() is not None


def rebuild(conn: sqlite3.Connection) -> None:
    """Recreate every index row from the tables (after a token scheme change)."""
    conn.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    conn.execute("INSERT INTO search_chars(search_chars) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_user")
    for (seq,) in conn.execute("SELECT seq FROM articles").fetchall():
        add(conn, seq)
    conn.execute("INSERT OR IGNORE INTO search_dirty SELECT seq FROM articles")
    flush_user(conn)


def fill_chars(conn: sqlite3.Connection) -> int:
    """Index every article in ``search_chars`` (migration 2, which added the table)."""
    seqs = [r[0] for r in conn.execute("SELECT seq FROM articles")]
    for seq in seqs:
        values = row_values(conn, seq)
        conn.execute("INSERT INTO search_chars(rowid, title, body) VALUES (?, ?, ?)",
                     (seq, *(char_text(v) for v in values)))
    return len(seqs)


def matching(
    conn: sqlite3.Connection,
    terms: Sequence[str],
    where: str = "",
    params: Sequence[object] = (),
    candidates: int | None = CANDIDATES,
    excluded: Sequence[str] = (),
) -> list[tuple[int, float]]:
    """(seq, score) of articles where every term occurs, best first (higher is better).

    ``where`` is an extra condition on ``articles AS a`` (the filters). With
    ``candidates`` set, only the newest that many matches are scored; ``None`` scores
    all. An article whose terms are split between its text and the user's notes is
    found through the user index (any term) and confirmed by the caller. An article
    holding any ``excluded`` term anywhere (text or user text) is left out before the
    candidates are counted.
    """
    scores: dict[int, float] = {}
    table, expression, required, excluding = _plan(terms, excluded)
    # The character index's bm25 is 0 for every row: FTS5 counts a phrase's instances
    # from positions, which a detail=column table does not keep, or by tokenising the
    # stored text, which a contentless one does not have. Asking for it cost a count of
    # every article holding each character (6-7 ms for a common one at 100k articles).
    bm25 = _bm25(table) if table == "search_index" else "0.0"
    found = None
    if required:
        found = _blocks(conn, table, bm25, expression, where, params, candidates,
                        excluding, required)
    if found is None:
        found = _query(conn, table, bm25, expression, where, params, candidates,
                       [*_holding(table, required), *excluding])
    for seq, score in found:
        scores[seq] = -score
    # The user index is small: a one-character term stays a prefix query on its bigrams.
    user_expression = " OR ".join(match_expression([t]) for t in terms)
    user_tests = [*_excluding_user("search_user", excluded),
                  *_excluding_text("search_user", excluded)]
    for seq, score in _query(conn, "search_user", "bm25(search_user)", user_expression,
                             where, params, candidates, user_tests):
        scores[seq] = scores.get(seq, 0.0) - score * USER_WEIGHT
    return sorted(scores.items(), key=lambda item: (-item[1], -item[0]))


def _bm25(table: str) -> str:
    return f"bm25({table}, {', '.join(str(w) for w in WEIGHTS)})"


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


def titled(conn: sqlite3.Connection, chars: Sequence[str], seqs: Sequence[int]) -> dict[int, int]:
    """For each article of ``seqs`` whose title or subtitle holds any of the
    one-character terms ``chars``, how many of them it holds (the character index's
    title column: folded, as the search compares).

    Read by rowid ranges, which FTS5 seeks to: the newest candidates are one range, an
    old article found through its notes another, not the whole span between them."""
    wanted = set(seqs)
    held: dict[int, int] = {}
    for char in chars:
        for low, high in _ranges(sorted(wanted)):
            for (seq,) in conn.execute(
                    "SELECT rowid FROM search_chars WHERE search_chars MATCH ?"
                    " AND rowid BETWEEN ? AND ?",
                    (f"title : {char_expression([char])}", low, high)):
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
            # Most matches so far failed the tests (a rare character): each one streamed
            # costs its bm25, and the character's set is small. The caller asks again
            # with the sets built once.
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
