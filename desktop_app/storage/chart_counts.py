"""Counts the window's charts draw: articles (and mentions) per page date, top names.

Rows come back per day, not per week or month: a library has a few hundred distinct
dates a year, so the grouping into periods happens once, in core/calendar_periods.py, which the
window also uses to turn a clicked bar back into dates.

Mentions (how often an article names a name, not just whether it does) are counted where
the library stores them: the ``mentions`` column of ``article_entities``, which the names
index adds (migration step 9). A library without it has article counts
only, and these functions say so by returning ``None`` for mentions.
"""

from __future__ import annotations

import sqlite3

from desktop_app.core.filters import Filters
from desktop_app.storage import library

_BATCH = 500  # keys per IN (…), well under SQLite's limit of variables


def has_mentions(conn: sqlite3.Connection) -> bool:
    """Whether entity rows carry how often their article names them."""
    return any(row[1] == "mentions" for row in conn.execute(
        "PRAGMA table_info(article_entities)"))


def _where(filters: Filters) -> tuple[str, list[object]]:
    where, params = library.filter_sql(filters)
    return ("WHERE a.date IS NOT NULL" + (f" AND {where}" if where else "")), params


def articles_per_day(conn: sqlite3.Connection, filters: Filters) -> list[tuple[str, int, int]]:
    """``(date, articles, 0)`` for the dated articles ``filters`` lets through."""
    where, params = _where(filters)
    return [(r[0], int(r[1]), 0) for r in conn.execute(
        f"SELECT a.date, count(*) FROM articles a {where} GROUP BY a.date ORDER BY a.date",
        params)]


def name_per_day(conn: sqlite3.Connection, key: str, filters: Filters
                 ) -> list[tuple[str, int, int]]:
    """``(date, articles, mentions)`` naming any variant of ``key`` (an article naming
    two variants, 湖南省 and 湖南, counts once, with both variants' mentions)."""
    if has_mentions(conn) and not library.filter_sql(filters)[0]:
        # The whole library: the rows' own dates and key_first (one row per article and
        # key), all in the names index's covering index; no article row is read.
        return [(r[0], int(r[1]), int(r[2])) for r in conn.execute(
            "SELECT date, sum(key_first), sum(mentions) FROM article_entities"
            " WHERE name_key = ? AND date IS NOT NULL GROUP BY date ORDER BY date",
            (key,))]
    where, params = _where(filters)
    mentions = "sum(e.mentions)" if has_mentions(conn) else "0"
    return [(r[0], int(r[1]), int(r[2])) for r in conn.execute(
        f"SELECT a.date, count(DISTINCT a.seq), {mentions} FROM articles a"
        f" JOIN article_entities e ON e.article_seq = a.seq"
        f" {where} AND e.name_key = ? GROUP BY a.date ORDER BY a.date",
        [*params, key])]


def top_names(conn: sqlite3.Connection, filters: Filters, limit: int,
              entity_type: str | None = None) -> list[tuple[str, str, int, int]]:
    """The ``limit`` names of most articles among those ``filters`` lets through:
    ``(key, shown text, articles, mentions)``, most articles first; the shown text is the
    variant most of them use."""
    where, params = library.filter_sql(filters)
    conditions = [where] if where else []
    if entity_type is not None:  # keys start with their type: a range on the indexed key
        conditions.append("e.name_key >= ? AND e.name_key < ?")
        params += [f"{entity_type}:", f"{entity_type};"]
    sql_where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    if not where and has_mentions(conn):
        return _top_of_library(conn, limit, entity_type)
    mentions = "sum(e.mentions)" if has_mentions(conn) else "0"
    # Unfiltered, the entity rows alone: one pass over an index holding name_key and
    # article_seq (the names index's, migration step 9) instead of a lookup per row.
    rows = ("article_entities e JOIN articles a ON a.seq = e.article_seq" if where
            else "article_entities e")
    top = [(r[0], int(r[1]), int(r[2])) for r in conn.execute(
        f"SELECT e.name_key, count(DISTINCT e.article_seq), {mentions}"
        f" FROM {rows} {sql_where}"
        f" GROUP BY e.name_key ORDER BY 2 DESC, 3 DESC, e.name_key LIMIT ?", [*params, limit])]
    shown = _most_used_variants(conn, [key for key, _a, _m in top])
    return [(key, shown.get(key, key.split(":", 1)[-1]), articles, mentions)
            for key, articles, mentions in top]


def _top_of_library(conn: sqlite3.Connection, limit: int, entity_type: str | None
                    ) -> list[tuple[str, str, int, int]]:
    """:func:`top_names` of the whole library, from the counts kept per name and variant
    (storage/name_counts.py): a few rows per name, not every entity row."""
    where, params = "", []
    if entity_type is not None:  # keys start with their type: a range of the key
        where, params = " WHERE name_key >= ? AND name_key < ?", [
            f"{entity_type}:", f"{entity_type};"]
    top = [(r[0], int(r[1]), int(r[2])) for r in conn.execute(
        f"SELECT name_key, sum(articles), sum(mentions) FROM name_counts{where}"
        f" GROUP BY name_key ORDER BY 2 DESC, 3 DESC, name_key LIMIT ?", [*params, limit])]
    variants: dict[str, list[tuple[int, str]]] = {}
    for start in range(0, len(top), _BATCH):
        batch = [key for key, _a, _m in top[start:start + _BATCH]]
        for key, text, rows in conn.execute(
                f"SELECT name_key, text, rows FROM name_counts WHERE name_key IN"
                f" ({','.join('?' * len(batch))})", batch):
            variants.setdefault(key, []).append((int(rows), text))
    # Shown: the variant in most articles, then the shortest, then the first (as
    # _most_used_variants picks it).
    return [(key, min(variants[key], key=lambda v: (-v[0], len(v[1]), v[1]))[1],
             articles, mentions) for key, articles, mentions in top]


def _most_used_variants(conn: sqlite3.Connection, keys: list[str]) -> dict[str, str]:
    shown: dict[str, str] = {}
    for start in range(0, len(keys), _BATCH):
        batch = keys[start:start + _BATCH]
        marks = ",".join("?" * len(batch))
        # Ordered so that, per key, the variant in most articles comes last (and wins).
        for key, text in conn.execute(
            f"SELECT name_key, text FROM article_entities WHERE name_key IN ({marks})"
            f" GROUP BY name_key, text ORDER BY name_key, count(*), length(text) DESC,"
            f" text DESC", batch):
            shown[key] = text
    return shown
