"""``name_month_counts``: the names index of each month, kept by triggers (schema step 16).

One row per month of page date (``YYYY-MM``), name key and variant text, with what
grouping that month's ``article_entities`` rows by key and text gives: mentions, rows,
articles (rows with ``key_first``), first and last date. The names index of whole months
(the list filtered to March, or to a quarter; no other filter) reads these rows instead
of grouping the month's entity rows: at 100,000 articles a month's 166,000 rows took
0.3-0.6 s to rank in SQL and seconds to list, its 55,000 kept rows a tenth of that
(docs/benchmarks.md, "Names index"). Other filters (a tag, a kind, part of a month)
still group the rows of the articles they select (storage/names_index.py).

Kept like ``name_counts`` (storage/name_counts.py), whoever writes the rows; an undated
row has no month and no row here (a date filter never selects it). A first or last date
taken away is looked up again among the key's and text's rows of that month (the
covering index ``idx_article_entities_names`` holds them together).
"""

from __future__ import annotations

import calendar
import sqlite3
from typing import Any

from desktop_app.core.filters import Filters
from desktop_app.storage.name_counts import merged, taken_away

CREATE = (
    "CREATE TABLE IF NOT EXISTS name_month_counts (month TEXT NOT NULL,"
    " name_key TEXT NOT NULL, text TEXT NOT NULL, mentions INTEGER NOT NULL,"
    " rows INTEGER NOT NULL, articles INTEGER NOT NULL, first_date TEXT NOT NULL,"
    " last_date TEXT NOT NULL, PRIMARY KEY (month, name_key, text)) WITHOUT ROWID"
)
_ADD = (
    "INSERT INTO name_month_counts(month, name_key, text, mentions, rows, articles,"
    " first_date, last_date) SELECT substr(NEW.date, 1, 7), NEW.name_key, NEW.text,"
    " NEW.mentions, 1, NEW.key_first, NEW.date, NEW.date WHERE NEW.name_key IS NOT NULL"
    " AND NEW.date IS NOT NULL" + merged("month, name_key, text")
)
_SAME = ("month = substr(OLD.date, 1, 7) AND name_key = OLD.name_key"
         " AND text = OLD.text")
# The key's and text's rows of the month (the month's dates sort between "YYYY-MM"
# and "YYYY-MM~").
_OF_MONTH = ("FROM article_entities WHERE name_key = OLD.name_key AND text = OLD.text"
             " AND date >= substr(OLD.date, 1, 7) AND date < substr(OLD.date, 1, 7) || '~'")
_REMOVE = taken_away("name_month_counts", _SAME,
                     f"coalesce((SELECT min(date) {_OF_MONTH}), first_date)",
                     f"coalesce((SELECT max(date) {_OF_MONTH}), last_date)")
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in (
    "name_key", "text", "mentions", "key_first", "date"))
TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS entities_counted_by_month AFTER INSERT ON"
    f" article_entities BEGIN {_ADD} END",
    f"CREATE TRIGGER IF NOT EXISTS entities_uncounted_by_month AFTER DELETE ON"
    f" article_entities WHEN OLD.date IS NOT NULL BEGIN {_REMOVE} END",
    f"CREATE TRIGGER IF NOT EXISTS entities_recounted_by_month AFTER UPDATE OF name_key,"
    f" text, mentions, key_first, date ON article_entities WHEN {_CHANGED}"
    f" BEGIN {_REMOVE} {_ADD} END",
)

GROUPED = (
    "SELECT substr(date, 1, 7), name_key, text, sum(mentions), count(*), sum(key_first),"
    " min(date), max(date) FROM article_entities WHERE name_key IS NOT NULL"
    " AND date IS NOT NULL GROUP BY 1, 2, 3"
)
_COLUMNS = "name_key, text, sum(mentions), sum(rows), sum(articles), min(first_date)," \
           " max(last_date)"


