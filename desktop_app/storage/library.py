"""Articles and pages in the library: storing what the splitter gives, listing, reading."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from desktop_app.core.articles import Article, PageMeta
from desktop_app.core.collation import title_sort_string
from desktop_app.core.extraction.corrections import apply_corrections
from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.spans import Analysis, Corrections, EntitySpan, NumberSpan
from desktop_app.storage import search_index
from desktop_app.storage.db import new_rowid
from desktop_app.storage.errors import NotFoundError
from desktop_app.storage.listing import Listings, check_order
from desktop_app.storage.records import ArticleDetail, ArticleRow

if TYPE_CHECKING:  # imported by storage/db.py when a write first needs it
    import sqlite_utils

_BATCH = 500  # well under SQLite's 32k-variable limit, and a screenful or two of rows


class ArticleRecord(TypedDict):
    """An ``articles`` row as the splitter and analyser make it (lists as JSON text); the
    writes below add ``imported_at``, ``updated_at`` and ``retired``."""

    id: str
    page_id: int
    position: int
    date: str | None
    page_no: str | None
    section: str | None
    title: str
    subtitle: str
    kicker: str
    byline: str
    authors: str
    dateline: str
    kind: str
    subheads: str
    subhead_positions: str
    text: str
    source_start: int
    source_end: int
    paragraph_spans: str
    numbers: str
    entities: str
    chars: int
    title_sort: bytes


def title_sort(title: str) -> bytes:
    """``articles.title_sort``: core/collation's sort string as UTF-8, whose byte order
    (SQLite's for a BLOB) is the string's code-point order. A BLOB, because the string
    holds NUL characters, which SQLite's text functions do not expect."""
    return title_sort_string(title).encode("utf-8")


def fill_title_sorts(conn: sqlite3.Connection) -> None:
    """Set ``title_sort`` on every article that has none (schema step 15)."""
    rows = conn.execute("SELECT seq, title FROM articles WHERE title_sort IS NULL"
                        " ORDER BY seq").fetchall()
    conn.executemany("UPDATE articles SET title_sort = ? WHERE seq = ?",
                     [(title_sort(title), seq) for seq, title in rows])


def article_record(
    article: Article, meta: PageMeta, page_id: int, position: int, analysis: Analysis
) -> ArticleRecord:
    return {
        "id": article.id, "page_id": page_id, "position": position,
        "date": meta.date, "page_no": meta.page, "section": meta.section,
        "title": article.title, "subtitle": article.subtitle, "kicker": article.kicker,
        "byline": article.byline,
        "authors": json.dumps(article.authors, ensure_ascii=False),
        "dateline": article.dateline, "kind": article.kind,
        "subheads": json.dumps(article.subheads, ensure_ascii=False),
        "subhead_positions": json.dumps(article.subhead_positions),
        "text": article.text,
        "source_start": article.source_start, "source_end": article.source_end,
        "paragraph_spans": json.dumps([list(s) for s in article.paragraph_spans]),
        "numbers": json.dumps([n.to_dict() for n in analysis.numbers], ensure_ascii=False),
        "entities": json.dumps([e.to_dict() for e in analysis.entities], ensure_ascii=False),
        "chars": len(article.text), "title_sort": title_sort(article.title),
    }


def unique_id(conn: sqlite3.Connection, wanted: str, own_seq: int | None = None) -> str:
    """``wanted``, or ``wanted-2``, ``-3`` … when another article already has it."""
    candidate, n = wanted, 1
    while True:
        row = conn.execute("SELECT seq FROM articles WHERE id = ?", (candidate,)).fetchone()
        if row is None or row[0] == own_seq:
            return candidate
        n += 1
        candidate = f"{wanted}-{n}"


def insert_article(db: sqlite_utils.Database, record: ArticleRecord, corrections: Corrections,
                   now: str) -> int:
    row = {**record, "id": unique_id(db.conn, record["id"]), "imported_at": now,
           "updated_at": now, "retired": 0}
    seq = new_rowid(db.table("articles").insert(row).last_rowid)
    _store_entities(db.conn, seq, record, corrections)
    search_index.add(db.conn, seq)
    return seq


def update_article(db: sqlite_utils.Database, seq: int, record: ArticleRecord,
                   corrections: Corrections, now: str) -> None:
    """Replace an article's content in place; notes, tags and highlights stay attached.

    The caller wraps this in :func:`search_index.reindexed` (together with moving the
    highlights, whose quotes are indexed too).
    """
    row = {**record, "id": unique_id(db.conn, record["id"], seq), "updated_at": now,
           "retired": 0}
    db.table("articles").update(seq, row)
    db.conn.execute("DELETE FROM article_entities WHERE article_seq = ?", (seq,))
    _store_entities(db.conn, seq, record, corrections)


def delete_article(conn: sqlite3.Connection, seq: int) -> None:
    """Remove an article that holds no user data (foreign keys refuse otherwise)."""
    search_index.remove(conn, seq)
    conn.execute("DELETE FROM article_entities WHERE article_seq = ?", (seq,))
    conn.execute("DELETE FROM facts WHERE article_seq = ?", (seq,))
    conn.execute("DELETE FROM article_prints WHERE article_seq = ?", (seq,))
    conn.execute("DELETE FROM articles WHERE seq = ?", (seq,))


def has_user_data(conn: sqlite3.Connection, seq: int) -> bool:
    return bool(conn.execute(
        "SELECT EXISTS(SELECT 1 FROM notes WHERE article_seq = ?1)"
        " OR EXISTS(SELECT 1 FROM highlights WHERE article_seq = ?1)"
        " OR EXISTS(SELECT 1 FROM article_tags WHERE article_seq = ?1)", (seq,),
    ).fetchone()[0])


def _store_entities(conn: sqlite3.Connection, seq: int, record: ArticleRecord,
                    corrections: Corrections) -> None:
    _insert_entity_rows(conn, seq, record["text"], record["entities"], corrections)


def refresh_article_entities(conn: sqlite3.Connection, seq: int, corrections: Corrections
                             ) -> None:
    """Rebuild one article's ``article_entities`` rows under ``corrections``."""
    row = conn.execute("SELECT text, entities FROM articles WHERE seq = ?", (seq,)).fetchone()
    conn.execute("DELETE FROM article_entities WHERE article_seq = ?", (seq,))
    if row is not None:
        _insert_entity_rows(conn, seq, row[0], row[1], corrections)


def _insert_entity_rows(conn: sqlite3.Connection, seq: int, text: str, entities: str | None,
                        corrections: Corrections) -> None:
    """The filter table holds entities with the corrections applied; the article row
    keeps the analyser's own spans so that a withdrawn correction can be undone."""
    # Here, not at the top: the key rules bring in the name dictionaries (~25 ms of
    # imports), which opening and reading a library never need.
    from desktop_app.core.extraction.name_keys import name_key

    counts = entity_counts(text, entities, corrections)
    rows, keys = [], set()
    for (word, type_), n in sorted(counts.items()):
        key = name_key(word, type_)
        rows.append((seq, word, type_, key, n, int(key not in keys)))
        keys.add(key)
    conn.executemany(
        "INSERT OR IGNORE INTO article_entities(article_seq, text, type, name_key, mentions,"
        " key_first, date) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
        " (SELECT date FROM articles WHERE seq = ?1))", rows)
    # A name the user merged into another (names index) takes that one's key.
    merged = conn.execute(
        "UPDATE article_entities SET name_key = (SELECT merged_into FROM name_corrections"
        " WHERE key = article_entities.name_key) WHERE article_seq = ? AND name_key IN"
        " (SELECT key FROM name_corrections WHERE merged_into IS NOT NULL)", (seq,))
    if merged.rowcount > 0:
        conn.execute(FIRST_OF_KEY + " WHERE article_seq = ?", (seq,))


# ``key_first``: 1 on one row per article and key, so that summing it counts articles
# (the names index) without a DISTINCT; set again wherever keys change.
FIRST_OF_KEY = (
    "UPDATE article_entities SET key_first = (rowid = (SELECT min(x.rowid)"
    " FROM article_entities x WHERE x.article_seq = article_entities.article_seq"
    " AND x.name_key = article_entities.name_key))")


def entity_counts(text: str, entities: str | None, corrections: Corrections
                  ) -> Counter[tuple[str, str]]:
    """How often each (name, type) occurs in an article's text, corrections applied."""
    raw = [EntitySpan(**e) for e in json.loads(entities or "[]")]
    return Counter((e.text, e.type) for e in apply_corrections(text, raw, corrections))


def seq_of(conn: sqlite3.Connection, article_id: str) -> int:
    row = conn.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no article with id {article_id!r}")
    return int(row[0])


def filter_sql(filters: Filters) -> tuple[str, list[object]]:
    """A condition on ``articles AS a`` for the list and search filters."""
    parts: list[str] = []
    params: list[object] = []
    if filters.tag is not None:
        parts.append("a.seq IN (SELECT at.article_seq FROM article_tags at "
                     "JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)")
        params.append(filters.tag)
    if filters.kind is not None:
        parts.append("a.kind = ?")
        params.append(filters.kind)
    if filters.exclude_kind is not None:
        parts.append("a.kind <> ?")
        params.append(filters.exclude_kind)
    if filters.date_from is not None:
        parts.append("a.date >= ?")
        params.append(filters.date_from)
    if (date_to := filters.date_to) is not None:
        # Dates are ISO strings; a bare "2025-03" still compares as the whole month.
        parts.append("a.date <= ?")
        params.append(date_to + "\uffff" if len(date_to) < 10 else date_to)
    if filters.entity is not None:
        parts.append("a.seq IN (SELECT article_seq FROM article_entities WHERE text = ?)")
        params.append(filters.entity)
    if filters.entity_key is not None:
        parts.append("a.seq IN (SELECT article_seq FROM article_entities WHERE name_key = ?)")
        params.append(filters.entity_key)
    if filters.read_state is not None:
        # article_reads: storage/read_state.py; 1 selects the read, 0 the unread.
        parts.append("(a.seq IN (SELECT article_seq FROM article_reads)) = ?")
        params.append(int(filters.read_state == "read"))
    return " AND ".join(parts), params


def article_ids(conn: sqlite3.Connection, order: str = "page",
                filters: Filters = NO_FILTERS, listings: Listings | None = None) -> list[str]:
    """Ids in ``order``: one of listing.ORDERS ("pinyin": titles as a Chinese index
    orders them, core/collation.py) or listing.KEYED_ORDERS; ``listings`` keeps them
    for the next call (storage/listing.py)."""
    check_order(order)
    where, params = filter_sql(filters)
    return (listings or Listings()).article_ids(conn, order, filters, where, params)


def article_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> list[ArticleRow]:
    """Rows for ``ids``, in the same order; unknown ids are left out."""
    found: dict[str, ArticleRow] = {}
    for i in range(0, len(ids), _BATCH):
        batch = list(ids[i:i + _BATCH])
        marks = ",".join("?" * len(batch))
        for row in conn.execute(
            "SELECT a.id, a.title, a.date, a.page_no, a.kind,"
            " (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM article_tags at"
            "   JOIN tags t ON t.id = at.tag_id WHERE at.article_seq = a.seq ORDER BY t.name)),"
            " coalesce((SELECT length(markdown) FROM notes WHERE article_seq = a.seq), 0),"
            " (SELECT count(*) FROM highlights WHERE article_seq = a.seq),"
            " a.seq IN (SELECT article_seq FROM article_reads)"
            f" FROM articles a WHERE a.id IN ({marks})", batch,
        ):
            id_, title, date, page, kind, tags, note_chars, count, read = row
            found[id_] = ArticleRow(id_, title, date, page, kind,
                                    tags.split("\x1f") if tags else [], note_chars, count,
                                    bool(read))
    return [found[i] for i in ids if i in found]


def article_detail(conn: sqlite3.Connection, article_id: str, corrections: Corrections
                   ) -> tuple[int, ArticleDetail]:
    """The article as read (corrections applied), with its ``seq`` for the user's data."""
    row = conn.execute(
        "SELECT a.seq, a.id, a.title, a.subtitle, a.byline, a.authors, a.dateline, a.kind,"
        " a.subheads, a.text, a.date, a.page_no, a.section, p.source_path, a.numbers,"
        " a.entities, a.retired, a.subhead_positions, a.kicker FROM articles a"
        " JOIN pages p ON p.id = a.page_id"
        " WHERE a.id = ?", (article_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no article with id {article_id!r}")
    (seq, id_, title, subtitle, byline, authors, dateline, kind, subheads, text, date, page,
     section, source, numbers, entities, retired, positions, kicker) = row
    heads = json.loads(subheads or "[]")
    raw_entities = [EntitySpan(**e) for e in json.loads(entities or "[]")]
    return seq, ArticleDetail(
        id=id_, title=title, subtitle=subtitle or "", kicker=kicker or "", byline=byline or "",
        authors=json.loads(authors or "[]"), dateline=dateline or "", kind=kind,
        subheads=heads, subhead_positions=_positions(positions, len(heads)),
        paragraphs=text.split("\n") if text else [],
        text=text, date=date, page=page, section=section, source_path=source,
        numbers=[NumberSpan(**n) for n in json.loads(numbers or "[]")],
        entities=apply_corrections(text, raw_entities, corrections),
        retired=bool(retired),
    )


def _positions(stored: str | None, count: int) -> list[int | None]:
    """One paragraph index per subhead; None where it is unknown (stored before version
    7 and not found again: docs/schema.md)."""
    positions = json.loads(stored) if stored else []
    return positions if len(positions) == count else [None] * count


def entity_article_count(conn: sqlite3.Connection, text: str) -> int:
    """How many articles show ``text`` as a name (corrections applied)."""
    return int(conn.execute(
        "SELECT count(DISTINCT article_seq) FROM article_entities WHERE text = ?", (text,),
    ).fetchone()[0])


def entity_key_article_count(conn: sqlite3.Connection, key: str) -> int:
    """How many articles name any variant of the name with ``key``."""
    return int(conn.execute(
        "SELECT count(DISTINCT article_seq) FROM article_entities WHERE name_key = ?", (key,),
    ).fetchone()[0])


def entity_variants(conn: sqlite3.Connection, key: str) -> list[tuple[str, str, int]]:
    """The names with ``key``: ``(text, type, articles)``, most articles first."""
    return [(r[0], r[1], int(r[2])) for r in conn.execute(
        "SELECT text, type, count(DISTINCT article_seq) FROM article_entities"
        " WHERE name_key = ? GROUP BY text, type ORDER BY 3 DESC, text", (key,))]


def date_range(conn: sqlite3.Connection) -> tuple[str, str] | None:
    """The first and last article date (ISO), None when no article has one."""
    low, high = conn.execute(
        "SELECT min(date), max(date) FROM articles WHERE date IS NOT NULL AND date != ''"
    ).fetchone()
    return (str(low), str(high)) if low else None


def kinds(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return [tuple(r) for r in conn.execute(
        "SELECT kind, count(*) FROM articles GROUP BY kind ORDER BY count(*) DESC, kind")]
