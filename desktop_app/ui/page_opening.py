""""Show on Page" in the reader: the link above the reading pane (shown only for an
article that came from a PDF), the pane's context-menu entry, and the one page window
they open (ui/page_view.py, built the first time it is wanted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from desktop_app.core.reading.pdf_print import ArticlePrint
    from desktop_app.service import ArticleDetail
    from desktop_app.ui import theme as themes
    from desktop_app.ui.operations import LibraryHandle, OperationRunner
    from desktop_app.ui.page_view import PageWindow
    from desktop_app.ui.reader_view import ReaderView


class PageOpening(QObject):
    """Knows where the open article was printed; opens the page window on request."""

    def __init__(self, runner: OperationRunner, library: LibraryHandle, view: ReaderView,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.library, self.view = runner, library, view
        self.where: ArticlePrint | None = None
        self.title = ""
        self.window: PageWindow | None = None
        self.theme: themes.Theme | None = None
        self.bar = QWidget()  # the row holding the link, above the pane
        self.bar.setObjectName("page-link-bar")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(8, 2, 12, 0)
        row.addStretch(1)
        self.link = QLabel()
        self.link.setObjectName("show-on-page-link")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(lambda _url: self.open_page())
        row.addWidget(self.link)
        self.bar.hide()
        view.pageRequested.connect(self.open_page)
        self.retranslate()

    def article_shown(self, detail: ArticleDetail | None) -> None:
        """Look up where ``detail`` was printed (one indexed row, like the article)."""
        service = self.library.service
        self.where = None
        if detail is not None and service is not None:
            from desktop_app.service import LibraryError

            try:
                self.where = service.article_print(detail.id)
            except LibraryError:
                self.where = None
        self.title = detail.title if detail is not None else ""
        self.view.printed = self.where is not None
        self.bar.setVisible(self.where is not None)

    def open_page(self) -> PageWindow | None:
        if self.where is None:
            return None
        if self.window is None:
            from desktop_app.ui.page_view import PageWindow

            self.window = PageWindow(self.runner, self.view.window())
            if self.theme is not None:
                self.set_theme(self.theme)
        self.window.show()  # first: the page is fitted to the shown window's width
        self.window.show_print(self.where, self.title)
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def set_theme(self, theme: themes.Theme) -> None:
        # A window of its own: it does not take the main window's palette by itself.
        from desktop_app.ui.theme import palette_for

        self.theme = theme
        if self.window is not None:
            self.window.setPalette(palette_for(theme))

    def retranslate(self) -> None:
        self.link.setText(f'<a href="page">{self.tr("Show on Page")}</a>')
        self.link.setToolTip(self.tr("The printed PDF page, with this article outlined"))
        if self.window is not None:
            self.window.retranslate()
