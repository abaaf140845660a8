"""The ``article_prints`` table: where each article imported from a PDF was printed.

One row per article: the PDF's path and SHA-256 when imported, the page number, the
page's size and the article's boxes (JSON ``[[x0, y0, x1, y1], ...]``, PDF points from
the page's top left). Written with the article by page import; read by "Show on Page".
"""

from __future__ import annotations

import json
import sqlite3

from desktop_app.core.reading.pdf_print import ArticlePrint, Box, PrintedPage
from desktop_app.storage.db import Database

CREATE = ("CREATE TABLE IF NOT EXISTS article_prints (article_seq INTEGER PRIMARY KEY"
          " REFERENCES articles(seq), pdf_path TEXT NOT NULL, pdf_hash TEXT NOT NULL,"
          " page_number INTEGER NOT NULL, width REAL NOT NULL, height REAL NOT NULL,"
          " boxes TEXT NOT NULL)")


def replace_print(conn: sqlite3.Connection, seq: int, printed: PrintedPage | None,
                  position: int) -> None:
    """The article's row from its page's print (none, when it did not come from a PDF)."""
    conn.execute("DELETE FROM article_prints WHERE article_seq = ?", (seq,))
    where = printed.article(position) if printed is not None else None
    if where is None:
        return
    boxes = json.dumps([[round(v, 2) for v in (b.x0, b.y0, b.x1, b.y1)] for b in where.boxes])
    conn.execute("INSERT INTO article_prints VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (seq, where.pdf_path, where.pdf_hash, where.page_number, where.width,
                  where.height, boxes))


def refresh_file(database: Database, content_hash: str, printed: PrintedPage) -> None:
    """A page imported again unchanged, maybe from a moved or re-saved PDF: its articles
    now point at that file (one transaction)."""
    with database.transaction() as conn:
            conn.execute("UPDATE article_prints SET pdf_path = ?, pdf_hash = ?, page_number = ?"
                     " WHERE article_seq IN (SELECT a.seq FROM articles a JOIN pages p"
                     " ON p.id = a.page_id WHERE p.content_hash = ?)",
                     (printed.pdf_path, printed.pdf_hash, printed.page_number, content_hash))


def page_file_hash(conn: sqlite3.Connection, page_id: int) -> str | None:
    """The SHA-256 of the PDF the page's articles were printed in (None: no article of
    the page was placed, or the page is not a PDF's)."""
    row = conn.execute("SELECT pr.pdf_hash FROM article_prints pr JOIN articles a"
                       " ON a.seq = pr.article_seq WHERE a.page_id = ? LIMIT 1",
                       (page_id,)).fetchone()
    return None if row is None else str(row[0])


def delete(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("DELETE FROM article_prints WHERE article_seq = ?", (seq,))


def article_print(conn: sqlite3.Connection, article_id: str) -> ArticlePrint | None:
    """Where the article ``article_id`` was printed; None if it did not come from a PDF."""
    row = conn.execute(
        "SELECT p.pdf_path, p.pdf_hash, p.page_number, p.width, p.height, p.boxes"
        " FROM article_prints p JOIN articles a ON a.seq = p.article_seq"
        " WHERE a.id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    boxes = tuple(Box(*map(float, b)) for b in json.loads(row[5]))
    return ArticlePrint(row[0], row[1], int(row[2]), float(row[3]), float(row[4]), boxes)
