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
from desktop_app.storage.page_texts import refill_from_pages


def fill_kickers(conn: sqlite3.Connection, sample_dirs: Iterable[Path] = ()) -> None:
    """Set ``kicker`` where it is NULL: ``""`` on an article with no subtitle, the
    re-derived kicker where the page's text can be read again."""
    conn.execute("UPDATE articles SET kicker = '' WHERE kicker IS NULL"
                 " AND coalesce(subtitle, '') = ''")
    refill_from_pages(conn, "kicker", ("title", "text", "subtitle"), rederived_kickers,
                      sample_dirs)
