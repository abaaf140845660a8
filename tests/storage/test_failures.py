"""Honest failures: a failed read is not damage, and a restore says what it would lose.

Advising a restore throws away every note made since the backup, so the library is
called damaged only when SQLite's own check of the file agrees.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from desktop_app.storage import backups
from desktop_app.storage.db import as_library_failure
from desktop_app.storage.errors import CorruptLibraryError, LibraryIOError


def _io_error() -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = 10  # type: ignore[attr-defined]  # SQLITE_IOERR, as SQLite sets it
    return exc


@pytest.mark.parametrize("error", [_io_error(), sqlite3.DatabaseError(
    "database disk image is malformed")], ids=["io-error", "transient-malformed"])
def test_a_failed_read_on_a_healthy_file_is_not_called_damage(
        lib_path: Path, error: sqlite3.DatabaseError) -> None:
    with LibraryService.open(lib_path) as lib:
        lib.set_note(lib.article_ids()[0], "不能丢")
    failure = as_library_failure(lib_path, error)
    assert isinstance(failure, LibraryIOError)
    assert not isinstance(failure, CorruptLibraryError)
    message = str(failure)
    assert "restore" not in message and "damaged" not in message and "\n" not in message
    assert "nothing needs restoring" in message


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _damage_articles(lib_path: Path) -> None:
    with sqlite3.connect(lib_path) as conn:
        pages = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'")]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with lib_path.open("r+b") as handle:  # no connection is open in this process now
        for page in pages[:3]:
            handle.seek((page - 1) * page_size)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_damage_confirmed_by_the_check_offers_the_backup_with_what_it_would_lose(
        lib_path: Path) -> None:
    with LibraryService.open(lib_path) as lib:  # first open of the day: a daily backup
        ids = lib.article_ids()
    (backup,) = backups.list_backups(lib_path)
    _age(backup, 3 * 86400)  # taken three days ago; what came later is at stake
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        lib.set_note(ids[0], "三天里的笔记")
        lib.set_note(ids[1], "另一条")
        lib.add_highlight(ids[0], 0, 2)
    _damage_articles(lib_path)
    with pytest.raises(CorruptLibraryError) as caught:
        LibraryService.open(lib_path)
    error = caught.value
    assert error.impact is not None and error.impact.backup == backup
    assert (error.impact.newer_notes, error.impact.newer_highlights) == (2, 1)
    message = str(error)
    taken = time.strftime("%Y-%m-%d", time.localtime(backup.stat().st_mtime))
    assert "damaged" in message and taken in message
    assert "2 notes and 1 highlights" in message and "\n" not in message


def test_without_damage_a_restore_is_never_offered(lib_path: Path) -> None:
    with LibraryService.open(lib_path) as lib:
        lib.set_note(lib.article_ids()[0], "好好的")
        assert lib.integrity_check() == "ok"
    assert as_library_failure(lib_path, sqlite3.IntegrityError("UNIQUE constraint")) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_library_path_that_is_a_named_pipe_is_refused_unopened_not_called_damaged(
        tmp_path: Path) -> None:
    from desktop_app.storage.errors import LibraryError

    fifo = tmp_path / "library.sqlite3"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(LibraryError) as caught:
        LibraryService.open(fifo)
    assert time.monotonic() - started < 5  # opening a pipe for reading would block
    assert not isinstance(caught.value, CorruptLibraryError)
    assert "named pipe" in str(caught.value) and "restore" not in str(caught.value)
