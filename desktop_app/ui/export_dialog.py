"""File → Export: format, scope, destination, and a preview of what will be written.

The dialog only gathers choices and shows results; the reading and writing is the
Qt-free export code in :mod:`desktop_app.service_export`, run by the operations runner
off the UI thread: the preview, the check for files that would be replaced, and the
export itself (desktop_app.ui.export_job).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.export.filenames import safe_stem
from desktop_app.core.export.files import existing
from desktop_app.core.export.formats import FORMATS
from desktop_app.core.export.scope import ExportScope
from desktop_app.service_export import ExportRequest, ExportResult, ExportService
from desktop_app.ui import pauses
from desktop_app.ui.export_job import ExportJob
from desktop_app.ui.export_preview import ExportPreview
from desktop_app.ui.labels import export_format_labels
from desktop_app.ui.library_messages import failure_text

if TYPE_CHECKING:
    from desktop_app.service import LibraryService
    from desktop_app.ui.operations import OperationRunner

W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True)
class ExportContext:
    """What the window can offer as a scope at the moment the dialog opens."""

    current_id: str | None = None
    selected_ids: tuple[str, ...] = ()
    tag: str | None = None
    tags: tuple[str, ...] = ()
    query: str = ""
    default_folder: Path = field(default_factory=Path.home)


def format_names() -> dict[str, str]:
    """The export formats in the registry's order, by their translated names."""
    labels = export_format_labels()
    return {fmt: labels.get(fmt, fmt) for fmt in FORMATS}


