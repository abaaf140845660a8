"""What the window says about a failing library file, in the window's language.

The service raises :class:`LibraryError` subclasses whose ``str()`` is one English line
for the command line. The window builds its own sentence from the error's class and
facts instead, so a Chinese window never shows an English message. Every string is a
literal ``translate()`` call: pyside6-lupdate finds nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def restore_loss(exc: Exception) -> str:
    """What restoring the newest backup would lose, or "" when unknown."""
    impact = getattr(exc, "impact", None)
    if impact is None:
        return ""
    when = impact.taken.strftime("%Y-%m-%d %H:%M")
    if impact.newer_notes is None or impact.newer_highlights is None:
        return QCoreApplication.translate(
            "LibraryMessages",
            "The newest backup was taken %1; whatever you changed after that is not in it.",
        ).replace("%1", when)
    return (QCoreApplication.translate(
        "LibraryMessages",
        "The newest backup was taken %1; %2 notes and %3 highlights changed after that are "
        "not in it.")
        .replace("%1", when).replace("%2", str(impact.newer_notes))
        .replace("%3", str(impact.newer_highlights)))


def failure_text(exc: Exception) -> str:
    """One sentence for ``exc`` (a LibraryError subclass) in the UI's language."""
    from desktop_app.service import (  # loaded by the worker long before a failure
        CorruptLibraryError,
        DiskFullError,
        LibraryIOError,
        LockedLibraryError,
        NewerLibraryError,
        ReadOnlyLibraryError,
    )

    name = getattr(getattr(exc, "path", None), "name", "") or "?"
    if isinstance(exc, DiskFullError):
        text = QCoreApplication.translate(
            "LibraryMessages", "the disk holding %1 is full (free some space)")
    elif isinstance(exc, ReadOnlyLibraryError):
        text = QCoreApplication.translate(
            "LibraryMessages", "the library %1 is in a folder that cannot be written to; "
            "copy it to a writable folder")
    elif isinstance(exc, LockedLibraryError):
        text = QCoreApplication.translate(
            "LibraryMessages", "the library %1 is busy: another Xiangyue window or program "
            "is writing to it")
    elif isinstance(exc, LibraryIOError):
        text = QCoreApplication.translate(
            "LibraryMessages", "the library %1 could not be read or written; the file itself "
            "checks out, so nothing needs restoring: check the drive it is on")
    elif isinstance(exc, CorruptLibraryError):
        text = QCoreApplication.translate(
            "LibraryMessages", "the library %1 is damaged (SQLite's check of the file "
            "failed); File → Quit and reopen to restore a backup")
    elif isinstance(exc, NewerLibraryError):
        text = QCoreApplication.translate(
            "LibraryMessages", "the library %1 was made by a newer version of Xiangyue")
    else:
        text = QCoreApplication.translate("LibraryMessages", "the library %1 cannot be used")
    return text.replace("%1", name)
