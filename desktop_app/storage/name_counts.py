"""``name_counts``: the names index of the whole library, kept by triggers (version 12).

One row per name key and variant text with what grouping ``article_entities`` by them
gives: mentions, rows (articles naming the variant), articles (rows with ``key_first``,
summed per key: articles naming any variant), first and last date. Listing every name of
100,000 articles by grouping two million entity rows took seconds (docs/benchmarks.md,
"Names index"); reading this table takes a fraction of that. Whole months and one tag
have counts kept the same way (storage/name_months.py, storage/name_tags.py); other
filtered listings group the rows of the articles selected (storage/names_index.py).

Triggers on ``article_entities`` keep it whoever writes the rows (import, re-import,
corrections, merges, a changed article date). Counts are added and taken away; a date
taken away that was the first or last one is looked up again among the key's and text's
rows (the covering index ``idx_article_entities_names`` holds them together).
"""

from __future__ import annotations

import sqlite3

CREATE = (
    "CREATE TABLE IF NOT EXISTS name_counts (name_key TEXT NOT NULL, text TEXT NOT NULL,"
    " mentions INTEGER NOT NULL, rows INTEGER NOT NULL, articles INTEGER NOT NULL,"
    " first_date TEXT, last_date TEXT, PRIMARY KEY (name_key, text)) WITHOUT ROWID"
)



def merged(key: str) -> str:
    """The ``ON CONFLICT`` clause that adds a counts row being inserted into the kept row
    of the same ``key`` (its columns): this table's, and the month's and tag's tables'
    (storage/name_months.py, storage/name_tags.py). min() and max() of SQLite return NULL
    when an argument is NULL, while the grouped query's aggregates skip NULL dates:
    coalesce picks the known one."""
    return (f" ON CONFLICT({key}) DO UPDATE SET"
            " mentions = mentions + excluded.mentions, rows = rows + excluded.rows,"
            " articles = articles + excluded.articles,"
            " first_date = coalesce(min(first_date, excluded.first_date), first_date,"
            " excluded.first_date),"
            " last_date = coalesce(max(last_date, excluded.last_date), last_date,"
            " excluded.last_date);")


def taken_away(table: str, row: str, first: str, last: str) -> str:
    """The statements that take an entity row (``OLD``) out of ``table``'s kept rows
    matching ``row``, and drop those left with none: this table's, and the month's and
    tag's tables'. A first or last date taken away is found again with ``first`` and
    ``last`` (SQL over the rows left)."""
    return (f"UPDATE {table} SET mentions = mentions - OLD.mentions, rows = rows - 1,"
            " articles = articles - OLD.key_first,"
            f" first_date = CASE WHEN OLD.date = first_date THEN {first} ELSE first_date END,"
            f" last_date = CASE WHEN OLD.date = last_date THEN {last} ELSE last_date END"
            f" WHERE {row};"
            f" DELETE FROM {table} WHERE {row} AND rows <= 0;")


# A row without a key (none since version 5) is not a name of the index.
_ADD = (
    "INSERT INTO name_counts(name_key, text, mentions, rows, articles, first_date,"
    " last_date) SELECT NEW.name_key, NEW.text, NEW.mentions, 1, NEW.key_first, NEW.date,"
    " NEW.date WHERE NEW.name_key IS NOT NULL" + merged("name_key, text")
)
_SAME = "name_key = OLD.name_key AND text = OLD.text"
_REMOVE = taken_away("name_counts", _SAME,
                     f"(SELECT min(date) FROM article_entities WHERE {_SAME})",
                     f"(SELECT max(date) FROM article_entities WHERE {_SAME})")
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in (
    "name_key", "text", "mentions", "key_first", "date"))

TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS entities_counted AFTER INSERT ON article_entities"
    f" BEGIN {_ADD} END",
    f"CREATE TRIGGER IF NOT EXISTS entities_uncounted AFTER DELETE ON article_entities"
    f" BEGIN {_REMOVE} END",
    # Setting key_first again touches every row of a key: only real changes count.
    f"CREATE TRIGGER IF NOT EXISTS entities_recounted AFTER UPDATE OF name_key, text,"
    f" mentions, key_first, date ON article_entities WHEN {_CHANGED}"
    f" BEGIN {_REMOVE} {_ADD} END",
)

GROUPED = (
    "SELECT name_key, text, sum(mentions), count(*), sum(key_first), min(date), max(date)"
    " FROM article_entities WHERE name_key IS NOT NULL GROUP BY name_key, text"
)


def create(conn: sqlite3.Connection) -> None:
    """The table, filled from the rows, and its triggers (inside the caller's
    transaction)."""
    conn.execute(CREATE)
    conn.execute("DELETE FROM name_counts")
    conn.execute(f"INSERT INTO name_counts(name_key, text, mentions, rows, articles,"
                 f" first_date, last_date) {GROUPED}")
    for trigger in TRIGGERS:
        conn.execute(trigger)


def rows(conn: sqlite3.Connection, entity_type: str | None = None
         ) -> sqlite3.Cursor:
    """``(key, text, mentions, rows, articles, first date, last date)`` of every name
    of the library (of ``entity_type`` if given), as the grouped query gives them."""
    sql = ("SELECT name_key, text, mentions, rows, articles, first_date, last_date"
           " FROM name_counts")
    if entity_type is None:
        return conn.execute(sql)
    # Keys start with their type: a range of the table's key.
    return conn.execute(sql + " WHERE name_key >= ? AND name_key < ?",
                        (f"{entity_type}:", f"{entity_type};"))


def top_rows(conn: sqlite3.Connection, entity_type: str | None, limit: int
             ) -> list[tuple[object, ...]]:
    """The rows of :func:`rows` of the ``limit`` names (keys) mentioned most, all their
    variants' rows: the first screen of the index without building every entry."""
    where, params = "", []
    if entity_type is not None:
        where, params = " WHERE name_key >= ? AND name_key < ?", [
            f"{entity_type}:", f"{entity_type};"]
    keys = [r[0] for r in conn.execute(
        f"SELECT name_key FROM name_counts{where} GROUP BY name_key"
        f" ORDER BY sum(mentions) DESC, sum(articles) DESC, name_key LIMIT ?",
        [*params, limit])]
    found: list[tuple[object, ...]] = []
    for start in range(0, len(keys), 500):  # under SQLite's limit of variables
        batch = keys[start:start + 500]
        found += conn.execute(
            "SELECT name_key, text, mentions, rows, articles, first_date, last_date"
            f" FROM name_counts WHERE name_key IN ({', '.join('?' * len(batch))})",
            batch).fetchall()
    return found
