"""What the user adds to articles: notes, highlights, tags, entity corrections.

Every function here runs inside the caller's transaction. Triggers mark the articles
whose user text changed; the caller runs :func:`search_index.flush_user` before commit.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata

from desktop_app.core.search.text import query_terms
from desktop_app.core.spans import Corrections, EntitySpan
from desktop_app.core.vocabulary import ENTITY_TYPES, HIGHLIGHT_COLORS
from desktop_app.storage import search_index
from desktop_app.storage.errors import NotFoundError
from desktop_app.storage.library import apply_corrections
from desktop_app.storage.records import Highlight

CONTEXT_CHARS = 32
_HIGHLIGHT_SQL = (
    "SELECT h.id, a.id, h.start, h.end, h.quote, h.prefix, h.suffix, h.color, h.note,"
    " h.created, h.updated, h.orphan FROM highlights h JOIN articles a ON a.seq = h.article_seq"
)


def _highlight(row: tuple) -> Highlight:
    return Highlight(*row[:11], orphan=bool(row[11]))


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


def check_color(color: str) -> str:
    if color not in HIGHLIGHT_COLORS:
        raise ValueError(f"unknown colour {color!r}; use one of {', '.join(HIGHLIGHT_COLORS)}")
    return color


def anchor_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(quote, prefix, suffix) that find a passage again after the text changes."""
    return (text[start:end], text[max(0, start - CONTEXT_CHARS):start],
            text[end:end + CONTEXT_CHARS])


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
    return cursor.lastrowid


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
    return cursor.lastrowid


def _highlight_seq(conn: sqlite3.Connection, highlight_id: int) -> int:
    row = conn.execute("SELECT article_seq FROM highlights WHERE id = ?",
                       (highlight_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no highlight with id {highlight_id}")
    return row[0]


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
    _drop_unused_tags(conn)


def _drop_unused_tags(conn: sqlite3.Connection) -> None:
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


def load_corrections(conn: sqlite3.Connection) -> Corrections:
    corrections = Corrections()
    for text, action, type_ in conn.execute(
        "SELECT text, action, type FROM entity_corrections"
    ):
        if action == "remove":
            corrections.removed.add(text)
        elif action == "add":
            corrections.added[text] = type_
    return corrections


def correct_entity(conn: sqlite3.Connection, text: str, type_: str | None, remove: bool,
                   now: str) -> None:
    """Record a correction and bring the entity filter table in line with it.

    ``type_`` makes ``text`` an entity of that type wherever it occurs; ``remove`` makes
    it never an entity; neither clears an earlier correction (spans from the original
    analysis come back).
    """
    if type_ is not None and type_ not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {type_!r}; use one of {', '.join(ENTITY_TYPES)}")
    if not text:
        raise ValueError("an entity needs some text")
    if remove:
        conn.execute("INSERT OR REPLACE INTO entity_corrections VALUES (?, 'remove', NULL, ?)",
                     (text, now))
    elif type_ is not None:
        conn.execute("INSERT OR REPLACE INTO entity_corrections VALUES (?, 'add', ?, ?)",
                     (text, type_, now))
    else:
        conn.execute("DELETE FROM entity_corrections WHERE text = ?", (text,))
    refresh_entity_rows(conn, text)


def refresh_entity_rows(conn: sqlite3.Connection, text: str) -> None:
    """Recompute ``article_entities`` rows for one word after its correction changed."""
    corrections = load_corrections(conn)
    conn.execute("DELETE FROM article_entities WHERE text = ?", (text,))
    if text in corrections.removed:
        return
    forced = corrections.added.get(text)
    if forced is not None:
        # The index narrows the scan; the same rule as on reading decides (a longer
        # entity the analyser found, such as 长沙市 around 长沙, wins).
        terms = query_terms(text)
        seqs = [s for s, _ in search_index.matching(conn, terms, candidates=None)] if terms else []
        rows = []
        for seq in seqs:
            body, raw = conn.execute("SELECT text, entities FROM articles WHERE seq = ?",
                                     (seq,)).fetchone()
            spans = [EntitySpan(**e) for e in json.loads(raw or "[]")]
            if any(e.text == text for e in apply_corrections(body, spans, corrections)):
                rows.append((seq, text, forced))
        conn.executemany("INSERT OR IGNORE INTO article_entities VALUES (?, ?, ?)", rows)
        return
    # No correction left: the analysis stored at import says where it is an entity.
    conn.execute(
        "INSERT OR IGNORE INTO article_entities SELECT a.seq, j.value ->> 'text',"
        " j.value ->> 'type' FROM articles a, json_each(a.entities) j"
        " WHERE j.value ->> 'text' = ?", (text,),
    )


def orphans(conn: sqlite3.Connection) -> list[Highlight]:
    rows = conn.execute(_HIGHLIGHT_SQL + " WHERE h.orphan = 1 ORDER BY a.id, h.start")
    return [_highlight(r) for r in rows]
