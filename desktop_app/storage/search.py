"""Search results: index matches, filters, ranking by relevance, and snippets cut from
the stored text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.search.relevance import relevance
from desktop_app.core.search.text import contains_all, make_snippet
from desktop_app.storage import library, search_index
from desktop_app.storage.records import SearchHit


def search(conn: sqlite3.Connection, terms: Sequence[str], limit: int | None,
           filters: Filters = NO_FILTERS, excluded: Sequence[str] = ()) -> list[SearchHit]:
    """Articles holding every term and none of ``excluded`` (normalised terms, from
    :func:`desktop_app.core.search.text.parse_query`), most relevant first.

    The index gives the candidates (the newest ``CANDIDATES`` matches, or all with
    ``limit=None``); each is scored again from its stored text by
    :func:`desktop_app.core.search.relevance.relevance` (title, density of hits, the
    reader's own text), bm25 breaking ties.
    """
    where, params = library.filter_sql(filters)
    candidates = None if limit is None else max(search_index.CANDIDATES, limit)
    ranked = search_index.matching(conn, terms, where, params, candidates, excluded)
    scored: list[tuple[float, float, int, list[str]]] = []
    for seq, bm25 in ranked:
        found = _scored(conn, seq, terms)
        # The user index is asked for *any* term (terms may be split between the text
        # and a note), and folding maps Private Use Area input onto ASCII punctuation:
        # a match the stored text does not bear out is dropped rather than shown.
        if found is not None:
            scored.append((found[0], bm25, seq, found[1]))
    scored.sort(key=lambda item: (-item[0], -item[1], -item[2]))
    # Snippets only for what is returned: cutting one costs more than scoring.
    hits = (_hit(fields, terms, score) for score, _, _, fields in scored[:limit])
    return [hit for hit in hits if hit is not None]


def _scored(conn: sqlite3.Connection, seq: int, terms: Sequence[str]
            ) -> tuple[float, list[str]] | None:
    """The relevance of article ``seq`` and its fields (id, date, kind, then the texts a
    snippet may come from), or None when its stored text does not hold every term."""
    id_, title, subtitle, date, kind, text, byline, dateline, subheads = conn.execute(
        "SELECT id, title, subtitle, date, kind, text, byline, dateline, subheads"
        " FROM articles WHERE seq = ?", (seq,),
    ).fetchone()
    heads = "\n".join(json.loads(subheads or "[]"))
    # The snippet comes from the body when it holds a hit: the title is shown anyway.
    fields = [text or "", byline or "", dateline or "", title or "", subtitle or "", heads]
    user = ""
    if not all(any(contains_all(f, [t]) for f in fields) for t in terms):
        user = search_index.user_text(conn, seq)
        fields.append(user)
        if not contains_all("\n".join(fields), terms):
            return None
    heading = "\n".join(p for p in (title, subtitle) if p)
    body = "\n".join(p for p in (byline, dateline, heads, text) if p)
    return relevance(terms, heading, body, user), [id_, date or "", kind, *fields]


def _hit(fields: list[str], terms: Sequence[str], score: float) -> SearchHit | None:
    id_, date, kind, *texts = fields
    for text in texts:
        snippet = make_snippet(text, terms)
        if snippet is not None:
            return SearchHit(id_, texts[3], date or None, kind, snippet[0], snippet[1],
                             round(score, 4))
    return None
