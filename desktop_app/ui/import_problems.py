"""After an import, the files it did not take, one line each with the reason.

The status bar only has room for a count and a few names; a reader who dropped a folder
of two hundred scans needs to see which ones failed and why, and to copy the list (to
search for the files, or to send it on). The lines are plain text in a read-only
field: select and copy works as anywhere, and "Copy" takes them all. Window-modal, not
application-modal: opened with ``open()``, so nothing waits on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.page_files import FORMATS
from desktop_app.ui.import_reasons import error_line


class ImportProblemsDialog(QDialog):
    """``ImportProblemsDialog(errors, skipped, parent).open()``."""

    def __init__(self, errors: Sequence[str], skipped: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-problems")
        self.setWindowTitle(self.tr("Files Not Imported"))
        self.lines = [*map(error_line, errors), *map(self.skipped_line, skipped)]
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("%n file(s) were not imported:", "", len(self.lines)))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.text = QPlainTextEdit("\n".join(self.lines))
        self.text.setObjectName("import-problems-list")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy List"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def skipped_line(self, name: str) -> str:
        return self.tr("%1: skipped, not a page file (pages are %2)").replace(
            "%1", name).replace("%2", FORMATS)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines) + "\n")
