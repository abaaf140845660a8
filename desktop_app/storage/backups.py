"""Automatic and manual copies of the library, made with SQLite's online backup API.

Automatic backups live in ``backups/`` next to the library: one per day on open
(the last :data:`KEEP_DAILY` kept) and one before every migration. A damaged library is
never deleted or overwritten: :func:`restore_backup` moves it aside first.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.reading.user_files import open_regular
from desktop_app.storage.errors import RestoreImpact

KEEP_DAILY = 7
_DAILY = "daily"
_PRE_MIGRATION = "pre-v"


def backup_dir(library: Path) -> Path:
    return library.parent / "backups"


def daily_backup_path(library: Path, day: str | None = None) -> Path:
    day = day or datetime.now().strftime("%Y-%m-%d")
    return backup_dir(library) / f"{library.stem}-{_DAILY}-{day}.sqlite3"


def migration_backup_path(library: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_dir(library) / f"{library.stem}-{_PRE_MIGRATION}{version}-{stamp}.sqlite3"


def list_backups(library: Path) -> list[Path]:
    """Restorable automatic backups of ``library``, newest first."""
    folder = backup_dir(library)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{library.stem}-*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def make_backup(conn: sqlite3.Connection, dest: str | Path) -> Path:
    """Copy the open database to ``dest`` (a consistent snapshot) and verify the copy.

    The copy is written under a temporary name and only renamed into place once
    ``PRAGMA quick_check`` passes on it, so a damaged library never replaces a good
    backup. The temporary name is this call's own: the window and ``xiangyue`` opening
    the library first thing in the day both make the daily backup, and with one shared
    name each unlinked or renamed the copy the other was still writing.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f"{dest.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
    try:
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
            verdict = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk must not leave half a copy behind
        raise
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"database disk image is malformed ({verdict})")
    os.replace(partial, dest)
    return dest


def daily_backup(conn: sqlite3.Connection, library: Path, keep: int = KEEP_DAILY) -> Path | None:
    """Make today's backup unless it exists; drop daily backups beyond ``keep``."""
    dest = daily_backup_path(library)
    made = None
    if not dest.exists():
        try:
            made = make_backup(conn, dest)
        except (OSError, sqlite3.OperationalError):
            # A full disk or read-only folder must not lock the user out of a healthy
            # library; the next open tries again. (Damage raises DatabaseError: not here.)
            return None
    daily = sorted(backup_dir(library).glob(f"{library.stem}-{_DAILY}-*.sqlite3"), reverse=True)
    for old in daily[keep:]:
        old.unlink(missing_ok=True)
    _sweep_partials(backup_dir(library))
    return made


def _sweep_partials(folder: Path, older_than_s: float = 3600) -> None:
    """Remove copies left half-made by a program killed while making one (no backup
    takes an hour without writing to its copy)."""
    cutoff = time.time() - older_than_s
    for leftover in folder.glob("*.partial*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass  # gone meanwhile, or not ours to remove: harmless


def restore_backup(library: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``library``; returns where the old file was moved.

    The old file (and its -wal/-shm) is renamed, never deleted: it may still hold notes
    someone can rescue.
    """
    library, backup = Path(library), Path(backup)
    # The copy is made first, so a backup that cannot be read (a named pipe, a device, a
    # file that vanished) raises UnreadableFileError or OSError with nothing moved.
    partial = library.with_name(library.name + ".restoring")
    try:
        with open_regular(backup, sys.maxsize, "a backup") as source, \
                partial.open("wb") as copy:
            shutil.copyfileobj(source, copy)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = library.with_name(f"{library.name}.damaged-{stamp}")
    if library.exists():
        os.replace(library, aside)
    for suffix in ("-wal", "-shm"):
        extra = library.with_name(library.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    os.replace(partial, library)
    return aside


def restore_impact(library: Path, backup: Path) -> RestoreImpact | None:
    """What restoring ``backup`` over ``library`` would lose: the notes and highlights
    the library holds that were changed after the backup was taken.

    Read through a query-only SQLite connection (only SQLite opens a library file); a
    file too damaged to count gives counts of None, a vanished backup gives None.
    """
    from desktop_app.storage.db import query_only_connection  # db imports this module

    try:
        taken = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    except OSError:
        return None
    since = taken.isoformat(timespec="seconds")
    notes: int | None
    highlights: int | None
    conn = query_only_connection(library)
    if isinstance(conn, str):
        return RestoreImpact(backup, taken.astimezone(), None, None)
    try:
        try:
            notes = int(conn.execute("SELECT count(*) FROM notes WHERE updated > ?",
                                     (since,)).fetchone()[0])
            highlights = int(conn.execute("SELECT count(*) FROM highlights WHERE updated > ?",
                                          (since,)).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        notes = highlights = None
    return RestoreImpact(backup, taken.astimezone(), notes, highlights)
