"""Importing pages (menu commands, drag and drop) and backing the library up.

An import runs on a thread of its own (desktop_app.ui.import_job), not through the
operations runner, so notes and highlights are written while it goes on. Its progress
shows in the status bar (desktop_app.ui.import_panel) with a Cancel button; the list
is read again as pages land (at most once a ``pauses.IMPORT_REFRESH_MS``), and every
panel when it ends.
One import at a time: a second one asked for meanwhile is refused with a message.
The dialogs are imported where they are opened: none is needed for the first frame.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.ui import pauses
from desktop_app.ui.operations import EVERYTHING, Changes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMainWindow

    from desktop_app.service import ImportReport
    from desktop_app.ui.import_job import ImportJob
    from desktop_app.ui.import_panel import ImportPanel
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

MAX_NAMED = 3  # unreadable files named in the status bar; the count says the rest
STOP_WAIT_S = 30.0  # closing waits this long for the page being written
LANDED = Changes(listing=True)


class PageImporter(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds (0: until replaced)

    def __init__(self, runner: OperationRunner, library: LibraryHandle, window: QMainWindow):
        super().__init__(window)
        self.runner, self.library, self.window = runner, library, window
        self.job: ImportJob | None = None  # the import running, if any
        self.panel: ImportPanel | None = None  # built with the first import
        self.last_report: ImportReport | None = None
        self.problems: QDialog | None = None  # the files the last import left out
        self._ended_job: ImportJob | None = None
        self._landed = 0  # files handled when the list was last told
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(pauses.IMPORT_REFRESH_MS)
        self._refresh.timeout.connect(lambda: self.runner.announce(LANDED))

    # -- choosing ---------------------------------------------------------------------
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.page_files import PAGE_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in PAGE_SUFFIXES)  # what import reads
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Pages"), "",
            self.tr("Newspaper pages (%1);;All files (*)").replace("%1", patterns),
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
        if service is None:
            return
        if self.job is not None:
            self.statusMessage.emit(self.tr("An import is already running: wait for it to "
                                            "finish, or cancel it first."), 8000)
            return
        from desktop_app.ui.import_job import ImportJob

        job = self.job = ImportJob(service.import_paths, [Path(p) for p in paths])
        job.progressed.connect(self._on_progress)
        job.ended.connect(self._on_ended)
        self._landed = 0
        panel = self._panel()
        panel.start()
        panel.show()
        job.start()

    def _panel(self) -> ImportPanel:
        if self.panel is None:
            from desktop_app.ui.import_panel import ImportPanel

            self.panel = ImportPanel()
            self.panel.cancelRequested.connect(self.cancel)
            self.window.statusBar().addPermanentWidget(self.panel)
        return self.panel

    def cancel(self) -> None:
        """Stop after the page being written (the Cancel button)."""
        if self.job is not None:
            self.job.cancel()

    def stop(self) -> None:
        """The window is closing: cancel, and wait for the page being written."""
        job, self.job = self.job, None
        self._refresh.stop()
        if job is not None:
            job.stop(STOP_WAIT_S)

    def _on_progress(self) -> None:
        job = self.job
        if job is None:
            return
        shown = job.take()
        if self.panel is not None:
            self.panel.show_progress(shown, time.monotonic() - job.started)
        if shown.done > self._landed:  # pages landed: the list follows, a while later
            self._landed = shown.done
            if not self._refresh.isActive():
                self._refresh.start()

    def _on_ended(self) -> None:
        job, self.job = self.job, None
        if job is None:  # stopped by closing
            return
        self._ended_job = job  # let go with the next import, not inside its own signal
        self._refresh.stop()
        if self.panel is not None:
            self.panel.hide()
        self.runner.announce(EVERYTHING)  # pages may have landed, even on a failure
        if job.error is not None:
            self.runner.report_failure(job.error)
            return
        report = self.last_report = job.report
        if report is not None:
            shown = job.take()
            self.statusMessage.emit(self.report_text(report, shown.total - shown.done), 15_000)
            if report.errors or report.skipped:
                self._show_problems(report)

    def _show_problems(self, report: ImportReport) -> None:
        from desktop_app.ui.import_problems import ImportProblemsDialog

        if self.problems is not None:
            self.problems.close()
        self.problems = ImportProblemsDialog(report.errors, report.skipped, self.window)
        self.problems.open()

    def report_text(self, report: ImportReport, not_done: int) -> str:
        """What an import did, in the window's language; ``not_done``: files a cancel
        left out."""
        if report.cancelled:
            kept = report.added_pages + report.updated_pages + report.unchanged_pages
            message = self.tr("Import cancelled: %1 pages imported, the other %2 not; %3 "
                              "articles added").replace("%1", str(kept)).replace(
                "%2", str(max(0, not_done))).replace("%3", str(report.articles_added))
        else:
            message = self.tr("%1 articles added from %2 new and %3 updated pages").replace(
                "%1", str(report.articles_added)).replace(
                "%2", str(report.added_pages)).replace("%3", str(report.updated_pages))
        if report.errors:
            message += self.unreadable_text(report.errors)
        return message

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
