"""Fills File → Export: one entry per format (opening the export dialog) and Import Notes.

The window's menu reserves the submenu; :class:`ExportMenu` is the only place that knows
what goes in it. It is built once the library is open: this module pulls in the export
code, which the first frame does not need. Importing notes is an operation: when it is
stored the runner announces the change and every panel reads what it shows again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop_app.service_export import ExportService
from desktop_app.ui.export_dialog import ExportContext, ExportDialog, format_names
from desktop_app.ui.library_messages import failure_text
from desktop_app.ui.operations import EVERYTHING

if TYPE_CHECKING:
    from desktop_app.service_notes_import import NoteImportReport
    from desktop_app.ui.list_panel import ListPanel
    from desktop_app.ui.operations import LibraryHandle, OperationRunner
    from desktop_app.ui.reader_panel import ReaderPanel


class ExportMenu(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds

    def __init__(self, menu: QMenu, runner: OperationRunner, library: LibraryHandle,
                 lists: ListPanel, reader: ReaderPanel, window: QWidget) -> None:
        super().__init__(window)
        self.runner, self.library, self.window = runner, library, window
        self.lists, self.reader = lists, reader
        for fmt, name in format_names().items():
            action = QAction(self.tr("%1…").replace("%1", name), window)
            action.setObjectName(f"export-{fmt}")
            action.triggered.connect(lambda _checked=False, f=fmt: self.open_dialog(f))
            menu.addAction(action)
        menu.addSeparator()
        importing = QAction(self.tr("Import Notes from JSON…"), window)
        importing.setObjectName("import-notes")
        importing.triggered.connect(self.choose_notes)
        menu.addAction(importing)
        menu.menuAction().setVisible(True)

    def context(self) -> ExportContext:
        """What the dialog can offer as a scope right now: the article being read, the
        rows selected, the tag filtered by, the search typed."""
        detail, service = self.reader.detail, self.library.service
        selected = self.lists.selected_ids()
        filters = self.lists.filters()
        documents = Path.home() / "Documents"
        return ExportContext(
            current_id=detail.id if detail is not None else None,
            selected_ids=selected if len(selected) > 1 else (),
            tag=filters.tag if filters is not None else None,
            tags=tuple(name for name, _n in service.all_tags()) if service else (),
            query=self.lists.query(),
            default_folder=documents if documents.is_dir() else Path.home(),
        )

    def open_dialog(self, fmt: str) -> None:
        service = self.library.service
        if service is None:
            return
        dialog = ExportDialog(self.runner, service, self.context(), fmt, self.window)
        if dialog.exec() and dialog.exported is not None:
            self.statusMessage.emit(dialog.status.text(), 8000)
        dialog.deleteLater()

    def choose_notes(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Notes"), "", self.tr("Web Annotation JSON (*.json)"))
        if chosen:
            self.import_notes(chosen)

    def import_notes(self, path: str) -> None:
        service = self.library.service
        if service is None:
            return
        self.runner.write(lambda: ExportService(service).import_notes(path), EVERYTHING,
                          banner=False, owner=self.window, done=self._imported,
                          failed=lambda exc: self._not_imported(path, exc))

    def _imported(self, report: NoteImportReport) -> None:
        QMessageBox.information(
            self.window, self.tr("Import Notes"),
            self.tr("%1 highlights added, %2 updated, %3 already here; %4 notes added or "
                    "merged; %5 articles not found in this library.")
            .replace("%1", str(report.highlights_added))
            .replace("%2", str(report.highlights_updated))
            .replace("%3", str(report.highlights_unchanged))
            .replace("%4", str(report.notes_set + report.notes_merged))
            .replace("%5", str(len(report.articles_unmatched))),
        )

    def _not_imported(self, path: str, exc: Exception) -> None:
        if isinstance(exc, ValueError):  # not Web Annotation JSON: nothing was written
            text = self.tr("%1 is not a Web Annotation JSON file Xiangyue can read; nothing "
                           "was imported.").replace("%1", Path(path).name)
        else:  # the file could not be read, or the library not written
            text = self.tr("Notes were not imported: %1.").replace("%1", failure_text(exc))
        QMessageBox.warning(self.window, self.tr("Import Notes"), text)
