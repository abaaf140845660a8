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
from typing import Any

from desktop_app.core.splitting.subhead_positions import rederived_positions
from desktop_app.storage.page_texts import refill_from_pages


def fill_subhead_positions(conn: sqlite3.Connection, sample_dirs: Iterable[Path] = ()) -> None:
    """Set ``subhead_positions`` on every article where it is NULL: ``[]`` without
    subheads, the re-derived positions where the page's text can be read again."""
    conn.execute("UPDATE articles SET subhead_positions = '[]' WHERE subhead_positions IS NULL"
                 " AND coalesce(subheads, '[]') = '[]'")

    def rederive(text: str, rows: list[tuple[Any, ...]]) -> list[list[int] | None]:
        return rederived_positions(text, [(body, json.loads(heads or "[]"))
                                          for body, heads in rows])

    refill_from_pages(conn, "subhead_positions", ("text", "subheads"), rederive, sample_dirs,
                      json.dumps)
