"""The ``facts`` table: one row per number of every article, with what it measures.

Rows are written with the article (page import, :func:`replace_facts`) and computed
from the stored text and numbers for libraries made before the table existed
(:func:`fill_facts`, migration step 8). Reads join ``articles`` so that the list
filters (:func:`desktop_app.storage.library.filter_sql`) apply unchanged.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.spans import NumberSpan
from desktop_app.storage import fact_subjects
from desktop_app.storage.library import filter_sql

if TYPE_CHECKING:
    from desktop_app.core.facts.facts import Fact

COLUMNS = ("start", "end", "text", "value", "unit", "kind", "subject", "subject_start",
           "subject_end", "relation", "period", "period_iso")
# What a figures table sorts on. Page order walks the articles' (date, page, position)
# index and each article's figures by the table's key; every other order is a column of
# ``facts`` followed by the key, which is what its index holds after the column, so the
# first screen of any order is an index walk, not a sort of millions of rows. The
# orders of an article's column walk the articles first (_ARTICLE_FIRST).
_PAGE_ORDER = "a.date, a.page_no, a.position, a.seq, f.start"
_KEY = "f.article_seq, f.start"
_ARTICLE_FIRST = ("page", "title")
FACT_ORDERS = {
    "page": _PAGE_ORDER,
    "value": f"f.value, {_KEY}",
    "subject": f"f.subject, {_KEY}",
    "period": f"f.period_iso, {_KEY}",
    "kind": f"f.kind, f.value, {_KEY}",
    "unit": f"f.unit, f.value, {_KEY}",
    "relation": f"f.relation, {_KEY}",
    # Like page order: the articles' title index (title, seq), each one's figures by key.
    "title": "a.title, a.seq, f.start",
}


@dataclass(frozen=True)
class FactRow:
    """A figure as the library hands it out; offsets index the article's ``text``."""

    article_id: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str
    kind: str
    subject: str
    subject_start: int | None
    subject_end: int | None
    relation: str
    period: str
    period_iso: str | None
    date: str | None  # the article's (page) date
    page: str | None  # the page it is printed on
    title: str

    def to_dict(self) -> dict[str, object]:
        """The row as ``facts --json`` prints it: every field, in declaration order."""
        return asdict(self)


@dataclass(frozen=True)
class FactQuery:
    """Which figures: the list filters on their articles, and conditions on the figure."""

    filters: Filters = NO_FILTERS
    kind: str | None = None  # one of vocabulary.NUMBER_KINDS
    unit: str | None = None  # as stored: 元, %, 家 …
    subject: str | None = None  # the subject holds this text
    # period_iso from … to, as ISO prefixes: "2024" to "2024" takes in 2024-Q1 and
    # 2024-01/2024-09; a figure without a derivable period is left out
    period_from: str | None = None
    period_to: str | None = None


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS facts ("
        " article_seq INTEGER NOT NULL REFERENCES articles(seq),"
        " start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,"
        " value REAL, unit TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,"
        " subject TEXT NOT NULL DEFAULT '', subject_start INTEGER, subject_end INTEGER,"
        " relation TEXT NOT NULL DEFAULT '', period TEXT NOT NULL DEFAULT '',"
        " period_iso TEXT, PRIMARY KEY (article_seq, start)) WITHOUT ROWID")
    # Each index ends in the key (article_seq, start): filtering on its first column and
    # sorting on the next is one walk (FACT_ORDERS).
    for name, columns in _INDEXES.items():
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON facts({columns})")
    # How many figures of each kind and unit, kept by triggers whoever writes: counting
    # a kind's million rows takes a third of a second, reading this a millisecond.
    conn.execute("CREATE TABLE IF NOT EXISTS fact_counts (kind TEXT NOT NULL,"
                 " unit TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, unit))"
                 " WITHOUT ROWID")
    add = ("INSERT INTO fact_counts(kind, unit, n) VALUES (NEW.kind, NEW.unit, 1)"
           " ON CONFLICT(kind, unit) DO UPDATE SET n = n + 1;")
    remove = "UPDATE fact_counts SET n = n - 1 WHERE kind = OLD.kind AND unit = OLD.unit;"
    conn.execute(f"CREATE TRIGGER IF NOT EXISTS facts_counted AFTER INSERT ON facts"
                 f" BEGIN {add} END")
    conn.execute(f"CREATE TRIGGER IF NOT EXISTS facts_uncounted AFTER DELETE ON facts"
                 f" BEGIN {remove} END")
    conn.execute(f"CREATE TRIGGER IF NOT EXISTS facts_recounted AFTER UPDATE OF kind, unit"
                 f" ON facts BEGIN {remove} {add} END")


