"""Content put into a test's copy of the seed library: notes, tags and highlights of every
kind (:func:`annotate`), or many more articles by SQL (:func:`multiply_articles`); or a
small library of given articles, one page each (:func:`library_of`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.page_import import import_files
from desktop_app.service import LibraryService
from tests.helpers import fake_analysers


def annotate(library: LibraryService) -> dict:
    """Notes, tags and highlights of every kind on a few seed articles."""
    ids = library.article_ids()
    first, second, third = ids[0], ids[1], ids[2]
    text = library.article(first).text
    library.add_highlight(first, 0, 6, "yellow", "开头 <script>alert(1)</script>")
    library.add_highlight(first, 10, 20, "green")
    library.add_highlight(first, 30, 45, "blue", "多行\n笔记 **粗体**")
    library.add_highlight(second, 5, 15, "pink", "=1+1")
    library.add_highlight(third, 1, 4, "purple", "")
    library.set_note(first, "# 文章笔记\n\n见 <img src=x onerror=alert(2)>")
    library.set_note(second, "第二篇的笔记")
    library.tag(first, "算力", "湖南")
    library.tag(third, "算力")
    return {"ids": (first, second, third), "text": text}


def multiply_articles(path: Path, copies: int, highlights_per_article: int) -> int:
    """Grow a library to ``copies`` times its articles, each with highlights, by SQL.

    Only export reads these rows (no search index), and building them through the
    analysers would take minutes. Returns the number of highlights.
    """
    conn = sqlite3.connect(path)
    pages = conn.execute("SELECT id, source_path, content_hash, imported_at FROM pages"
                         ).fetchall()
    articles = conn.execute("SELECT * FROM articles").fetchall()
    columns = [d[1] for d in conn.execute("PRAGMA table_info(articles)")]
    stamp = "2025-03-30T08:00:00+00:00"
    for copy in range(1, copies):
        page_ids = {}
        for page_id, source, digest, imported in pages:
            cursor = conn.execute(
                "INSERT INTO pages(source_path, content_hash, imported_at) VALUES (?, ?, ?)",
                (f"{source}.{copy}", f"{digest}-{copy}", imported))
            page_ids[page_id] = cursor.lastrowid
        for row in articles:
            record = dict(zip(columns, row, strict=True))
            record.update(seq=None, id=f"{record['id']}-c{copy}",
                          page_id=page_ids[record["page_id"]])
            marks = ",".join("?" * len(record))
            conn.execute(f"INSERT INTO articles({','.join(record)}) VALUES ({marks})",
                         list(record.values()))
    rows = []
    colors = ("yellow", "green", "blue", "pink", "purple")
    for seq, text in conn.execute("SELECT seq, text FROM articles").fetchall():
        for i in range(min(highlights_per_article, max(0, len(text) - 12))):
            start = i * max(1, (len(text) - 12) // highlights_per_article)
            rows.append((seq, start, start + 10, text[start:start + 10],
                         text[max(0, start - 32):start], text[start + 10:start + 42],
                         colors[i % 5], f"笔记 {i} <b>", stamp, stamp))
        conn.execute("INSERT INTO notes VALUES (?, ?, ?, ?)", (seq, f"文章 {seq} 的笔记", stamp,
                                                               stamp))
    conn.executemany(
        "INSERT INTO highlights(article_seq, start, end, quote, prefix, suffix, color, note,"
        " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    return len(rows)


def library_of(folder: Path, articles: dict[str, str]) -> Path:
    """A new library in ``folder`` holding one page per article, ``## 标题NAME`` over its
    body, imported with the quick fake analyser (no jieba, no model)."""
    for name, body in articles.items():
        (folder / f"{name}.txt").write_text(f"## 标题{name}\n\n{body}\n", encoding="utf-8")
    db = folder / "lib.sqlite3"
    report = import_files(db, [folder], analyser=fake_analysers.quick)
    assert report.added_pages == len(articles) and report.errors == []
    return db
