"""Where a library's analysis stands, as the next run of analysing it again reads it."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from desktop_app.core.extraction.version import ANALYSIS_VERSION
from desktop_app.core.spans import Analysis, Corrections, NumberSpan
from desktop_app.storage import analysis_state
from desktop_app.storage.db import Database


def test_a_new_library_records_this_version(tmp_path: Path) -> None:
    database = Database(tmp_path / "new.sqlite3")
    try:
        assert analysis_state.analysed_with(database.conn) == ANALYSIS_VERSION
    finally:
        database.close()


def test_an_unrecorded_or_unreadable_version_is_the_first(lib_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        conn.execute("DELETE FROM meta WHERE key = 'analysis_version'")
        assert analysis_state.analysed_with(conn) == analysis_state.UNRECORDED
        conn.execute("INSERT INTO meta VALUES ('analysis_version', 'two')")
        assert analysis_state.analysed_with(conn) == analysis_state.UNRECORDED


def test_progress_towards_another_version_is_not_resumed(lib_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        analysis_state.record_progress(conn, ANALYSIS_VERSION - 1, 12)
        assert analysis_state.resume_after(conn, ANALYSIS_VERSION) == 0
        analysis_state.record_progress(conn, ANALYSIS_VERSION, 12)
        assert analysis_state.resume_after(conn, ANALYSIS_VERSION) == 12
        analysis_state.record_version(conn, ANALYSIS_VERSION)
        assert analysis_state.resume_after(conn, ANALYSIS_VERSION) == 0


def test_an_analysis_of_text_the_article_no_longer_holds_is_not_written(
        lib_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        seq, text, numbers = conn.execute(
            "SELECT seq, text, numbers FROM articles ORDER BY seq LIMIT 1").fetchone()
        facts = conn.execute("SELECT count(*) FROM facts WHERE article_seq = ?",
                             (seq,)).fetchone()[0]
        stale = Analysis(numbers=[NumberSpan(0, 1, text[0], "count", 1.0)])
        assert not analysis_state.store_analysis(conn, seq, text + "。", stale, [],
                                                 Corrections())
        assert conn.execute("SELECT numbers FROM articles WHERE seq = ?",
                            (seq,)).fetchone()[0] == numbers
        assert conn.execute("SELECT count(*) FROM facts WHERE article_seq = ?",
                            (seq,)).fetchone()[0] == facts > 0
        assert analysis_state.store_analysis(conn, seq, text, stale, [], Corrections())
        assert conn.execute("SELECT count(*) FROM facts WHERE article_seq = ?",
                            (seq,)).fetchone()[0] == 0


def test_a_library_an_earlier_version_made_is_offered_every_article_after_its_upgrade(
        lib_path: Path) -> None:
    from desktop_app.service import LibraryService

    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        conn.execute("ALTER TABLE articles DROP COLUMN kicker")  # a version 18 file
        conn.execute("DELETE FROM meta WHERE key = 'analysis_version'")
        conn.execute("PRAGMA user_version = 18")
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as lib:
        assert lib.articles_to_analyse() == articles > 0  # the upgrade records no version
