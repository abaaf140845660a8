"""Page files into the library: read, split, analyse, then store one page at a time.

The slow part (reading, splitting and analysis: :mod:`desktop_app.page_analysis`) runs
before the write transaction opens, in this process or in worker processes on every
core (:mod:`desktop_app.import_pool`), so another window or process is only ever blocked
for the few milliseconds of writing; :mod:`desktop_app.storage` writes what this module
decided, in one transaction per page, always from this process and in file order.

Importing a page again changes nothing; a page whose text changed keeps the user's
notes, tags and highlights: each old article is paired with its successor
(:mod:`~desktop_app.core.annotating.article_pairing`), highlights are found again in the
new text (:mod:`~desktop_app.core.annotating.anchors`), and an article or highlight that
is gone but holds the user's work is kept, retired or orphaned, never deleted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import service_split_edits
from desktop_app.core.annotating.anchors import anchor
from desktop_app.core.annotating.article_pairing import pair_articles
from desktop_app.core.annotating.highlights import anchor_context
from desktop_app.core.articles import SplitPage
from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.reading.pdf_file import PdfError, PdfFile, is_pdf
from desktop_app.core.reading.pdf_layout import lay_out
from desktop_app.core.reading.pdf_print import PrintedPage, file_hash, page_source
from desktop_app.core.spans import Corrections
from desktop_app.import_pool import AnalysisPool, Done, PoolStartError, cpu_count
from desktop_app.page_analysis import (
    Analyser,
    PreparedPage,
    Unchanged,
    Unreadable,
    analyse_articles,
    content_hash,
    default_analyser,
    pdf_page_hash,
    prepare,
    worker_analyse,
    worker_setup,
)
from desktop_app.page_files import PAGE_SUFFIXES, find_pages
from desktop_app.storage import annotation_store, facts_store, importer, library, search_index
from desktop_app.storage.db import Database, failures_reported, now
from desktop_app.storage.print_store import refresh_file, replace_print
from desktop_app.storage.records import ImportReport

__all__ = ["PAGE_SUFFIXES", "Analyser", "ImportStatus", "PreparedPage", "Progress",
           "content_hash", "expand", "import_files", "import_page", "import_pdf", "prepare"]

Progress = Callable[[int, int, str], bool]
# A page whose analysis takes longer than this (seconds) is stopped and reported.
PAGE_TIME_LIMIT_S = 60.0
# With jobs=None, imports of fewer files than this run in this process: starting workers
# (each loads jieba and the name model, 2-4 s) costs more than it saves.
POOL_MIN_FILES = 8
# Errors met while storing one page that say "this page", not "this library".
_PAGE_ERRORS = (ValueError, KeyError, IndexError, sqlite3.IntegrityError)


@dataclass(frozen=True)
class ImportStatus:
    """Where an import stands, for a progress display (the command line's bar)."""

    done: int  # files handled: stored, unchanged or reported
    total: int  # files found
    chars: int  # characters of article text analysed and stored so far
    name: str  # the file just handled ("" before the first)
    jobs: int  # worker processes (1: analysis in this process)


Status = Callable[[ImportStatus], bool]


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the page files anywhere under given folders (find_pages)."""
    return find_pages(paths)[0]


def worker_count(jobs: int | None, files: int) -> int:
    """How many worker processes an import of ``files`` files uses; 1 means none (the
    analysis runs in the importing process). ``jobs=None``: every core, for an import
    big enough to pay for starting them."""
    if jobs is None:
        return cpu_count() if files >= POOL_MIN_FILES else 1
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    return max(1, min(jobs, files))


def import_files(library_path: Path, paths: Iterable[str | Path],
                 progress: Progress | None = None, *, jobs: int | None = 1,
                 sample: bool = False, analyser: Analyser | None = None,
                 time_limit: float = PAGE_TIME_LIMIT_S, status: Status | None = None
                 ) -> ImportReport:
    """Import page files and folders through a connection of their own (so a worker
    thread can import while the window reads); a bad file is reported, the rest goes in.

    Pages are committed one at a time, in file order, each in its own transaction, by
    this process. With ``jobs`` above 1 the reading, splitting and analysis run in that
    many worker processes (:mod:`desktop_app.import_pool`); a page whose worker crashes
    or that takes more than ``time_limit`` seconds is reported and skipped.
    ``analyser`` replaces the real analysis (tests; with workers it must be picklable).
    ``sample`` marks the new pages as the bundled samples.

    ``progress(done, total, name)`` is called before each file is stored (and once at the
    end); returning False cancels. ``status(ImportStatus)`` is called after each file and,
    while waiting for workers, about ten times a second; returning False cancels too.
    A cancelled import keeps every page committed before it, and no part of any other.
    """
    files, skipped = find_pages(paths)
    report = ImportReport(skipped=skipped)
    # A PDF is read and laid out page by page in this process (import_pdf): the workers
    # take text pages only, so an import holding a PDF runs here.
    workers = 1 if any(is_pdf(p) for p in files) else worker_count(jobs, len(files))
    run = _Run(files, report, progress, status, workers)
    database = Database(library_path)
    try:
        first: int | None = 0  # the first file still to import in this process
        if workers > 1:
            try:
                first = _import_with_workers(database, run, sample, analyser, time_limit)
            except PoolStartError as exc:  # a frozen build that cannot spawn, for one
                report.errors.append(f"worker processes could not start ({exc}); "
                                     "importing in this process instead")
                first = run.done
        if first is not None:
            run.jobs = 1
            _import_here(database, run, first, sample, analyser)
    finally:
        database.close()
    return report


class _Run:
    """One import's files, report and callbacks."""

    def __init__(self, files: list[Path], report: ImportReport, progress: Progress | None,
                 status: Status | None, jobs: int) -> None:
        self.files, self.report = files, report
        self.progress, self.status, self.jobs = progress, status, jobs
        self.done = 0

    def before(self, index: int) -> bool:
        """Called before file ``index`` is stored; False: cancelled."""
        if self.progress is not None and self.progress(
                index, len(self.files), self.files[index].name) is False:
            self.report.cancelled = True
        return not self.report.cancelled

    def after(self, index: int) -> bool:
        self.done = index + 1
        return self.tick(self.files[index].name)

    def tick(self, name: str = "") -> bool:
        if self.status is not None and self.status(ImportStatus(
                self.done, len(self.files), self.report.chars, name, self.jobs)) is False:
            self.report.cancelled = True
        return not self.report.cancelled

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(len(self.files), len(self.files), "")


def _import_here(database: Database, run: _Run, first: int, sample: bool,
                 analyser: Analyser | None) -> None:
    """Files ``first`` … in this process, one after the other."""
    extra: dict[str, Any] = {}
    if analyser is not None:
        extra["analyser"] = analyser
    if sample:
        extra["sample"] = True
    for index in range(first, len(run.files)):
        if not run.before(index):
            return
        path = run.files[index]
        try:
            # No service lock here, so damage met by the import is reported here.
            with failures_reported(database.path):
                if is_pdf(path):
                    if not import_pdf(database, path, run.report, _pdf_progress(run, index),
                                      analyser, sample=sample):
                        run.report.cancelled = True
                        return
                else:
                    run.report.merge(import_page(database, path, **extra))
        except PageError as exc:
            run.report.errors.append(str(exc))
        except _PAGE_ERRORS as exc:
            run.report.errors.append(f"{path.name}: could not be imported ({exc})")
        if not run.after(index):
            return
    run.finish()


def _import_with_workers(database: Database, run: _Run, sample: bool,
                         analyser: Analyser | None, time_limit: float) -> int | None:
    """Analysis in ``run.jobs`` worker processes, writing here in file order. Returns
    None when the import ended (finished or cancelled), or the index of the first file
    still to import when the workers could not be kept running."""
    known = frozenset(importer.page_hashes(database.conn))
    tasks = [str(path) for path in run.files]
    # The shipped analyser's tagger is built once, in the workers' fork server.
    preload = ("desktop_app.worker_preload",) if analyser is None else ()
    with AnalysisPool(worker_analyse, run.jobs, setup=worker_setup,
                      setup_args=(known, analyser), time_limit=time_limit,
                      preload=preload) as pool:
        try:
            for index, outcome in pool.run(tasks, poll=run.tick):
                if not run.before(index):
                    return None
                path = run.files[index]
                if isinstance(outcome, Done):
                    _write_outcome(database, path, outcome.value, run.report, sample)
                else:
                    run.report.errors.append(f"{path.name}: {outcome.reason}; not imported")
                if not run.after(index):
                    return None
        except PoolStartError:
            if run.done == 0 and not run.report.cancelled:
                raise
            run.report.errors.append("worker processes stopped starting; importing the "
                                     "rest in this process")
            return run.done
        if run.report.cancelled:
            return None
    run.finish()
    return None


def _write_outcome(database: Database, path: Path,
                   outcome: PreparedPage | Unchanged | Unreadable, report: ImportReport,
                   sample: bool) -> None:
    if isinstance(outcome, Unreadable):
        report.errors.append(outcome.message)
        return
    try:
        with failures_reported(database.path):
            if isinstance(outcome, Unchanged):
                report.merge(_unchanged(database, outcome.content_hash, sample))
            else:
                report.merge(store_prepared(database, outcome, sample))
    except _PAGE_ERRORS as exc:
        report.errors.append(f"{path.name}: could not be imported ({exc})")


def import_page(database: Database, path: Path, analyser: Analyser | None = None, *,
                sample: bool = False) -> ImportReport:
    """Import one page file; raises PageError (nothing written) for a bad file."""
    page = read_page(path)  # read and hashed once; the split only when the text is new
    digest = content_hash(page.text)
    if importer.has_page_text(database.conn, digest):
        return _unchanged(database, digest, sample)
    prepared = prepare(path, page.text, page.encoding, digest,
                       analyser or default_analyser())
    return store_prepared(database, prepared, sample)


def _pdf_progress(run: _Run, index: int) -> Callable[[int, int], bool]:
    """``going_on(page, pages)`` for import_pdf: the file's progress, page by page."""
    def going_on(page: int, pages: int) -> bool:
        name = f"{run.files[index].name} ({page}/{pages})"
        return run.progress is None or run.progress(index, len(run.files), name) is not False
    return going_on


def import_pdf(database: Database, path: Path, report: ImportReport,
               going_on: Callable[[int, int], bool], analyser: Analyser | None = None, *,
               sample: bool = False) -> bool:
    """Import each page of a PDF as a page of the library, one at a time (one page's
    characters in memory at once). A page that cannot be read is reported and skipped;
    a file that cannot be opened raises PdfError before anything is written. Returns
    False when ``going_on(page, pages)`` asked to stop."""
    analyse = analyser or default_analyser()
    errors: list[PdfError] = []
    with PdfFile(path) as pdf:
        source, pdf_hash = str(path.resolve()), file_hash(path)
        for number in range(1, pdf.page_count + 1):
            if not going_on(number, pdf.page_count):
                return False
            try:
                geometry = pdf.read_page(number - 1)
            except PdfError as exc:
                errors.append(exc)
                continue
            laid = lay_out(geometry)
            printed = PrintedPage.of(source, pdf_hash, number, geometry, laid.regions)
            digest = pdf_page_hash(laid.text)
            if importer.has_page_text(database.conn, digest):
                refresh_file(database, digest, printed)  # moved, re-saved
                report.merge(_unchanged(database, digest, sample))
                continue
            split: SplitPage = laid.split
            analyses = analyse_articles(analyse, split)
            report.merge(store_prepared(database, PreparedPage(
                page_source(source, number), digest, "pdf", split, analyses, printed),
                sample))
    reasons = {exc.reason for exc in errors}
    if errors and len(errors) == pdf.page_count and len(reasons) == 1:
        report.errors.append(f"{path.name}: {errors[0].reason}")  # one line for the file
    else:
        report.errors.extend(str(exc) for exc in errors)
    return True


def store_prepared(database: Database, prepared: PreparedPage, sample: bool = False, *,
                   again: bool = False) -> ImportReport:
    """Write one analysed page in one transaction (nothing, if its text is already in;
    ``again``: a page the library holds, split again: its articles pair with theirs)."""
    report = ImportReport()
    with database.transaction() as conn:
        # Another process may have stored the same text meanwhile.
        if not again and importer.has_page_text(conn, prepared.content_hash):
            report.unchanged_pages = 1
            return report
        _store(database, prepared, annotation_store.load_corrections(conn), report, sample)
        search_index.flush_user(conn)
    report.chars = prepared.chars
    return report


def _unchanged(database: Database, digest: str, sample: bool) -> ImportReport:
    report = ImportReport(unchanged_pages=1)
    if not sample and importer.is_sample_text(database.conn, digest):
        # The user imports a sample page's text themselves: it is theirs from now on.
        with database.transaction() as conn:
            importer.claim_sample(conn, digest)
    return report


def _store(database: Database, prepared: PreparedPage, corrections: Corrections,
           report: ImportReport, sample: bool) -> None:
    conn, stamp = database.conn, now()
    old_id = importer.page_id_of(conn, prepared.source_path)
    record = importer.page_record(prepared.source_path, prepared.content_hash,
                                  prepared.split.meta, prepared.encoding,
                                  prepared.chars, stamp, sample)
    page_id = importer.store_page(database.db, old_id, record)
    prepared = service_split_edits.reapplied(conn, page_id, prepared)  # the reader's fixes
    old = [] if old_id is None else importer.current_articles(conn, page_id)
    articles = prepared.split.articles
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
            seq = library.insert_article(database.db, row, corrections, stamp)
            report.articles_added += 1
        else:
            seq = successor
            with search_index.reindexed(conn, successor):
                library.update_article(database.db, successor, row, corrections, stamp)
                report.orphaned_highlights.extend(_reanchor(conn, successor, article.text,
                                                            stamp))
        facts_store.replace_facts(conn, seq, prepared.facts[position])
        replace_print(conn, seq, prepared.printed, position)


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
