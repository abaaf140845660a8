"""Undoing schema steps on a copy, to make the file an older version wrote."""

from __future__ import annotations

import sqlite3

NAME_COUNT_TRIGGERS = ("entities_counted", "entities_uncounted", "entities_recounted")


def drop_name_counts(conn: sqlite3.Connection) -> None:
    """Undo step 12 (kept name counts); first, before any entity column is dropped: its
    triggers name them."""
    for trigger in NAME_COUNT_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE name_counts")
