"""Which articles the reader has read: one ``article_reads`` row per read article.

A row says the article was read (``read_at``, the first time); no row, unread. A table
of its own rather than a column on ``articles``: the importer rewrites article rows,
and marking an article read must not look like a change to its text. Rows go with
their article (``ON DELETE CASCADE``): a read mark is no user data worth keeping an
article for, unlike notes and highlights.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from desktop_app.core.filters import Filters
from desktop_app.storage import library

CREATE = ("CREATE TABLE IF NOT EXISTS article_reads ("
          "article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,"
          " read_at TEXT NOT NULL)")


def mark_read(conn: sqlite3.Connection, seqs: Sequence[int], at: str) -> int:
    """Mark ``seqs`` read (an article read before keeps its first time); how many were
    unread."""
    before = conn.total_changes
    conn.executemany("INSERT OR IGNORE INTO article_reads(article_seq, read_at) VALUES (?, ?)",
                     [(seq, at) for seq in seqs])
    return conn.total_changes - before


def mark_unread(conn: sqlite3.Connection, seqs: Sequence[int]) -> int:
    before = conn.total_changes
    conn.executemany("DELETE FROM article_reads WHERE article_seq = ?", [(s,) for s in seqs])
    return conn.total_changes - before


def mark_all_read(conn: sqlite3.Connection, filters: Filters, at: str) -> list[str]:
    """Mark every article ``filters`` selects read; the ids of those that were unread."""
    where, params = library.filter_sql(filters)
    unread = "a.seq NOT IN (SELECT article_seq FROM article_reads)"
    where = f"{where} AND {unread}" if where else unread
    rows = conn.execute(f"SELECT a.seq, a.id FROM articles a WHERE {where}", params).fetchall()
    mark_read(conn, [seq for seq, _ in rows], at)
    return [id_ for _, id_ in rows]


def is_read(conn: sqlite3.Connection, seq: int) -> bool:
    return conn.execute("SELECT 1 FROM article_reads WHERE article_seq = ?",
                        (seq,)).fetchone() is not None


def count_unread(conn: sqlite3.Connection, filters: Filters) -> int:
    where, params = library.filter_sql(filters)
    unread = "a.seq NOT IN (SELECT article_seq FROM article_reads)"
    where = f"{where} AND {unread}" if where else unread
    return int(conn.execute(f"SELECT count(*) FROM articles a WHERE {where}",
                            params).fetchone()[0])
