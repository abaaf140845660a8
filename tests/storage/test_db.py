"""The library file: schema version, refusal of newer or damaged files, backups."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.service import LibraryService, restore_backup
from desktop_app.storage import backups, migrations
from desktop_app.storage.db import Database
from desktop_app.storage.errors import CorruptLibraryError, LockedLibraryError, NewerLibraryError
from desktop_app.storage.file_check import check_file


def test_a_new_library_is_at_the_latest_version_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = Database(tmp_path / "new.sqlite3")
    try:
        assert db.user_version == migrations.LATEST_VERSION
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
            conn.execute("INSERT INTO notes VALUES (424242, 'x', 'now', 'now')")
    finally:
        db.close()


def test_the_file_opens_with_plain_sqlite_utils(lib_path: Path) -> None:
    with LibraryService.open(lib_path) as lib:
        lib.set_note(lib.article_ids()[0], "外部可读")
    plain = sqlite_utils.Database(lib_path)
    assert {"pages", "articles", "highlights", "notes", "tags", "article_tags",
            "entity_corrections", "meta"} <= set(plain.table_names())
    assert [r["markdown"] for r in plain["notes"].rows] == ["外部可读"]
    assert plain["articles"].count > 0


def test_a_highlight_another_program_wrote_with_nulls_reads_as_empty_text(
    lib_path: Path, tmp_path: Path
) -> None:
    """The schema lets prefix, suffix, note and orphan be NULL (sqlite-utils, Datasette);
    the library reads them as "" and not orphaned, so export and re-anchoring work."""
    from desktop_app.service_export import ExportRequest, ExportService

    with LibraryService.open(lib_path) as lib:
        article_id = lib.article_ids()[0]
        made = lib.add_highlight(article_id, 0, 2, note="笔记")
    with sqlite3.connect(lib_path) as conn:
        conn.execute("UPDATE highlights SET prefix = NULL, suffix = NULL, note = NULL,"
                     " orphan = NULL")
    with LibraryService.open(lib_path) as lib:
        read = lib.highlight(made.id)
        assert (read.prefix, read.suffix, read.note, read.orphan) == ("", "", "", False)
        assert lib.article(article_id).highlights == [read]
        for fmt in ("md", "html", "csv", "json"):
            ExportService(lib).export(ExportRequest(fmt, destination=tmp_path / fmt))


def test_a_library_from_a_newer_version_is_refused_untouched(lib_path: Path) -> None:
    with sqlite3.connect(lib_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = lib_path.read_bytes()
    with pytest.raises(NewerLibraryError, match="newer version"):
        LibraryService.open(lib_path)
    assert lib_path.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed_middle"])
def test_a_damaged_library_is_never_overwritten_and_a_backup_is_offered(
    lib_path: Path, damage: str
) -> None:
    with LibraryService.open(lib_path) as lib:
        article_id = lib.article_ids()[0]
        lib.set_note(article_id, "备份前的笔记")
        lib.backup_to(backups.daily_backup_path(lib_path, "2999-01-01"))
    data = lib_path.read_bytes()
    if damage == "garbage":
        damaged = os.urandom(len(data))
    elif damage == "truncated":
        damaged = data[: len(data) // 3]
    else:
        damaged = data[:4096] + bytes(len(data) - 8192) + data[-4096:]
    lib_path.write_bytes(damaged)
    with pytest.raises(CorruptLibraryError) as caught:
        LibraryService.open(lib_path)
    assert lib_path.read_bytes() == damaged
    error = caught.value
    assert error.backups and "backup" in str(error) and "\n" not in str(error)
    aside = restore_backup(lib_path, error.backups[0])
    assert aside.read_bytes() == damaged
    with LibraryService.open(lib_path) as lib:
        assert lib.note(article_id) == "备份前的笔记"
        assert lib.integrity_check() == "ok"


def test_a_library_another_process_is_checkpointing_is_not_called_truncated(
    lib_path: Path
) -> None:
    # A checkpoint writes page 1, with the new page count, before the pages that extend
    # the file; a second program opening the library then saw "the file is truncated"
    # (CI at 84cfe7f: a CLI command beside an open window). With the write-ahead log
    # holding frames, the short file is left to SQLite to judge.
    with LibraryService.open(lib_path):
        pass
    data = lib_path.read_bytes()
    lib_path.write_bytes(data[: len(data) - 8192])
    log = lib_path.with_name(lib_path.name + "-wal")
    log.write_bytes(bytes(3 * (4096 + 24)))  # frames that could fill the gap
    check_file(lib_path)  # no verdict while a checkpoint may be filling it
    # A log too small to fill the gap (a stale one left by a crash) excuses nothing,
    # and neither does no log at all.
    log.write_bytes(bytes(4096 + 24))
    with pytest.raises(CorruptLibraryError, match="truncated"):
        check_file(lib_path)
    log.unlink(missing_ok=True)  # the message's look at the backups may have removed it
    with pytest.raises(CorruptLibraryError, match="truncated"):
        check_file(lib_path)


def test_a_failing_migration_leaves_the_library_as_it_was_and_a_backup_first(
    lib_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: sqlite_utils.Database) -> None:
        db["extra"].create({"id": int}, pk="id")
        raise RuntimeError("step 2 failed half-way")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr("desktop_app.storage.db.MIGRATIONS", [*migrations.MIGRATIONS])
    latest = migrations.LATEST_VERSION
    monkeypatch.setattr("desktop_app.storage.db.LATEST_VERSION", latest + 1)
    with pytest.raises(RuntimeError):
        Database(lib_path)
    plain = sqlite_utils.Database(lib_path)
    assert plain.execute("PRAGMA user_version").fetchone()[0] == latest
    assert "extra" not in plain.table_names()
    assert backups.list_backups(lib_path)[0].name.startswith(f"library-pre-v{latest}-")


def test_a_working_migration_moves_the_version_on(lib_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def step(db: sqlite_utils.Database) -> None:
        db["articles"].add_column("starred", int)

    monkeypatch.setattr("desktop_app.storage.db.MIGRATIONS", [*migrations.MIGRATIONS, step])
    latest = migrations.LATEST_VERSION + 1
    monkeypatch.setattr("desktop_app.storage.db.LATEST_VERSION", latest)
    db = Database(lib_path)
    assert db.user_version == latest and "starred" in db.db["articles"].columns_dict
    db.close()


def test_one_automatic_backup_a_day_and_only_the_last_seven_are_kept(lib_path: Path) -> None:
    folder = backups.backup_dir(lib_path)
    folder.mkdir(exist_ok=True)
    for day in range(1, 11):
        backups.daily_backup_path(lib_path, f"2000-01-{day:02d}").write_bytes(b"old")
    LibraryService.open(lib_path).close()
    LibraryService.open(lib_path).close()
    daily = sorted(p.name for p in folder.glob("*-daily-*.sqlite3"))
    assert len(daily) == 7
    assert daily[-1] == backups.daily_backup_path(lib_path).name
    assert "2000-01-01" not in " ".join(daily)


def test_a_writer_blocked_too_long_gets_a_clear_error(lib_path: Path) -> None:
    holder = sqlite3.connect(lib_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        db = Database(lib_path, busy_timeout_ms=100)
        with pytest.raises(LockedLibraryError, match="busy"), db.transaction():
            pass
        db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


DAMAGED_TABLES = {
    "read_every_article": ("articles",),
    "search": ("search_index_data",),
    "write_a_note": ("notes", "search_dirty"),
}


@pytest.mark.parametrize("call", sorted(DAMAGED_TABLES))
def test_damage_found_after_opening_is_a_corrupt_library_error_with_the_backups(
    lib_path: Path, call: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LibraryService.open(lib_path) as lib:  # the first open of the day: a backup
        ids = lib.article_ids()
    with sqlite3.connect(lib_path) as conn:
        marks = ",".join("?" * len(DAMAGED_TABLES[call]))
        pages = [r[0] for r in conn.execute(
            f"SELECT pageno FROM dbstat WHERE name IN ({marks})", DAMAGED_TABLES[call])]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    # As with a library over 64 MB, opening reads the schema, not every page; the
    # damage below is then met by whichever call first reads those pages.
    monkeypatch.setattr("desktop_app.storage.db.QUICK_CHECK_MAX_BYTES", 0)
    lib = LibraryService.open(lib_path)
    try:
        with lib_path.open("r+b") as handle:
            for page in pages:
                handle.seek((page - 1) * page_size)
                handle.write(os.urandom(page_size))
        with pytest.raises(CorruptLibraryError) as caught:
            if call == "read_every_article":
                for article_id in ids:
                    lib.article(article_id)
            elif call == "search":
                lib.search("的", limit=None)
                lib.search("产业", limit=None)
            else:
                lib.set_note(ids[0], "写不进去")
        error = caught.value
        assert error.backups == backups.list_backups(lib_path) and error.backups
        assert "restore" in str(error) and "\n" not in str(error)
    finally:
        lib.close()


def test_two_programs_backing_up_to_one_file_at_once_both_succeed(lib_path: Path) -> None:
    """The window and `xiangyue` opening the library first thing in the day both make
    the daily backup: neither may unlink or rename the copy the other is writing."""
    dest = backups.daily_backup_path(lib_path)
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as lib:
        conn = lib._db.conn

        class Meanwhile:
            """The connection; another program's whole backup runs during this copy."""

            def backup(self, target: sqlite3.Connection) -> None:
                conn.backup(target)
                backups.make_backup(conn, dest)

        backups.make_backup(Meanwhile(), dest)  # type: ignore[arg-type]
    assert sorted(p.name for p in dest.parent.iterdir()) == [dest.name]
    with sqlite3.connect(dest) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_copy_left_half_made_by_a_killed_program_is_swept(lib_path: Path) -> None:
    folder = backups.backup_dir(lib_path)
    folder.mkdir()
    stale, fresh = folder / "library-daily-2000-01-01.sqlite3.9-x.partial", \
        folder / "library-daily-2000-01-02.sqlite3.9-y.partial-wal"
    for leftover in (stale, fresh):
        leftover.write_bytes(b"half")
    os.utime(stale, (1, 1))
    LibraryService.open(lib_path).close()
    assert not stale.exists(), "a day-old half copy was kept"
    assert fresh.exists(), "a copy another program may still be writing was removed"
