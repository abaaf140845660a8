"""Importing pages: menu commands, drag and drop, and a cancellable progress dialog.

The import itself runs in the library worker; this side only asks, shows progress and
refreshes the list when the report comes back, so the window keeps painting.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

# The dialogs are imported where they are opened: none of them is needed for the first
# frame, and each Qt class costs start-up time the first time Python touches it.


class ImportingMixin:
    def connect_importing(self) -> None:
        self.progress: QProgressDialog | None = None
        self.last_import_report = None
        self.menus.import_files.triggered.connect(self._choose_files)
        self.menus.import_folder.triggered.connect(self._choose_folder)
        self.menus.backup.triggered.connect(self._backup)

    def connect_import_worker(self, worker) -> None:
        worker.importProgress.connect(self._on_import_progress)
        worker.importDone.connect(self._on_import_done)
        worker.writeFailed.connect(self.report_write_failure)

    def _choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Pages"), "",
            self.tr("Newspaper pages (*.txt *.md *.pdf);;All files (*)"),
        )
        if files:
            self.import_paths(files)

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder of Pages"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths) -> None:
        if self.library is None or self.service is None or self.progress is not None:
            return
        from PySide6.QtWidgets import QProgressDialog

        self.progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setObjectName("import-progress")
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.library.cancel_import)
        self.library.start_import([str(p) for p in paths])

    def _on_import_progress(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress.setLabelText(self.tr("Importing %1…").replace("%1", Path(name).name))

    def _on_import_done(self, report) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.last_import_report = report
        if report is None:
            return
        message = self.tr("%1 articles added from %2 new and %3 updated pages").replace(
            "%1", str(report.articles_added)).replace("%2", str(report.added_pages)).replace(
            "%3", str(report.updated_pages))
        if report.cancelled:
            message = self.tr("Import cancelled; ") + message
        if report.errors:
            message += self.unreadable_text(len(report.errors))
        self.statusBar().showMessage(message, 10_000)
        self.refresh_options()
        self.request_listing()
        if self.detail is not None:
            self.reload_article()

    # -- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- backup -----------------------------------------------------------------------
    def _backup(self) -> None:
        if self.service is None:
            return
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back Up Library"), "xiangyue-backup.sqlite3",
            self.tr("Library files (*.sqlite3)"),
        )
        if target:
            try:
                written = self.service.backup_to(target)
            except Exception as exc:  # the user picked the place; tell them what failed
                QMessageBox.warning(self, self.tr("Back Up Library"), str(exc))
                return
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(written)))
