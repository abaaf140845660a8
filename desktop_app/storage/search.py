"""Search results: index matches, filters, ranking by relevance, and snippets cut from
the stored text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.search.relevance import relevance, score
from desktop_app.core.search.text import contains_all, make_snippet
from desktop_app.storage import library, search_index, search_matches
from desktop_app.storage.records import SearchHit

# An article's columns as scoring and snippets read them (None read as "").
_COLUMNS = ("id, date, kind, title, coalesce(subtitle, ''), text, coalesce(byline, ''),"
            " coalesce(dateline, ''), coalesce(subheads, '')")
Row = tuple[str, str | None, str, str, str, str, str, str, str]
# The same as scoring reads them: the text as its UTF-8 bytes, and its stored length in
# characters (``chars``, written with the text by ``library.article_record``).
_SCORING = ("id, date, kind, title, coalesce(subtitle, ''), CAST(text AS BLOB),"
            " coalesce(byline, ''), coalesce(dateline, ''), coalesce(subheads, ''), chars")
ScoringRow = tuple[str, str | None, str, str, str, bytes, str, str, str, int | None]
RESCORED = 200  # the candidates relevance orders again (see _pool)


def search(conn: sqlite3.Connection, terms: Sequence[str], limit: int | None,
           filters: Filters = NO_FILTERS, excluded: Sequence[str] = ()) -> list[SearchHit]:
    """Articles holding every term and none of ``excluded`` (normalised terms, from
    :func:`desktop_app.core.search.text.parse_query`), most relevant first.

    The index gives the candidates (the newest ``CANDIDATES`` matches, or all with
    ``limit=None``); RESCORED of them (see :func:`_pool`) are scored by
    :func:`desktop_app.core.search.relevance.score` (title, density of hits, the
    reader's own text), bm25 (where the index gave it) then age breaking ties.
    """
    where, params = library.filter_sql(filters)
    candidates = None if limit is None else max(search_matches.CANDIDATES, limit)
    matches = search_matches.matching(conn, terms, where, params, candidates, excluded)
    found = matches.found
    if limit is not None and len(found) > max(RESCORED, limit):
        found = _pool(conn, matches, terms, max(RESCORED, limit))
    ranked = dict(found)
    scored: list[tuple[float, float, int]] = []
    rows: dict[int, ScoringRow] = {}  # the candidates as read for scoring, for snippets
    for seq, counted in _counted(conn, list(ranked), terms, rows):
        scored.append((counted, ranked[seq], seq))
    scored.sort(key=lambda item: (-item[0], -item[1], -item[2]))
    hits = []
    # Snippets only for what is returned: cutting one costs more than scoring.
    for relevance_, _bm25, seq in scored[:limit]:
        hit = _hit(conn, seq, terms, relevance_, _decoded(rows.get(seq)))
        if hit is not None:
            hits.append(hit)
    return hits


def _pool(conn: sqlite3.Connection, matches: search_matches.Matches, terms: Sequence[str],
          size: int) -> list[tuple[int, float]]:
    """The ``size`` candidates worth reading whole: scoring reads each one's text, about
    15 ms of CPU for 1,000 candidates at 100k articles (docs/search.md).

    Where the index ranked the candidates by bm25 (a query of rarer longer terms; see
    :func:`desktop_app.storage.search_matches.matching`), bm25's best: it knows how often
    a term occurs, how long the text is and the title. Otherwise (a query of
    one-character terms, whose index keeps no frequencies, or of a word held by
    ``COMMON`` articles or more, whose bm25 cost most of the query) those holding the
    most terms in their title or subtitle (what a reader sees first, worth 10 each),
    then those whose text matches and whose reader's notes, highlights or tags name a
    term, then the newest, then those found through the notes alone; the titles asked
    of the indexes' title columns (under a millisecond; the 1,000 candidates' titles
    read from the articles took 4–6 ms at 100k)."""
    if matches.ranked:
        return matches.found[:size]
    found, notes_only = matches.found, matches.notes_only
    titled = search_matches.titled(conn, terms, [s for s, _ in found if s not in notes_only])
    # Without the text's bm25 the index gives the noted first (by their notes' bm25), then
    # the newest: a stable sort by titles keeps that order among equals. Found through
    # the notes alone go last: notes naming one term of two find articles that may not
    # match at all, and they would push matches out.
    heads = sorted((item for item in found if item[0] in titled),
                   key=lambda item: -titled[item[0]])
    rest = [item for item in found if item[0] not in titled and item[0] not in notes_only]
    last = [item for item in found if item[0] in notes_only]
    return [*heads, *rest, *last][:size]


def _counted(conn: sqlite3.Connection, seqs: list[int], terms: Sequence[str],
             rows: dict[int, ScoringRow]) -> list[tuple[int, float]]:
    """(seq, relevance) of each candidate that its stored text bears out; each row read
    goes into ``rows`` (the snippets are cut from them, not read again).

    The candidates' texts come in one query and the terms are counted with ``count``
    on the text as stored: 85 ms a query at 20,000 articles when each candidate was
    read alone and counted with the folding pattern, 60 ms with ``replace`` in SQL.
    The body text is counted as UTF-8 bytes and its length taken from ``chars``:
    turning 200 texts into ``str`` was ~3 ms of a query at 100k articles, and a term's
    UTF-8 bytes occur in the text's exactly where the term does (no character's
    encoding starts inside another's). Only the returned hits' texts are decoded.
    ``count`` sees no folding, so a hit only folding finds (``AI`` for ``ai``, a
    term wrapped across a line) counts 0 there: such an article, and one matched
    through the reader's notes, is checked and scored from its full text and the
    user's, as the snippet is cut.
    """
    if not seqs:
        return []
    result = []
    encoded = [t.encode() for t in terms]
    for row in conn.execute(f"SELECT seq, {_SCORING} FROM articles WHERE seq IN"
                            " (SELECT value FROM json_each(?))", (json.dumps(seqs),)):
        seq, row = row[0], row[1:]
        rows[seq] = row
        _id, _date, _kind, title, subtitle, text, byline, dateline, subheads, chars = row
        in_title = [title.count(t) + subtitle.count(t) for t in terms]
        in_body = [text.count(e) + byline.count(t) + dateline.count(t) + subheads.count(t)
                   for t, e in zip(terms, encoded, strict=True)]
        if all(t or b for t, b in zip(in_title, in_body, strict=True)):
            chars = len(text.decode()) if chars is None else chars
            length = chars + len(byline) + len(dateline)
            result.append((seq, score(in_title, in_body, length)))
        else:
            checked = _checked(conn, seq, terms)
            if checked is not None:
                result.append((seq, checked))
    return result


def _decoded(row: ScoringRow | None) -> Row | None:
    """A row as scoring read it, as :func:`_fields` reads one (the text as ``str``)."""
    if row is None:
        return None
    id_, date, kind, title, subtitle, text, byline, dateline, subheads, _chars = row
    return id_, date, kind, title, subtitle, text.decode(), byline, dateline, subheads


def _fields(conn: sqlite3.Connection, seq: int, row: Row | None = None) -> list[str]:
    """id, date, kind, then the texts a snippet may come from: body first (the title is
    shown anyway), then byline, dateline, title, subtitle, subheads."""
    if row is None:
        row = conn.execute(f"SELECT {_COLUMNS} FROM articles WHERE seq = ?", (seq,)).fetchone()
    id_, date, kind, title, subtitle, text, byline, dateline, subheads = row
    heads = "\n".join(json.loads(subheads or "[]"))
    return [id_, date or "", kind, text or "", byline, dateline, title or "", subtitle, heads]


def _checked(conn: sqlite3.Connection, seq: int, terms: Sequence[str]) -> float | None:
    """The relevance of an article the SQL count could not confirm, from its text and the
    user's; None when neither holds every term (the user index is asked for any term,
    and folding maps Private Use Area input onto ASCII punctuation)."""
    _id, _date, _kind, text, byline, dateline, title, subtitle, heads = _fields(conn, seq)
    fields = [text, byline, dateline, title, subtitle, heads]
    user = ""
    if not all(any(contains_all(f, [t]) for f in fields) for t in terms):
        user = search_index.user_text(conn, seq)
        if not contains_all("\n".join([*fields, user]), terms):
            return None
    heading = "\n".join(p for p in (title, subtitle) if p)
    body = "\n".join(p for p in (byline, dateline, heads, text) if p)
    return relevance(terms, heading, body, user)


def _hit(conn: sqlite3.Connection, seq: int, terms: Sequence[str], relevance_: float,
         row: Row | None = None) -> SearchHit | None:
    id_, date, kind, *texts = _fields(conn, seq, row)
    for field in texts:
        snippet = make_snippet(field, terms)
        if snippet is not None:
            break
    else:  # found through the reader's own text alone
        snippet = make_snippet(search_index.user_text(conn, seq), terms)
        if snippet is None:
            return None
    return SearchHit(id_, texts[3], date or None, kind, snippet[0], snippet[1],
                     round(relevance_, 4))
