"""A library analysed by an earlier version's rules gets this version's numbers, names and
figures, and keeps everything the user made."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app import library_analysis
from desktop_app.core.extraction.version import ANALYSIS_VERSION
from desktop_app.service import LibraryService
from tests.helpers import fake_analysers
from tests.helpers.older_analysis import as_if_an_earlier_version, count_articles

# What the analysis stored, table by table, in a stable order.
ANALYSED = {
    "articles": "SELECT seq, numbers, entities FROM articles ORDER BY seq",
    "facts": "SELECT * FROM facts ORDER BY article_seq, start",
    "article_entities": "SELECT article_seq, text, type, name_key, mentions, key_first"
                        " FROM article_entities ORDER BY article_seq, text, type",
    "name_counts": "SELECT * FROM name_counts ORDER BY name_key, text",
    "fact_counts": "SELECT * FROM fact_counts ORDER BY kind, unit",
}


def analysed(path: Path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in ANALYSED.items()}


def test_a_library_made_and_filled_by_this_version_needs_nothing(lib: LibraryService) -> None:
    assert lib.articles_to_analyse() == 0
    report = lib.reanalyse()
    assert report.total == 0 and report.analysed == 0 and report.finished


def test_an_earlier_versions_library_gets_what_an_import_finds_and_keeps_the_users_work(
        lib_path: Path) -> None:
    fresh = analysed(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        article = lib.article_ids()[0]
        lib.set_note(article, "我的笔记")
        lib.tag(article, "关注")
        highlight = lib.add_highlight(article, 0, 4, color="yellow")
    as_if_an_earlier_version(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.articles_to_analyse() == count_articles(lib_path)
        assert lib.article(article).numbers == []
        report = lib.reanalyse(jobs=1)
        assert report.finished and report.analysed == count_articles(lib_path)
        assert lib.articles_to_analyse() == 0
        assert lib.note(article) == "我的笔记"
        assert [t for t, _ in lib.all_tags()] == ["关注"]
        assert [(h.id, h.start, h.end) for h in lib.highlights(article)] == [
            (highlight.id, 0, 4)]
        assert lib.article(article).numbers  # the reader marks its numbers again
    assert analysed(lib_path) == fresh


def test_a_removed_name_stays_removed_after_the_library_is_analysed_again(
        lib_path: Path) -> None:
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        name = lib.names(limit=1)[0].variants[0].text
        assert lib.entity_article_count(name) > 0
        lib.correct_entity(name, remove=True)
        assert lib.entity_article_count(name) == 0
    as_if_an_earlier_version(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.reanalyse(jobs=1).finished
        assert lib.entity_article_count(name) == 0
        assert lib.names(limit=1)  # the other names are back


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(library_analysis, "BATCH", 5)
    monkeypatch.setattr(library_analysis, "CHUNK", 10)
    return 5


def test_a_cancelled_run_keeps_what_it_wrote_and_the_next_goes_on_from_there(
        lib_path: Path, small_batches: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "analysed.log"
    monkeypatch.setenv(fake_analysers.LOG_ENV, str(log))
    as_if_an_earlier_version(lib_path)
    total = count_articles(lib_path)
    seen: list[tuple[int, int]] = []

    def stop_after_two_batches(done: int, all_: int) -> bool:
        seen.append((done, all_))
        return len(seen) < 2

    first = library_analysis.reanalyse(lib_path, stop_after_two_batches,
                                       analyser=fake_analysers.quick)
    assert first.cancelled and not first.finished
    assert first.analysed == 2 * small_batches
    assert seen == [(small_batches, total), (2 * small_batches, total)]
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.articles_to_analyse() == total - 2 * small_batches
    second = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick)
    assert second.finished and second.total == second.analysed == total - 2 * small_batches
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.articles_to_analyse() == 0
    assert len(log.read_text(encoding="utf-8").splitlines()) == total  # each article once


def test_everything_analyses_a_current_library_again(lib_path: Path) -> None:
    report = library_analysis.reanalyse(lib_path, analyser=fake_analysers.quick,
                                        everything=True)
    assert report.finished and report.analysed == count_articles(lib_path)
    with contextlib.closing(sqlite3.connect(lib_path)) as conn:
        assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 0  # quick finds none
        assert conn.execute("SELECT value FROM meta WHERE key = 'analysis_version'"
                            ).fetchone() == (str(ANALYSIS_VERSION),)


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_workers_write_what_this_process_writes(copy_library, tmp_path: Path,
                                                small_batches: int) -> None:
    here, there = (copy_library(tmp_path / name) for name in ("here", "there"))
    for path in (here, there):
        as_if_an_earlier_version(path)
    assert library_analysis.reanalyse(here, analyser=fake_analysers.quick, jobs=1).finished
    report = library_analysis.reanalyse(there, analyser=fake_analysers.quick, jobs=2)
    assert report.finished and report.analysed == count_articles(there)
    assert analysed(here) == analysed(there)


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_a_batch_whose_worker_crashes_is_reported_and_analysed_again_next_time(
        lib_path: Path, small_batches: int) -> None:
    as_if_an_earlier_version(lib_path)
    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        seq = conn.execute("SELECT max(seq) FROM articles").fetchone()[0]
        conn.execute("UPDATE articles SET text = text || 'CRASHME' WHERE seq = ?", (seq,))
    report = library_analysis.reanalyse(lib_path, analyser=fake_analysers.faulty, jobs=2)
    assert not report.finished and len(report.errors) == 1
    assert "earlier analysis is kept" in report.errors[0]
    last_batch = count_articles(lib_path) % small_batches or small_batches
    assert report.analysed == count_articles(lib_path) - last_batch
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.articles_to_analyse() == count_articles(lib_path)  # still outdated
