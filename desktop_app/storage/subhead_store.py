"""Subhead positions for articles stored before they were (migration step 6).

The library does not keep a page's text, only where it was read from and its hash. The
text is read again from that file when it still holds the same text, or from the bundled
sample pages (matched by hash: a frozen app unpacks them somewhere new on each start).
PDF pages and pages whose file is gone or changed keep their subheads with positions
unknown (``null``) until the page is imported again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.splitting.subhead_positions import rederived_positions


def _hash(text: str) -> str:
    # The import's content hash (page_analysis.content_hash): SHA-256 of the cleaned text.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read(path: Path) -> str | None:
    try:
        return read_page(path).text if path.is_file() else None
    except (OSError, PageError):
        return None


def fill_subhead_positions(conn: sqlite3.Connection, sample_dirs: Iterable[Path] = ()) -> None:
    """Set ``subhead_positions`` on every article where it is NULL: ``[]`` without
    subheads, the re-derived positions where the page's text can be read again."""
    conn.execute("UPDATE articles SET subhead_positions = '[]' WHERE subhead_positions IS NULL"
                 " AND coalesce(subheads, '[]') = '[]'")
    pages = conn.execute(
        "SELECT DISTINCT p.id, p.source_path, p.content_hash FROM pages p JOIN articles a"
        " ON a.page_id = p.id WHERE a.subhead_positions IS NULL").fetchall()
    if not pages:
        return
    samples: dict[str, Path] | None = None
    for page_id, source_path, digest in pages:
        text = None if "#page=" in source_path else _read(Path(source_path))
        if text is None or _hash(text) != digest:
            if samples is None:
                samples = {}
                for folder in sample_dirs:
                    for path in sorted(folder.glob("*.txt")):
                        if (sample := _read(path)) is not None:
                            samples.setdefault(_hash(sample), path)
            text = _read(samples[digest]) if digest in samples else None
        if text is None:
            continue
        rows = conn.execute("SELECT seq, text, subheads FROM articles WHERE page_id = ?"
                            " AND subhead_positions IS NULL", (page_id,)).fetchall()
        stored = [(row[1], json.loads(row[2] or "[]")) for row in rows]
        for (seq, *_), positions in zip(rows, rederived_positions(text, stored), strict=True):
            if positions is not None:
                conn.execute("UPDATE articles SET subhead_positions = ? WHERE seq = ?",
                             (json.dumps(positions), seq))
