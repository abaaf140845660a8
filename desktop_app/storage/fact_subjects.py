"""``fact_subjects``: each distinct figure subject with its kind, unit and count (schema step 14).

The figures table's subject search ("the subject holds 算力") is a substring test, which
no index of ``facts`` answers: walking the table's order until 200 rows match read most
of 4 million figures for a rare word (0.7-1.7 s), and counting them scanned every row
(0.7 s). Subjects repeat, so the search first tests each distinct subject once, here,
and then fetches the figures of the subjects found by ``idx_facts_subject``
(storage/facts_store.py picks that or the walk by how many figures match).

Triggers on ``facts`` keep it whoever writes the figures (import, re-import, a refill),
like ``fact_counts``. A figure without a subject has no row: no search finds it.
"""

from __future__ import annotations

import sqlite3

# The subjects found (None: too many to list), the figures matching, the figures read.
Matching = tuple[list[str] | None, int, int]

CREATE = (
    "CREATE TABLE IF NOT EXISTS fact_subjects (subject TEXT NOT NULL, kind TEXT NOT NULL,"
    " unit TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (subject, kind, unit))"
    " WITHOUT ROWID"
)
_ADD = (
    "INSERT INTO fact_subjects(subject, kind, unit, n) SELECT NEW.subject, NEW.kind,"
    " NEW.unit, 1 WHERE NEW.subject <> '' ON CONFLICT(subject, kind, unit)"
    " DO UPDATE SET n = n + 1;"
)
_SAME = "subject = OLD.subject AND kind = OLD.kind AND unit = OLD.unit"
_REMOVE = (
    f"UPDATE fact_subjects SET n = n - 1 WHERE {_SAME};"
    f" DELETE FROM fact_subjects WHERE {_SAME} AND n <= 0;"
)
TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS facts_subject_added AFTER INSERT ON facts"
    f" WHEN NEW.subject <> '' BEGIN {_ADD} END",
    f"CREATE TRIGGER IF NOT EXISTS facts_subject_removed AFTER DELETE ON facts"
    f" WHEN OLD.subject <> '' BEGIN {_REMOVE} END",
    f"CREATE TRIGGER IF NOT EXISTS facts_subject_changed AFTER UPDATE OF subject, kind,"
    f" unit ON facts BEGIN {_REMOVE} {_ADD} END",
)


def create(conn: sqlite3.Connection) -> None:
    """The table, filled from ``facts``, and the triggers that keep it."""
    conn.execute(CREATE)
    conn.execute("DELETE FROM fact_subjects")
    conn.execute("INSERT INTO fact_subjects(subject, kind, unit, n) SELECT subject, kind,"
                 " unit, count(*) FROM facts WHERE subject <> '' GROUP BY subject, kind,"
                 " unit")
    for trigger in TRIGGERS:
        conn.execute(trigger)


# Up to how many subjects a search lists (for reading their figures by the index): more
# would cost more in Python objects than the scan itself; those few match then anyway.
LISTED = 2000


class SubjectMemo:
    """One connection's last subject search and the table's size, kept while the data it
    sees stays the same: the figures table asks for its rows and then its count with the
    same text, and each asks :func:`matching`. Held by the connection's
    :class:`~desktop_app.storage.db.Database`, so it lives and goes with that connection
    (nothing module-wide that a later connection could be handed)."""

    __slots__ = ("last", "size")

    def __init__(self) -> None:
        self.last: tuple[tuple[object, ...], Matching] | None = None
        self.size: tuple[tuple[int, int], int] | None = None


def _stamp(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes when the data may have: this connection's writes (total_changes) or
    another connection's commits (data_version)."""
    return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])


def size(conn: sqlite3.Connection, memo: SubjectMemo | None = None) -> int:
    """How many rows the table has (what a search scans); kept in ``memo`` (``conn``'s)
    while the data stays the same."""
    stamp = _stamp(conn)
    if memo is not None and memo.size is not None and memo.size[0] == stamp:
        return memo.size[1]
    counted = int(conn.execute("SELECT count(*) FROM fact_subjects").fetchone()[0])
    if memo is not None:
        memo.size = (stamp, counted)
    return counted


def matching(conn: sqlite3.Connection, word: str, kind: str | None = None,
             unit: str | None = None, memo: SubjectMemo | None = None) -> Matching:
    """The distinct subjects holding ``word`` that figures of ``kind`` and ``unit`` (when
    given) have, in subject order (None: more than LISTED); how many figures of them
    match; and how many figures those subjects have of any kind and unit (what reading
    them by the index reads). The same search again on ``conn`` while its data stays the
    same is answered from ``memo`` (``conn``'s)."""
    key = (word, kind, unit, *_stamp(conn))
    if memo is not None and memo.last is not None and memo.last[0] == key:
        return memo.last[1]
    conditions, params = [], []
    for column, value in (("kind", kind), ("unit", unit)):
        if value is not None:
            conditions.append(f"{column} = ?")
            params.append(value)
    wanted = " AND ".join(conditions) or "1"
    grouped = (f"SELECT subject, sum(n * ({wanted})) AS found, sum(n) AS n"
               f" FROM fact_subjects WHERE instr(subject, ?) > 0 GROUP BY subject"
               f" HAVING found > 0")
    rows = conn.execute(f"{grouped} LIMIT {LISTED + 1}", [*params, word]).fetchall()
    result: Matching
    if len(rows) <= LISTED:
        result = ([subject for subject, _found, _n in rows], sum(row[1] for row in rows),
                  sum(row[2] for row in rows))
    else:  # many: only the sums, not grouped (a kind or unit asked for makes the
        # figures read an overestimate: subjects without them are counted too)
        found, read = conn.execute(f"SELECT coalesce(sum(n * ({wanted})), 0),"
                                   f" coalesce(sum(n), 0) FROM fact_subjects"
                                   f" WHERE instr(subject, ?) > 0", [*params, word]).fetchone()
        result = (None, int(found), int(read))
    if memo is not None:
        memo.last = (key, result)
    return result
