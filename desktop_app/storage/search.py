"""Search results: index matches, filters, and snippets cut from the stored text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.search.text import contains_all, make_snippet
from desktop_app.storage import library, search_index
from desktop_app.storage.records import SearchHit


def search(conn: sqlite3.Connection, terms: Sequence[str], limit: int | None,
           filters: Filters = NO_FILTERS, excluded: Sequence[str] = ()) -> list[SearchHit]:
    """Articles holding every term and none of ``excluded`` (normalised terms, from
    :func:`desktop_app.core.search.text.parse_query`), best first."""
    where, params = library.filter_sql(filters)
    candidates = None if limit is None else max(search_index.CANDIDATES, limit)
    ranked = search_index.matching(conn, terms, where, params, candidates, excluded)
    hits: list[SearchHit] = []
    for seq, score in ranked:
        hit = _hit(conn, seq, terms, score)
        # The user index is asked for *any* term (terms may be split between the text
        # and a note), and folding maps Private Use Area input onto ASCII punctuation:
        # a match the stored text does not bear out is dropped rather than shown.
        if hit is not None:
            hits.append(hit)
        if limit is not None and len(hits) >= limit:
            break
    return hits


def _hit(conn: sqlite3.Connection, seq: int, terms: Sequence[str], score: float
         ) -> SearchHit | None:
    id_, title, subtitle, date, kind, text, byline, dateline, subheads = conn.execute(
        "SELECT id, title, subtitle, date, kind, text, byline, dateline, subheads"
        " FROM articles WHERE seq = ?", (seq,),
    ).fetchone()
    # The snippet comes from the body when it holds a hit: the title is shown anyway.
    fields = [text, byline, dateline, title, subtitle, "\n".join(json.loads(subheads or "[]"))]
    if not all(any(contains_all(f or "", [t]) for f in fields) for t in terms):
        fields.append(search_index.user_text(conn, seq))
        if not contains_all("\n".join(f or "" for f in fields), terms):
            return None
    for field in fields:
        snippet = make_snippet(field or "", terms)
        if snippet is not None:
            return SearchHit(id_, title, date, kind, snippet[0], snippet[1], round(score, 4))
    return None
