"""Finding articles by the page they came from: for export and note import.

A page's content hash is the same in every library, so an export carries it and a note
import finds the same articles again by it. Reached through the library service
(``page_hashes``, ``articles_on_page``, ``has_article``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

_BATCH = 500  # well under SQLite's limit on bound variables


def page_hashes(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """Content hash of the page each article came from: the same page has the same hash
    in every library, whatever the file was called or where it was imported."""
    found: dict[str, str] = {}
    for i in range(0, len(article_ids), _BATCH):
        batch = list(article_ids[i:i + _BATCH])
        marks = ",".join("?" * len(batch))
        found.update(conn.execute(
            "SELECT a.id, p.content_hash FROM articles a JOIN pages p ON p.id = a.page_id"
            f" WHERE a.id IN ({marks})", batch,
        ).fetchall())
    return found


def article_seq(conn: sqlite3.Connection, article_id: str) -> int | None:
    row = conn.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def articles_on_page(conn: sqlite3.Connection, page_hash: str, title: str) -> list[str]:
    """Ids of articles with this title on a page with this content hash, current first."""
    return [r[0] for r in conn.execute(
        "SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id"
        " WHERE p.content_hash = ? AND a.title = ? ORDER BY a.retired, a.position, a.seq",
        (page_hash, title),
    )]
