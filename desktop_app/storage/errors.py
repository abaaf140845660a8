"""Failures of the library file that the GUI and the CLI can catch and explain.

``str()`` of each is one line meant for the user.
"""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Any problem with the library file itself (not with an imported page)."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


class CorruptLibraryError(LibraryError):
    """The file is damaged, truncated, or not a library at all.

    The file is never overwritten. ``backups`` lists the automatic backups that can be
    restored with :func:`desktop_app.storage.backups.restore_backup`, newest first.
    """

    def __init__(self, path: str | Path, detail: str, backups: list[Path]) -> None:
        self.backups = backups
        offer = (f"; the latest automatic backup is {backups[0].name} (restore it with "
                 f"`xiangyue restore`)") if backups else "; no automatic backup exists"
        super().__init__(path, f"the library {Path(path).name} cannot be read ({detail}){offer}")


class NewerLibraryError(LibraryError):
    """The file was written by a newer Xiangyue; opening it could damage it."""

    def __init__(self, path: str | Path, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path, f"the library {Path(path).name} was made by a newer version of Xiangyue "
            f"(format {found}; this version understands up to {supported}); please update",
        )


class LockedLibraryError(LibraryError):
    """Another program holds a write lock for longer than we are willing to wait."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(
            path, f"the library {Path(path).name} is busy: another Xiangyue window or "
            "program is writing to it; try again in a moment",
        )


class NotFoundError(LookupError):
    """An article, highlight or tag id that the library does not hold."""
