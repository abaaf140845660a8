"""Failures of the library file that the GUI and the CLI can catch and explain.

``str()`` of each is one English line for the command line and logs. Each class also
carries the facts of the failure as attributes, so the window can say the same thing in
its own language instead of showing the English line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


class LibraryError(Exception):
    """Any problem with the library file itself (not with an imported page)."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


@dataclass(frozen=True)
class RestoreImpact:
    """What putting ``backup`` in place of the library would lose.

    The counts are of notes and highlights changed after the backup was taken; None
    when the damaged file cannot be read well enough to count them.
    """

    backup: Path
    taken: datetime
    newer_notes: int | None
    newer_highlights: int | None

    def describe(self) -> str:
        when = self.taken.strftime("%Y-%m-%d %H:%M")
        if self.newer_notes is None or self.newer_highlights is None:
            lost = f"anything changed since {when} would not be in it"
        else:
            lost = (f"{self.newer_notes} notes and {self.newer_highlights} highlights changed "
                    f"since {when} would not be in it")
        return f"the latest automatic backup is {self.backup.name} of {when} ({lost})"


class CorruptLibraryError(LibraryError):
    """The file failed SQLite's integrity check, is truncated, or is not a library at all.

    Raised only after the check confirms the damage: a read or write that merely failed
    is :class:`LibraryIOError`. The file is never overwritten. ``backups`` lists the
    automatic backups that can be restored, newest first; ``impact`` says what
    restoring the newest would lose.
    """

    def __init__(self, path: str | Path, detail: str, backups: list[Path],
                 impact: RestoreImpact | None = None) -> None:
        self.detail = detail
        self.backups = backups
        self.impact = impact
        if impact is not None:
            offer = f"; {impact.describe()}; restore it with `xiangyue restore`"
        elif backups:
            offer = (f"; the latest automatic backup is {backups[0].name} (restore it with "
                     f"`xiangyue restore`)")
        else:
            offer = "; no automatic backup exists"
        super().__init__(path, f"the library {Path(path).name} is damaged ({detail}){offer}")


class LibraryIOError(LibraryError):
    """Reading or writing failed although the file itself checks out (a flaky disk, a
    network or removable drive, a file replaced or locked by another program).

    Nothing to restore: trying again, or checking the drive, is the advice.
    """

    def __init__(self, path: str | Path, detail: str) -> None:
        self.detail = detail
        super().__init__(
            path, f"the library {Path(path).name} could not be read or written ({detail}); "
            "the file itself checks out, so nothing needs restoring: check the drive it is on "
            "and try again")


class DiskFullError(LibraryError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(path, f"the disk holding {Path(path).name} is full; the change was "
                         "not saved (free some space and try again)")


class ReadOnlyLibraryError(LibraryError):
    def __init__(self, path: str | Path) -> None:
        self.folder = Path(path).parent
        super().__init__(path, f"the library {Path(path).name} is in a folder that cannot be "
                         f"written to ({self.folder}); copy it to a writable folder")


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