_INDEXES = {
    "idx_facts_kind_value": "kind, value",
    "idx_facts_unit_kind_value": "unit, kind, value",
    "idx_facts_subject": "subject",
    "idx_facts_period": "period_iso",
}


def replace_facts(conn: sqlite3.Connection, seq: int, facts: Iterable[Fact]) -> None:
    """The article's figures are now ``facts`` (inside the caller's transaction)."""
    conn.execute("DELETE FROM facts WHERE article_seq = ?", (seq,))
    conn.executemany(
        f"INSERT OR IGNORE INTO facts(article_seq, {', '.join(COLUMNS)})"
        f" VALUES (?, {', '.join('?' * len(COLUMNS))})",
        [(seq, *(getattr(f, c) for c in COLUMNS)) for f in facts])


def delete_facts(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("DELETE FROM facts WHERE article_seq = ?", (seq,))


def fill_facts(conn: sqlite3.Connection) -> None:
    """Compute every article's figures from its stored text, numbers and date."""
    # Here, not at the top: the figure rules (~15 ms of imports) are needed by an old
    # library's migration only, not by opening or reading one.
    from desktop_app.core.facts.facts import find_facts

    last = 0
    while True:  # a batch of articles at a time: 100,000 texts would not fit in memory
        rows = conn.execute("SELECT seq, text, numbers, date FROM articles WHERE seq > ?"
                            " ORDER BY seq LIMIT 500", (last,)).fetchall()
        if not rows:
            break
        for seq, text, numbers, date in rows:
            spans = [NumberSpan(**n) for n in json.loads(numbers or "[]")]
            replace_facts(conn, seq, find_facts(text or "", spans, date))
        last = rows[-1][0]
    recount(conn)


def recount(conn: sqlite3.Connection) -> None:
    """``fact_counts`` from the rows themselves (the triggers keep it so afterwards)."""
    conn.execute("DELETE FROM fact_counts")
    conn.execute("INSERT INTO fact_counts(kind, unit, n)"
                 " SELECT kind, unit, count(*) FROM facts GROUP BY kind, unit")


def _where(query: FactQuery, by_index: bool = False, subjects: list[str] | None = None
           ) -> tuple[str, list[object]]:
    """The conditions of ``query``; ``by_index``: the subject test is a lookup in
    ``idx_facts_subject`` of each subject holding the text: ``subjects`` when listed
    (fact_subjects.matching), else those fact_subjects holds."""
    where, params = filter_sql(query.filters)
    parts = [where] if where else []
    if query.kind is not None:
        parts.append("f.kind = ?")
        params.append(query.kind)
    if query.unit is not None:
        parts.append("f.unit = ?")
        params.append(query.unit)
    if query.subject and by_index and subjects is not None:
        parts.append("f.subject IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(subjects, ensure_ascii=False))
    elif query.subject and by_index:
        parts.append("f.subject IN (SELECT subject FROM fact_subjects"
                     " WHERE instr(subject, ?) > 0)")
        params.append(query.subject)
    elif query.subject:
        parts.append("instr(f.subject, ?) > 0")
        params.append(query.subject)
    if query.period_from:
        parts.append("f.period_iso >= ?")
        params.append(query.period_from)
    if query.period_to:
        parts.append("f.period_iso <= ?")
        params.append(query.period_to + "\uffff")
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def facts(conn: sqlite3.Connection, query: FactQuery, order: str = "page",
          descending: bool = False, limit: int | None = None, offset: int = 0,
          memo: fact_subjects.SubjectMemo | None = None) -> list[FactRow]:
    """The figures ``query`` selects, sorted by ``order`` (a key of FACT_ORDERS);
    ``memo``: ``conn``'s (its last subject search, reused by the count after the rows)."""
    if order not in FACT_ORDERS:
        raise ValueError(f"unknown order {order!r}; use one of {', '.join(FACT_ORDERS)}")
    if not query.subject:
        return _select(conn, query, False, None, order, descending, limit, offset)
    if limit is not None and order != "subject" and (
            fact_subjects.size(conn, memo) > _FIRST_WALK_FROM):
        # A short walk first when the distinct subjects are many (subjects that seldom
        # repeat): a word many figures have is found within it, before they are scanned
        # (800,000 of them take 0.1-0.3 s, docs/benchmarks.md).
        rows = _walk(conn, _FIRST_WALK * _STEPS_PER_ROW,
                     lambda: _select(conn, query, False, None, order, descending, limit,
                                     offset))
        if rows is not None:
            return rows
    subjects, found, read = fact_subjects.matching(conn, query.subject, query.kind,
                                                   query.unit, memo)
    if not found:
        return []
    # In subject order the subjects found are read in that order, no sort: the first
    # rows come at once however many match, where a walk of that order's index would
    # read every subject before the first one found.
    if limit is not None and order != "subject" and not _few(conn, found, read,
                                                             limit + offset):
        # Many match: a walk in the table's order finds the rows wanted soon if the
        # matches are spread over it. Should they cluster (a word of one year only),
        # the walk stops where reading the subjects' figures would have been done.
        rows = _walk(conn, read * _LOOKUP_COST * _STEPS_PER_ROW,
                     lambda: _select(conn, query, False, None, order, descending, limit,
                                     offset))
        if rows is not None:
            return rows
    return _select(conn, query, True, subjects, order, descending, limit, offset)


def _select(conn: sqlite3.Connection, query: FactQuery, by_index: bool,
            subjects: list[str] | None, order: str, descending: bool, limit: int | None,
            offset: int) -> list[FactRow]:
    where, params = _where(query, by_index, subjects)
    sort = FACT_ORDERS[order]
    if descending:
        sort = ", ".join(f"{part} DESC" for part in sort.split(", "))
    # CROSS JOIN keeps SQLite's loops in the written order: articles first (in page or
    # title order, from their index) for those orders, the figures first for the others.
    # With the subjects found, their figures first (few: sorting them is cheap).
    tables = ("facts f INDEXED BY idx_facts_subject CROSS JOIN articles a"
              " ON a.seq = f.article_seq" if by_index
              else "articles a CROSS JOIN facts f ON f.article_seq = a.seq"
              if order in _ARTICLE_FIRST
              else "facts f CROSS JOIN articles a ON a.seq = f.article_seq")
    sql = (f"SELECT a.id, {', '.join('f.' + c for c in COLUMNS)}, a.date, a.page_no, a.title"
           f" FROM {tables}{where} ORDER BY {sort} LIMIT ? OFFSET ?")
    rows = conn.execute(sql, [*params, -1 if limit is None else limit, offset])
    return [FactRow(*row) for row in rows]


def _walk(conn: sqlite3.Connection, steps: int, select: Callable[[], list[FactRow]]
          ) -> list[FactRow] | None:
    """``select()``, or None if SQLite needs more than about ``steps`` instructions for it
    (counted by a progress handler, so the same on a fast or a busy machine). Only
    reads are interrupted: nothing is rolled back."""
    ran = 0

    def count() -> int:
        nonlocal ran
        ran += 1000
        return ran > steps

    conn.set_progress_handler(count, 1000)
    try:
        return select()
    except sqlite3.OperationalError as error:
        if ran > steps:
            return None
        raise error
    finally:
        conn.set_progress_handler(None, 0)


def count_facts(conn: sqlite3.Connection, query: FactQuery,
                memo: fact_subjects.SubjectMemo | None = None) -> int:
    """How many figures :func:`facts` gives ``query`` without a limit (``memo`` as there)."""
    if query == FactQuery(kind=query.kind, unit=query.unit):  # only kind and unit, if any
        given = {k: v for k, v in (("kind", query.kind), ("unit", query.unit)) if v is not None}
        where = " AND ".join(f"{name} = ?" for name in given)
        sql = "SELECT coalesce(sum(n), 0) FROM fact_counts" + (f" WHERE {where}" if where else "")
        return int(conn.execute(sql, list(given.values())).fetchone()[0])
    subjects, by_index = None, False
    if query.subject:
        subjects, found, read = fact_subjects.matching(conn, query.subject, query.kind,
                                                       query.unit, memo)
        if not found or (query.filters == NO_FILTERS and not query.period_from
                         and not query.period_to):
            return found
        # Reading each of many by the index is slower than testing every subject.
        by_index = read <= _COUNT_LOOKUPS
    where, params = _where(query, by_index, subjects)
    # Without a condition on the articles the join only costs time.
    join = ("" if query.filters == NO_FILTERS
            else " JOIN articles a ON a.seq = f.article_seq")
    indexed = " INDEXED BY idx_facts_subject" if by_index else ""
    sql = f"SELECT count(*) FROM facts f{indexed}{join}{where}"
    return int(conn.execute(sql, params).fetchone()[0])


# Up to how many figures a count reads one by one through idx_facts_subject rather than
# testing every figure's subject (measured at 4 million figures, docs/benchmarks.md).
_COUNT_LOOKUPS = 200_000
# Reading a matched figure through the index and sorting it costs about this many times
# what reading one more figure of the table's walk costs (docs/benchmarks.md).
_LOOKUP_COST = 10
# SQLite instructions per figure of a walk in page order testing its subject (6 to 8,
# counted at 4 million figures).
_STEPS_PER_ROW = 8
# How many figures the first, short walk of a subject search reads at most (20-30 ms).
_FIRST_WALK = 50_000
# From how many rows of fact_subjects on that first walk is tried: scanning fewer costs
# less than the walk would.
_FIRST_WALK_FROM = _FIRST_WALK


def _few(conn: sqlite3.Connection, found: int, read: int, wanted: int) -> bool:
    """Whether reading the ``read`` figures of the subjects found (``found`` of them
    matching) and sorting them is cheaper than walking the table's order until
    ``wanted`` matches turn up: that walk reads about ``wanted * total / found``
    figures, if the matches are spread evenly."""
    total = int(conn.execute("SELECT coalesce(sum(n), 0) FROM fact_counts").fetchone()[0])
    return read * found * _LOOKUP_COST <= wanted * max(total, 1)


def article_texts(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """The text of each article of ``article_ids`` (the figures table's sentences)."""
    found: dict[str, str] = {}
    ids = list(dict.fromkeys(article_ids))
    for i in range(0, len(ids), 500):  # under SQLite's parameter limit
        chunk = ids[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})",
                                  chunk).fetchall())
    return found


def article_facts(conn: sqlite3.Connection, seq: int) -> Sequence[tuple[object, ...]]:
    """The stored figures of one article, in text order (for tests and checks)."""
    return conn.execute(f"SELECT {', '.join(COLUMNS)} FROM facts WHERE article_seq = ?"
                        " ORDER BY start", (seq,)).fetchall()
