"""``name_tag_counts``: the names index of each tag's articles, kept by triggers (step 16).

One row per tag, name key and variant text with what grouping the tagged articles'
``article_entities`` rows by key and text gives (the columns of ``name_counts``). The
names index of one tag (the list filtered to a tag, nothing else) reads these rows:
grouping the rows of a tag on 10,000 of 100,000 articles took 1.3 s for its first screen
(docs/benchmarks.md, "Names index").

Kept whoever writes: triggers on ``article_tags`` (an article tagged or untagged adds or
takes away its rows) and on ``article_entities`` (an entity row of a tagged article
written, changed or removed counts for each of its tags). A first or last date taken away
is looked up again among the key's and text's rows of the tag's articles.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop_app.core.filters import Filters
from desktop_app.storage.name_counts import merged, taken_away

CREATE = (
    "CREATE TABLE IF NOT EXISTS name_tag_counts (tag_id INTEGER NOT NULL,"
    " name_key TEXT NOT NULL, text TEXT NOT NULL, mentions INTEGER NOT NULL,"
    " rows INTEGER NOT NULL, articles INTEGER NOT NULL, first_date TEXT,"
    " last_date TEXT, PRIMARY KEY (tag_id, name_key, text)) WITHOUT ROWID"
)
_UPSERT = merged("tag_id, name_key, text")
_INSERT = ("INSERT INTO name_tag_counts(tag_id, name_key, text, mentions, rows, articles,"
           " first_date, last_date) ")


# The first and last date of a tag's key and text, from its rows (the tag's articles
# joined); ``T`` is the counts row's tag, ``K`` its key, ``X`` its text.
_DATES = ("(SELECT {f}(e.date) FROM article_entities e JOIN article_tags t"
          " ON t.article_seq = e.article_seq WHERE t.tag_id = {T} AND e.name_key = {K}"
          " AND e.text = {X})")
_ROW = ("name_tag_counts.tag_id", "name_tag_counts.name_key", "name_tag_counts.text")
_FIRST = _DATES.format(f="min", T=_ROW[0], K=_ROW[1], X=_ROW[2])
_LAST = _DATES.format(f="max", T=_ROW[0], K=_ROW[1], X=_ROW[2])
_TAGS_OF = "(SELECT tag_id FROM article_tags WHERE article_seq = OLD.article_seq)"

# An entity row of a tagged article written: counted for each of its tags.
_ROW_ADDED = (
    f"{_INSERT}SELECT t.tag_id, NEW.name_key, NEW.text, NEW.mentions, 1, NEW.key_first,"
    f" NEW.date, NEW.date FROM article_tags t WHERE t.article_seq = NEW.article_seq"
    f" AND NEW.name_key IS NOT NULL{_UPSERT}"
)
# …taken away: from each of its article's tags (a first or last date looked up again).
_OLD_ROW = f"tag_id IN {_TAGS_OF} AND name_key = OLD.name_key AND text = OLD.text"
_ROW_REMOVED = taken_away("name_tag_counts", _OLD_ROW, _FIRST, _LAST)
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in (
    "name_key", "text", "mentions", "key_first", "date", "article_seq"))
# An article tagged: its rows counted for the tag (grouped: two types' rows of one
# article may share a key and text).
_GROUPED_OF = ("SELECT name_key, text, sum(mentions) AS mentions, count(*) AS rows,"
               " sum(key_first) AS articles, min(date) AS first_date,"
               " max(date) AS last_date FROM article_entities WHERE article_seq = {seq}"
               " AND name_key IS NOT NULL GROUP BY name_key, text")
_TAGGED = (
    f"{_INSERT}SELECT NEW.tag_id, name_key, text, mentions, rows, articles, first_date,"
    f" last_date FROM ({_GROUPED_OF.format(seq='NEW.article_seq')}) WHERE true{_UPSERT}"
)
# …untagged (its tag row already gone): its rows taken away, the dates looked up again.
_GONE = ("tag_id = OLD.tag_id AND (name_key, text) IN (SELECT name_key, text"
         " FROM article_entities WHERE article_seq = OLD.article_seq)")
_UNTAGGED = (
    f"UPDATE name_tag_counts SET mentions = name_tag_counts.mentions - gone.mentions,"
    f" rows = name_tag_counts.rows - gone.rows,"
    f" articles = name_tag_counts.articles - gone.articles"
    f" FROM ({_GROUPED_OF.format(seq='OLD.article_seq')}) AS gone"
    f" WHERE name_tag_counts.tag_id = OLD.tag_id"
    f" AND name_tag_counts.name_key = gone.name_key AND name_tag_counts.text = gone.text;"
    f" DELETE FROM name_tag_counts WHERE {_GONE} AND rows <= 0;"
    f" UPDATE name_tag_counts SET first_date = {_FIRST}, last_date = {_LAST}"
    f" WHERE {_GONE};"
)

TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS entities_counted_by_tag AFTER INSERT ON"
    f" article_entities BEGIN {_ROW_ADDED} END",
    f"CREATE TRIGGER IF NOT EXISTS entities_uncounted_by_tag AFTER DELETE ON"
    f" article_entities BEGIN {_ROW_REMOVED} END",
    f"CREATE TRIGGER IF NOT EXISTS entities_recounted_by_tag AFTER UPDATE OF name_key,"
    f" text, mentions, key_first, date, article_seq ON article_entities WHEN {_CHANGED}"
    f" BEGIN {_ROW_REMOVED} {_ROW_ADDED} END",
    f"CREATE TRIGGER IF NOT EXISTS tags_counted_names AFTER INSERT ON article_tags"
    f" BEGIN {_TAGGED} END",
    f"CREATE TRIGGER IF NOT EXISTS tags_uncounted_names AFTER DELETE ON article_tags"
    f" BEGIN {_UNTAGGED} END",
)

GROUPED = (
    "SELECT t.tag_id, e.name_key, e.text, sum(e.mentions), count(*), sum(e.key_first),"
    " min(e.date), max(e.date) FROM article_tags t JOIN article_entities e"
    " ON e.article_seq = t.article_seq WHERE e.name_key IS NOT NULL"
    " GROUP BY t.tag_id, e.name_key, e.text"
)
_COLUMNS = "name_key, text, mentions, rows, articles, first_date, last_date"


def create(conn: sqlite3.Connection) -> None:
    """The table, filled from the tagged articles' rows, and its triggers (inside the
    caller's transaction)."""
    conn.execute(CREATE)
    conn.execute("DELETE FROM name_tag_counts")
    conn.execute(f"{_INSERT}{GROUPED}")
    for trigger in TRIGGERS:
        conn.execute(trigger)


