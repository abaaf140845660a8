"""The notebook: every highlight and every article note of the library in one listing
(what Readwise and Zotero call the notebook), narrowed by tag, colour and text.

Read-only; one UNION of the ``highlights`` and ``notes`` tables with the article's
title, date and tags. Text is matched as a substring (case-folded for Latin letters by
``lower``), as a reader scanning their own notes expects, not through the search index:
the notebook of a reader holds thousands of items, not millions.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

HIGHLIGHT, NOTE = "highlight", "note"  # NotebookEntry.kind
NOTEBOOK_ORDERS = ("date", "article")  # newest first; by article (newest), then in the text

_TAGS = (
    "(SELECT json_group_array(name) FROM (SELECT t.name FROM article_tags at"
    " JOIN tags t ON t.id = at.tag_id WHERE at.article_seq = a.seq ORDER BY t.name))"
)
_TAGGED = (
    " AND (:tag IS NULL OR EXISTS (SELECT 1 FROM article_tags at JOIN tags t"
    " ON t.id = at.tag_id WHERE at.article_seq = a.seq AND t.name = :tag))"
)
_SQL = (
    "SELECT 'highlight', a.id, a.title, coalesce(a.date, ''), h.id, h.start, h.end,"
    " h.quote, h.color, coalesce(h.note, ''), h.updated, coalesce(h.orphan, 0), " + _TAGS
    + " FROM highlights h JOIN articles a ON a.seq = h.article_seq"
    " WHERE (:color IS NULL OR h.color = :color)" + _TAGGED
    + " AND (:text IS NULL OR instr(lower(h.quote), :text) OR instr(lower(coalesce(h.note,"
    " '')), :text) OR instr(lower(a.title), :text))"
    " UNION ALL"
    " SELECT 'note', a.id, a.title, coalesce(a.date, ''), NULL, -1, -1, '', '', n.markdown,"
    " n.updated, 0, " + _TAGS
    + " FROM notes n JOIN articles a ON a.seq = n.article_seq"
    " WHERE :color IS NULL AND trim(n.markdown) != ''" + _TAGGED
    + " AND (:text IS NULL OR instr(lower(n.markdown), :text) OR instr(lower(a.title), :text))"
)
_ORDER = {
    "date": " ORDER BY 11 DESC, 4 DESC, 2, 6",  # ties (the same second): as by article
    "article": " ORDER BY 4 DESC, 2, 6",
}


@dataclass(frozen=True)
class NotebookEntry:
    kind: str  # HIGHLIGHT or NOTE
    article_id: str
    title: str
    article_date: str  # ISO, "" when the page has none
    highlight_id: int | None  # None for an article note
    start: int  # offsets into the article text; -1 for a note
    end: int
    quote: str  # "" for a note
    color: str  # "" for a note
    note: str  # the highlight's note, or the article note's Markdown
    updated: str  # when it was last written (UTC ISO)
    orphan: bool  # a highlight whose text was not found after a re-import
    tags: tuple[str, ...]  # the article's


def entries(conn: sqlite3.Connection, *, tag: str | None = None, color: str | None = None,
            text: str | None = None, order: str = "date") -> list[NotebookEntry]:
    """Highlights and notes whose article carries ``tag``, of ``color`` (highlights
    only), holding ``text`` in the quote, the note or the article title."""
    if order not in _ORDER:
        raise ValueError(f"unknown order {order!r}; use one of {', '.join(NOTEBOOK_ORDERS)}")
    params = {"tag": tag or None, "color": color or None,
              "text": text.strip().lower() or None if text else None}
    return [
        NotebookEntry(kind, article_id, title, date, highlight_id, start, end, quote, colour,
                      note, updated, bool(orphan), tuple(json.loads(tags)))
        for (kind, article_id, title, date, highlight_id, start, end, quote, colour, note,
             updated, orphan, tags) in conn.execute(_SQL + _ORDER[order], params)
    ]
