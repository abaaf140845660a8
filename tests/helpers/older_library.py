"""Undoing schema steps on a copy, to make the file an older version wrote."""

from __future__ import annotations

import sqlite3

NAME_COUNT_TRIGGERS = ("entities_counted", "entities_uncounted", "entities_recounted")
MONTH_COUNT_TRIGGERS = tuple(f"{name}_by_month" for name in NAME_COUNT_TRIGGERS)


TAG_COUNT_TRIGGERS = (*(f"{name}_by_tag" for name in NAME_COUNT_TRIGGERS),
                      "tags_counted_names", "tags_uncounted_names")


def drop_name_month_counts(conn: sqlite3.Connection) -> None:
    """Undo step 16 (names kept per month and per tag); before any entity column is
    dropped: its triggers name them."""
    for trigger in (*MONTH_COUNT_TRIGGERS, *TAG_COUNT_TRIGGERS):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE name_month_counts")
    conn.execute("DROP TABLE name_tag_counts")


def drop_name_counts(conn: sqlite3.Connection) -> None:
    """Undo step 12 (kept name counts), and step 16 built on it; first, before any
    entity column is dropped: their triggers name them."""
    drop_name_month_counts(conn)
    for trigger in NAME_COUNT_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE name_counts")
