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


def failure_text(exc: BaseException) -> str:
    """One sentence for why an operation failed, in the UI's language: the library's
    trouble (a LibraryError subclass), a file's (OSError, a file refused unread), or a
    bug (the trace goes to the error output; desktop_app.ui.operations)."""
    from desktop_app.service import (  # loaded by the worker long before a failure
        EditError,
        LibraryError,
        NotFoundError,
        UnreadableFileError,
    )

    if isinstance(exc, LibraryError):
        return library_failure_text(exc)
    if isinstance(exc, OSError | UnreadableFileError):
        return file_failure_text(exc)
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "LibraryMessages", "it is no longer in the library (another program may have "
            "changed it)")
    if isinstance(exc, EditError):  # a fix to the split that does not fit its page
        return QCoreApplication.translate(
            "LibraryMessages", "the split cannot be changed so: there is no article on that "
            "side on this page, or the place is at the article's very start or end")
    return QCoreApplication.translate(
        "LibraryMessages", "something unexpected went wrong (the details were written to "
        "the error output)")


def file_failure_text(exc: BaseException) -> str:
    """Why a file the user chose (a backup, an export, notes to import, a page) could
    not be written or read, naming the file."""
    import errno
    from pathlib import Path

    raw = getattr(exc, "filename", None) or getattr(exc, "path", None) or ""
    name = Path(str(raw)).name or "?"
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC:
        text = QCoreApplication.translate(
            "LibraryMessages", "the disk holding %1 is full (free some space)")
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QCoreApplication.translate(
            "LibraryMessages", "%1 cannot be written there: no permission (choose another "
            "folder)")
    elif code in (errno.ENOENT, errno.ENOTDIR):
        text = QCoreApplication.translate(
            "LibraryMessages", "%1 or its folder does not exist")
    elif code == errno.EEXIST:
        text = QCoreApplication.translate("LibraryMessages", "%1 already exists")
    elif isinstance(exc, OSError):
        text = QCoreApplication.translate(
            "LibraryMessages", "%1 could not be read or written")
    else:  # refused unread: not a regular file, too large, not text
        text = QCoreApplication.translate(
            "LibraryMessages", "%1 could not be read: it is not a file Xiangyue can use")
    return text.replace("%1", name)


def library_failure_text(exc: Exception) -> str:
    """One sentence for ``exc`` (a LibraryError subclass) in the UI's language."""
    from desktop_app.service import (
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