class ExportDialog(QDialog):
    previewShown = Signal()  # the preview of the current choices is in place

    def __init__(self, runner: OperationRunner, service: LibraryService,
                 context: ExportContext, fmt: str = "md",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export Notes"))
        self.runner = runner
        self.service = service
        self.context = context
        self.job: ExportJob | None = None
        self.exported: ExportResult | None = None
        self._preview_token = 0
        self._destination_edited = False
        self._build()
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self._preview_timer = QTimer(self, singleShot=True, interval=pauses.EXPORT_PREVIEW_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._connect()
        self._on_options()
        self.update_preview()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.format = _named(QComboBox(), "export-format")
        for key, name in format_names().items():
            self.format.addItem(name, key)
        self.split = _named(QCheckBox(self.tr("One file per article")), "export-split")
        self.scope = _named(QComboBox(), "export-scope")
        self._add_scopes()
        self.tag = _named(QComboBox(), "export-tag")
        self.tag.addItems(list(self.context.tags))
        if self.context.tag:
            self.tag.setCurrentText(self.context.tag)
        self.all_articles = _named(
            QCheckBox(self.tr("Include articles without notes or highlights")),
            "export-all-articles")
        self.destination = _named(QLineEdit(), "export-destination")
        browse = _named(QPushButton(self.tr("Choose…")), "export-browse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.split)
        form.addRow(self.tr("Articles:"), self.scope)
        form.addRow(self.tr("Tag:"), self.tag)
        form.addRow("", self.all_articles)
        form.addRow(self.tr("Save to:"), where)
        self.preview = ExportPreview()  # the source, or for HTML the page as rendered
        self.status = _named(QLabel(), "export-status")
        self.status.setWordWrap(True)
        self.progress = _named(QProgressBar(), "export-progress")
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export-run")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview (first articles):")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 600)

    def _add_scopes(self) -> None:
        c = self.context
        if c.current_id:
            self.scope.addItem(self.tr("Current article"), "current")
        if c.selected_ids:
            self.scope.addItem(self.tr("Selected articles (%n)", "", len(c.selected_ids)),
                               "selected")
        if c.tags:
            self.scope.addItem(self.tr("Articles with a tag"), "tag")
        if c.query.strip():
            self.scope.addItem(self.tr("Search results for “%1”").replace("%1", c.query),
                               "search")
        self.scope.addItem(self.tr("All annotated articles"), "all")

    def _connect(self) -> None:
        for combo in (self.format, self.scope, self.tag):
            combo.currentIndexChanged.connect(self._on_options)
        for box in (self.split, self.all_articles):
            box.toggled.connect(self._on_options)
        self.destination.textEdited.connect(self._on_destination_edited)
        self.buttons.rejected.connect(self._cancel)
        self.export_button.clicked.connect(self.run_export)

    # -- choices ----------------------------------------------------------------------
    def chosen_scope(self) -> ExportScope:
        kind = self.scope.currentData()
        if kind == "current":
            return ExportScope.current(self.context.current_id or "")
        if kind == "selected":
            return ExportScope.selected(self.context.selected_ids)
        if kind == "tag":
            return ExportScope.tagged(self.tag.currentText())
        if kind == "search":
            return ExportScope.search(self.context.query)
        return ExportScope.everything()

    def request(self) -> ExportRequest:
        text = self.destination.text().strip()
        return ExportRequest(
            self.format.currentData(), self.chosen_scope(),
            Path(text).expanduser() if text else None,
            split=self.split.isChecked() and self._splits(),
            only_annotated=not self.all_articles.isChecked(),
        )

    def _splits(self) -> bool:
        """Whether the chosen format can write one file per article."""
        return FORMATS[self.format.currentData()].per_article is not None

    def _on_options(self, *_args: object) -> None:
        self.split.setVisible(self._splits())
        self.tag.setEnabled(self.scope.currentData() == "tag")
        if not self._destination_edited:
            self.destination.setText(str(self._default_destination()))
        self._preview_timer.start()

    def _on_destination_edited(self, _text: str) -> None:
        self._destination_edited = True

    def _default_destination(self) -> Path:
        folder = self.context.default_folder
        stem = safe_stem(f"湘阅笔记 {self.chosen_scope().label()}")
        if self._splits() and self.split.isChecked():
            return folder / stem
        return folder / f"{stem}.{FORMATS[self.format.currentData()].extension}"

    def _browse(self) -> None:
        request = self.request()
        if request.split:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to Folder"),
                                                      self.destination.text())
        else:
            # The question about replacing a file is asked once, by this dialog.
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to File"), self.destination.text(), "",
                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.destination.setText(chosen)
            self._destination_edited = True

    def update_preview(self) -> None:
        """Ask for the preview of the current choices; it is shown when it arrives."""
        self._preview_token += 1
        token, request, service = self._preview_token, self.request(), self.service
        page = self.format.currentData() == "html"
        self.runner.read(lambda: ExportService(service).preview(request), owner=self,
                         done=lambda text: self._show_preview(token, text, page=page),
                         failed=lambda exc: self._show_preview(token, None, exc))

    def _show_preview(self, token: int, text: str | None,
                      exc: Exception | None = None, *, page: bool = False) -> None:
        if token != self._preview_token:
            return  # the choices changed since it was asked for
        if exc is not None:  # a preview must never stop the user from exporting
            text = self.tr("No preview: %1").replace("%1", failure_text(exc))
        if text and page and exc is None:
            self.preview.show_page(text)
        else:
            self.preview.show_source(text or self.tr("Nothing to export in this choice."))
        self.previewShown.emit()

    # -- running ----------------------------------------------------------------------
    def run_export(self) -> None:
        request = self.request()
        if request.destination is None:
            self.status.setText(self.tr("Choose where to save the export."))
            return
        if self.job is not None:
            return
        self.export_button.setEnabled(False)
        service = self.service
        self.runner.read(lambda: existing(ExportService(service).planned_files(request)),
                         owner=self, done=lambda clashes: self._start(request, clashes),
                         failed=self._on_failed)

    def _start(self, request: ExportRequest, clashes: list[Path]) -> None:
        if clashes and not self._confirm_replace(clashes):
            self.export_button.setEnabled(True)
            return
        job = self.job = ExportJob(self.service, request, bool(clashes))
        job.progress.connect(self._on_progress)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting…"))
        self.runner.write(job.run, banner=False, owner=self, done=self._on_finished,
                          failed=self._on_failed)

    def _confirm_replace(self, clashes: list[Path]) -> bool:
        names = "\n".join(str(p) for p in clashes[:5]) + ("\n…" if len(clashes) > 5 else "")
        answer = QMessageBox.question(
            self, self.tr("Replace Files?"),
            self.tr("These files already exist and would be replaced:\n%1").replace("%1", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, result: ExportResult | None) -> None:
        job, self.job = self.job, None
        if result is None:
            self._stopped(self.tr("Export cancelled; nothing was written."))
            return
        self.exported = result
        destination = job.request.destination if job is not None else ""
        self.status.setText(self.tr("Exported %1 notes and highlights to %2")
                            .replace("%1", str(result.items)).replace("%2", str(destination)))
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.job = None
        self._stopped(self.tr("Export failed: %1").replace("%1", failure_text(exc)))

    def _stopped(self, message: str) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.status.setText(message)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()  # the job reports back; the dialog stays open
            return
        self.reject()

    def done(self, code: int) -> None:
        if self.job is not None:  # closed while exporting: stop it and wait for that
            self.job.cancel.set()
            self.runner.wait_idle()
        super().done(code)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget
