"""Search results: index matches, filters, and snippets cut from the stored text."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from desktop_app.core.search_text import contains_all, make_snippet
from desktop_app.storage import library, search_index
from desktop_app.storage.records import SearchHit


def search(conn: sqlite3.Connection, terms: Sequence[str], limit: int | None,
           **filters: str | None) -> list[SearchHit]:
    where, params = library.filter_sql(**filters)
    candidates = None if limit is None else max(search_index.CANDIDATES, limit)
    ranked = search_index.matching(conn, terms, where, params, candidates)
    hits: list[SearchHit] = []
    for seq, score in ranked:
        hit = _hit(conn, seq, terms, score)
        # Folding can map two different characters together only for Private Use Area
        # input; a match that the text does not bear out is dropped rather than shown.
        if hit is not None:
            hits.append(hit)
        if limit is not None and len(hits) >= limit:
            break
    return hits


def _hit(conn: sqlite3.Connection, seq: int, terms: Sequence[str], score: float
         ) -> SearchHit | None:
    row = conn.execute(
        "SELECT id, title, subtitle, date, kind, text, byline, dateline FROM articles"
        " WHERE seq = ?", (seq,),
    ).fetchone()
    id_, title, subtitle, date, kind, text, byline, dateline = row
    fields = [title, subtitle, byline, dateline, text,
              search_index.user_text(conn, seq), _subheads(conn, seq)]
    if not contains_all("\n".join(f or "" for f in fields), terms):
        return None
    # The snippet comes from the body when it holds a hit: the title is shown anyway.
    for field in (text, byline, dateline, title, subtitle, search_index.user_text(conn, seq),
                  _subheads(conn, seq)):
        snippet = make_snippet(field or "", terms)
        if snippet is not None:
            return SearchHit(id_, title, date, kind, snippet[0], snippet[1], round(score, 4))
    return None


def _subheads(conn: sqlite3.Connection, seq: int) -> str:
    import json

    raw = conn.execute("SELECT subheads FROM articles WHERE seq = ?", (seq,)).fetchone()[0]
    return "\n".join(json.loads(raw or "[]"))
