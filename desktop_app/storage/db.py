"""Open a library file: pragmas, schema version, migrations, transactions.

One :class:`Database` per connection. Writes go through :meth:`Database.transaction`
(``BEGIN IMMEDIATE``, so two processes queue for the write lock instead of failing
half-way through), and return only after ``COMMIT``. Tables are made and queried with
sqlite-utils through :attr:`Database.db` (as ``db.table(name)``, typed as a table, where
``db[name]`` could be a view); pragmas and FTS go through :attr:`conn`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.extraction.version import ANALYSIS_VERSION
from desktop_app.core.splitting.version import SPLIT_VERSION
from desktop_app.storage import backups, fact_subjects
from desktop_app.storage.errors import (
    DiskFullError,
    LibraryError,
    LibraryIOError,
    LockedLibraryError,
    NewerLibraryError,
    ReadOnlyLibraryError,
)
from desktop_app.storage.fact_subjects import SubjectMemo
from desktop_app.storage.file_check import check_file, corrupt
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS

if TYPE_CHECKING:  # imported where a write first needs it: utils_database()
    import sqlite_utils

# Long enough to ride out another process's import of one page; short enough that a
# stuck writer produces a message instead of a frozen window.
BUSY_TIMEOUT_MS = 10_000
# Below this size a full quick_check on every open costs milliseconds and catches
# damage anywhere in the file; larger libraries are checked by the daily backup.
QUICK_CHECK_MAX_BYTES = 64 * 2**20


# Files this process holds a connection to, by (device, inode), with how many. On Linux
# and macOS, closing *any* descriptor of a file drops *all* of the process's POSIX locks
# on it; another process then believes it is the last user, checkpoints and deletes the
# WAL under our live connection. So nothing but SQLite may open a library file while
# this process has a connection to it: the header check below runs only before the
# first one, under a lock so two threads cannot race past it.
_live_lock = threading.Lock()
_live: dict[tuple[int, int], int] = {}


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def live_connections(path: str | Path) -> int:
    """How many :class:`Database` connections this process holds to ``path``."""
    key = _file_key(Path(path))
    with _live_lock:
        return _live.get(key, 0) if key is not None else 0


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def utils_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite_utils over ``conn``, imported the first time a write needs it, not to open
    or read a library: with its command-line and plugin dependencies (click, pluggy,
    dateutil) it took 0.5-0.8 s, most of the time the window's query thread spent opening
    the library (docs/benchmarks.md § Issue 15). It also imports numpy (0.2 s); that is
    left to it: hiding numpy from the import would make another thread's ``import numpy``
    (the name model loading) fail meanwhile."""
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def pending_steps(path: Path) -> int:
    """How many schema steps opening the library at ``path`` will run (0 for a file
    that is new, current, newer or unreadable: the opening itself says what is wrong).
    Read through a read-only connection, before the library is opened, so that a window
    can say a long upgrade is coming (step 18 rebuilds the search index: minutes at
    100,000 articles)."""
    if not path.is_file():
        return 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
    return LATEST_VERSION - version if 0 < version < LATEST_VERSION else 0


