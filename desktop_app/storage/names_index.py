"""The names index: every name's key with its counts, dates and variants; renames and merges.

Read from ``article_entities`` (one row per article, name text and type, with the user's
corrections applied), whose ``name_key`` groups the variants of a name (湖南省 and 湖南 are
``LOC:湖南``) and whose ``mentions`` says how often the article names it (version 9);
for the whole library, from the counts kept per key and text (storage/name_counts.py,
version 12); for whole months or one tag, from those kept per month and per tag
(storage/name_months.py, storage/name_tags.py, version 16).

The user corrects the index itself through ``name_corrections`` (version 9), one row per
key: ``name`` shows the key under a name of the user's choice; ``merged_into`` makes it
part of another key. A merge is applied where the key is stored: every row of the merged
key takes the target key (here, and whenever an article's rows are written again), so the
filter, the counts and this index all follow it without knowing about merges.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.spans import Corrections
from desktop_app.storage import library, name_counts, name_months, name_tags


@dataclass(frozen=True)
class NameVariant:
    text: str
    mentions: int
    articles: int


@dataclass
class NameEntry:
    """One name of the index: all the variants sharing ``key``."""

    key: str
    type: str
    name: str  # the user's name for it, else its most frequent variant
    mentions: int
    articles: int
    first_date: str | None
    last_date: str | None
    variants: list[NameVariant] = field(default_factory=list)
    renamed: bool = False  # ``name`` is the user's

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key, "type": self.type, "name": self.name,
            "variants": [v.text for v in self.variants], "mentions": self.mentions,
            "articles": self.articles, "first_date": self.first_date,
            "last_date": self.last_date,
        }


def names(conn: sqlite3.Connection, filters: Filters = NO_FILTERS,
          entity_type: str | None = None, limit: int | None = None) -> list[NameEntry]:
    """Every name of the articles ``filters`` lets through (of ``entity_type`` if given),
    most mentioned first; the first ``limit`` only, if given (a first screen: only
    those names' entries are built)."""
    where, params = library.filter_sql(filters)
    if not where:
        # The whole library's index from the counts kept per name and variant (version
        # 12): its first screen in a tenth of a second where every name takes a second
        # at 100,000 articles (docs/benchmarks.md).
        return _entries(conn, name_counts.rows(conn, entity_type) if limit is None
                        else name_counts.top_rows(conn, entity_type, limit))
    tag = name_tags.tag_of(filters)
    if tag is not None:  # one tag: its kept counts (version 16)
        return _entries(conn, name_tags.rows(conn, tag, entity_type) if limit is None
                        else name_tags.top_rows(conn, tag, entity_type, limit))
    months = name_months.months_of(filters)
    if months is not None:  # whole months: their kept counts (version 16)
        return _entries(conn, name_months.rows(conn, months, entity_type) if limit is None
                        else name_months.top_rows(conn, months, entity_type, limit))
    grouped = _grouped(conn, where, params, entity_type)
    return _entries(conn, grouped if limit is None else _top(grouped, limit))


def _grouped(conn: sqlite3.Connection, where: str, params: list[object],
             entity_type: str | None) -> list[tuple[Any, ...]]:
    """The rows of :func:`name_counts.rows` for the articles ``where`` selects: their
    entity rows grouped by key and variant."""
    conditions = [where]
    if entity_type is not None:
        # Keys start with their type: a range on the indexed key, not a LIKE.
        conditions.append("e.name_key >= ? AND e.name_key < ?")
        params = [*params, f"{entity_type}:", f"{entity_type};"]
    return conn.execute(
        f"SELECT e.name_key, e.text, sum(e.mentions), count(*), sum(e.key_first),"
        f" min(e.date), max(e.date) FROM articles a JOIN article_entities e"
        f" ON e.article_seq = a.seq WHERE {' AND '.join(conditions)}"
        f" GROUP BY e.name_key, e.text", params).fetchall()


def _top(grouped: list[tuple[Any, ...]], limit: int) -> list[tuple[Any, ...]]:
    """The rows of ``grouped`` of the ``limit`` names mentioned most (ties: more
    articles, then key), as :func:`_entries` orders them: summing per key is cheap,
    building an entry for each of 50,000 names is not."""
    totals: dict[str, list[int]] = {}
    for key, _text, mentions, _rows, articles, _first, _last in grouped:
        total = totals.get(key)
        if total is None:
            totals[key] = [mentions, articles]
        else:
            total[0] += mentions
            total[1] += articles
    kept = set(heapq.nsmallest(limit, totals, key=lambda k: (-totals[k][0], -totals[k][1], k)))
    return [row for row in grouped if row[0] in kept]


def _entries(conn: sqlite3.Connection, grouped: Iterable[tuple[Any, ...]]
             ) -> list[NameEntry]:
    """Grouped rows (key, text, mentions, rows, articles, first, last) as the index's
    entries, most mentioned first."""
    entries: dict[str, NameEntry] = {}
    for key, text, mentions, rows_, articles, first, last in grouped:
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = NameEntry(key, key.split(":", 1)[0], "", 0, 0, first, last)
        else:
            entry.first_date = _earlier(entry.first_date, first)
            entry.last_date = _later(entry.last_date, last)
        entry.mentions += int(mentions)
        # An article naming two variants counts once: on one of its rows only.
        entry.articles += int(articles)
        entry.variants.append(NameVariant(text, int(mentions), int(rows_)))
    renamed = dict(conn.execute(
        "SELECT key, name FROM name_corrections WHERE name IS NOT NULL"))
    for entry in entries.values():
        entry.variants.sort(key=lambda v: (-v.mentions, -v.articles, len(v.text), v.text))
        entry.renamed = entry.key in renamed
        entry.name = renamed.get(entry.key) or entry.variants[0].text
    return sorted(entries.values(), key=lambda e: (-e.mentions, -e.articles, e.key))


def _earlier(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _later(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def resolve_key(conn: sqlite3.Connection, key: str) -> str:
    """``key``, or the key it was merged into."""
    row = conn.execute("SELECT merged_into FROM name_corrections WHERE key = ?"
                       " AND merged_into IS NOT NULL", (key,)).fetchone()
    return str(row[0]) if row else key


def merged_keys(conn: sqlite3.Connection, key: str) -> list[str]:
    """The keys the user merged into ``key``."""
    return [r[0] for r in conn.execute(
        "SELECT key FROM name_corrections WHERE merged_into = ? ORDER BY key", (key,))]


def display_name(conn: sqlite3.Connection, key: str) -> str | None:
    """The user's name for ``key``, if it was renamed."""
    row = conn.execute("SELECT name FROM name_corrections WHERE key = ?", (key,)).fetchone()
    return row[0] if row and row[0] else None


def commonest_variant(conn: sqlite3.Connection, key: str) -> str | None:
    """The variant of ``key`` mentioned most often."""
    row = conn.execute("SELECT text FROM article_entities WHERE name_key = ? GROUP BY text"
                       " ORDER BY sum(mentions) DESC, count(*) DESC, length(text), text"
                       " LIMIT 1", (key,)).fetchone()
    return row[0] if row else None


def rename(conn: sqlite3.Connection, key: str, name: str | None, now: str) -> None:
    """Show ``key`` as ``name`` (None or empty: as its most frequent variant again)."""
    key = resolve_key(conn, key)
    conn.execute(
        "INSERT INTO name_corrections(key, name, merged_into, updated) VALUES (?, ?, NULL, ?)"
        " ON CONFLICT(key) DO UPDATE SET name = excluded.name, updated = excluded.updated",
        (key, name or None, now))
    _drop_empty(conn)


def merge(conn: sqlite3.Connection, key: str, into: str, now: str) -> str:
    """Make ``key`` part of ``into``: its rows take that key, now and on later writes.
    Returns the key merged into (``into`` itself, or what it was merged into before)."""
    target = resolve_key(conn, into)
    key = resolve_key(conn, key)
    if key == target:
        return target
    # Keys merged into ``key`` before now follow it, so no merge points at a merged key.
    conn.execute("UPDATE name_corrections SET merged_into = ?, updated = ?"
                 " WHERE merged_into = ?", (target, now, key))
    conn.execute(
        "INSERT INTO name_corrections(key, name, merged_into, updated) VALUES (?, NULL, ?, ?)"
        " ON CONFLICT(key) DO UPDATE SET name = NULL, merged_into = excluded.merged_into,"
        " updated = excluded.updated", (key, target, now))
    # Two variants of one article may now share a key: rows stay distinct by text.
    conn.execute("UPDATE article_entities SET name_key = ? WHERE name_key = ?", (target, key))
    conn.execute(library.FIRST_OF_KEY + " WHERE name_key = ?", (target,))
    return target


def unmerge(conn: sqlite3.Connection, key: str) -> None:
    """Undo :func:`merge` of ``key``: its variants get their own key again."""
    row = conn.execute("SELECT merged_into FROM name_corrections WHERE key = ?",
                       (key,)).fetchone()
    if row is None or row[0] is None:
        return
    from desktop_app.core.extraction.name_keys import name_key  # see library._insert_entity_rows

    conn.execute("UPDATE name_corrections SET merged_into = NULL WHERE key = ?", (key,))
    _drop_empty(conn)
    pairs = conn.execute("SELECT DISTINCT text, type FROM article_entities"
                         " WHERE name_key = ?", (row[0],)).fetchall()
    conn.executemany(
        "UPDATE article_entities SET name_key = ? WHERE name_key = ? AND text = ?"
        " AND type = ?",
        [(key, row[0], text, type_) for text, type_ in pairs if name_key(text, type_) == key])
    conn.execute(library.FIRST_OF_KEY + " WHERE name_key IN (?, ?)", (key, row[0]))


def _drop_empty(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM name_corrections WHERE name IS NULL AND merged_into IS NULL")


def fill_mentions(conn: sqlite3.Connection, corrections: Corrections) -> None:
    """Set ``mentions`` on the rows of every article (the column defaults to 1)."""
    for seq, text, entities in conn.execute("SELECT seq, text, entities FROM articles"
                                            ).fetchall():
        counts = library.entity_counts(text, entities, corrections)
        conn.executemany(
            "UPDATE article_entities SET mentions = ? WHERE article_seq = ? AND text = ?"
            " AND type = ?",
            [(n, seq, word, type_) for (word, type_), n in counts.items() if n > 1])
