"""Numbered schema steps; ``PRAGMA user_version`` says how many have run.

Step N turns a version N-1 library into version N. Each runs in its own transaction
(see :mod:`desktop_app.storage.db`), after a backup copy of the file has been taken.
Never edit a released step: add a new one. docs/schema.md describes the result.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.storage import search_index

if TYPE_CHECKING:  # imported by storage/db.py when a migration runs
    import sqlite_utils

Step = Callable[["sqlite_utils.Database"], None]


def _add_column(db: sqlite_utils.Database, table: str, column: str, declaration: str
                ) -> None:
    """``table`` gets ``column`` unless it has it already, so a step can run on a table
    made with it."""
    if column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("pages").create(
        {
            "id": int, "source_path": str, "content_hash": str, "imported_at": str,
            "updated_at": str, "date": str, "page_no": str, "editor": str, "section": str,
            "encoding": str, "chars": int,
        },
        pk="id", not_null={"source_path", "content_hash", "imported_at"},
    )
    db.table("pages").create_index(["source_path"], unique=True)
    db.table("pages").create_index(["content_hash"])
    db.table("articles").create(
        {
            "seq": int, "id": str, "page_id": int, "position": int,
            "date": str, "page_no": str, "section": str,
            "title": str, "subtitle": str, "byline": str, "authors": str, "dateline": str,
            "kind": str, "subheads": str, "text": str,
            "source_start": int, "source_end": int, "paragraph_spans": str,
            "numbers": str, "entities": str, "chars": int,
            "imported_at": str, "updated_at": str, "retired": int,
        },
        pk="seq", foreign_keys=[("page_id", "pages", "id")],
        not_null={"id", "page_id", "title", "kind", "text", "imported_at"},
        defaults={"retired": 0, "position": 0},
    )
    db.table("articles").create_index(["id"], unique=True)
    db.table("articles").create_index(["date", "page_no", "position"])
    db.table("articles").create_index(["page_id", "position"])
    db.table("articles").create_index(["kind"])
    db.table("articles").create_index(["title"])
    db.table("article_entities").create(
        {"article_seq": int, "text": str, "type": str},
        pk=("article_seq", "text", "type"),
        foreign_keys=[("article_seq", "articles", "seq")],
    )
    db.table("article_entities").create_index(["text"])
    db.table("notes").create(
        {"article_seq": int, "markdown": str, "created": str, "updated": str},
        pk="article_seq", foreign_keys=[("article_seq", "articles", "seq")],
        not_null={"markdown", "created", "updated"},
    )
    db.table("highlights").create(
        {
            "id": int, "article_seq": int, "start": int, "end": int, "quote": str,
            "prefix": str, "suffix": str, "color": str, "note": str,
            "created": str, "updated": str, "orphan": int,
        },
        pk="id", foreign_keys=[("article_seq", "articles", "seq")],
        not_null={"article_seq", "start", "end", "quote", "color", "created", "updated"},
        defaults={"prefix": "", "suffix": "", "note": "", "orphan": 0},
    )
    db.table("highlights").create_index(["article_seq", "start"])
    db.table("tags").create({"id": int, "name": str}, pk="id", not_null={"name"})
    db.table("tags").create_index(["name"], unique=True)
    db.table("article_tags").create(
        {"article_seq": int, "tag_id": int},
        pk=("article_seq", "tag_id"),
        foreign_keys=[("article_seq", "articles", "seq"), ("tag_id", "tags", "id")],
    )
    db.table("article_tags").create_index(["tag_id"])
    db.table("entity_corrections").create(
        {"text": str, "action": str, "type": str, "updated": str},
        pk="text", not_null={"action", "updated"},
    )
    # Contentless: the token text is three times the article text and is rebuilt from
    # the tables on demand (search_index.py), so storing it would only cost space.
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, content='', tokenize='ascii', detail=full)"
    )
    # Notes, highlights and tags change often and are small: an ordinary FTS5 table,
    # whose rows can be replaced by rowid without knowing what they held.
    db.execute("CREATE VIRTUAL TABLE search_user USING fts5(user, tokenize='ascii')")
    # Any writer (this app, sqlite-utils, Datasette) marks the articles whose user text
    # changed; search_index.flush_user() re-indexes them before the next search.
    db.table("search_dirty").create({"article_seq": int}, pk="article_seq")
    for table in ("notes", "highlights", "article_tags"):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            db.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_dirty AFTER {event} ON {table} "
                f"BEGIN INSERT OR IGNORE INTO search_dirty VALUES ({row}.article_seq); END"
            )
        db.execute(
            f"CREATE TRIGGER {table}_move_dirty AFTER UPDATE OF article_seq ON {table} "
            "BEGIN INSERT OR IGNORE INTO search_dirty VALUES (OLD.article_seq); END"
        )
    db.execute(
        "CREATE TRIGGER tags_rename_dirty AFTER UPDATE OF name ON tags BEGIN "
        "INSERT OR IGNORE INTO search_dirty SELECT article_seq FROM article_tags "
        "WHERE tag_id = NEW.id; END"
    )


def _v2_char_index(db: sqlite_utils.Database) -> None:
    """One-character search through an index of each text's distinct characters.

    A one-character query used to be a prefix query on the bigrams (p95 0.5 s at 100k
    articles). Which articles hold a character is all it needs, so no positions are
    kept (detail=column): about a tenth of the bigram index's size, where an FTS5
    prefix index on the bigrams would have added half again. docs/search.md has the
    figures. Existing articles are indexed here, in the step's transaction.
    """
    db.execute(
        "CREATE VIRTUAL TABLE search_chars USING fts5("
        "title, body, content='', tokenize='ascii', detail=column)"
    )
    search_index.fill_chars(db.conn)


# The content hashes (core.reading's cleaned text, SHA-256) of the five sample pages
# bundled before version 3. Frozen with the step: a later change to seeds/ must not
# change what this step marked.
SEED_HASHES_V3 = (
    "f4e3243fcfac8b9e8d0897903da9e24f1d17ed3ab6a0876d762b2ac06ffa478b",
    "652c3e0e1644292ebd8e820351e42d4aad364f547f4c654e3daa4235fb1e1b2e",
    "5bf6d0cb132c116c1b3dcfb794e18ea8d5d661c9e6005183960c35ecc382bd14",
    "895730e293058269146157ee4c3fe8f150261b7c94889c1af0b0daa72e0a0370",
    "8a7c187ee8a1e28ae0308453447d36c08024dc7e7e5f37ca0da686b7fb006818",
)


def _v3_sample_pages(db: sqlite_utils.Database) -> None:
    """``pages.sample``: 1 for the bundled sample pages a new library was given.

    Before this step every new library (the window's, and by mistake the command
    line's) imported the samples unasked; they are recognised by their text's hash,
    whatever path they were imported from (a frozen app unpacks them somewhere new on
    every start).
    """
    db.execute("ALTER TABLE pages ADD COLUMN sample INTEGER NOT NULL DEFAULT 0")
    marks = ", ".join("?" for _ in SEED_HASHES_V3)
    db.execute(f"UPDATE pages SET sample = 1 WHERE content_hash IN ({marks})",
               SEED_HASHES_V3)


def _v4_whitespace_free_index(db: sqlite_utils.Database) -> None:
    """Search ignores whitespace: the index was rebuilt here, its tokens made without
    whitespace (``2025 年`` indexed as ``2025年``; core/search/text.py). Step 18 makes
    the index again in its present form and rebuilds it, so this step has nothing
    left to do (rebuilding the old form with today's code is not possible)."""


def _v5_name_keys(db: sqlite_utils.Database) -> None:
    """Each entity row gets its name's key (core/extraction/name_keys.py: 湖南省 and 湖南
    are ``LOC:湖南``), so that the filter and counts can take in every variant of a name.
    Existing rows get theirs here, computed from the stored text and type."""
    _add_column(db, "article_entities", "name_key", "TEXT")
    fill_name_keys(db.conn)
    db.execute("CREATE INDEX IF NOT EXISTS idx_article_entities_name_key "
               "ON article_entities(name_key)")


def fill_name_keys(conn: sqlite3.Connection) -> None:
    """Set ``name_key`` on every entity row from its text and type."""
    from desktop_app.core.extraction.name_keys import name_key

    pairs = conn.execute("SELECT DISTINCT text, type FROM article_entities").fetchall()
    conn.executemany(
        "UPDATE article_entities SET name_key = ? WHERE text = ? AND type = ?",
        [(name_key(text, type_), text, type_) for text, type_ in pairs])


def _v6_subhead_positions(db: sqlite_utils.Database) -> None:
    """``articles.subhead_positions``: the paragraph each subhead stands before (JSON,
    one index per entry of ``subheads``). Existing articles get theirs by splitting the
    page's text again where it can still be read (storage/subhead_store.py); the others
    keep NULL (positions unknown) until their page is imported again.
    """
    from desktop_app.paths import seeds_dir
    from desktop_app.storage.subhead_store import fill_subhead_positions

    _add_column(db, "articles", "subhead_positions", "TEXT")
    fill_subhead_positions(db.conn, [seeds_dir()])


def _v7_read_state(db: sqlite_utils.Database) -> None:
    """Which articles were read (storage/read_state.py): every article starts unread."""
    from desktop_app.storage.read_state import CREATE

    db.execute(CREATE)


def _v8_facts(db: sqlite_utils.Database) -> None:
    """The figures table (``facts``): one row per number with its subject, relation and
    period (core/facts), indexed for the figures table's filters. Existing articles get
    theirs here, from their stored text, numbers and date."""
    from desktop_app.storage import facts_store

    facts_store.create_table(db.conn)
    facts_store.fill_facts(db.conn)


def _v9_names_index(db: sqlite_utils.Database) -> None:
    """The names index (storage/names_index.py). Each entity row gets how often its
    article names it (``mentions``, counted here from the stored spans with the user's
    corrections applied), its article's date (``date``) and ``key_first`` (1 on one row
    per article and key: summed, it counts articles), and an index holding all a names
    index reads, so listing every name is one scan of that index, no table row read.
    ``name_corrections`` keeps the user's renames and merges of names."""
    from desktop_app.storage.annotation_store import load_corrections
    from desktop_app.storage.names_index import fill_mentions

    _add_column(db, "article_entities", "mentions", "INTEGER NOT NULL DEFAULT 1")
    _add_column(db, "article_entities", "date", "TEXT")
    _add_column(db, "article_entities", "key_first", "INTEGER NOT NULL DEFAULT 1")
    db.execute("UPDATE article_entities SET date = (SELECT date FROM articles"
               " WHERE seq = article_seq)")
    db.execute("UPDATE article_entities SET key_first = 0 WHERE rowid NOT IN"
               " (SELECT min(rowid) FROM article_entities GROUP BY article_seq, name_key)")
    fill_mentions(db.conn, load_corrections(db.conn))
    db.execute("CREATE INDEX IF NOT EXISTS idx_article_entities_names ON article_entities"
               "(name_key, text, article_seq, mentions, date, key_first)")
    db.execute("CREATE TABLE IF NOT EXISTS name_corrections (key TEXT PRIMARY KEY,"
               " name TEXT, merged_into TEXT, updated TEXT NOT NULL)")
    # The copied date follows the article's, whoever changes it (sqlite-utils, Datasette).
    db.execute("CREATE TRIGGER IF NOT EXISTS articles_date_entities AFTER UPDATE OF date"
               " ON articles BEGIN UPDATE article_entities SET date = NEW.date"
               " WHERE article_seq = NEW.seq; END")


def _v10_split_edits(db: sqlite_utils.Database) -> None:
    """``split_edits``: the reader's fixes to a page's split (storage/split_edits_store.py),
    empty: an older library has none."""
    from desktop_app.storage.split_edits_store import CREATE

    db.execute(CREATE)


def _v11_article_prints(db: sqlite_utils.Database) -> None:
    """Where each article imported from a PDF was printed (storage/print_store.py):
    the PDF's path and hash, its page number and size, the article's boxes. Articles
    imported before have no row until their PDF is imported again."""
    from desktop_app.storage.print_store import CREATE

    db.execute(CREATE)


def _v12_name_counts(db: sqlite_utils.Database) -> None:
    """``name_counts`` (storage/name_counts.py): the whole library's names index, filled
    from ``article_entities`` and kept by triggers on it, so that listing every name
    reads one row per name and variant instead of grouping every entity row."""
    from desktop_app.storage import name_counts

    name_counts.create(db.conn)


def _v13_listing_index(db: sqlite_utils.Database) -> None:
    """The list's order in one index holding all a listing reads (page order, id, kind,
    title): listing 100,000 articles walked every table row, 1.1 GB, in 400 ms of CPU;
    the index walk takes 70 (docs/benchmarks.md § Issue 15). Seconds to build at 100k."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_listing ON articles"
               "(date, page_no, page_id, position, seq, id, kind, title)")


def _v14_fact_subjects(db: sqlite_utils.Database) -> None:
    """``fact_subjects`` (storage/fact_subjects.py): each distinct figure subject with its
    kind, unit and number of figures, filled from ``facts`` and kept by triggers on it,
    so the figures table's subject search tests each subject once, not every figure."""
    from desktop_app.storage import fact_subjects

    fact_subjects.create(db.conn)


def _v15_title_sort(db: sqlite_utils.Database) -> None:
    """``articles.title_sort`` (storage/library.py ``title_sort``: the title's pinyin sort
    string), filled for every article here, and ``idx_articles_title_sort`` holding all a
    listing in title order reads, so that sorting the list by title is one index walk:
    computing the strings at each sort took 1-1.6 s of CPU at 100,000 articles. The kind
    order too: ``idx_articles_kind_listing`` replaces the index on ``kind`` alone
    (a kind filter reads it alone as well); sorting 100,000 rows in Python cost twice the
    page order's CPU."""
    from desktop_app.storage.library import fill_title_sorts

    _add_column(db, "articles", "title_sort", "BLOB")
    fill_title_sorts(db.conn)
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_title_sort ON articles"
               "(title_sort, date, page_no, page_id, position, seq, id, kind)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_kind_listing ON articles"
               "(kind, date, page_no, page_id, position, seq, id)")
    db.execute("DROP INDEX IF EXISTS idx_articles_kind")  # the one above begins with kind
    # Another tool (sqlite-utils, Datasette) changing a title leaves no stale string: it
    # is cleared, and the list computes the title order while any is missing.
    db.execute("CREATE TRIGGER IF NOT EXISTS articles_title_sort_stale AFTER UPDATE OF title"
               " ON articles WHEN NEW.title IS NOT OLD.title AND NEW.title_sort IS"
               " OLD.title_sort BEGIN UPDATE articles SET title_sort = NULL"
               " WHERE seq = NEW.seq; END")


def _v16_names_by_month_and_tag(db: sqlite_utils.Database) -> None:
    """``name_month_counts`` and ``name_tag_counts`` (storage/name_months.py,
    storage/name_tags.py): the names index of each month and of each tag's articles,
    filled from ``article_entities`` and kept by triggers (on it, and on
    ``article_tags``), so that the index of whole months or of a tag reads kept rows
    instead of grouping the articles' entity rows. About 10 s at 100,000 articles
    (docs/benchmarks.md)."""
    from desktop_app.storage import name_months, name_tags

    name_months.create(db.conn)
    name_tags.create(db.conn)


def _v17_subject_trigrams(db: sqlite_utils.Database) -> None:
    """``fact_subject_trigrams`` (storage/fact_subjects.py): the distinct subjects indexed by
    their three-character pieces, so that a rare word's subjects are looked up, not found
    by testing every subject (0.1-0.4 s when subjects seldom repeat). ``fact_subjects``
    is made again with a rowid for the index to point at. A library that went through
    step 14 in this same opening already has both."""
    from desktop_app.storage import fact_subjects

    if not fact_subjects.indexed(db.conn):
        fact_subjects.create(db.conn)


def _v18_one_search_table(db: sqlite_utils.Database) -> None:
    """The character index (``search_chars``, step 2) becomes two columns of the bigram
    index (``title_chars``, ``body_chars``): a query of words and characters is then one
    FTS5 expression instead of two tables' matches intersected (a word and a character,
    p95 22–24 → 15 ms at 100,000 articles; docs/search.md). Positions are kept for the
    characters too (detail is per table): the index grows by about an eighth. The
    table is contentless, so it is made anew and rebuilt from the tables: minutes at
    100,000 articles, seconds for a reader's library (docs/schema.md)."""
    db.execute("DROP TABLE IF EXISTS search_chars")
    db.execute("DROP TABLE search_index")
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(title, body, title_chars, body_chars,"
        " content='', tokenize='ascii', detail=full)"
    )
    search_index.rebuild(db.conn)


def _v19_kickers(db: sqlite_utils.Database) -> None:
    """``articles.kicker``: what of the subtitle is printed over the headline (引题 or a
    column's label), so the reader shows it there and the deck under it. Existing
    articles get theirs by splitting the page's text again where it can still be read
    (storage/kicker_store.py); the others keep NULL (not known) until imported again."""
    from desktop_app.paths import seeds_dir
    from desktop_app.storage.kicker_store import fill_kickers

    _add_column(db, "articles", "kicker", "TEXT")
    fill_kickers(db.conn, [seeds_dir()])


MIGRATIONS: list[Step] = [_v1_initial, _v2_char_index, _v3_sample_pages,
                          _v4_whitespace_free_index, _v5_name_keys, _v6_subhead_positions,
                          _v7_read_state, _v8_facts, _v9_names_index, _v10_split_edits,
                          _v11_article_prints, _v12_name_counts, _v13_listing_index,
                          _v14_fact_subjects, _v15_title_sort,
                          _v16_names_by_month_and_tag, _v17_subject_trigrams,
                          _v18_one_search_table, _v19_kickers]
LATEST_VERSION = len(MIGRATIONS)
