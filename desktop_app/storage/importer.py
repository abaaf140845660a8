"""Pages into the library: one transaction per page, idempotent, re-anchoring on change.

The slow part (splitting and analysis) runs before the write transaction opens, so
another window or process is only ever blocked for the few milliseconds of writing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.annotating.anchors import anchor
from desktop_app.core.annotating.article_pairing import pair_articles
from desktop_app.core.articles import SplitPage
from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.spans import Analysis, Corrections
from desktop_app.core.splitting.split import split_page
from desktop_app.storage import annotation_store, library, search_index
from desktop_app.storage.db import Database, now
from desktop_app.storage.records import ImportReport

PAGE_SUFFIXES = (".txt",)
Analyser = Callable[[str, Corrections], Analysis]


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the page files (*.txt) anywhere under given folders.

    Under a folder, every ``*.txt`` that is not itself a folder is listed, even a named
    pipe, a device or a broken link: reading refuses those by their type (without opening
    them), so the import reports them by name instead of passing over them in silence.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.suffix.lower() in PAGE_SUFFIXES and not p.is_dir()))
        else:
            found.append(path)
    return found


@dataclass
class _Prepared:
    path: Path
    content_hash: str
    encoding: str
    split: SplitPage
    analyses: list[Analysis]


def prepare(path: Path, analyser: Analyser, corrections: Corrections) -> _Prepared:
    page = read_page(path)
    split = split_page(page.text)
    analyses = [analyser(a.text, corrections) for a in split.articles]
    digest = hashlib.sha256(page.text.encode("utf-8")).hexdigest()
    return _Prepared(path, digest, page.encoding, split, analyses)


def content_hash_known(conn: sqlite3.Connection, path: Path) -> bool:
    """Cheap test before the expensive split: this exact text is already in."""
    try:
        digest = hashlib.sha256(read_page(path).text.encode("utf-8")).hexdigest()
    except PageError:
        return False
    return conn.execute("SELECT 1 FROM pages WHERE content_hash = ?",
                        (digest,)).fetchone() is not None


def import_page(database: Database, path: Path, analyser: Analyser | None = None
                ) -> ImportReport:
    """Import one page file; raises PageError (nothing written) for a bad file."""
    if analyser is None:
        # Imported here: analysis loads jieba's dictionary, which commands that only
        # read the library (list, search, show) should not pay for.
        from desktop_app.core.extraction.analysis import analyse as analyser
    report = ImportReport()
    if content_hash_known(database.conn, path):
        report.unchanged_pages = 1
        return report
    # Raw spans are stored; corrections are applied when read (library.apply_corrections).
    prepared = prepare(path, analyser, Corrections())
    corrections = annotation_store.load_corrections(database.conn)
    with database.transaction() as conn:
        source = str(path.resolve())
        if conn.execute("SELECT 1 FROM pages WHERE content_hash = ?",
                        (prepared.content_hash,)).fetchone():
            report.unchanged_pages = 1
            return report
        row = conn.execute("SELECT id FROM pages WHERE source_path = ?", (source,)).fetchone()
        stamp = now()
        page_id = _store_page(database, row[0] if row else None, source, prepared, stamp)
        if row is None:
            report.added_pages = 1
            for position, (article, analysis) in enumerate(_pairs(prepared)):
                record = library.article_record(article, prepared.split.meta, page_id,
                                                position, analysis)
                library.insert_article(database.db, record, corrections, stamp)
                report.articles_added += 1
        else:
            report.updated_pages = 1
            _replace_articles(database, page_id, prepared, corrections, stamp, report)
        search_index.flush_user(conn)
    return report


def _pairs(prepared: _Prepared) -> Iterator:
    return zip(prepared.split.articles, prepared.analyses, strict=True)


def _store_page(database: Database, page_id: int | None, source: str, prepared: _Prepared,
                stamp: str) -> int:
    meta = prepared.split.meta
    record = {
        "source_path": source, "content_hash": prepared.content_hash, "updated_at": stamp,
        "date": meta.date, "page_no": meta.page, "editor": meta.editor,
        "section": meta.section, "encoding": prepared.encoding,
        "chars": sum(len(a.text) for a in prepared.split.articles),
    }
    if page_id is None:
        return database.db["pages"].insert({**record, "imported_at": stamp}).last_pk
    database.db["pages"].update(page_id, record)
    return page_id


def _replace_articles(database: Database, page_id: int, prepared: _Prepared,
                      corrections: Corrections, stamp: str, report: ImportReport) -> None:
    """Swap a changed page's articles, keeping every note, tag and highlight."""
    conn = database.conn
    old = conn.execute(
        "SELECT seq, id, title, text FROM articles WHERE page_id = ? AND retired = 0"
        " ORDER BY position", (page_id,),
    ).fetchall()
    new = list(_pairs(prepared))
    pairs = pair_articles([r[1:] for r in old], [(a.id, a.title, a.text) for a, _ in new])
    for i, (seq, *_rest) in enumerate(old):
        if i in pairs:
            continue
        if library.has_user_data(conn, seq):
            # Its page no longer prints it, but the user's notes on it stay readable.
            conn.execute("UPDATE articles SET retired = 1, updated_at = ? WHERE seq = ?",
                         (stamp, seq))
            report.orphaned_highlights.extend(_orphan_all(conn, seq, stamp))
        else:
            library.delete_article(conn, seq)
    successors = {j: old[i][0] for i, j in pairs.items()}
    for position, (article, analysis) in enumerate(new):
        record = library.article_record(article, prepared.split.meta, page_id, position,
                                        analysis)
        seq = successors.get(position)
        if seq is None:
            library.insert_article(database.db, record, corrections, stamp)
            report.articles_added += 1
        else:
            with search_index.reindexed(conn, seq):
                library.update_article(database.db, seq, record, corrections, stamp)
                report.orphaned_highlights.extend(_reanchor(conn, seq, article.text, stamp))


def _reanchor(conn: sqlite3.Connection, seq: int, text: str, stamp: str) -> list[int]:
    """Move the article's highlights onto its new text; returns the new orphans.

    Highlights that were orphans before this import are not reported again: the
    report says what this import did (``orphans()`` lists them all).
    """
    orphans: list[int] = []
    for h in annotation_store.highlights(conn, seq):
        found = anchor(text, h.quote, h.prefix, h.suffix, h.start)
        if found is None:
            if not h.orphan:
                conn.execute("UPDATE highlights SET orphan = 1, updated = ? WHERE id = ?",
                             (stamp, h.id))
                orphans.append(h.id)
            continue
        quote, prefix, suffix = annotation_store.anchor_context(text, *found)
        conn.execute(
            "UPDATE highlights SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?,"
            " orphan = 0 WHERE id = ?", (*found, quote, prefix, suffix, h.id),
        )
    return orphans


def _orphan_all(conn: sqlite3.Connection, seq: int, stamp: str) -> list[int]:
    """Orphan every highlight of a retired article; returns those not orphans before."""
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM highlights WHERE article_seq = ? AND orphan = 0", (seq,))]
    conn.execute("UPDATE highlights SET orphan = 1, updated = ? WHERE article_seq = ?"
                 " AND orphan = 0", (stamp, seq))
    return ids
