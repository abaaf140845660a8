"""A library an earlier splitter split: its pages are split again, where their text can
still be read, by the import's own path; the user's work follows its articles."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app import library_analysis
from desktop_app.service import LibraryService
from tests.helpers import fake_analysers
from tests.helpers.newspaper_pdf import paper
from tests.helpers.printed_library import printed_library


def split_fields(path: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT seq, id, title, kicker, subtitle, text FROM articles"
                            " ORDER BY seq").fetchall()


def as_if_an_earlier_splitter(path: Path, seq: int) -> None:
    """An earlier splitter read article ``seq``'s headline as the first line of its text:
    the text gains that line (offsets after it move), the title is its first sentence."""
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        title, text = conn.execute("SELECT title, text FROM articles WHERE seq = ?",
                                   (seq,)).fetchone()
        shift = len(title) + 1
        conn.execute("UPDATE articles SET title = ?, text = ? WHERE seq = ?",
                     (text[:12], f"{title}\n{text}", seq))
        conn.execute("UPDATE highlights SET start = start + ?, end = end + ?"
                     " WHERE article_seq = ?", (shift, shift, seq))
        conn.execute("DELETE FROM meta WHERE key IN ('split_version', 'resplit')")


def as_if_split_by_an_earlier_version(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DELETE FROM meta WHERE key = 'split_version'")


def cancelled_after(pages: int) -> Callable[[int, int], bool]:
    """A progress callback that cancels the run after ``pages`` pages."""
    calls: list[int] = []

    def going_on(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < pages

    return going_on


def test_an_earlier_split_is_made_again_and_the_highlight_follows_its_words(
        lib_path: Path) -> None:
    fresh = split_fields(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        article = lib.article_ids()[0]
        detail = lib.article(article)
        quote_at = detail.text.index("，") + 1
        highlight = lib.add_highlight(article, quote_at, quote_at + 6, color="green")
        lib.set_note(article, "要点")
        seq = next(row[0] for row in fresh if row[1] == article)
    as_if_an_earlier_splitter(lib_path, seq)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.article(article).title != detail.title  # what the old split shows
        assert lib.articles_to_analyse() == len(fresh)
        report = lib.reanalyse(jobs=1)
        assert report.finished and report.resplit_pages == 5 and report.orphaned == []
        assert lib.articles_to_analyse() == 0
        again = lib.article(article)
        assert (again.title, again.text) == (detail.title, detail.text)
        [moved] = lib.highlights(article)
        assert (moved.id, moved.start, moved.end, moved.color) == (
            highlight.id, quote_at, quote_at + 6, "green")
        assert again.text[moved.start:moved.end] == highlight.quote
        assert lib.note(article) == "要点"
    assert split_fields(lib_path) == fresh  # the same articles, the same seqs


def test_a_page_whose_text_cannot_be_read_again_keeps_its_split(lib_path: Path) -> None:
    fresh = split_fields(lib_path)
    seq = fresh[0][0]
    as_if_an_earlier_splitter(lib_path, seq)
    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        # Its file was edited since: neither the file nor a bundled page holds its text.
        conn.execute("UPDATE pages SET content_hash = 'edited-' || content_hash WHERE id ="
                     " (SELECT page_id FROM articles WHERE seq = ?)", (seq,))
    old = split_fields(lib_path)
    report = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick)
    assert report.finished and report.resplit_pages == 4
    now = split_fields(lib_path)
    assert now[0] == old[0] != fresh[0]  # kept as the earlier splitter left it
    assert now[1:] == fresh[1:]


def test_a_cancelled_split_goes_on_from_the_next_page(
        lib_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "analysed.log"
    monkeypatch.setenv(fake_analysers.LOG_ENV, str(log))
    as_if_split_by_an_earlier_version(lib_path)
    first = library_analysis.reanalyse(lib_path, cancelled_after(2),
                                       analyser=fake_analysers.quick)
    assert first.cancelled and first.resplit_pages == 2
    second = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick)
    assert second.finished and second.resplit_pages == 3
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.articles_to_analyse() == 0


def test_the_users_fix_to_a_split_is_made_again(lib_path: Path) -> None:
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        first = lib.article_ids()[0]
        merged = lib.merge_articles(first, with_="next")
        kept = lib.article(merged)
        ids = lib.article_ids()
    as_if_split_by_an_earlier_version(lib_path)
    report = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick)
    assert report.finished and report.resplit_pages == 5
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.article_ids() == ids  # the merge holds: one article where two were
        again = lib.article(merged)
        assert (again.title, again.text) == (kept.title, kept.text)
        assert len(lib.split_edits(merged)) == 1


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_pages_split_again_in_workers_are_split_as_here(copy_library, tmp_path: Path) -> None:
    here, there = (copy_library(tmp_path / name) for name in ("here", "there"))
    for path in (here, there):
        as_if_an_earlier_splitter(path, split_fields(path)[0][0])
    assert library_analysis.reanalyse(here, analyser=fake_analysers.quick, jobs=1).finished
    report = library_analysis.reanalyse(there, analyser=fake_analysers.quick, jobs=2)
    assert report.finished and report.resplit_pages == 5
    assert split_fields(here) == split_fields(there)
    with contextlib.closing(sqlite3.connect(there)) as conn:
        assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 5  # none added


def test_workers_that_cannot_start_leave_the_work_to_this_process(
        lib_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class NoPool:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def __enter__(self) -> NoPool:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def run(self, tasks: object, poll: object = None) -> object:
            raise library_analysis.PoolStartError("spawn refused")

    monkeypatch.setattr(library_analysis, "AnalysisPool", NoPool)
    as_if_an_earlier_splitter(lib_path, split_fields(lib_path)[0][0])
    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        conn.execute("DELETE FROM meta WHERE key = 'analysis_version'")
    report = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick, jobs=2)
    assert report.finished and report.resplit_pages == 5
    # one note: the articles were all on pages split again, so no second pool was asked for
    assert len(report.notes) == 1 and "spawn refused" in report.notes[0]
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.articles_to_analyse() == 0  # done here, and recorded as done


def prints(path: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT article_seq, pdf_path, pdf_hash, page_number, boxes"
                            " FROM article_prints ORDER BY article_seq").fetchall()


def test_a_pdf_page_split_earlier_is_laid_out_again_from_its_file(tmp_path: Path) -> None:
    library, _pdf = printed_library(tmp_path / "paper")
    fresh, placed = split_fields(library), prints(library)
    with LibraryService.open(library, import_seeds=False, daily_backup=False) as lib:
        article = lib.article_ids()[1]
        detail = lib.article(article)
        quote_at = detail.text.index("，") + 1
        highlight = lib.add_highlight(article, quote_at, quote_at + 4, color="yellow")
        lib.set_note(article, "读版面")
    seq = next(row[0] for row in fresh if row[1] == article)
    as_if_an_earlier_splitter(library, seq)
    assert split_fields(library) != fresh
    report = library_analysis.reanalyse(library, analyser=fake_analysers.quick)
    assert report.finished and report.resplit_pages == 1 and report.orphaned == []
    assert split_fields(library) == fresh  # the same articles, the same seqs
    assert prints(library) == placed  # "Show on Page" still finds each one
    with LibraryService.open(library, import_seeds=False, daily_backup=False) as lib:
        [moved] = lib.highlights(article)
        assert (moved.id, moved.start, moved.end) == (highlight.id, quote_at, quote_at + 4)
        assert lib.note(article) == "读版面"
        assert lib.articles_to_analyse() == 0


@pytest.mark.parametrize("what_became_of_it", ["another paper", "gone", "broken"])
def test_a_pdf_that_is_not_the_one_imported_keeps_its_pages_split(
        tmp_path: Path, what_became_of_it: str) -> None:
    library, pdf = printed_library(tmp_path / "paper")
    as_if_an_earlier_splitter(library, split_fields(library)[0][0])
    old = split_fields(library)
    if what_became_of_it == "gone":
        pdf.unlink()
    elif what_became_of_it == "broken":
        pdf.write_bytes(pdf.read_bytes()[:2000])  # cut short: no longer opens
    else:
        paper(pdf, 11, pages=1, columns=[3])  # the same name, another day's paper
    report = library_analysis.reanalyse(library, analyser=fake_analysers.quick)
    assert report.finished and report.resplit_pages == 0
    assert split_fields(library) == old


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_text_pages_and_a_pdfs_page_are_split_again_in_order_and_resume(
        lib_path: Path, tmp_path: Path) -> None:
    printed_library(tmp_path / "paper", library=lib_path)  # a sixth page, from a PDF
    fresh = split_fields(lib_path)
    as_if_split_by_an_earlier_version(lib_path)
    first = library_analysis.reanalyse(lib_path, cancelled_after(5),
                                       analyser=fake_analysers.quick, jobs=2)
    assert first.cancelled and first.resplit_pages == 5
    second = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick, jobs=2)
    assert second.finished and second.resplit_pages == 1  # the PDF's page, last
    assert split_fields(lib_path) == fresh


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_text_pages_on_both_sides_of_a_pdfs_page_are_split_again_with_workers(
        lib_path: Path, tmp_path: Path, seed_paths: list[Path]) -> None:
    printed_library(tmp_path / "paper", library=lib_path)  # page 6, from a PDF
    later = tmp_path / "later.txt"  # page 7, a text page imported after it
    later.write_text(seed_paths[0].read_text(encoding="utf-8") + "\n\n补记：本版另有更正。\n",
                     encoding="utf-8")
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        lib.import_paths([later])
    fresh = split_fields(lib_path)
    as_if_split_by_an_earlier_version(lib_path)
    report = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick, jobs=2)
    assert report.finished and report.resplit_pages == 7
    assert split_fields(lib_path) == fresh
