"""The bundled sample pages in a library: which they are, and removing them.

A sample page is marked ``pages.sample = 1`` (migration 3). Removing the samples never
takes the user's work with it unless asked: an article that holds a note, a highlight
or a tag is kept (with its page row) by default.
"""

from __future__ import annotations

import sqlite3

from desktop_app.storage import annotation_store, library
from desktop_app.storage.records import SampleContents, SampleRemoval


def count_samples(conn: sqlite3.Connection) -> int:
    """How many sample pages the library holds."""
    return int(conn.execute("SELECT count(*) FROM pages WHERE sample = 1").fetchone()[0])


def sample_contents(conn: sqlite3.Connection) -> SampleContents:
    """The sample pages, their articles, and the notes, highlights and tags on those."""
    on_samples = ("article_seq IN (SELECT a.seq FROM articles a JOIN pages p"
                  " ON p.id = a.page_id WHERE p.sample = 1)")
    row = conn.execute(
        "SELECT (SELECT count(*) FROM pages WHERE sample = 1),"
        " (SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id"
        "  WHERE p.sample = 1),"
        f" (SELECT count(*) FROM notes WHERE {on_samples}),"
        f" (SELECT count(*) FROM highlights WHERE {on_samples}),"
        f" (SELECT count(*) FROM article_tags WHERE {on_samples})").fetchone()
    return SampleContents(*(int(n) for n in row))


def remove_samples(conn: sqlite3.Connection, keep_annotated: bool = True) -> SampleRemoval:
    """Delete the sample pages and their articles, inside the caller's transaction.

    With ``keep_annotated`` an article holding the user's notes, highlights or tags
    stays, and so does its page (still marked a sample); otherwise those go too.
    """
    removal = SampleRemoval()
    pages = [r[0] for r in conn.execute("SELECT id FROM pages WHERE sample = 1 ORDER BY id")]
    for page_id in pages:
        kept = False
        articles = conn.execute("SELECT seq, id FROM articles WHERE page_id = ?"
                                " ORDER BY position", (page_id,)).fetchall()
        for seq, article_id in articles:
            if library.has_user_data(conn, seq):
                if keep_annotated:
                    removal.kept_articles.append(article_id)
                    kept = True
                    continue
                _drop_user_data(conn, seq)
            library.delete_article(conn, seq)
            removal.articles += 1
        if not kept:
            conn.execute("DELETE FROM pages WHERE id = ?", (page_id,))
            removal.pages += 1
    annotation_store.drop_unused_tags(conn)
    return removal


def _drop_user_data(conn: sqlite3.Connection, seq: int) -> None:
    # The triggers mark the article dirty; the caller's flush finds no text left for it.
    conn.execute("DELETE FROM notes WHERE article_seq = ?", (seq,))
    conn.execute("DELETE FROM highlights WHERE article_seq = ?", (seq,))
    conn.execute("DELETE FROM article_tags WHERE article_seq = ?", (seq,))
