"""Is a file a whole SQLite library? Looked at before SQLite opens it, with the one
descriptor of its own the storage layer opens on a library (desktop_app.storage.db says
when that is allowed); and the error that offers the latest backup of a damaged one."""

from __future__ import annotations

import struct
from pathlib import Path

from desktop_app.core.reading.user_files import UnreadableFileError, check_regular
from desktop_app.storage import backups
from desktop_app.storage.errors import CorruptLibraryError, LibraryError

_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse files that are not (whole) SQLite databases before SQLite touches them.

    The one place that opens a library file with a descriptor of its own: called only
    while this process holds no connection to it (see ``db._live``).
    """
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(path, f"cannot create the folder {path.parent} for the "
                               f"library ({exc.strerror or exc})") from None
        return
    if path.is_dir():
        raise LibraryError(path, f"{path} is a folder, not a library file")
    try:
        check_regular(path)  # a pipe or a device would block or never end; not opened
    except UnreadableFileError as exc:
        raise LibraryError(path, f"the library {path.name} {exc.reason}") from None
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(_HEADER) or len(header) < 100:
        raise corrupt(path, "not an SQLite database")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    # The header's page count is kept current by every SQLite since 3.7; a file shorter
    # than it has lost its tail (a copy interrupted, a full disk). But another process's
    # checkpoint copies the write-ahead log into the file page by page, page 1 (with the
    # new count) first: while it runs, a live library looks short. A gap the log could
    # fill is left to SQLite to judge (a damaged file fails its reads and quick check,
    # db._open_failure); so is a file that has grown since the header was read.
    expected = page_count * page_size
    if page_count and size < expected and expected - size > _log_size(path) \
            and path.stat().st_size < expected:
        raise corrupt(path, f"the file is truncated: {size} of {expected} bytes")


def _log_size(path: Path) -> int:
    """The size of the library's write-ahead log (0 if there is none): a checkpoint can
    add at most that much to the file, so only a shorter gap may be one in progress (a
    stale log left by a crash does not excuse a file cut in half)."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size
    except OSError:
        return 0


def corrupt(path: Path, detail: object) -> CorruptLibraryError:
    found = backups.list_backups(path)
    impact = backups.restore_impact(path, found[0]) if found else None
    return CorruptLibraryError(path, str(detail), found, impact)
