"""The library brought up to this version's rules: pages split again where an earlier
splitter split them and their text can still be read, and every article analysed again
(numbers, names, figures), so pages imported by an earlier version get what this one
finds.

Splitting again goes through the import's own path (``page_import.store_prepared``,
``again=True``): each old article is paired with its successor, highlights are found
again in the new text (kept as orphans when they cannot be), notes and tags follow their
articles, and the user's fixes to the split are made again; a PDF's page is laid out
again from its file (:mod:`desktop_app.pdf_pages_again`); a page whose file changed or is
gone keeps its split. Analysing again changes only the analysis: the text, the split and
the user's notes, highlights, tags and corrections stay as they are.
Articles are taken in ``seq`` order, analysed before the write transaction opens (in this
process, or in worker processes: :mod:`desktop_app.import_pool`), and written a batch per
transaction together with how far the run got (:mod:`desktop_app.storage.analysis_state`),
so a cancelled, killed or closed run keeps what it wrote and the next one goes on from
there. An article whose text changed meanwhile (its page imported again) is left to that
import's own analysis.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import groupby
from pathlib import Path

from desktop_app import page_import
from desktop_app.core.extraction.version import ANALYSIS_VERSION
from desktop_app.core.reading.pdf_print import is_pdf_page
from desktop_app.core.splitting.version import SPLIT_VERSION
from desktop_app.import_pool import AnalysisPool, Done, Failed, PoolStartError, cpu_count
from desktop_app.page_analysis import (
    Analyser,
    Outcome,
    PreparedPage,
    Reanalysed,
    StoredArticle,
    Unreadable,
    analyse_file,
    analyse_stored,
    worker_analyse,
    worker_analyse_stored,
    worker_setup,
)
from desktop_app.pdf_pages_again import PdfPagesAgain
from desktop_app.storage import analysis_state, annotation_store, print_store
from desktop_app.storage.db import Database, failures_reported

Progress = Callable[[int, int], bool]  # (articles done, articles in all) → go on?

BATCH = 24  # articles per transaction, and per worker task
CHUNK = 960  # articles read from the library at a time (memory stays bounded)
# With jobs=None, fewer articles than this are analysed in this process: starting
# workers (each makes its name model session) costs more than it saves.
POOL_MIN_ARTICLES = 400
BATCH_TIME_LIMIT_S = 600.0  # a batch whose worker takes longer is stopped and reported
# Errors met while splitting one page again that say "this page", not "this library".
_PAGE_ERRORS = (ValueError, KeyError, IndexError, sqlite3.IntegrityError)


@dataclass
class ReanalysisReport:
    version: int = ANALYSIS_VERSION
    total: int = 0  # articles to analyse when the run started
    analysed: int = 0  # articles whose new analysis was written (split again or not)
    changed: int = 0  # articles left alone: their text changed meanwhile
    resplit_pages: int = 0  # pages split again (with their articles' analysis)
    orphaned: list[int] = field(default_factory=list)  # highlights a new split lost (kept)
    cancelled: bool = False
    errors: list[str] = field(default_factory=list)  # pages or articles left as they were
    notes: list[str] = field(default_factory=list)  # how it went, nothing left undone

    @property
    def finished(self) -> bool:
        """Every article now has this version's analysis."""
        return not self.cancelled and not self.errors


def reanalyse(library_path: Path, progress: Progress | None = None, *, jobs: int | None = 1,
              analyser: Analyser | None = None, everything: bool = False) -> ReanalysisReport:
    """Analyse every article whose analysis is older than this version's, through a
    connection of its own (a thread can run this while the window reads and writes).

    ``everything``: every article, whatever version analysed it. ``jobs``: worker
    processes (None: every core, for enough articles). ``progress(done, total)`` is
    called after each batch is written; returning False cancels (what was written stays).
    ``analyser`` replaces the real analysis (tests; with workers it must be picklable).
    """
    report = ReanalysisReport()
    database = Database(library_path)
    try:
        with failures_reported(database.path):
            _run(database, report, progress, jobs, analyser, everything)
    finally:
        database.close()
    return report


