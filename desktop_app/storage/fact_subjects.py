"""``fact_subjects``: each distinct figure subject with its kind, unit and count (schema step 14).

The figures table's subject search ("the subject holds 算力") is a substring test, which
no index of ``facts`` answers: walking the table's order until 200 rows match read most
of 4 million figures for a rare word (0.7-1.7 s), and counting them scanned every row
(0.7 s). Subjects repeat, so the search first tests each distinct subject once, here,
and then fetches the figures of the subjects found by ``idx_facts_subject``
(storage/facts_store.py picks that or the walk by how many figures match).

Triggers on ``facts`` keep it whoever writes the figures (import, re-import, a refill),
like ``fact_counts``. A figure without a subject has no row: no search finds it.

When subjects seldom repeat (a real library: most figures have a subject of their own),
testing every distinct subject costs nearly what testing every figure did (0.24 s for
800,000 subjects). ``fact_subject_trigrams`` (schema step 17) indexes each row's subject
by its three-character pieces (FTS5's trigram tokenizer, no positions, kept by triggers
on this table): a word of three characters or more is looked up by its rarest piece; a
word of one or two characters by the pieces that start with it, which the subject's two
padding characters make every piece of it start one of (listed by ``fts5vocab``). The
subjects found are still tested with ``instr``: the index only narrows what is tested.
A word whose pieces are common is tested on every subject as before, the cheaper way then.
"""

from __future__ import annotations

import sqlite3

# The subjects found (None: too many to list), the figures matching, the figures read.
Matching = tuple[list[str] | None, int, int]

CREATE = (
    "CREATE TABLE IF NOT EXISTS fact_subjects (subject TEXT NOT NULL, kind TEXT NOT NULL,"
    " unit TEXT NOT NULL, n INTEGER NOT NULL, UNIQUE (subject, kind, unit))"
)
# Two characters after each subject (Private Use Area: no subject text holds them), so
# that every one- or two-character piece of a subject starts one of its trigrams.
PAD = "\ue000\ue000"
_PADDED = "char(57344, 57344)"
CREATE_TRIGRAMS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS fact_subject_trigrams USING fts5(subject,"
    " content='', detail=none, tokenize='trigram case_sensitive 1')",
    # The index's pieces and how many subjects hold each: the pieces a short word starts.
    "CREATE VIRTUAL TABLE IF NOT EXISTS fact_subject_pieces USING"
    " fts5vocab(fact_subject_trigrams, 'row')",
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

CREATE_CHANGED = (
    "CREATE TABLE IF NOT EXISTS fact_subjects_changed (id INTEGER PRIMARY KEY,"
    " subject_rowid INTEGER NOT NULL, subject TEXT NOT NULL, added INTEGER NOT NULL)"
)
_ADDED = ("INSERT INTO fact_subjects_changed(subject_rowid, subject, added)"
          " VALUES (NEW.rowid, NEW.subject, 1);")
_REMOVED = ("INSERT INTO fact_subjects_changed(subject_rowid, subject, added)"
            " VALUES (OLD.rowid, OLD.subject, 0);")
# Each change to the distinct subjects is logged, whoever makes it, and the index follows
# the log in bulk when the transaction ends (:func:`flush`, from Database.transaction):
# FTS5 written row by row from these triggers cost 50 µs a new subject, 8 µs in bulk.
CHANGE_TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS fact_subjects_added AFTER INSERT ON fact_subjects"
    f" BEGIN {_ADDED} END",
    f"CREATE TRIGGER IF NOT EXISTS fact_subjects_removed AFTER DELETE ON fact_subjects"
    f" BEGIN {_REMOVED} END",
    f"CREATE TRIGGER IF NOT EXISTS fact_subjects_renamed AFTER UPDATE OF subject"
    f" ON fact_subjects BEGIN {_REMOVED} {_ADDED} END",
)


