"""Libraries for the export tests: the seed library is built once per session and each
test gets its own copy of the file (building it runs the analysers, which is slow)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from desktop_app.service_export import ExportService

_seed: list[Path] = []


def seed_library(factory: pytest.TempPathFactory) -> Path:
    """The seed library file, built on first use and shared by the whole session."""
    if not _seed:
        path = factory.mktemp("seed-library") / "library.sqlite3"
        LibraryService.open(path, import_seeds=True).close()  # close folds the WAL in
        _seed.append(path)
    return _seed[0]


def copy_library(seed: Path, folder: Path, name: str = "library.sqlite3") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(seed, folder / name))


@contextlib.contextmanager
def open_copy(factory: pytest.TempPathFactory, folder: Path
              ) -> Iterator[tuple[LibraryService, ExportService]]:
    """A private copy of the seed library, with its export service."""
    service = LibraryService.open(copy_library(seed_library(factory), folder),
                                  import_seeds=False)
    exporter = ExportService(service)
    try:
        yield service, exporter
    finally:
        exporter.close()
        service.close()


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