def _run(database: Database, report: ReanalysisReport, progress: Progress | None,
         jobs: int | None, analyser: Analyser | None, everything: bool) -> None:
    conn = database.conn
    resplit, reanalyse = analysis_state.stale(conn, ANALYSIS_VERSION, SPLIT_VERSION)
    resplit, reanalyse = resplit or everything, reanalyse or everything
    if not (resplit or reanalyse):
        return
    if everything:
        with database.transaction() as write:  # not from where an earlier run stopped
            analysis_state.forget_progress(write)
    last = 0 if everything else analysis_state.resume_after(conn, ANALYSIS_VERSION)
    report.total = analysis_state.count_after(conn, last)
    done = 0

    def tick(articles: int) -> bool:
        nonlocal done
        done += articles
        if progress is not None and progress(min(done, report.total),
                                             max(report.total, done)) is False:
            report.cancelled = True
        return not report.cancelled

    split_pages = _split_again(database, report, jobs, analyser, tick) if resplit else set()
    if report.cancelled:
        return
    if reanalyse:
        _analyse_again(database, report, jobs, analyser, last, split_pages, tick)
        if report.cancelled:
            return
    with database.transaction() as write:
        if report.errors:
            # Some pages or articles kept their old split or analysis: the next run starts
            # over.
            analysis_state.forget_progress(write)
            return
        analysis_state.record_version(write, ANALYSIS_VERSION)
        analysis_state.record_split_version(write, SPLIT_VERSION)


def _split_again(database: Database, report: ReanalysisReport, jobs: int | None,
                 analyser: Analyser | None, tick: Callable[[int], bool]) -> set[int]:
    """Split again, by the import's own path, each page an earlier splitter split whose
    text can still be read: a text page read, split and analysed as an import does (in
    worker processes for a large library), a PDF's page laid out again from its file here
    (:mod:`desktop_app.pdf_pages_again`); pages in id order, so a run cut short goes on
    from the page after the last one stored. The ids of the pages split."""
    from desktop_app.paths import seeds_dir
    from desktop_app.storage.page_texts import readable_page_files

    conn = database.conn
    pages = {row[0]: row for row in analysis_state.pages_after(
        conn, analysis_state.resplit_after(conn, SPLIT_VERSION))}
    texts = dict(readable_page_files(
        conn, [i for i, row in pages.items() if not is_pdf_page(row[1])], [seeds_dir()]))
    order = [i for i, row in pages.items() if i in texts or is_pdf_page(row[1])]
    split: set[int] = set()

    def store(page_id: int, prepared: PreparedPage | None, why: str = "") -> bool:
        """Store the page split again (None: left as it is; ``why``: it could not be)."""
        source, sample = pages[page_id][1], pages[page_id][4]
        articles = analysis_state.articles_of_page(conn, page_id)
        if why:
            report.errors.append(f"{Path(source).name}: not split again ({why})")
        if prepared is None:
            return tick(articles)
        try:
            stored = page_import.store_prepared(
                database, replace(prepared, source_path=source), sample, again=True)
        except _PAGE_ERRORS as exc:
            report.errors.append(f"{Path(source).name}: not split again ({exc})")
            return tick(articles)
        report.resplit_pages += 1
        report.analysed += len(prepared.split.articles)
        report.orphaned.extend(stored.orphaned_highlights)
        with database.transaction() as write:  # a page split twice is split the same
            analysis_state.record_resplit_progress(write, SPLIT_VERSION, page_id)
        split.add(page_id)
        return tick(articles)

    def store_text(page_id: int, outcome: Done[Outcome] | Failed) -> bool:
        if isinstance(outcome, Failed):
            return store(page_id, None, outcome.reason)
        prepared = outcome.value
        if isinstance(prepared, Unreadable):
            return store(page_id, None, prepared.message)
        if not isinstance(prepared, PreparedPage) or prepared.content_hash != pages[page_id][2]:
            return store(page_id, None)  # changed since it was found: its next import splits it
        return store(page_id, prepared)

    workers = _workers(jobs, report.total)
    with PdfPagesAgain(analyser) as pdfs:
        for in_pdf, run in groupby(order, key=lambda i: is_pdf_page(pages[i][1])):
            ids = list(run)
            if in_pdf:
                going = all(store(i, *_pdf_page(pdfs, conn, pages[i])) for i in ids)
            else:
                going, workers = _split_texts(ids, texts, workers, store_text, report,
                                              analyser)
            if not going:
                break
    return split


def _pdf_page(pdfs: PdfPagesAgain, conn: sqlite3.Connection, page: tuple[int, str, str, str, bool]
              ) -> tuple[PreparedPage | None, str]:
    found = pdfs.page(page[1], page[2], print_store.page_file_hash(conn, page[0]))
    return (None, found) if isinstance(found, str) else (found, "")


