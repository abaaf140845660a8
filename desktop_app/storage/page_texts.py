"""The text of pages imported before a schema step needed it (migration steps 6 and 19),
or before this version's splitter (``library_analysis`` splits them again).

The library does not keep a page's text, only where it was read from and its hash. The
text is read again from that file when it still holds the same text, or from the bundled
sample pages (matched by hash: a frozen app unpacks them somewhere new on each start).
PDF pages and pages whose file is gone or changed are left out.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.reading.pdf_print import is_pdf_page


def _hash(text: str) -> str:
    # The import's content hash (page_analysis.content_hash): SHA-256 of the cleaned text.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read(path: Path) -> str | None:
    try:
        return read_page(path).text if path.is_file() else None
    except (OSError, PageError):
        return None


def readable_page_texts(conn: sqlite3.Connection, page_ids: Iterable[int],
                        sample_dirs: Iterable[Path] = ()) -> Iterator[tuple[int, str]]:
    """(page id, its text) for each of ``page_ids`` whose text can be read again."""
    for page_id, path in readable_page_files(conn, page_ids, sample_dirs):
        text = _read(path)
        if text is not None:
            yield page_id, text


def readable_page_files(conn: sqlite3.Connection, page_ids: Iterable[int],
                        sample_dirs: Iterable[Path] = ()) -> Iterator[tuple[int, Path]]:
    """(page id, a file holding its text now) for each of ``page_ids`` whose text can be
    read again: its own file, unchanged, or a bundled sample page with the same text."""
    samples: dict[str, Path] | None = None
    for page_id in page_ids:
        row = conn.execute("SELECT source_path, content_hash FROM pages WHERE id = ?",
                           (page_id,)).fetchone()
        if row is None:
            continue
        source_path, digest = row
        path: Path | None = None if is_pdf_page(source_path) else Path(source_path)
        text = None if path is None else _read(path)
        if text is None or _hash(text) != digest:
            if samples is None:
                samples = {}
                for folder in sample_dirs:
                    for sample in sorted(folder.glob("*.txt")):
                        if (read := _read(sample)) is not None:
                            samples.setdefault(_hash(read), sample)
            path = samples.get(digest)
        if path is not None:
            yield page_id, path


def refill_from_pages(conn: sqlite3.Connection, column: str, columns: Sequence[str],
                      rederive: Callable[[str, list[tuple[Any, ...]]], Sequence[Any]],
                      sample_dirs: Iterable[Path], encode: Callable[[Any], Any] = str) -> None:
    """Set ``articles.column`` where it is NULL, on the articles of each page whose text can
    be read again: ``rederive(page text, the stored ``columns`` of its articles)`` gives
    one value each, None where the page no longer splits into that article (left NULL).
    ``column`` and ``columns`` are this package's own names, never a user's."""
    pages = [row[0] for row in conn.execute(
        f"SELECT DISTINCT page_id FROM articles WHERE {column} IS NULL")]
    for page_id, text in readable_page_texts(conn, pages, sample_dirs):
        rows = conn.execute(f"SELECT seq, {', '.join(columns)} FROM articles"
                            f" WHERE page_id = ? AND {column} IS NULL", (page_id,)).fetchall()
        values = rederive(text, [tuple(row[1:]) for row in rows])
        conn.executemany(f"UPDATE articles SET {column} = ? WHERE seq = ?",
                         [(encode(value), row[0]) for row, value
                          in zip(rows, values, strict=True) if value is not None])
