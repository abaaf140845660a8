"""The reader window: article list and filters, reading pane and legend, notes panel.

The window is shown before the library is opened; opening (which on first run imports
the bundled sample pages) happens in the library worker, then the list fills in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_DISPLAY_NAME
from desktop_app.ui import i18n
from desktop_app.ui import theme as themes
from desktop_app.ui.annotating import AnnotatingMixin
from desktop_app.ui.article_model import ArticleTableModel
from desktop_app.ui.article_table import ArticleTable
from desktop_app.ui.importing import ImportingMixin
from desktop_app.ui.later_parts import LaterPartsMixin
from desktop_app.ui.legend import Legend
from desktop_app.ui.listing import LIST_PAGE, RESULTS_PAGE, ListingMixin
from desktop_app.ui.menus import Menus
from desktop_app.ui.opening import OpeningMixin
from desktop_app.ui.reader_view import ReaderView
from desktop_app.ui.roles import Column
from desktop_app.ui.saving import SavingMixin
from desktop_app.ui.search_box import SearchBox
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import StateMixin

if TYPE_CHECKING:  # workers (QThread, QCollator) is imported after the first frame
    from desktop_app.ui.workers import LibraryThread, Opener

__all__ = ["LIST_PAGE", "RESULTS_PAGE", "MainWindow"]
# Started anyway if no paint arrives (a window restored minimised, a platform that
# paints late): the library must not wait for a frame nobody sees.
START_FALLBACK_MS = 500


class _FirstPaint(QObject):
    """Calls ``then`` once, after the watched window's first paint event."""

    def __init__(self, window: QWidget, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this frame is on screen
        return False


class MainWindow(AnnotatingMixin, ImportingMixin, LaterPartsMixin, ListingMixin, OpeningMixin,
                 SavingMixin, StateMixin, QMainWindow):
    def __init__(self, library_path: Path, opener: Opener | None = None,
                 settings: Settings | None = None):
        super().__init__()
        self.setObjectName("main-window")
        self.library_path = Path(library_path)
        self.opener = opener
        self.settings = settings or Settings()
        self.service = None
        self.library: LibraryThread | None = None
        self.detail = None
        self.theme_choice = self.settings.theme
        self.theme = themes.resolve(self.theme_choice)
        self.language = i18n.resolve(self.settings.language)
        self.sort_column, self.sort_descending = int(Column.PAGE), False
        self._token = 0
        self._closed = False
        self._pending_article = self.settings.last_article
        self._pending_scroll = self.settings.last_scroll
        self.undo_stack = QUndoStack(self)
        self._build()
        self.menus = Menus(self, self.undo_stack)
        self._connect()
        self.setAcceptDrops(True)
        self.restore_state()
        self.retranslate()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.build_placeholders()  # notes panel and results page: see later_parts.py
        self.model = ArticleTableModel(self._fetch_rows, self)
        self.table = ArticleTable(self.model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.results_page)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 0)
        left_layout.setSpacing(2)
        self.search_box = SearchBox()
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.filter_host)
        left_layout.addWidget(self.pages, 1)

        self.reader = ReaderView()
        self.reader.entity_count = self._entity_count
        self.legend = Legend()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.reader, 1)
        centre_layout.addWidget(self.legend)
        self.centre_layout = centre_layout  # the write-failure banner goes on top

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        for widget in (left, centre, self.notes_host):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([512, 525, 243])  # restore_state scales these to the window
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("count-label")
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selection-label")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.selection_label)
        self._entity_counts: dict[str, int] = {}

    def _connect(self) -> None:
        self.connect_listing()
        self.legend.layersChanged.connect(self._on_layers)
        self.connect_annotating()
        m = self.menus
        m.find.triggered.connect(self.focus_search)
        m.clear_filters.triggered.connect(self.clear_search_and_filters)
        m.zoom_in.triggered.connect(lambda: self.reader.zoom_by(1))
        m.zoom_out.triggered.connect(lambda: self.reader.zoom_by(-1))
        m.zoom_reset.triggered.connect(self.reader.reset_zoom)
        m.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        m.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        m.toggle_notes.toggled.connect(self.notes_host.setVisible)
        m.quit.triggered.connect(self.close)
        m.about.triggered.connect(self._about)
        self.connect_importing()
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: self.set_theme(self.theme_choice)
        )

    # -- opening the library ----------------------------------------------------------
    def start_after_first_paint(self) -> None:
        """Open the library once the window has painted (or after a short fallback).

        The worker's imports and SQLite opening compete with the UI thread for the GIL;
        started before the first frame, they delay it.
        """
        self._first_paint = _FirstPaint(self, self.start)
        QTimer.singleShot(START_FALLBACK_MS, self.start)

    def start(self) -> None:
        """Open the library in the worker; the list fills in when it answers."""
        # Closed already: the fallback timer can fire after a quick close, and a worker
        # started then would outlive the window (Qt aborts on a running QThread at exit).
        if self.library is not None or self._closed:
            return
        from desktop_app.ui.workers import LibraryThread, default_opener

        self.statusBar().showMessage(self.tr("Opening the library…"))
        self.library = LibraryThread(self.library_path, self.opener or default_opener, self)
        worker = self.library.worker
        worker.opened.connect(self._on_opened)
        worker.failed.connect(self._on_failed)
        worker.idsReady.connect(self._on_ids)
        worker.searchReady.connect(self._on_hits)
        self.connect_import_worker(worker)
        self.connect_opening(worker)
        self.library.requestOpen.emit()
        # Built while the worker opens the file; its answer is queued, so it finds them.
        self.build_later()

    def _on_opened(self, _path: str, service) -> None:
        # The worker opened (and on first run filled) the file, then opened this second
        # connection for the window too, so no SQLite opening happens on the UI thread.
        if self.library is None:  # closed while the worker was opening
            service.close()
            return
        self.service = service
        self._install_export_menu()
        self.statusBar().clearMessage()
        self.refresh_options()
        self.request_listing()

    def _install_export_menu(self) -> None:
        # Imported once the library is open: the export module pulls in the whole storage
        # layer, which the worker has loaded by now; at start-up it would delay the window.
        if not self.menus.export_menu.actions():
            from desktop_app.ui.export_menu import install_export_menu

            install_export_menu(self)

    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage(message)
        if self.service is None:
            from PySide6.QtWidgets import QMessageBox  # only ever needed on failure

            QMessageBox.critical(self, APP_DISPLAY_NAME, message)

    def _fetch_rows(self, ids):
        return self.service.article_rows(ids) if self.service else []

    def refresh_options(self) -> None:
        if self.service is None:
            return
        tags, kinds = self.service.all_tags(), self.service.kinds()
        self.filter_bar.set_options(kinds, tags)
        self.table.set_kinds(name for name, _count in kinds)
        self.notes.set_known_tags([name for name, _count in tags])

    # -- texts with plural forms: self.tr() finds those only in this class's context --
    def _update_counts(self) -> None:
        total = self.service.count_articles() if self.service else 0
        shown = self.model.rowCount()
        if shown == total:
            text = self.tr("%n article(s)", "", total)
        else:
            text = self.tr("%1 of %n article(s)", "", total).replace("%1", str(shown))
        self.count_label.setText(text)

    def results_text(self, query: str, count: int) -> str:
        return self.tr("%n result(s) for “%1”", "", count).replace("%1", query)

    def unreadable_text(self, count: int) -> str:
        return self.tr("; %n file(s) could not be read", "", count)

    # -- reading ----------------------------------------------------------------------
    def open_article(self, article_id: str | None, scroll: int | None = 0) -> None:
        if not article_id or self.service is None:
            return
        if self.detail is not None and self.detail.id == article_id:
            return
        self.notes.flush()
        if self._pending_article == article_id:
            scroll, self._pending_scroll = self._pending_scroll, 0
        self._pending_article = ""
        self.show_detail(self.service.article(article_id), scroll)

    def show_detail(self, detail, scroll: int | None = None) -> None:
        self.detail = detail
        self.reader.show_article(detail, scroll)
        self.notes.show_article(detail)
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {detail.title}")
        self._update_selection_label()

    def reload_article(self) -> None:
        """Show the open article again after its annotations or names changed."""
        if self.detail is not None and self.service is not None:
            current = self.notes.current_highlight()
            self.show_detail(self.service.article(self.detail.id), None)
            if current is not None:
                self.notes.select_highlight(current.id)

    def _update_selection_label(self) -> None:
        d = self.detail
        if d is None:
            self.selection_label.clear()
            return
        self.selection_label.setText(
            self.tr("%1 · %2 numbers · %3 names · %4 highlights")
            .replace("%1", d.title if len(d.title) <= 24 else d.title[:23] + "…")
            .replace("%2", str(len(d.numbers))).replace("%3", str(len(d.entities)))
            .replace("%4", str(len(d.highlights)))
        )

    def _entity_count(self, text: str) -> int:
        if text not in self._entity_counts and self.service is not None:
            self._entity_counts[text] = self.service.entity_article_count(text)
        return self._entity_counts.get(text, 0)

    def _on_layers(self, layers) -> None:
        self.reader.set_layers(layers)

    # -- look and language ------------------------------------------------------------
    def set_theme(self, choice: str) -> None:
        self.theme_choice = choice
        self.menus.themes[choice].setChecked(True)
        theme = self.theme = themes.resolve(choice)
        QGuiApplication.setPalette(themes.palette_for(theme))
        self.reader.set_theme(theme)
        self.legend.set_theme(theme)
        if self.notes is None:  # built later, with self.theme
            return
        self.notes.set_theme(theme)
        self.results_delegate.theme = theme
        if self.results.isVisible():  # hidden results repaint when shown
            self.results.viewport().update()

    def set_language(self, choice: str) -> None:
        self.settings.language = choice
        self.menus.languages[choice].setChecked(True)
        self.language = i18n.install(choice)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.menus.languages[self.settings.language
                             if self.settings.language in i18n.LANGUAGES else "system"
                             ].setChecked(True)
        for widget in (self.legend, self.notes, self.filter_bar, self.search_box):
            if widget is not None:  # the notes panel is built after the first frame
                widget.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.detail is None:
            self.setWindowTitle(APP_DISPLAY_NAME)
        else:
            self.reader.render()
        if self.service is not None:
            self._update_counts()
            self._update_selection_label()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app import __version__

        QMessageBox.about(self, APP_DISPLAY_NAME, self.tr(
            "%1 %2\nAn offline reader for Chinese newspaper pages: numbers and names "
            "highlighted, notes and tags kept on this computer."
        ).replace("%1", APP_DISPLAY_NAME).replace("%2", __version__))

    # -- closing ----------------------------------------------------------------------
    def _unsaved_notes_settled(self) -> bool:
        """Try the failed note saves once more; if they still fail, ask before closing."""
        if self.notes is None:
            return True
        for article_id, text in list(self.notes.unsaved.items()):
            self.save_note(article_id, text)
        if not self.notes.unsaved or self.service is None:
            return True
        from PySide6.QtWidgets import QMessageBox  # only ever needed after a failed save

        answer = QMessageBox.warning(
            self, APP_DISPLAY_NAME,
            self.tr("A note could not be saved: %1\n\nClose anyway and lose what was typed "
                    "since it was last saved? Cancel keeps the window open.")
            .replace("%1", str(self.write_failure)),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close

    def closeEvent(self, event) -> None:
        if self.notes is not None:
            self.notes.flush()
        if not self._unsaved_notes_settled():
            event.ignore()
            return
        self.save_state()
        self._closed = True
        if self.library is not None:
            self.library.stop()
            self.library = None
        if self.service is not None:
            self.service.close()
            self.service = None
        super().closeEvent(event)