def tag_of(filters: Filters) -> str | None:
    """The tag ``filters`` holds if it holds nothing else (then its kept counts are the
    index), else None."""
    if filters.tag is None or filters != Filters(tag=filters.tag):
        return None
    return filters.tag


def _where(entity_type: str | None) -> tuple[str, list[object]]:
    where = "tag_id = (SELECT id FROM tags WHERE name = ?)"
    if entity_type is None:
        return where, []
    return where + " AND name_key >= ? AND name_key < ?", [f"{entity_type}:",
                                                          f"{entity_type};"]


def rows(conn: sqlite3.Connection, tag: str, entity_type: str | None
         ) -> list[tuple[Any, ...]]:
    """``(key, text, mentions, rows, articles, first date, last date)`` of every name of
    the articles tagged ``tag`` (of ``entity_type`` if given)."""
    where, params = _where(entity_type)
    return conn.execute(f"SELECT {_COLUMNS} FROM name_tag_counts WHERE {where}",
                        [tag, *params]).fetchall()


def top_rows(conn: sqlite3.Connection, tag: str, entity_type: str | None, limit: int
             ) -> list[tuple[Any, ...]]:
    """The rows of :func:`rows` of the ``limit`` names (keys) mentioned most."""
    where, params = _where(entity_type)
    keys = [r[0] for r in conn.execute(
        f"SELECT name_key FROM name_tag_counts WHERE {where} GROUP BY name_key"
        f" ORDER BY sum(mentions) DESC, sum(articles) DESC, name_key LIMIT ?",
        [tag, *params, limit])]
    if not keys:
        return []
    return conn.execute(
        f"SELECT {_COLUMNS} FROM name_tag_counts WHERE {where} AND name_key IN"
        f" ({', '.join('?' * len(keys))})", [tag, *params, *keys]).fetchall()