def create(conn: sqlite3.Connection) -> None:
    """The table, filled from the rows, and its triggers (inside the caller's
    transaction)."""
    conn.execute(CREATE)
    conn.execute("DELETE FROM name_month_counts")
    conn.execute(f"INSERT INTO name_month_counts(month, name_key, text, mentions, rows,"
                 f" articles, first_date, last_date) {GROUPED}")
    for trigger in TRIGGERS:
        conn.execute(trigger)


def months_of(filters: Filters) -> tuple[str, str] | None:
    """The first and last month (``YYYY-MM``; either "" for open) that ``filters``
    selects if it is only a date range of whole months (from the first of one month to
    the end of another), else None: the articles of those months are what it selects."""
    if (filters.date_from is None and filters.date_to is None) or filters != Filters(
            date_from=filters.date_from, date_to=filters.date_to):
        return None
    first = last = ""
    if (start := filters.date_from) is not None:
        if len(start) != 10 or not start.endswith("-01"):
            return None
        first = start[:7]
    if (end := filters.date_to) is not None:
        if len(end) == 10:
            try:
                days = calendar.monthrange(int(end[:4]), int(end[5:7]))[1]
            except ValueError:
                return None
            if end[8:] != f"{days:02d}":
                return None
        elif len(end) != 7:
            return None
        last = end[:7]
    return first, last


def _months(conn: sqlite3.Connection, months: tuple[str, str]) -> list[str]:
    """Every month from the first to the last of ``months`` (an open end: the library's
    first or last month), each named: SQLite then seeks each month's rows by the key,
    in name order (one month: no sort to group them)."""
    first, last = months
    if not first or not last:
        low, high = conn.execute("SELECT min(month), max(month) FROM name_month_counts"
                                 ).fetchone()
        if low is None:
            return []
        first, last = first or low, last or high
    try:
        year, month = int(first[:4]), int(first[5:7])
        end = (int(last[:4]), int(last[5:7]))
    except ValueError:
        return []
    named = []
    while (year, month) <= end:
        named.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return named


def _where(conn: sqlite3.Connection, months: tuple[str, str], entity_type: str | None
           ) -> tuple[str, list[object]]:
    named = _months(conn, months)
    parts = [f"month IN ({', '.join('?' * len(named))})" if len(named) != 1 else "month = ?"]
    params: list[object] = list(named)
    if entity_type is not None:  # keys start with their type
        parts.append("name_key >= ? AND name_key < ?")
        params += [f"{entity_type}:", f"{entity_type};"]
    return " AND ".join(parts), params


def rows(conn: sqlite3.Connection, months: tuple[str, str], entity_type: str | None
         ) -> list[tuple[Any, ...]]:
    """``(key, text, mentions, rows, articles, first date, last date)`` of every name of
    ``months`` (of ``entity_type`` if given), as grouping their entity rows gives them."""
    where, params = _where(conn, months, entity_type)
    return conn.execute(f"SELECT {_COLUMNS} FROM name_month_counts WHERE {where}"
                        f" GROUP BY name_key, text", params).fetchall()


def top_rows(conn: sqlite3.Connection, months: tuple[str, str], entity_type: str | None,
             limit: int) -> list[tuple[Any, ...]]:
    """The rows of :func:`rows` of the ``limit`` names (keys) mentioned most in
    ``months``: the first screen of their index."""
    where, params = _where(conn, months, entity_type)
    keys = [r[0] for r in conn.execute(
        f"SELECT name_key FROM name_month_counts WHERE {where} GROUP BY name_key"
        f" ORDER BY sum(mentions) DESC, sum(articles) DESC, name_key LIMIT ?",
        [*params, limit])]
    if not keys:
        return []
    # Each month's rows of each key found, by the table's key.
    return conn.execute(
        f"SELECT {_COLUMNS} FROM name_month_counts WHERE {where} AND name_key IN"
        f" ({', '.join('?' * len(keys))}) GROUP BY name_key, text",
        [*params, *keys]).fetchall()
