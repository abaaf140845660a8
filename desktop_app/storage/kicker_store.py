"""Kickers for articles stored before they were kept apart from the deck (schema step 19).

The page's text is read again where it can be (storage/page_texts.py); the articles of
PDF pages and of pages whose file is gone or changed keep ``kicker`` NULL (not known:
the reader shows their subtitle under the headline, as before) until the page is
imported again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.splitting.kickers_again import rederived_kickers
from desktop_app.storage.page_texts import readable_page_texts


def fill_kickers(conn: sqlite3.Connection, sample_dirs: Iterable[Path] = ()) -> None:
    """Set ``kicker`` where it is NULL: ``""`` on an article with no subtitle, the
    re-derived kicker where the page's text can be read again."""
    conn.execute("UPDATE articles SET kicker = '' WHERE kicker IS NULL"
                 " AND coalesce(subtitle, '') = ''")
    pages = [row[0] for row in conn.execute(
        "SELECT DISTINCT page_id FROM articles WHERE kicker IS NULL")]
    for page_id, text in readable_page_texts(conn, pages, sample_dirs):
        rows = conn.execute("SELECT seq, title, text, subtitle FROM articles"
                            " WHERE page_id = ? AND kicker IS NULL", (page_id,)).fetchall()
        kickers = rederived_kickers(text, [(t, x, s) for _, t, x, s in rows])
        conn.executemany("UPDATE articles SET kicker = ? WHERE seq = ?",
                         [(k, row[0]) for row, k in zip(rows, kickers, strict=True)
                          if k is not None])
