"""The writes page import needs: page rows, retiring articles, moving highlights.

What to write is decided above storage (:mod:`desktop_app.page_import`: read, split,
analyse, pair the old and new articles, find highlights again); these functions only
store it, inside the caller's transaction (one per page).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, TypedDict

from desktop_app.core.articles import PageMeta
from desktop_app.storage.db import new_rowid

if TYPE_CHECKING:  # imported by storage/db.py when a write first needs it
    import sqlite_utils


def has_page_text(conn: sqlite3.Connection, content_hash: str) -> bool:
    """A page with exactly this text (by its hash) is in the library."""
    return conn.execute("SELECT 1 FROM pages WHERE content_hash = ?",
                        (content_hash,)).fetchone() is not None


def page_hashes(conn: sqlite3.Connection) -> list[str]:
    """The content hash of every page in the library."""
    return [r[0] for r in conn.execute("SELECT content_hash FROM pages")]


def page_id_of(conn: sqlite3.Connection, source_path: str) -> int | None:
    row = conn.execute("SELECT id FROM pages WHERE source_path = ?",
                       (source_path,)).fetchone()
    return row[0] if row else None


class PageRecord(TypedDict):
    """A ``pages`` row as each import writes it; the first also sets ``imported_at``."""

    source_path: str
    content_hash: str
    updated_at: str
    date: str | None
    page_no: str | None
    editor: str | None
    section: str | None
    encoding: str
    chars: int
    sample: int  # 1: one of the bundled sample pages, offered by the window's first launch


def page_record(source_path: str, content_hash: str, meta: PageMeta, encoding: str,
                chars: int, stamp: str, sample: bool = False) -> PageRecord:
    return {
        "source_path": source_path, "content_hash": content_hash, "updated_at": stamp,
        "date": meta.date, "page_no": meta.page, "editor": meta.editor,
        "section": meta.section, "encoding": encoding, "chars": chars,
        "sample": int(sample),
    }


def is_sample_text(conn: sqlite3.Connection, content_hash: str) -> bool:
    """A sample page with exactly this text is in the library."""
    return conn.execute("SELECT 1 FROM pages WHERE content_hash = ? AND sample = 1",
                        (content_hash,)).fetchone() is not None


def claim_sample(conn: sqlite3.Connection, content_hash: str) -> None:
    """The user imported a sample page's text themselves: it is theirs now, no sample."""
    conn.execute("UPDATE pages SET sample = 0 WHERE content_hash = ? AND sample = 1",
                 (content_hash,))


def store_page(db: sqlite_utils.Database, page_id: int | None, record: PageRecord) -> int:
    """Insert the page row (``page_id`` None) or update it; returns its id."""
    pages = db.table("pages")
    if page_id is None:
        return new_rowid(pages.insert({**record, "imported_at": record["updated_at"]}
                                      ).last_rowid)
    pages.update(page_id, {**record})
    return page_id


def current_articles(conn: sqlite3.Connection, page_id: int
                     ) -> list[tuple[int, str, str, str]]:
    """(seq, id, title, text) of the page's articles in page order, retired ones left out."""
    return [tuple(r) for r in conn.execute(
        "SELECT seq, id, title, text FROM articles WHERE page_id = ? AND retired = 0"
        " ORDER BY position", (page_id,))]


def retire_article(conn: sqlite3.Connection, seq: int, stamp: str) -> list[int]:
    """Keep an article its page no longer prints (it holds the user's notes), and orphan
    its highlights; returns the highlights that were not orphans before."""
    conn.execute("UPDATE articles SET retired = 1, updated_at = ? WHERE seq = ?",
                 (stamp, seq))
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM highlights WHERE article_seq = ? AND orphan = 0", (seq,))]
    conn.execute("UPDATE highlights SET orphan = 1, updated = ? WHERE article_seq = ?"
                 " AND orphan = 0", (stamp, seq))
    return ids


def orphan_highlight(conn: sqlite3.Connection, highlight_id: int, stamp: str) -> None:
    conn.execute("UPDATE highlights SET orphan = 1, updated = ? WHERE id = ?",
                 (stamp, highlight_id))


def move_highlight(conn: sqlite3.Connection, highlight_id: int, start: int, end: int,
                   quote: str, prefix: str, suffix: str) -> None:
    conn.execute(
        "UPDATE highlights SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?,"
        " orphan = 0 WHERE id = ?", (start, end, quote, prefix, suffix, highlight_id),
    )
