"""The export dialog's preview: the source of a text format, the rendered page of HTML.

The HTML page is shown the way the reading pane shows an article: inert. Qt's rich
text runs no script; :class:`PagePreview` follows no link and loads nothing (no image,
style sheet or file, local or remote), so a crafted note cannot reach out of the
dialog. The page keeps its own light paper whatever the window's theme, as a browser
would show the file.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget, QTextBrowser, QWidget

from desktop_app.ui.inert import Refused, refused_resource

# The exported page's own colours (core/export/html_export.CSS: text #222 on white).
PAPER, INK, LINK = QColor("#ffffff"), QColor("#222222"), QColor("#1a55a8")


class PagePreview(QTextBrowser):
    """Rendered HTML that fetches nothing and opens nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export-page-preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested: list[str] = []  # every resource the page asked for (tests)
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, PAPER)
            palette.setColor(group, QPalette.ColorRole.Text, INK)
            palette.setColor(group, QPalette.ColorRole.Link, LINK)
        self.setPalette(palette)

    def loadResource(self, type_: int, name: QUrl | str) -> Refused:  # type: ignore[override]
        # Refusing every resource: the page is what the file says, never what it fetches.
        # Not None: then Qt reads a local file itself (ui/inert.py).
        self.requested.append(name.toString() if isinstance(name, QUrl) else name)
        return refused_resource(type_)


class ExportPreview(QStackedWidget):
    """Shows one of the two; ``toPlainText`` is what the reader sees."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export-preview")
        self.source = QPlainTextEdit()
        self.source.setObjectName("export-source-preview")
        self.source.setReadOnly(True)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.page = PagePreview()
        self.addWidget(self.source)
        self.addWidget(self.page)

    def show_source(self, text: str) -> None:
        self.source.setPlainText(text)
        self.setCurrentWidget(self.source)

    def show_page(self, html: str) -> None:
        self.page.setHtml(html)
        self.setCurrentWidget(self.page)

    def toPlainText(self) -> str:
        current = self.currentWidget()
        return current.toPlainText() if isinstance(current, QPlainTextEdit | QTextBrowser) \
            else ""