class Database:
    """A connection to one library file, migrated to the current schema."""

    def __init__(self, path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self.created = False
        self._key: tuple[int, int] | None = None
        with _live_lock:
            key = _file_key(self.path)
            if key is None or key not in _live:
                check_file(self.path)
            try:
                self.conn = sqlite3.connect(
                    self.path, timeout=busy_timeout_ms / 1000, isolation_level=None,
                    check_same_thread=False,
                )
            except sqlite3.Error as exc:
                raise LibraryError(self.path, f"cannot open {self.path}: {exc}") from None
            # A new library exists once SQLite has opened it; its key is taken now.
            self._key = _file_key(self.path)
            if self._key is not None:
                _live[self._key] = _live.get(self._key, 0) + 1
        try:
            self._configure(busy_timeout_ms)
            self._migrate()
            self._catch_up(busy_timeout_ms)
            self.conn.execute("SELECT count(*) FROM meta").fetchone()
            if self.path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                verdict = self.conn.execute("PRAGMA quick_check").fetchone()[0]
                if verdict != "ok":
                    raise sqlite3.DatabaseError(verdict)
        except sqlite3.DatabaseError as exc:
            self._release()
            raise _open_failure(self.path, exc) from None
        except LibraryError:
            self._release()
            raise
        self._utils: sqlite_utils.Database | None = None
        # The figures' subject search remembered for this connection only: it goes with it.
        self.subject_memo = SubjectMemo()

    def _configure(self, busy_timeout_ms: int) -> None:
        pragma = self.conn.execute
        pragma(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        pragma("PRAGMA foreign_keys = ON")
        pragma("PRAGMA journal_mode = WAL")
        # FULL: a note the user saved survives a power cut, not only a crash; writes are
        # small and one transaction per page keeps imports from paying it per row.
        pragma("PRAGMA synchronous = FULL")

    def _catch_up(self, busy_timeout_ms: int) -> None:
        """Bring kept data in step with what another tool wrote since. Titles get back
        their sort string (the
        trigger of step 15 clears it; an inserted row has none): while any is missing
        the list computes every title's at each pinyin sort (1-1.6 s at 100,000
        articles) instead of walking its index. Only tried, never waited for: a file
        this program cannot write, or another one is writing, keeps the slower way
        until a later opening."""
        missing = self.conn.execute("SELECT EXISTS(SELECT 1 FROM articles"
                                    " WHERE title_sort IS NULL)").fetchone()[0]
        # The same for the figures' subject index: another tool's changes to the figures
        # are logged, and a search tests every subject until they are applied (a
        # transaction of this program applies them when it ends, this empty one too).
        if not missing and not fact_subjects.pending(self.conn):
            return
        from desktop_app.storage.library import fill_title_sorts

        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            with contextlib.suppress(LibraryError, sqlite3.OperationalError), \
                    self.transaction():
                if missing:
                    fill_title_sorts(self.conn)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as sqlite_utils sees it (for the writes that use it)."""
        if self._utils is None:
            self._utils = utils_database(self.conn)
        return self._utils

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.user_version
        if version > LATEST_VERSION:
            raise NewerLibraryError(self.path, version, LATEST_VERSION)
        if version == LATEST_VERSION:
            return
        if version > 0:
            backups.make_backup(self.conn, backups.migration_backup_path(self.path, version))
        self.created = version == 0
        db = utils_database(self.conn)
        for number in range(version + 1, LATEST_VERSION + 1):
            with self.transaction():
                MIGRATIONS[number - 1](db)
                self.conn.execute(f"PRAGMA user_version = {number}")
                self.conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('app_version', ?)",
                    (__version__,),
                )
                if number == 1:
                    self.conn.execute(
                        "INSERT INTO meta(key, value) VALUES ('created', ?)", (now(),)
                    )
                    # A new library: whatever it imports is analysed by this version.
                    self.conn.executemany(
                        "INSERT INTO meta(key, value) VALUES (?, ?)",
                        [("analysis_version", str(ANALYSIS_VERSION)),
                         ("split_version", str(SPLIT_VERSION))])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; commits on normal exit, rolls back on any exception."""
        if self.conn.in_transaction:
            raise RuntimeError("transactions do not nest")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise LockedLibraryError(self.path) from None
            problem = unwritable(self.path, exc)
            if problem is not None:
                raise problem from None
            raise
        try:
            yield self.conn
            # The figures' subject index follows the transaction's changes in bulk.
            fact_subjects.flush(self.conn)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            problem = (unwritable(self.path, exc) if isinstance(exc, sqlite3.OperationalError)
                       else None)
            if problem is not None:
                raise problem from None
            raise

    def data_version(self) -> int:
        """A number that changes whenever another connection commits a change to the
        file (SQLite's ``PRAGMA data_version``; this connection's own commits leave it)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            # Folds the WAL back in so a closed library is one self-contained file.
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._release()

    def _release(self) -> None:
        self.conn.close()
        with _live_lock:
            key, self._key = self._key, None
            if key is not None and key in _live:
                _live[key] -= 1
                if _live[key] <= 0:
                    del _live[key]


def new_rowid(rowid: int | None) -> int:
    """The rowid of the row an INSERT just wrote, as sqlite3 (``Cursor.lastrowid``) and
    sqlite-utils (``Table.last_rowid``) report it: typed optional, None only before any
    row was written."""
    if rowid is None:
        raise RuntimeError("the INSERT reported no rowid")
    return rowid


def unwritable(path: Path, exc: sqlite3.Error) -> LibraryError | None:
    """A full disk or a read-only folder is not a damaged library: say which it is."""
    message = str(exc)
    if "full" in message:
        return DiskFullError(path)
    if "readonly" in message or not os.access(path.parent, os.W_OK):
        return ReadOnlyLibraryError(path)
    return None


def _open_failure(path: Path, exc: sqlite3.DatabaseError) -> LibraryError:
    failure = as_library_failure(path, exc)
    if failure is not None:
        return failure
    verdict = check_integrity(path)
    return LibraryIOError(path, str(exc)) if verdict == "ok" else corrupt(path, exc)


# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT (also raised by
# FTS5 as SQLITE_CORRUPT_VTAB) and SQLITE_NOTADB; and for a failed read or write,
# SQLITE_IOERR.
_DAMAGE_CODES = {11, 26}
_DAMAGE_WORDS = ("malformed", "not a database")
_IOERR = 10


def check_integrity(path: Path) -> str:
    """SQLite's quick check of the file, through a query-only connection of its own.

    Only SQLite opens the file (see ``_live``). Read-write but query-only rather than
    ``mode=ro``: a read-only connection cannot fold the WAL back in on close and would
    leave -wal and -shm files behind. Returns "ok", the first problem found, or why
    the file could not be checked at all.
    """
    conn = query_only_connection(path)
    if isinstance(conn, str):
        return conn
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def query_only_connection(path: Path) -> sqlite3.Connection | str:
    """A connection that cannot write, or why there is none (never creates a file)."""
    if not path.is_file():
        return f"{path.name} does not exist"
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        return str(exc)
    return conn


def as_library_failure(path: Path, exc: BaseException) -> LibraryError | None:
    """The :class:`LibraryError` that SQLite's ``exc`` amounts to, if it is about the file.

    Damage is only reported once SQLite's own check of the file confirms it: a read
    that failed on a healthy file (an I/O error, a file replaced under us) is a
    :class:`LibraryIOError`, and never leads the user to restore a backup and lose
    what they wrote since. Damage can surface long after a clean open (the open-time
    check is skipped for large files, disks fail mid-session): whatever query meets it,
    the user gets the same message as on open. Mistakes in a query (constraint,
    programming errors) are not the file's fault and give None.
    """
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(
            exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    message = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError):
        if "locked" in message or "busy" in message:
            return LockedLibraryError(path)
        problem = unwritable(path, exc)
        if problem is not None:
            return problem
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    damaged = primary in _DAMAGE_CODES or any(word in message for word in _DAMAGE_WORDS)
    if not damaged and primary != _IOERR and "disk i/o error" not in message:
        return None
    verdict = check_integrity(path)
    if verdict == "ok":
        return LibraryIOError(path, str(exc))
    return corrupt(path, verdict if damaged or "malformed" in verdict else exc)


@contextlib.contextmanager
def failures_reported(path: Path) -> Iterator[None]:
    """Re-raise SQLite's report of a problem with the file as a :class:`LibraryError`."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        failure = as_library_failure(path, exc)
        if failure is None:
            raise
        raise failure from exc
