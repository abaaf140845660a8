"""A library as an earlier version's rules left it, for the tests of analysing it again."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def as_if_an_earlier_version(path: Path) -> None:
    """What a library looks like to this version when an earlier one's rules found
    nothing at all: no version recorded, no run under way, no numbers, names or figures."""
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE articles SET numbers = '[]', entities = '[]'")
        conn.execute("DELETE FROM facts")
        conn.execute("DELETE FROM article_entities")
        conn.execute("DELETE FROM meta WHERE key IN ('analysis_version', 'reanalysis')")


def count_articles(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
