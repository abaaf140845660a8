"""The full-text index: keeping it in step with the tables (querying it:
:mod:`desktop_app.storage.search_matches`).

Two FTS5 tables (token schemes in :mod:`desktop_app.core.search.text`):

* ``search_index`` holds an article's title and body as bigrams (``title``, ``body``)
  and as their distinct characters (``title_chars``, ``body_chars``, for one-character
  terms): one table, so that a query of words and characters is one FTS5 expression
  (schema step 18). It is contentless: a row can only be deleted by handing FTS5 the
  exact values inserted, so those are rebuilt from ``articles`` by :func:`row_values`;
  only the importer changes it, through :func:`add`, :func:`remove` and
  :func:`reindexed`.
* ``search_user`` (notes, highlight quotes and notes, tags) is an ordinary FTS5 table.
  Triggers on the user tables list changed articles in ``search_dirty``, whoever wrote
  them; :func:`flush_user` re-indexes those, so the index cannot drift.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence

from desktop_app.core.search.text import char_text, index_text


def row_values(conn: sqlite3.Connection, seq: int) -> tuple[str, str]:
    """The raw (title, body) text indexed for article ``seq``."""
    row = conn.execute(
        "SELECT title, subtitle, byline, dateline, subheads, text FROM articles WHERE seq = ?",
        (seq,),
    ).fetchone()
    if row is None:
        return "", ""
    title, subtitle, byline, dateline, subheads, text = row
    heads = json.loads(subheads or "[]")
    body = "\n".join(part for part in (byline, dateline, *heads, text) if part)
    return "\n".join(p for p in (title, subtitle) if p), body


def user_text(conn: sqlite3.Connection, seq: int) -> str:
    parts = [r[0] for r in conn.execute("SELECT markdown FROM notes WHERE article_seq = ?",
                                        (seq,))]
    for quote, note in conn.execute(
        "SELECT quote, note FROM highlights WHERE article_seq = ? ORDER BY id", (seq,)
    ):
        parts.extend(p for p in (quote, note) if p)
    parts.extend(r[0] for r in conn.execute(
        "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
        "WHERE at.article_seq = ? ORDER BY t.name", (seq,),
    ))
    return "\n".join(parts)


def _tokens(values: Sequence[str]) -> tuple[str, ...]:
    """The four columns' token strings for (title, body)."""
    return (*(index_text(v) for v in values), *(char_text(v) for v in values))


def add(conn: sqlite3.Connection, seq: int, values: Sequence[str] | None = None) -> None:
    values = values if values is not None else row_values(conn, seq)
    conn.execute("INSERT INTO search_index(rowid, title, body, title_chars, body_chars)"
                 " VALUES (?, ?, ?, ?, ?)", (seq, *_tokens(values)))


def remove(conn: sqlite3.Connection, seq: int, values: Sequence[str] | None = None) -> None:
    values = values if values is not None else row_values(conn, seq)
    conn.execute(
        "INSERT INTO search_index(search_index, rowid, title, body, title_chars, body_chars)"
        " VALUES ('delete', ?, ?, ?, ?, ?)", (seq, *_tokens(values)))
    conn.execute("DELETE FROM search_user WHERE rowid = ?", (seq,))


@contextlib.contextmanager
def reindexed(conn: sqlite3.Connection, seq: int) -> Iterator[None]:
    """Wrap a change to an article's own text; its index row follows the change."""
    before = row_values(conn, seq)
    yield
    after = row_values(conn, seq)
    if after != before:
        remove(conn, seq, before)
        add(conn, seq, after)


def flush_user(conn: sqlite3.Connection) -> int:
    """Re-index the user text of every article marked dirty; returns how many."""
    seqs = [r[0] for r in conn.execute("SELECT article_seq FROM search_dirty")]
    for seq in seqs:
        conn.execute("DELETE FROM search_user WHERE rowid = ?", (seq,))
        text = user_text(conn, seq)
        if text:
            conn.execute("INSERT INTO search_user(rowid, user) VALUES (?, ?)",
                         (seq, index_text(text)))
    conn.execute("DELETE FROM search_dirty")
    return len(seqs)


def needs_flush(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM search_dirty LIMIT 1").fetchone() is not None


def rebuild(conn: sqlite3.Connection) -> None:
    """Recreate every index row from the tables (after a token scheme change)."""
    conn.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_user")
    for (seq,) in conn.execute("SELECT seq FROM articles").fetchall():
        add(conn, seq)
    conn.execute("INSERT OR IGNORE INTO search_dirty SELECT seq FROM articles")
    flush_user(conn)


def fill_chars(conn: sqlite3.Connection) -> int:
    """Index every article in ``search_chars`` (migration 2, which added the table; step
    18 folded it into ``search_index``)."""
    seqs = [r[0] for r in conn.execute("SELECT seq FROM articles")]
    for seq in seqs:
        values = row_values(conn, seq)
        conn.execute("INSERT INTO search_chars(rowid, title, body) VALUES (?, ?, ?)",
                     (seq, *(char_text(v) for v in values)))
    return len(seqs)
