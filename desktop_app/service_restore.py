"""Restoring a library from its automatic backups.

Restoring works on a library that cannot be opened, so these take its path, not a
:class:`~desktop_app.service.LibraryService`. Re-exported by :mod:`desktop_app.service`,
the one door the command line and the window use.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage import backups
from desktop_app.storage.db import Database


def library_backups(library_path: str | Path) -> list[Path]:
    """The automatic backups of the library at ``library_path``, newest first."""
    return backups.list_backups(Path(library_path))


def check_library(library_path: str | Path) -> None:
    """Open and close the library at ``library_path`` (a missing file is left missing).

    Raises the :class:`LibraryError` that opening it meets: :class:`CorruptLibraryError`
    when SQLite's check confirms damage.
    """
    path = Path(library_path)
    if path.exists():
        Database(path).close()


def restore_backup(library_path: str | Path, backup: str | Path) -> Path:
    """Put an automatic backup in place of a damaged library (see CorruptLibraryError).

    The damaged file is moved aside, never deleted; returns where it went. A backup that
    cannot be copied (:class:`UnreadableFileError` for a named pipe, a device or a link
    to one; ``OSError``) leaves everything where it was.
    """
    return backups.restore_backup(Path(library_path), Path(backup))
