"""The reader's fixes to a page's split (``split_edits``), and the writes they need.

One row per fix, in the order made (``seq`` counts per page): the operation and its
arguments as JSON (core/splitting/edits.py says what they mean), never a copy of the
text, so that an import of the page applies them again to the splitter's output. A
page's rows go with the page (``ON DELETE CASCADE``).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop_app.core.articles import PageMeta

CREATE = ("CREATE TABLE IF NOT EXISTS split_edits ("
          "page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
          " seq INTEGER NOT NULL, op TEXT NOT NULL, args TEXT NOT NULL,"
          " created TEXT NOT NULL, PRIMARY KEY (page_id, seq))")

# The stored article columns an edit needs to rebuild the article and its analysis.
ARTICLE_COLUMNS = ("seq", "id", "title", "subtitle", "kicker", "byline", "authors", "dateline",
                   "kind", "subheads", "subhead_positions", "text", "source_start", "source_end",
                   "paragraph_spans", "numbers", "entities")


def add_edit(conn: sqlite3.Connection, page_id: int, op: str, args: dict[str, Any],
             created: str) -> int:
    """Store an edit after the page's others; returns its ``seq``."""
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM split_edits WHERE page_id = ?",
                       (page_id,)).fetchone()[0]
    conn.execute("INSERT INTO split_edits(page_id, seq, op, args, created) VALUES (?,?,?,?,?)",
                 (page_id, seq, op, json.dumps(args, ensure_ascii=False), created))
    return int(seq)


def page_edits(conn: sqlite3.Connection, page_id: int
               ) -> list[tuple[int, str, dict[str, Any], str]]:
    """(seq, op, args, created) of the page's edits, oldest first."""
    return [(r[0], r[1], json.loads(r[2]), r[3]) for r in conn.execute(
        "SELECT seq, op, args, created FROM split_edits WHERE page_id = ? ORDER BY seq",
        (page_id,))]


def delete_edit(conn: sqlite3.Connection, page_id: int, seq: int) -> None:
    conn.execute("DELETE FROM split_edits WHERE page_id = ? AND seq = ?", (page_id, seq))


def page_of(conn: sqlite3.Connection, article_id: str) -> int | None:
    """The page an article (not retired) is on, or None."""
    row = conn.execute("SELECT page_id FROM articles WHERE id = ? AND retired = 0",
                       (article_id,)).fetchone()
    return None if row is None else int(row[0])


def page_row(conn: sqlite3.Connection, page_id: int) -> tuple[str, PageMeta, bool]:
    """(source path, meta, sample) of a page."""
    row = conn.execute("SELECT source_path, date, page_no, editor, section, sample"
                       " FROM pages WHERE id = ?", (page_id,)).fetchone()
    return row[0], PageMeta(row[1], row[2], row[3], row[4]), bool(row[5])


def page_articles(conn: sqlite3.Connection, page_id: int) -> list[dict[str, Any]]:
    """The page's articles in page order (retired ones left out), as stored."""
    rows = conn.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
                        " WHERE page_id = ? AND retired = 0 ORDER BY position", (page_id,))
    return [dict(zip(ARTICLE_COLUMNS, row, strict=True)) for row in rows]


def move_highlights(conn: sqlite3.Connection, from_seq: int, start: int, end: int,
                    to_seq: int, delta: int) -> None:
    """The highlights of ``from_seq`` starting in ``[start, end)`` go to ``to_seq``,
    ``delta`` characters later."""
    conn.execute("UPDATE highlights SET article_seq = ?, start = start + ?, end = end + ?"
                 " WHERE article_seq = ? AND start >= ? AND start < ?",
                 (to_seq, delta, delta, from_seq, start, end))


def move_note_and_tags(conn: sqlite3.Connection, from_seq: int, to_seq: int,
                       stamp: str) -> None:
    """An article merged into another gives it its note (after the other's) and tags."""
    row = conn.execute("SELECT markdown, created FROM notes WHERE article_seq = ?",
                       (from_seq,)).fetchone()
    if row is not None:
        there = conn.execute("SELECT markdown FROM notes WHERE article_seq = ?",
                             (to_seq,)).fetchone()
        if there is None:
            conn.execute("INSERT INTO notes(article_seq, markdown, created, updated)"
                         " VALUES (?, ?, ?, ?)", (to_seq, row[0], row[1], stamp))
        else:
            conn.execute("UPDATE notes SET markdown = ?, updated = ? WHERE article_seq = ?",
                         (f"{there[0]}\n\n{row[0]}", stamp, to_seq))
        conn.execute("DELETE FROM notes WHERE article_seq = ?", (from_seq,))
    conn.execute("INSERT OR IGNORE INTO article_tags(article_seq, tag_id)"
                 " SELECT ?, tag_id FROM article_tags WHERE article_seq = ?",
                 (to_seq, from_seq))
    conn.execute("DELETE FROM article_tags WHERE article_seq = ?", (from_seq,))
