"""What the user adds to articles: notes, highlights, tags, entity corrections.

Every function here runs inside the caller's transaction. Triggers mark the articles
whose user text changed; the caller runs :func:`search_index.flush_user` before commit.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from desktop_app.core.annotating.highlights import anchor_context, check_color
from desktop_app.core.search.text import literal_terms
from desktop_app.core.spans import Corrections
from desktop_app.core.vocabulary import ENTITY_TYPES
from desktop_app.storage import search_matches
from desktop_app.storage.db import new_rowid
from desktop_app.storage.errors import NotFoundError
from desktop_app.storage.library import refresh_article_entities
from desktop_app.storage.records import Highlight

# prefix, suffix, note and orphan may be NULL in the schema (another program, such as
# sqlite-utils or Datasette, can write them so): they read as "" and 0.
_HIGHLIGHT_SQL = (
    "SELECT h.id, a.id, h.start, h.end, h.quote, coalesce(h.prefix, ''),"
    " coalesce(h.suffix, ''), h.color, coalesce(h.note, ''), h.created, h.updated,"
    " coalesce(h.orphan, 0) FROM highlights h JOIN articles a ON a.seq = h.article_seq"
)
# A row of _HIGHLIGHT_SQL; ``orphan`` is 0 or 1.
_HighlightRow = tuple[int, str, int, int, str, str, str, str, str, str, str, int]


def _highlight(row: _HighlightRow) -> Highlight:
    (id_, article_id, start, end, quote, prefix, suffix, color, note, created, updated,
     orphan) = row
    return Highlight(id_, article_id, start, end, quote, prefix, suffix, color, note, created,
                     updated, orphan=bool(orphan))


def get_note(conn: sqlite3.Connection, seq: int) -> str:
    row = conn.execute("SELECT markdown FROM notes WHERE article_seq = ?", (seq,)).fetchone()
    return row[0] if row else ""


def set_note(conn: sqlite3.Connection, seq: int, markdown: str, now: str) -> None:
    if markdown.strip():
        conn.execute(
            "INSERT INTO notes(article_seq, markdown, created, updated) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(article_seq) DO UPDATE SET markdown = excluded.markdown,"
            " updated = excluded.updated", (seq, markdown, now, now),
        )
    else:
        conn.execute("DELETE FROM notes WHERE article_seq = ?", (seq,))


def add_highlight(conn: sqlite3.Connection, seq: int, start: int, end: int, color: str,
                  note: str, now: str, highlight_id: int | None = None) -> int:
    text = conn.execute("SELECT text FROM articles WHERE seq = ?", (seq,)).fetchone()[0]
    if not 0 <= start < end <= len(text):
        raise ValueError(f"a highlight needs 0 ≤ start < end ≤ {len(text)} "
                         f"(the article's length); got {start}–{end}")
    quote, prefix, suffix = anchor_context(text, start, end)
    cursor = conn.execute(
        "INSERT INTO highlights(id, article_seq, start, end, quote, prefix, suffix, color,"
        " note, created, updated, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (highlight_id, seq, start, end, quote, prefix, suffix, check_color(color), note,
         now, now),
    )
    return new_rowid(cursor.lastrowid)


def get_highlight(conn: sqlite3.Connection, highlight_id: int) -> Highlight:
    row = conn.execute(_HIGHLIGHT_SQL + " WHERE h.id = ?", (highlight_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no highlight with id {highlight_id}")
    return _highlight(row)


def highlights(conn: sqlite3.Connection, seq: int) -> list[Highlight]:
    rows = conn.execute(_HIGHLIGHT_SQL + " WHERE h.article_seq = ? ORDER BY h.start, h.id",
                        (seq,))
    return [_highlight(r) for r in rows]


def update_highlight(conn: sqlite3.Connection, highlight_id: int, color: str | None,
                     note: str | None, now: str) -> None:
    _highlight_seq(conn, highlight_id)
    if color is not None:
        conn.execute("UPDATE highlights SET color = ?, updated = ? WHERE id = ?",
                     (check_color(color), now, highlight_id))
    if note is not None:
        conn.execute("UPDATE highlights SET note = ?, updated = ? WHERE id = ?",
                     (note, now, highlight_id))


def delete_highlight(conn: sqlite3.Connection, highlight_id: int) -> None:
    _highlight_seq(conn, highlight_id)
    conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))


def restore_highlight(conn: sqlite3.Connection, seq: int, h: Highlight) -> int:
    """Put a deleted highlight back as it was (same id when still free)."""
    free = conn.execute("SELECT 1 FROM highlights WHERE id = ?", (h.id,)).fetchone() is None
    cursor = conn.execute(
        "INSERT INTO highlights(id, article_seq, start, end, quote, prefix, suffix, color,"
        " note, created, updated, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (h.id if free else None, seq, h.start, h.end, h.quote, h.prefix, h.suffix,
         check_color(h.color), h.note, h.created, h.updated, int(h.orphan)),
    )
    return new_rowid(cursor.lastrowid)


def _highlight_seq(conn: sqlite3.Connection, highlight_id: int) -> int:
    row = conn.execute("SELECT article_seq FROM highlights WHERE id = ?",
                       (highlight_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no highlight with id {highlight_id}")
    return int(row[0])


def clean_tag(name: str) -> str:
    cleaned = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip()
    if not cleaned:
        raise ValueError("a tag needs at least one visible character")
    return cleaned


def tag(conn: sqlite3.Connection, seq: int, names: list[str]) -> None:
    for name in names:
        conn.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (name,))
        conn.execute(
            "INSERT OR IGNORE INTO article_tags(article_seq, tag_id)"
            " SELECT ?, id FROM tags WHERE name = ?", (seq, name),
        )


def untag(conn: sqlite3.Connection, seq: int, names: list[str]) -> None:
    for name in names:
        conn.execute(
            "DELETE FROM article_tags WHERE article_seq = ?"
            " AND tag_id = (SELECT id FROM tags WHERE name = ?)", (seq, name),
        )
    drop_unused_tags(conn)


def drop_unused_tags(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")


def article_tags(conn: sqlite3.Connection, seq: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
        " WHERE at.article_seq = ? ORDER BY t.name", (seq,))]


def all_tags(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return [tuple(r) for r in conn.execute(
        "SELECT t.name, count(at.article_seq) FROM tags t"
        " JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.name")]


def rename_tag(conn: sqlite3.Connection, old: str, new: str) -> None:
    """Rename ``old`` to ``new``; when ``new`` exists the two tags merge."""
    row = conn.execute("SELECT id FROM tags WHERE name = ?", (old,)).fetchone()
    if row is None:
        raise NotFoundError(f"no tag named {old!r}")
    if old == new:
        return
    conn.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (new,))
    conn.execute(
        "INSERT OR IGNORE INTO article_tags(article_seq, tag_id)"
        " SELECT article_seq, (SELECT id FROM tags WHERE name = ?) FROM article_tags"
        " WHERE tag_id = ?", (new, row[0]),
    )
    conn.execute("DELETE FROM article_tags WHERE tag_id = ?", (row[0],))
    conn.execute("DELETE FROM tags WHERE id = ?", (row[0],))


CORRECTION_ACTIONS = ("add", "remove", "retype")


def load_corrections(conn: sqlite3.Connection) -> Corrections:
    corrections = Corrections()
    for text, action, type_ in conn.execute(
        "SELECT text, action, type FROM entity_corrections"
    ):
        if action == "remove":
            corrections.removed.add(text)
        elif action == "add":
            corrections.added[text] = type_
        elif action == "retype":
            corrections.retyped[text] = type_
    return corrections


def correct_entity(conn: sqlite3.Connection, text: str, type_: str | None, remove: bool,
                   now: str, *, retype: bool = False) -> None:
    """Record a correction and bring the entity filter table in line with it.

    ``type_`` makes ``text`` an entity of that type wherever it occurs, or with
    ``retype`` only where the analyser recognised it; ``remove`` makes it never an
    entity; none of these clears an earlier correction (spans from the original
    analysis come back). :func:`~desktop_app.core.extraction.corrections.apply_corrections`
    says how they combine.
    """
    if type_ is not None and type_ not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {type_!r}; use one of {', '.join(ENTITY_TYPES)}")
    if not text:
        raise ValueError("an entity needs some text")
    if retype and (remove or type_ is None):
        raise ValueError("a retype needs a type")
    if remove:
        _store_correction(conn, text, "remove", None, now)
    elif type_ is not None:
        _store_correction(conn, text, "retype" if retype else "add", type_, now)
    else:
        conn.execute("DELETE FROM entity_corrections WHERE text = ?", (text,))
    refresh_entity_rows(conn, text)


def _store_correction(conn: sqlite3.Connection, text: str, action: str, type_: str | None,
                      now: str) -> None:
    conn.execute("INSERT OR REPLACE INTO entity_corrections(text, action, type, updated)"
                 " VALUES (?, ?, ?, ?)", (text, action, type_, now))


def add_missing_corrections(conn: sqlite3.Connection, corrections: Corrections, now: str
                            ) -> list[str]:
    """Store the corrections for words the library has no correction of yet (a word the
    library already corrected keeps its correction); returns the words stored."""
    have = {r[0] for r in conn.execute("SELECT text FROM entity_corrections")}
    rows: dict[str, tuple[str, str | None]] = {}
    # One correction per word, the strongest (see apply_corrections): remove, add, retype.
    for word, new_type in corrections.retyped.items():
        rows[word] = ("retype", new_type)
    for word, new_type in corrections.added.items():
        rows[word] = ("add", new_type)
    for word in corrections.removed:
        rows[word] = ("remove", None)
    stored = []
    for word, (action, type_) in sorted(rows.items()):
        if not word or word in have or (type_ is not None and type_ not in ENTITY_TYPES):
            continue
        _store_correction(conn, word, action, type_, now)
        stored.append(word)
    for word in stored:
        refresh_entity_rows(conn, word)
    return stored


ADOPTED_KEY = "corrections_file_migrated"  # in ``meta``: when corrections.json moved in


def adopt_corrections(conn: sqlite3.Connection, corrections: Corrections, now: str
                      ) -> list[str] | None:
    """Move in the corrections an earlier version kept in a file, once per library:
    :func:`add_missing_corrections`, and ``meta`` remembers it. None when done before."""
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", (ADOPTED_KEY,)).fetchone():
        return None
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (ADOPTED_KEY, now))
    return add_missing_corrections(conn, corrections, now)


def refresh_entity_rows(conn: sqlite3.Connection, text: str) -> None:
    """Recompute the ``article_entities`` rows of every article a correction of ``text``
    can change, the way an article is shown when read.

    All the rows of each such article, not only those of ``text``: an added word also
    displaces the recognised names it overlaps (an added 长沙 takes the place of a
    recognised 长沙市), and withdrawing it brings them back.
    """
    corrections = load_corrections(conn)
    terms = literal_terms(text)
    if terms:
        # The index narrows the scan to articles holding the word.
        seqs = {s for s, _ in search_matches.matching(conn, terms, candidates=None).found}
    else:
        seqs = {r[0] for r in conn.execute(
            "SELECT a.seq FROM articles a, json_each(a.entities) j"
            " WHERE j.value ->> 'text' = ?", (text,))}
    seqs.update(r[0] for r in conn.execute(
        "SELECT article_seq FROM article_entities WHERE text = ?", (text,)))
    for seq in sorted(seqs):
        refresh_article_entities(conn, seq, corrections)


def orphans(conn: sqlite3.Connection) -> list[Highlight]:
    rows = conn.execute(_HIGHLIGHT_SQL + " WHERE h.orphan = 1 ORDER BY a.id, h.start")
    return [_highlight(r) for r in rows]