def create(conn: sqlite3.Connection) -> None:
    """The table and its trigram index, filled from ``facts``, and the triggers that keep
    them (a table made before the index is made again)."""
    for name in ("facts_subject_added", "facts_subject_removed", "facts_subject_changed"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE IF EXISTS fact_subjects")
    for statement in (CREATE, "DROP TABLE IF EXISTS fact_subject_pieces",
                      "DROP TABLE IF EXISTS fact_subject_trigrams",
                      "DROP TABLE IF EXISTS fact_subjects_changed"):
        conn.execute(statement)
    conn.execute("SAVEPOINT trigrams")
    try:
        for statement in (*CREATE_TRIGRAMS, CREATE_CHANGED):
            conn.execute(statement)
        with_index = True
    except sqlite3.OperationalError:
        # An SQLite without FTS5's trigram tokenizer (before 3.34, 2020): no index, and
        # every search tests each subject, as before the index.
        conn.execute("ROLLBACK TO trigrams")
        with_index = False
    conn.execute("RELEASE trigrams")
    conn.execute("INSERT INTO fact_subjects(subject, kind, unit, n) SELECT subject, kind,"
                 " unit, count(*) FROM facts WHERE subject <> '' GROUP BY subject, kind,"
                 " unit")
    if with_index:
        conn.execute("INSERT INTO fact_subject_trigrams(rowid, subject)"
                     f" SELECT rowid, subject || {_PADDED} FROM fact_subjects")
    for trigger in (*(CHANGE_TRIGGERS if with_index else ()), *TRIGGERS):
        conn.execute(trigger)


def pending(conn: sqlite3.Connection) -> bool:
    """Whether changes to the subjects wait for :func:`flush` (the index lags them)."""
    return indexed(conn) and _logged(conn)


def _logged(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM fact_subjects_changed LIMIT 1").fetchone() is not None


def flush(conn: sqlite3.Connection) -> int:
    """Bring the trigram index in step with the changes logged since the last flush
    (inside the caller's transaction); returns how many subjects changed. Only a
    subject's first and last logged change matter: what the index held, what it holds."""
    if not indexed(conn):
        return 0
    logged = conn.execute("SELECT subject_rowid, subject, added FROM fact_subjects_changed"
                          " ORDER BY id").fetchall()
    if not logged:
        return 0
    first: dict[int, tuple[str, int]] = {}
    last: dict[int, tuple[str, int]] = {}
    for rowid, subject, added in logged:
        first.setdefault(rowid, (subject, added))
        last[rowid] = (subject, added)
    # A damaged index must not cost the user's write it rides on (a note, a tag): its
    # part is undone and the log kept, so searches keep testing every subject.
    conn.execute("SAVEPOINT subject_index")
    try:
        # The index is contentless: a row goes by handing FTS5 what was indexed.
        conn.executemany("INSERT INTO fact_subject_trigrams(fact_subject_trigrams, rowid,"
                         " subject) VALUES ('delete', ?, ?)",
                         [(rowid, subject + PAD) for rowid, (subject, added) in first.items()
                          if not added])
        conn.executemany("INSERT INTO fact_subject_trigrams(rowid, subject) VALUES (?, ?)",
                         [(rowid, subject + PAD) for rowid, (subject, added) in last.items()
                          if added])
        conn.execute("DELETE FROM fact_subjects_changed")
    except sqlite3.DatabaseError:
        conn.execute("ROLLBACK TO subject_index")
        conn.execute("RELEASE subject_index")
        return 0
    conn.execute("RELEASE subject_index")
    return len(last)


def indexed(conn: sqlite3.Connection) -> bool:
    """Whether the library has the trigram index (schema step 17)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'fact_subject_trigrams'"
                        ).fetchone() is not None


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
    holds, holds_params = holding(conn, word, memo)
    grouped = (f"SELECT subject, sum(n * ({wanted})) AS found, sum(n) AS n"
               f" FROM fact_subjects NOT INDEXED WHERE {holds} GROUP BY subject"
               f" HAVING found > 0 ORDER BY subject")
    rows = conn.execute(f"{grouped} LIMIT {LISTED + 1}", [*params, *holds_params]).fetchall()
    result: Matching
    if len(rows) <= LISTED:
        result = ([subject for subject, _found, _n in rows], sum(row[1] for row in rows),
                  sum(row[2] for row in rows))
    else:  # many: only the sums, not grouped (a kind or unit asked for makes the
        # figures read an overestimate: subjects without them are counted too)
        found, read = conn.execute(f"SELECT coalesce(sum(n * ({wanted})), 0),"
                                   f" coalesce(sum(n), 0) FROM fact_subjects NOT INDEXED"
                                   f" WHERE {holds}", [*params, *holds_params]).fetchone()
        result = (None, int(found), int(read))
    if memo is not None:
        memo.last = (key, result)
    return result


# A word is looked up in the trigram index when the subjects its pieces hold are at most
# this share of all subjects: reading one through the index costs about as much as
# testing ten in the scan (docs/benchmarks.md).
INDEX_SHARE = 10
# More pieces than this starting a short word (a common character): the scan is cheaper.
MOST_PIECES = 400


def holding(conn: sqlite3.Connection, word: str, memo: SubjectMemo | None = None
            ) -> tuple[str, list[object]]:
    """A condition on ``fact_subjects`` rows whose subject holds ``word``, with its
    parameters: through the trigram index when the word's pieces are rare enough, else
    ``instr`` on every row."""
    scan: tuple[str, list[object]] = ("instr(subject, ?) > 0", [word])
    if not word or not indexed(conn) or _logged(conn):
        return scan  # changes the index does not hold yet (a write not yet committed)
    if len(word) >= 3:  # the rarest of its pieces
        counted = []
        for piece in dict.fromkeys(word[i:i + 3] for i in range(len(word) - 2)):
            row = conn.execute("SELECT doc FROM fact_subject_pieces WHERE term = ?",
                               (piece,)).fetchone()
            if row is None:
                return "0", []  # a piece no subject has: none holds the word
            counted.append((piece, int(row[0])))
        pieces = [min(counted, key=lambda item: item[1])]
    else:  # every piece that starts with it (the padding makes it start one)
        pieces = conn.execute(
            "SELECT term, doc FROM fact_subject_pieces WHERE term >= ? AND term < ?"
            f" LIMIT {MOST_PIECES + 1}", (word, word + "\U0010ffff")).fetchall()
        pieces = [(term, int(doc)) for term, doc in pieces]
        if not pieces:
            return "0", []
        if len(pieces) > MOST_PIECES:
            return scan
    if sum(doc for _term, doc in pieces) * INDEX_SHARE > size(conn, memo):
        return scan
    expression = " OR ".join('"' + term.replace('"', '""') + '"' for term, _doc in pieces)
    return ("rowid IN (SELECT rowid FROM fact_subject_trigrams WHERE fact_subject_trigrams"
            " MATCH ?) AND instr(subject, ?) > 0", [expression, word])
