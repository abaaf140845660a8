"""Writes for importing annotations: one article's changes in one transaction.

Everything for an article goes inside a single :func:`search_index.reindexed` block
(the index row is rebuilt once, not once per highlight) and the caller's single
transaction, so a large import is fast and an interrupted one leaves whole articles.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop_app.core.annotating.highlights import CONTEXT_CHARS
from desktop_app.storage import search_index
from desktop_app.storage.records import Highlight

_HIGHLIGHTS = (
    "SELECT h.id, a.id, h.start, h.end, h.quote, h.prefix, h.suffix, h.color, h.note,"
    " h.created, h.updated, h.orphan FROM highlights h JOIN articles a ON a.seq = h.article_seq"
    " WHERE h.article_seq = ? ORDER BY h.start, h.id"
)


@dataclass(frozen=True)
class NewHighlight:
    start: int
    end: int
    color: str
    note: str
    created: str
    updated: str


@dataclass(frozen=True)
class HighlightChange:
    id: int
    color: str
    note: str
    updated: str


@dataclass
class ArticleChanges:
    """What one article gains from an import; empty fields change nothing."""

    added: list[NewHighlight]
    changed: list[HighlightChange]
    note: str | None = None  # the whole new note
    tags: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.note is not None or self.tags)


def highlights_of(conn: sqlite3.Connection, seq: int) -> list[Highlight]:
    return [Highlight(*row[:11], orphan=bool(row[11])) for row in conn.execute(_HIGHLIGHTS,
                                                                               (seq,))]


def note_of(conn: sqlite3.Connection, seq: int) -> str:
    row = conn.execute("SELECT markdown FROM notes WHERE article_seq = ?", (seq,)).fetchone()
    return row[0] if row else ""


def tags_of(conn: sqlite3.Connection, seq: int) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
        " WHERE at.article_seq = ?", (seq,))}


def apply_changes(conn: sqlite3.Connection, seq: int, changes: ArticleChanges, now: str) -> None:
    """Write ``changes`` to article ``seq``; call inside a transaction."""
    text = conn.execute("SELECT text FROM articles WHERE seq = ?", (seq,)).fetchone()[0]
    with search_index.reindexed(conn, seq):
        conn.executemany(
            "INSERT INTO highlights(article_seq, start, end, quote, prefix, suffix, color,"
            " note, created, updated, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            [(seq, h.start, h.end, text[h.start:h.end],
              text[max(0, h.start - CONTEXT_CHARS):h.start], text[h.end:h.end + CONTEXT_CHARS],
              h.color, h.note, h.created or now, h.updated or now) for h in changes.added],
        )
        conn.executemany(
            "UPDATE highlights SET color = ?, note = ?, updated = ? WHERE id = ?",
            [(c.color, c.note, c.updated or now, c.id) for c in changes.changed],
        )
        if changes.note is not None:
            conn.execute(
                "INSERT INTO notes(article_seq, markdown, created, updated) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(article_seq) DO UPDATE SET markdown = excluded.markdown,"
                " updated = excluded.updated", (seq, changes.note, now, now),
            )
        for name in changes.tags:
            conn.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (name,))
            conn.execute(
                "INSERT OR IGNORE INTO article_tags(article_seq, tag_id)"
                " SELECT ?, id FROM tags WHERE name = ?", (seq, name),
            )
