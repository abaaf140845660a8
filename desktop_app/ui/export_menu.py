"""Fills File → Export: one entry per format (opening the export dialog) and Import Notes.

The window's menu reserves the submenu; this module is the only place that knows what
goes in it, so the window needs a single call, :func:`install_export_menu`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop_app.core.export.annotation_json_reader import AnnotationFormatError
from desktop_app.service_export import ExportService
from desktop_app.ui.export_dialog import ExportContext, ExportDialog, format_names
from desktop_app.ui.roles import ARTICLE_ID_ROLE


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportMenu", text)


def install_export_menu(window: QMainWindow) -> None:
    menu = window.menus.export_menu
    for fmt, name in format_names().items():
        action = QAction(tr("%1…").replace("%1", name), window)
        action.setObjectName(f"export-{fmt}")
        action.triggered.connect(lambda _checked=False, f=fmt: open_export_dialog(window, f))
        menu.addAction(action)
    menu.addSeparator()
    importing = QAction(tr("Import Notes from JSON…"), window)
    importing.setObjectName("import-notes")
    importing.triggered.connect(lambda: import_notes(window))
    menu.addAction(importing)
    menu.menuAction().setVisible(True)


def window_context(window: QMainWindow) -> ExportContext:
    service = window.service
    detail = getattr(window, "detail", None)
    selected = tuple(
        index.data(ARTICLE_ID_ROLE) for index in window.table.selectionModel().selectedRows()
        if index.data(ARTICLE_ID_ROLE)
    )
    documents = Path.home() / "Documents"
    return ExportContext(
        current_id=detail.id if detail is not None else None,
        selected_ids=selected if len(selected) > 1 else (),
        tag=window.filter_bar.filters().tag,
        tags=tuple(name for name, _count in service.all_tags()),
        query=window.search_box.text().strip(),
        default_folder=documents if documents.is_dir() else Path.home(),
    )


def open_export_dialog(window: QMainWindow, fmt: str) -> None:
    if window.service is None:
        return
    exporter = ExportService(window.service)
    dialog = ExportDialog(exporter, window_context(window), fmt, window)
    try:
        if dialog.exec() and dialog.result is not None:
            window.statusBar().showMessage(dialog.status.text(), 8000)
    finally:
        exporter.close()


def import_notes(window: QMainWindow) -> None:
    if window.service is None:
        return
    chosen, _ = QFileDialog.getOpenFileName(
        window, tr("Import Notes"), "", tr("Web Annotation JSON (*.json)"))
    if not chosen:
        return
    exporter = ExportService(window.service)
    try:
        report = exporter.import_notes(chosen)
    except (AnnotationFormatError, OSError, UnicodeDecodeError) as exc:
        QMessageBox.warning(window, tr("Import Notes"), str(exc))
        return
    finally:
        exporter.close()
    QMessageBox.information(
        window, tr("Import Notes"),
        tr("%1 highlights added, %2 updated, %3 already here; %4 notes added or "
                  "merged; %5 articles not found in this library.")
        .replace("%1", str(report.highlights_added))
        .replace("%2", str(report.highlights_updated))
        .replace("%3", str(report.highlights_unchanged))
        .replace("%4", str(report.notes_set + report.notes_merged))
        .replace("%5", str(len(report.articles_unmatched))),
    )
    for refresh in ("reload_article", "refresh_options", "request_listing"):
        if hasattr(window, refresh):
            getattr(window, refresh)()