def _split_texts(ids: list[int], texts: dict[int, Path], workers: int,
                 store: Callable[[int, Done[Outcome] | Failed], bool],
                 report: ReanalysisReport, analyser: Analyser | None) -> tuple[bool, int]:
    """A run of text pages split again, in worker processes (a pool runs one batch: one
    for each run between a PDF's pages) or here; (go on?, the workers for the next run:
    1 once they could not start)."""
    done: set[int] = set()
    if min(workers, len(ids)) > 1:
        preload = ("desktop_app.worker_preload",) if analyser is None else ()
        try:
            with AnalysisPool(worker_analyse, min(workers, len(ids)), setup=worker_setup,
                              setup_args=(frozenset(), analyser),
                              time_limit=BATCH_TIME_LIMIT_S, preload=preload) as pool:
                for index, outcome in pool.run([str(texts[i]) for i in ids],
                                               poll=lambda: not report.cancelled):
                    done.add(ids[index])
                    if not store(ids[index], outcome):
                        return False, workers
            return not report.cancelled, workers
        except PoolStartError as exc:
            report.notes.append(f"worker processes could not start ({exc}); "
                                "splitting in this process instead")
            workers = 1
    for page_id in ids:
        if page_id not in done and not store(
                page_id, Done(analyse_file(texts[page_id], frozenset(), analyser))):
            return False, workers
    return True, workers


def _analyse_again(database: Database, report: ReanalysisReport, jobs: int | None,
                   analyser: Analyser | None, last: int, split_pages: set[int],
                   tick: Callable[[int], bool]) -> None:
    """Every article after ``last``, except those of the pages just split again."""
    conn = database.conn
    workers = _workers(jobs, report.total)

    def written(batch: list[StoredArticle], results: list[Reanalysed]) -> bool:
        _write(database, batch, results, report)
        return tick(len(batch))

    while rows := analysis_state.articles_after(conn, last, CHUNK):
        wanted = [(seq, text, date) for seq, text, date, page in rows
                  if page not in split_pages]
        batches = [wanted[i:i + BATCH] for i in range(0, len(wanted), BATCH)]
        if batches and workers > 1:
            try:
                going = _with_workers(batches, workers, analyser, written, report)
            except PoolStartError as exc:
                report.notes.append(f"worker processes could not start ({exc}); "
                                     "analysing in this process instead")
                workers = 1
                continue  # this chunk again, here (its written batches are skipped)
        else:
            going = all(written(batch, analyse_stored(batch, analyser))
                        for batch in batches)
        if not going:
            return
        last = rows[-1][0]


def _workers(jobs: int | None, articles: int) -> int:
    if jobs is None:
        return cpu_count() if articles >= POOL_MIN_ARTICLES else 1
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    return jobs


def _with_workers(batches: list[list[StoredArticle]], jobs: int, analyser: Analyser | None,
                  written: Callable[[list[StoredArticle], list[Reanalysed]], bool],
                  report: ReanalysisReport) -> bool:
    """The chunk's batches analysed in ``jobs`` worker processes, written here in order;
    False when cancelled."""
    preload = ("desktop_app.worker_preload",) if analyser is None else ()
    with AnalysisPool(worker_analyse_stored, min(jobs, len(batches)), setup=worker_setup,
                      setup_args=(frozenset(), analyser), time_limit=BATCH_TIME_LIMIT_S,
                      preload=preload) as pool:
        for index, outcome in pool.run(batches, poll=lambda: not report.cancelled):
            batch = batches[index]
            if isinstance(outcome, Done):
                if not written(batch, outcome.value):
                    return False
            else:
                report.errors.append(f"articles {batch[0][0]}–{batch[-1][0]}: "
                                     f"{outcome.reason}; their earlier analysis is kept")
                if not written(batch, []):
                    return False
    return not report.cancelled


def _write(database: Database, batch: list[StoredArticle], results: list[Reanalysed],
           report: ReanalysisReport) -> None:
    """One batch in one transaction, with how far the run got."""
    found = {r.seq: r for r in results}
    with database.transaction() as conn:
        last = analysis_state.resume_after(conn, ANALYSIS_VERSION)
        corrections = annotation_store.load_corrections(conn)
        for seq, text, _date in batch:
            result = found.get(seq)
            if result is None or seq <= last:
                continue  # not analysed (reported), or written before a restart here
            if analysis_state.store_analysis(conn, seq, text, result.analysis, result.facts,
                                             corrections):
                report.analysed += 1
            else:
                report.changed += 1
        analysis_state.record_progress(conn, ANALYSIS_VERSION, max(last, batch[-1][0]))
