"""What the window says when the library cannot be opened, and what it offers.

Each failure has its own dialog: a damaged file offers its newest automatic backup, a
locked one offers to try again, a newer or unreachable one can only be closed. The
restore itself is an operation (it copies a whole file, off the UI thread), then the
library opens as usual. Qt's dialog classes are imported here only when a failure
happens: at start-up they would cost the first frame time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.library_queries import LibraryQueries
    from desktop_app.ui.operations import OperationRunner

from desktop_app import APP_DISPLAY_NAME
from desktop_app.ui.first_launch import SampleProgress

RESTORE, RETRY, QUIT = "restore", "retry", "quit"
MAX_LISTED = 8  # backups listed in the dialog; a week of daily ones plus a migration


def _backup_lines(backups: list[Path]) -> str:
    from datetime import datetime  # only when a library is damaged; not at start-up

    lines = []
    for backup in backups[:MAX_LISTED]:
        try:
            when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        except OSError:  # vanished since it was listed; still worth naming
            when = "?"
        lines.append(f"• {backup.name}  ({when})")
    return "\n".join(lines)


def describe(exc: Exception) -> tuple[str, str, list[str]]:
    """The dialog's headline, its explanation, and the choices it offers (first: default)."""
    from desktop_app.service import (
        CorruptLibraryError,
        LibraryIOError,
        LockedLibraryError,
        NewerLibraryError,
    )

    path = str(getattr(exc, "path", "")) or "?"
    if isinstance(exc, CorruptLibraryError):
        from desktop_app.ui.library_messages import restore_loss

        headline = QCoreApplication.translate(
            "Opening", "The library file is damaged: SQLite's check of the file failed.")
        if exc.backups:
            info = QCoreApplication.translate(
                "Opening", "File: %1\n\nAutomatic backups, newest first:\n%2\n\nRestore puts "
                "the newest backup in its place; the damaged file is kept beside it, renamed, "
                "never deleted.")
            info = info.replace("%1", path).replace("%2", _backup_lines(exc.backups))
            loss = restore_loss(exc)
            return headline, f"{info}\n\n{loss}" if loss else info, [RESTORE, QUIT]
        info = QCoreApplication.translate(
            "Opening", "No automatic backup of it exists, so there is nothing to restore. The "
            "damaged file is left untouched at:\n%1")
        return headline, info.replace("%1", path), [QUIT]
    if isinstance(exc, LibraryIOError):
        headline = QCoreApplication.translate(
            "Opening", "The library could not be read from its drive.")
        info = QCoreApplication.translate(
            "Opening", "File: %1\n\nThe file itself checks out, so nothing needs restoring. "
            "Check the drive it is on (a network or removable drive may have gone away), then "
            "try again.")
        return headline, info.replace("%1", path), [RETRY, QUIT]
    if isinstance(exc, LockedLibraryError):
        headline = QCoreApplication.translate(
            "Opening", "The library is in use by another Xiangyue window or program.")
        info = QCoreApplication.translate(
            "Opening", "File: %1\n\nClose the other Xiangyue (or wait for it to finish "
            "writing), then try again.")
        return headline, info.replace("%1", path), [RETRY, QUIT]
    if isinstance(exc, NewerLibraryError):
        headline = QCoreApplication.translate(
            "Opening", "The library was made by a newer version of Xiangyue.")
        info = QCoreApplication.translate(
            "Opening", "File: %1\n\nThis version cannot open it without risking damage to "
            "it; please update Xiangyue.")
        return headline, info.replace("%1", path), [QUIT]
    headline = QCoreApplication.translate("Opening", "The library cannot be opened.")
    return headline, QCoreApplication.translate("Opening", "File: %1").replace("%1", path), [QUIT]


def _labels() -> dict[str, str]:
    return {RESTORE: QCoreApplication.translate("Opening", "Restore"),
            RETRY: QCoreApplication.translate("Opening", "Retry"),
            QUIT: QCoreApplication.translate("Opening", "Quit")}


