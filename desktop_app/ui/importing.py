"""Importing pages (menu commands, drag and drop) and backing the library up.

Both run through the operations runner, so the window keeps painting: an import shows a
cancellable progress dialog; when it is stored the runner announces that the library
changed and every panel reads what it shows again. The dialogs are imported where they
are opened: none is needed for the first frame, and each Qt class costs start-up time
the first time Python touches it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from desktop_app.ui.operations import EVERYTHING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from desktop_app.service import ImportReport
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

MAX_NAMED = 3  # unreadable files named in the status bar; the count says the rest


class _Progress(QObject):
    """Carries the import's progress from the operations thread to the dialog."""

    step = Signal(int, int, str)  # done, total, file name

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()  # set from the UI thread; read between files

    def report(self, done: int, total: int, name: str) -> bool:
        self.step.emit(done, total, name)
        return not self.cancel.is_set()


class PageImporter(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds (0: until replaced)

    def __init__(self, runner: OperationRunner, library: LibraryHandle, window: QWidget):
        super().__init__(window)
        self.runner, self.library, self.window = runner, library, window
        self.progress: QProgressDialog | None = None
        self.last_report: ImportReport | None = None
        self._reporter: _Progress | None = None

    # -- choosing ---------------------------------------------------------------------
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Pages"), "",
            self.tr("Newspaper pages (*.txt *.md *.pdf);;All files (*)"),
        )
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.window,
                                                  self.tr("Import a Folder of Pages"))
        if folder:
            self.import_paths([folder])

    # -- importing --------------------------------------------------------------------
    def import_paths(self, paths: Sequence[str | Path]) -> None:
        service = self.library.service
        if service is None or self.progress is not None:
            return
        from PySide6.QtWidgets import QProgressDialog

        reporter = self._reporter = _Progress()
        self.progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0,
                                        self.window)
        self.progress.setObjectName("import-progress")
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        reporter.step.connect(self._on_step)
        files = [Path(p) for p in paths]
        self.runner.write(lambda: service.import_paths(files, progress=reporter.report),
                          EVERYTHING, done=self._on_done, failed=lambda _e: self._finish())

    def cancel(self) -> None:
        """Stop before the next file (the Cancel button; closing the window)."""
        if self._reporter is not None:
            self._reporter.cancel.set()

    def _on_step(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress.setLabelText(self.tr("Importing %1…").replace("%1", Path(name).name))

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._reporter = None

    def _on_done(self, report: ImportReport) -> None:
        self._finish()
        self.last_report = report
        message = self.tr("%1 articles added from %2 new and %3 updated pages").replace(
            "%1", str(report.articles_added)).replace("%2", str(report.added_pages)).replace(
            "%3", str(report.updated_pages))
        if report.cancelled:
            message = self.tr("Import cancelled; ") + message
        if report.errors:
            message += self.unreadable_text(report.errors)
        self.statusMessage.emit(message, 10_000)

    def unreadable_text(self, errors: Sequence[str]) -> str:
        # Each error reads "name: why" (in English, for the command line); the window
        # names the files and says the rest in its own language.
        names = [error.partition(": ")[0] for error in errors[:MAX_NAMED]]
        more = "…" if len(errors) > MAX_NAMED else ""
        return self.tr("; %n file(s) could not be read: %1", "", len(errors)).replace(
            "%1", "、".join(names) + more)

    # -- backing up -------------------------------------------------------------------
    def back_up(self) -> None:
        service = self.library.service
        if service is None:
            return
        from PySide6.QtWidgets import QFileDialog

        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back Up Library"), "xiangyue-backup.sqlite3",
            self.tr("Library files (*.sqlite3)"),
        )
        if target:
            self.runner.write(
                lambda: _back_up(service.path, target), banner=False, owner=self.window,
                done=lambda written: self.statusMessage.emit(
                    self.tr("Backed up to %1").replace("%1", str(written)), 0),
                failed=self._backup_failed)

    def _backup_failed(self, exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.ui.library_messages import failure_text

        # The user picked the place; say what failed there, in the window's language.
        QMessageBox.warning(self.window, self.tr("Back Up Library"),
                            self.tr("The library was not backed up: %1.")
                            .replace("%1", failure_text(exc)))


def _back_up(library_path: Path, target: str) -> Path:
    """Copy the library to ``target`` through a connection of its own: the copy holds
    its connection's lock throughout, and the window's must stay free for reading."""
    from desktop_app.service import LibraryService

    with LibraryService.open(library_path, import_seeds=False, daily_backup=False) as own:
        return own.backup_to(target)
