"""Reads and writes for importing annotations: one article's changes in one transaction.

Everything for an article goes in the caller's single transaction, so an interrupted
import leaves whole articles. Notes, highlights and tags are not the article's own
text: the triggers mark the article for :func:`search_index.flush_user`, which the
caller runs once before commit.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop_app.storage import annotation_store
from desktop_app.storage.records import Highlight


@dataclass(frozen=True)
class NewHighlight:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
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


@dataclass
class ArticleAnnotations:
    """What an article holds that an import can add to: read in one go, text included."""

    text: str
    highlights: list[Highlight]
    note: str
    tags: set[str]


def article_annotations(conn: sqlite3.Connection, seq: int) -> ArticleAnnotations:
    text = conn.execute("SELECT text FROM articles WHERE seq = ?", (seq,)).fetchone()[0]
    return ArticleAnnotations(text, annotation_store.highlights(conn, seq),
                              annotation_store.get_note(conn, seq),
                              set(annotation_store.article_tags(conn, seq)))


def apply_changes(conn: sqlite3.Connection, seq: int, changes: ArticleChanges, now: str) -> None:
    """Write ``changes`` to article ``seq``; call inside a transaction."""
    conn.executemany(
        "INSERT INTO highlights(article_seq, start, end, quote, prefix, suffix, color,"
        " note, created, updated, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        [(seq, h.start, h.end, h.quote, h.prefix, h.suffix, h.color, h.note,
          h.created or now, h.updated or now) for h in changes.added],
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