def ask(parent: QWidget, exc: Exception) -> str:
    """Show the dialog for ``exc``; returns RESTORE, RETRY or QUIT."""
    from PySide6.QtWidgets import QMessageBox

    headline, info, choices = describe(exc)
    box = QMessageBox(parent)
    box.setObjectName("open-problem")
    box.setIcon(QMessageBox.Icon.Critical if choices == [QUIT] else QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_DISPLAY_NAME)
    box.setText(headline)
    box.setInformativeText(info)
    box.setDetailedText(str(exc))  # the technical one-liner (English), for a bug report
    roles = {RESTORE: QMessageBox.ButtonRole.AcceptRole,
             RETRY: QMessageBox.ButtonRole.AcceptRole,
             QUIT: QMessageBox.ButtonRole.RejectRole}
    labels = _labels()
    buttons = {}
    for choice in choices:
        buttons[choice] = box.addButton(labels[choice], roles[choice])
        buttons[choice].setObjectName(f"open-problem-{choice}")
    box.setDefaultButton(buttons[choices[0]])
    box.setEscapeButton(buttons[QUIT])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((c for c, b in buttons.items() if b is clicked), QUIT)


class OpenProblems(QObject):
    """The window's side: asks the user, then restores, retries or closes the window."""

    statusMessage = Signal(str, int)  # text, milliseconds (0: until replaced)

    def __init__(self, window: QWidget, runner: OperationRunner, queries: LibraryQueries,
                 library_path: Path) -> None:
        super().__init__(window)
        self.window, self.runner, self.queries = window, runner, queries
        self.library_path = library_path
        self.problem: Exception | None = None  # what the user was told last (tests read it)
        self.stopped = False  # the window closed
        self._after_open = ""  # said once the library has opened again
        queries.worker.openFailed.connect(self.on_open_failed)
        # A first launch's sample pages going in (said here: it is part of opening).
        from PySide6.QtWidgets import QMainWindow

        bar = window.statusBar() if isinstance(window, QMainWindow) else None
        self.samples = SampleProgress(runner, queries, bar, self)
        self.samples.statusMessage.connect(self.statusMessage)

    def on_open_failed(self, exc: Exception) -> None:
        from desktop_app.ui.library_messages import failure_text

        self.problem = exc
        self.statusMessage.emit(failure_text(exc), 0)
        choice = ask(self.window, exc)
        if self.stopped:  # the window was closed meanwhile
            return
        if choice == RESTORE:
            self.statusMessage.emit(self.tr("Restoring the latest automatic backup…"), 0)
            self._restore(str(exc.backups[0]))  # type: ignore[attr-defined]
        elif choice == RETRY:
            self.statusMessage.emit(self.tr("Opening the library…"), 0)
            self.queries.requestOpen.emit()
        else:
            self.window.close()

    def _restore(self, backup: str) -> None:
        from desktop_app.service import LibraryError, UnreadableFileError, restore_backup

        path = self.library_path

        def failed(exc: Exception) -> None:
            if isinstance(exc, OSError | UnreadableFileError):  # nothing was moved
                exc = LibraryError(path, f"cannot restore {backup}: {exc}")
            self.on_open_failed(exc)

        def restored(aside: Path) -> None:
            self._after_open = (self.tr("Restored %1; the damaged file was kept as %2")
                                .replace("%1", Path(backup).name).replace("%2", str(aside)))
            self.queries.requestOpen.emit()

        # Nothing holds the file open now: the query thread closes its connection when
        # opening fails, and the window's was never handed over.
        self.runner.write(lambda: restore_backup(path, backup), banner=False, owner=self,
                          done=restored, failed=failed)

    def take_message(self) -> str:
        """What to say now that the library has opened (after a restore), once."""
        message, self._after_open = self._after_open, ""
        return message
