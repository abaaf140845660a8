"""Subhead positions for articles stored before they were (migration step 6).

The page's text is read again where it can be (storage/page_texts.py); PDF pages and
pages whose file is gone or changed keep their subheads with positions unknown
(``null``) until the page is imported again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.splitting.subhead_positions import rederived_positions
from desktop_app.storage.page_texts import readable_page_texts


def fill_subhead_positions(conn: sqlite3.Connection, sample_dirs: Iterable[Path] = ()) -> None:
    """Set ``subhead_positions`` on every article where it is NULL: ``[]`` without
    subheads, the re-derived positions where the page's text can be read again."""
    conn.execute("UPDATE articles SET subhead_positions = '[]' WHERE subhead_positions IS NULL"
                 " AND coalesce(subheads, '[]') = '[]'")
    pages = [row[0] for row in conn.execute(
        "SELECT DISTINCT a.page_id FROM articles a WHERE a.subhead_positions IS NULL")]
    for page_id, text in readable_page_texts(conn, pages, sample_dirs):
        rows = conn.execute("SELECT seq, text, subheads FROM articles WHERE page_id = ?"
                            " AND subhead_positions IS NULL", (page_id,)).fetchall()
        stored = [(row[1], json.loads(row[2] or "[]")) for row in rows]
        for (seq, *_), positions in zip(rows, rederived_positions(text, stored), strict=True):
            if positions is not None:
                conn.execute("UPDATE articles SET subhead_positions = ? WHERE seq = ?",
                             (json.dumps(positions), seq))
