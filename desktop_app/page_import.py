"""Page files into the library: read, split, analyse, then store one page at a time.

The slow part (reading, splitting and analysis) runs before the write transaction
opens, so another window or process is only ever blocked for the few milliseconds of
writing; :mod:`desktop_app.storage` writes what this module decided, in one transaction
per page. Importing a page again changes nothing; a page whose text changed keeps the
user's notes, tags and highlights: each old article is paired with its successor
(:mod:`~desktop_app.core.annotating.article_pairing`), highlights are found again in the
new text (:mod:`~desktop_app.core.annotating.anchors`), and an article or highlight that
is gone but holds the user's work is kept, retired or orphaned, never deleted.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.annotating.anchors import anchor
from desktop_app.core.annotating.article_pairing import pair_articles
from desktop_app.core.annotating.highlights import anchor_context
from desktop_app.core.articles import SplitPage
from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.reading.pdf_file import PdfError, PdfFile, is_pdf
from desktop_app.core.reading.pdf_layout import lay_out
from desktop_app.core.spans import Analysis, Corrections
from desktop_app.core.splitting.split import split_page
from desktop_app.storage import annotation_store, importer, library, search_index
from desktop_app.storage.db import Database, failures_reported, now
from desktop_app.storage.records import ImportReport

PAGE_SUFFIXES = (".txt", ".pdf")
Analyser = Callable[[str, Corrections], Analysis]
Progress = Callable[[int, int, str], bool]


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the page files (*.txt, *.pdf) anywhere under given folders.

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


def import_files(library_path: Path, paths: Iterable[str | Path],
                 progress: Progress | None = None) -> ImportReport:
    """Import page files and folders through a connection of their own (so a worker
    thread can import while the window reads); a bad file is reported, the rest goes in.
    ``progress(done, total, name)`` returning False cancels before the next file."""
    files = expand(paths)
    report = ImportReport()
    database = Database(library_path)
    try:
        for done, path in enumerate(files):
            if progress is not None and progress(done, len(files), path.name) is False:
                report.cancelled = True
                break
            try:
                # No service lock here, so damage met by the import is reported here.
                with failures_reported(library_path):
                    if is_pdf(path):
                        def going_on(page: int, pages: int, done: int = done,
                                     name: str = path.name) -> bool:
                            return progress is None or progress(
                                done, len(files), f"{name} ({page}/{pages})") is not False

                        if not import_pdf(database, path, report, going_on):
                            report.cancelled = True
                            break
                    else:
                        report.merge(import_page(database, path))
            except PageError as exc:
                report.errors.append(str(exc))
            except (ValueError, KeyError, IndexError, sqlite3.IntegrityError) as exc:
                report.errors.append(f"{path.name}: could not be imported ({exc})")
        else:
            if progress is not None:
                progress(len(files), len(files), "")
    finally:
        database.close()
    return report


@dataclass(frozen=True)
class PreparedPage:
    """One page ready to store: what the file says, split and analysed."""

    source_path: str
    content_hash: str
    encoding: str
    split: SplitPage
    analyses: list[Analysis]  # one per article of ``split``


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare(path: Path, text: str, encoding: str, digest: str, analyser: Analyser
            ) -> PreparedPage:
    split = split_page(text)
    # Raw spans are stored; corrections are applied when read (core.extraction.corrections).
    analyses = analyse_articles(analyser, split)
    return PreparedPage(str(path.resolve()), digest, encoding, split, analyses)


def analyse_articles(analyser: Analyser, split: SplitPage) -> list[Analysis]:
    """One analysis per article. The shipped analyser reads a page's articles together
    (``analysis.analyse_many``: one batched pass of the name model), any other one by one."""
    from desktop_app.core.extraction import analysis

    texts = [a.text for a in split.articles]
    if analyser is analysis.analyse:
        return list(analysis.analyse_many(texts, Corrections()))
    return [analyser(text, Corrections()) for text in texts]


def _default_analyser() -> Analyser:
    # Imported here: analysis loads jieba's dictionary, which commands that only read
    # the library (list, search, show) should not pay for.
    from desktop_app.core.extraction.analysis import analyse

    return analyse


def import_page(database: Database, path: Path, analyser: Analyser | None = None
                ) -> ImportReport:
    """Import one page file; raises PageError (nothing written) for a bad file."""
    analyse = analyser or _default_analyser()
    page = read_page(path)  # read and hashed once; the split only when the text is new
    digest = content_hash(page.text)
    return store_new(database, digest, lambda: prepare(path, page.text, page.encoding,
                                                       digest, analyse))


def import_pdf(database: Database, path: Path, report: ImportReport,
               going_on: Callable[[int, int], bool], analyser: Analyser | None = None
               ) -> bool:
    """Import each page of a PDF as a page of the library, one at a time (one page's
    characters in memory at once). A page that cannot be read is reported and skipped;
    a file that cannot be opened raises PdfError before anything is written. Returns
    False when ``going_on(page, pages)`` asked to stop."""
    analyse = analyser or _default_analyser()
    errors: list[PdfError] = []
    with PdfFile(path) as pdf:
        source = str(path.resolve())
        for number in range(1, pdf.page_count + 1):
            if not going_on(number, pdf.page_count):
                return False
            try:
                laid = lay_out(pdf.read_page(number - 1))
            except PdfError as exc:
                errors.append(exc)
                continue
            digest = content_hash(f"pdf\n{laid.text}")

            def build(number: int = number, split: SplitPage = laid.split,
                      digest: str = digest) -> PreparedPage:
                analyses = analyse_articles(analyse, split)
                return PreparedPage(f"{source}#page={number}", digest, "pdf", split,
                                    analyses)

            report.merge(store_new(database, digest, build))
    reasons = {exc.reason for exc in errors}
    if errors and len(errors) == pdf.page_count and len(reasons) == 1:
        report.errors.append(f"{path.name}: {errors[0].reason}")  # one line for the file
    else:
        report.errors.extend(str(exc) for exc in errors)
    return True


def store_new(database: Database, digest: str, build: Callable[[], PreparedPage]
              ) -> ImportReport:
    """Store the page ``build`` prepares, unless a page with this text is already in."""
    report = ImportReport()
    if importer.has_page_text(database.conn, digest):
        report.unchanged_pages = 1
        return report
    prepared = build()
    with database.transaction() as conn:
        if importer.has_page_text(conn, digest):  # another process was quicker
            report.unchanged_pages = 1
            return report
        _store(database, prepared, annotation_store.load_corrections(conn), report)
        search_index.flush_user(conn)
    return report


def _store(database: Database, prepared: PreparedPage, corrections: Corrections,
           report: ImportReport) -> None:
    conn, stamp = database.conn, now()
    articles = prepared.split.articles
    old_id = importer.page_id_of(conn, prepared.source_path)
    record = importer.page_record(prepared.source_path, prepared.content_hash,
                                  prepared.split.meta, prepared.encoding,
                                  sum(len(a.text) for a in articles), stamp)
    page_id = importer.store_page(database.db, old_id, record)
    old = [] if old_id is None else importer.current_articles(conn, page_id)
    pairs = pair_articles([r[1:] for r in old], [(a.id, a.title, a.text) for a in articles])
    if old_id is None:
        report.added_pages = 1
    else:
        report.updated_pages = 1
    for i, (seq, *_rest) in enumerate(old):
        if i in pairs:
            continue
        if library.has_user_data(conn, seq):
            # Its page no longer prints it, but the user's notes on it stay readable.
            report.orphaned_highlights.extend(importer.retire_article(conn, seq, stamp))
        else:
            library.delete_article(conn, seq)
    successors = {j: old[i][0] for i, j in pairs.items()}
    for position, (article, analysis) in enumerate(zip(articles, prepared.analyses,
                                                       strict=True)):
        row = library.article_record(article, prepared.split.meta, page_id, position,
                                     analysis)
        successor = successors.get(position)
        if successor is None:
            library.insert_article(database.db, row, corrections, stamp)
            report.articles_added += 1
        else:
            with search_index.reindexed(conn, successor):
                library.update_article(database.db, successor, row, corrections, stamp)
                report.orphaned_highlights.extend(_reanchor(conn, successor, article.text,
                                                            stamp))


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
                importer.orphan_highlight(conn, h.id, stamp)
                orphans.append(h.id)
            continue
        importer.move_highlight(conn, h.id, *found, *anchor_context(text, *found))
    return orphans
