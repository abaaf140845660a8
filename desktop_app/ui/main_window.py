"""The reader window: it composes the panels and wires their signals, nothing more.

Panels (list, reader, notes, names, charts, import, failure banner) get the operations
runner (writes off the UI thread, then ``libraryChanged``), the library handle and what
else they need, and talk by signals connected here. The window is shown first; the
library opens in the query thread (ui/library_queries.py) once it has painted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app import APP_DISPLAY_NAME
from desktop_app.ui import i18n
from desktop_app.ui import theme as themes
from desktop_app.ui.chart_opening import connect_charts, open_charts
from desktop_app.ui.closing import unsaved_notes_settled
from desktop_app.ui.first_frame import AfterFirstArticle, FirstPaint, host
from desktop_app.ui.highlight_edits import HighlightEdits
from desktop_app.ui.list_panel import ListPanel
from desktop_app.ui.menus import Menus
from desktop_app.ui.operations import EVERYTHING, LibraryHandle, OperationRunner
from desktop_app.ui.reader_panel import ReaderPanel
from desktop_app.ui.reading_controls import ReadingControls
from desktop_app.ui.settings import Settings
from desktop_app.ui.warm_up import warm_up_after_first_article
from desktop_app.ui.window_state import (
    MAIN_SPLITTER,
    restore_layout,
    restore_splitters,
    save_layout,
)

if TYPE_CHECKING:  # loaded after the first frame
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from desktop_app.service import ArticleDetail, LibraryService
    from desktop_app.ui.export_menu import ExportMenu
    from desktop_app.ui.failure_banner import FailureBanner
    from desktop_app.ui.importing import PageImporter
    from desktop_app.ui.library_queries import LibraryQueries, Opener
    from desktop_app.ui.notes_panel import NotesPanel
    from desktop_app.ui.opening import OpenProblems
    from desktop_app.ui.reanalysing import LibraryReanalyser

# Started anyway if no paint arrives (a window restored minimised): not waiting for it.
START_FALLBACK_MS = 500


class MainWindow(QMainWindow):
    def __init__(self, library_path: Path, opener: Opener | None = None,
                 settings: Settings | None = None):
        super().__init__()
        self.setObjectName("main-window")
        self.library_path = Path(library_path)
        self.opener = opener
        self.settings = settings or Settings()
        self.theme_choice = self.settings.theme
        self.theme = themes.resolve(self.theme_choice)
        self.language = i18n.resolve(self.settings.language)
        self._closed = False
        self._seen_version = 0  # the library's data_version when last read in full
        self.library = LibraryHandle()
        self.operations = OperationRunner(self)
        self.queries: LibraryQueries | None = None
        self.opening: OpenProblems | None = None
        self.export_menu: ExportMenu | None = None  # File → Export: build_export_menu()
        # Built when the library starts opening: nothing is written before it is open.
        self.banner: FailureBanner | None = None
        self.importer: PageImporter | None = None
        self.reanalyser: LibraryReanalyser | None = None
        self.notes: NotesPanel | None = None  # built after the first frame
        self.undo_stack = QUndoStack(self)
        self._build()
        self.menus = Menus(self, self.undo_stack)
        self._connect()
        self.setAcceptDrops(True)
        self.restore_state()
        self.retranslate()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        s, runner, library = self.settings, self.operations, self.library
        self.highlight_edits = HighlightEdits(runner, library, self.undo_stack, self)
        self.list_panel = ListPanel(runner, library, s.last_article, settings=s)
        self.reader_panel = ReaderPanel(runner, library, self.highlight_edits,
                                        (s.last_article, s.last_scroll))
        self.reader = self.reader_panel.view  # the reading pane (the self-test looks at it)
        self.notes_host, self._notes_layout = host("notes-host")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        for widget in (self.list_panel, self.reader_panel, self.notes_host):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([512, 525, 243])  # restore_state scales these to the window
        self.setCentralWidget(self.splitter)
        self.statusBar().addWidget(self.list_panel.count_label)
        self.statusBar().addPermanentWidget(self.reader_panel.selection_label)

    def _connect(self) -> None:
        lists, reader, m = self.list_panel, self.reader_panel, self.menus
        lists.articleChosen.connect(reader.open_article)
        lists.readerFocusRequested.connect(self.reader.setFocus)
        reader.articleOpened.connect(self._on_article_opened)
        reader.articleUpdated.connect(lambda _detail: self.setWindowTitle(reader.title()))
        reader.entityClicked.connect(lists.show_entity)
        for source in (reader, self.highlight_edits):
            source.statusMessage.connect(self.show_status)
        self.operations.libraryChanged.connect(self._remember_version)
        for colour, action in m.highlight_actions.items():
            action.triggered.connect(lambda _=False, c=colour: reader.highlight_selection(c))
        m.edit_note.triggered.connect(lambda: self.notes.focus_note() if self.notes else None)
        m.add_tag.triggered.connect(
            lambda: self.notes.focus_tags() if self.notes else None)
        m.find.triggered.connect(lists.focus_search)
        m.clear_filters.triggered.connect(lists.clear_search_and_filters)
        m.zoom_in.triggered.connect(lambda: self.reader.zoom_by(1))
        m.zoom_out.triggered.connect(lambda: self.reader.zoom_by(-1))
        m.zoom_reset.triggered.connect(self.reader.reset_zoom)
        m.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        m.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        m.toggle_notes.toggled.connect(self.notes_host.setVisible)
        m.columns_menu.aboutToShow.connect(lambda: lists.table.fill_column_menu(m.columns_menu))
        connect_charts(self)  # View → Charts, and a name's context menu in the reader
        m.quit.triggered.connect(self.close)
        m.about.triggered.connect(self._about)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: self.set_theme(self.theme_choice))
        self.reading = ReadingControls(self)  # find, hits, j/k, Space, read state
        # File → Export once the first article is shown (build_later), or at the first
        # listing after it if the library was not open yet; at once if File is opened.
        lists.model.modelReset.connect(self._export_menu_after_first_article)
        m.file.aboutToShow.connect(self.build_export_menu)
        warm_up_after_first_article(self)  # the docks' modules, off the UI thread

    def build_later(self) -> None:
        """The parts the first frame holds places for (once), after the first article."""
        if self.notes is not None:
            return
        from desktop_app.ui.notes_panel import NotesPanel
        self.list_panel.build_rest(self.theme)
        notes = self.notes = NotesPanel(self.operations, self.library, self.highlight_edits,
                                        self.undo_stack)
        self._notes_layout.addWidget(notes)
        restore_splitters(self.settings, {"notes_splitter": notes.splitter})
        notes.set_theme(self.theme)
        reader = self.reader_panel
        reader.articleOpened.connect(notes.show_article)
        reader.highlightAdded.connect(notes.select_highlight)
        reader.highlightClicked.connect(notes.focus_highlight)
        notes.highlightActivated.connect(reader.scroll_to_highlight)
        notes.tag_editor.tagClicked.connect(self.list_panel.show_tag)
        notes.tag_editor.tagChartRequested.connect(lambda tag: open_charts(self, tag=tag))
        from desktop_app.ui.facts_opening import add_docks
        self.names_dock, self.facts_dock = add_docks(self)  # names index, figures table
        if reader.detail is not None:
            notes.show_article(reader.detail)
        QTimer.singleShot(0, self, self.build_export_menu)

    def _export_menu_after_first_article(self) -> None:
        if self.notes is not None:
            QTimer.singleShot(0, self, self.build_export_menu)

    # -- opening the library ----------------------------------------------------------
    def start_after_first_paint(self) -> None:
        """Open the library once the window has painted (or after a short fallback).

        The worker's imports and SQLite opening compete with the UI thread for the GIL;
        started before the first frame, they delay it.
        """
        self._first_paint = FirstPaint(self, self.start)
        QTimer.singleShot(START_FALLBACK_MS, self, self.start)

    def start(self) -> None:
        """Open the library in the query thread; the panels fill in when it answers."""
        # Closed already: the fallback timer can fire after a quick close, and a thread
        # started then would outlive the window (Qt aborts on a running QThread at exit).
        if self.queries is not None or self._closed:
            return
        from desktop_app.ui.failure_banner import FailureBanner
        from desktop_app.ui.importing import PageImporter
        from desktop_app.ui.library_queries import LibraryQueries, default_opener
        from desktop_app.ui.opening import OpenProblems
        from desktop_app.ui.reanalysing import LibraryReanalyser
        from desktop_app.ui.sample_pages import SamplePages

        self.statusBar().showMessage(self.tr("Opening the library…"))
        queries = self.queries = LibraryQueries(self.library_path,
                                                self.opener or default_opener, self)
        queries.worker.upgrading.connect(self._on_upgrading)
        queries.worker.opened.connect(self._on_opened)
        queries.worker.failed.connect(self._on_query_failed)
        opening = self.opening = OpenProblems(self, self.operations, queries, self.library_path)
        self.list_panel.attach(queries)
        self.banner = FailureBanner(
            self.operations, self.statusBar(), self.reader_panel.banner_host, self,
            still_unsaved=lambda: bool(self.notes and self.notes.unsaved))
        importer = self.importer = PageImporter(self.operations, self.library, self)
        self.menus.import_files.triggered.connect(importer.choose_files)
        self.menus.import_folder.triggered.connect(importer.choose_folder)
        self.menus.backup.triggered.connect(importer.back_up)
        reanalyser = self.reanalyser = LibraryReanalyser(self.operations, self.library,
                                                         self.menus.reanalyse, self)
        samples = SamplePages(self.operations, self.library, self.menus.remove_samples, self)
        for source in (opening, importer, samples, reanalyser):
            source.statusMessage.connect(self.show_status)
        queries.requestOpen.emit()
        AfterFirstArticle(self, self.reader_panel, self.list_panel.model, self.build_later)

    def _on_upgrading(self) -> None:
        # A method, not a lambda: Qt drops the connection with the window.
        self.statusBar().showMessage(self.tr(
            "Updating the library for this version (a backup is kept first); a large "
            "library takes a few minutes…"))

    def _on_opened(self, _path: str, service: LibraryService) -> None:
        # The query thread opened this connection for the window too: none on the UI thread.
        if self.queries is None:  # closed while the thread was opening
            service.close()
            return
        self.library.service = service
        self._seen_version = service.data_version()
        message = self.opening.take_message() if self.opening is not None else ""
        if message:
            self.statusBar().showMessage(message, 30_000)
        else:
            self.statusBar().clearMessage()
        self.operations.announce(EVERYTHING)  # every panel reads what it shows

    def _on_query_failed(self, exc: Exception) -> None:
        from desktop_app.ui.library_messages import failure_text

        message = failure_text(exc)
        self.statusBar().showMessage(message)
        if self.service is None:
            from PySide6.QtWidgets import QMessageBox  # only ever needed on failure

            QMessageBox.critical(self, APP_DISPLAY_NAME, message)

    def build_export_menu(self) -> ExportMenu | None:
        """Fill File → Export (once; None until the library is open). Its imports (the
        exporters, Markdown) take ~150 ms of the UI thread: done before the list was
        filled, then before the first article was drawn, they delayed both
        (benchmarks.md), so it waits for the first article."""
        if self.export_menu is None and self.service is not None:
            from desktop_app.ui.export_menu import ExportMenu

            menu = self.export_menu = ExportMenu(self.menus.export_menu, self.operations,
                                                 self.library, self.list_panel,
                                                 self.reader_panel, self)
            menu.statusMessage.connect(self.show_status)
        return self.export_menu

    @property
    def service(self) -> LibraryService | None:
        return self.library.service

    @property
    def detail(self) -> ArticleDetail | None:
        """The article the reader shows."""
        return self.reader_panel.detail

    def open_article(self, article_id: str) -> None:
        self.reader_panel.open_article(article_id)

    # -- changes from outside the window (the command line) ---------------------------
    def check_outside_changes(self) -> bool:
        """Read everything again if another program wrote to the library meanwhile."""
        service = self.service
        if service is None or service.data_version() == self._seen_version:
            return False
        self.operations.announce(EVERYTHING)
        return True

    def _remember_version(self, *_changed: object) -> None:
        if self.service is not None:  # an import writes through its own connection
            self._seen_version = self.service.data_version()

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _on_article_opened(self, detail: ArticleDetail) -> None:
        self.setWindowTitle(self.reader_panel.title())
        self.list_panel.follow_article(detail.id)

    # -- what the panels say; importing by drag and drop ---------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.importer is not None:
            event.acceptProposedAction()
            self.importer.import_paths(paths)

    # -- look and language ------------------------------------------------------------
    def set_theme(self, choice: str) -> None:
        self.theme_choice = choice
        self.menus.themes[choice].setChecked(True)
        theme = self.theme = themes.resolve(choice)
        QGuiApplication.setPalette(themes.palette_for(theme))
        self.reader_panel.set_theme(theme)
        self.list_panel.set_theme(theme)
        if self.notes is not None:  # built later, with self.theme
            self.notes.set_theme(theme)

    def set_language(self, choice: str) -> None:
        self.settings.language = choice
        self.menus.languages[choice].setChecked(True)
        self.language = i18n.install(choice)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_outside_changes()  # back from the command line, say
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.reading.retranslate()
        language = self.settings.language
        self.menus.languages[language if language in i18n.LANGUAGES else "system"
                             ].setChecked(True)
        self.reader_panel.retranslate()
        self.list_panel.retranslate()
        if self.notes is not None:  # built after the first frame
            self.notes.retranslate()
        self.setWindowTitle(self.reader_panel.title())

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app import __version__

        QMessageBox.about(self, APP_DISPLAY_NAME, self.tr(
            "%1 %2\nAn offline reader for Chinese newspaper pages: numbers and names "
            "highlighted, notes and tags kept on this computer."
        ).replace("%1", APP_DISPLAY_NAME).replace("%2", __version__))

    # -- remembering between runs -----------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        # Before the notes panel exists its splitter keeps the state saved last time.
        notes = {"notes_splitter": self.notes.splitter} if self.notes is not None else {}
        return {MAIN_SPLITTER: self.splitter, **notes}

    def restore_state(self) -> None:
        s = self.settings
        first_run = not restore_layout(self, s, self._splitters())
        self.menus.toggle_notes.setChecked(self.notes_host.isVisibleTo(self) or first_run)
        if s.point_size > 0:
            self.reader.point_size = s.point_size
        if s.layers is not None:
            self.reader_panel.legend.set_layers(s.layers)
        self.set_theme(self.theme_choice)

    def save_state(self) -> None:
        s = self.settings
        save_layout(self, s, self._splitters())
        s.theme = self.theme_choice
        s.point_size = self.reader.point_size
        s.layers = self.reader_panel.legend.layers()
        if self.detail is not None:
            s.last_article = self.detail.id
            s.last_scroll = self.reader.verticalScrollBar().value()
        s.sync()

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        if self.notes is not None:
            self.notes.flush()
        if not unsaved_notes_settled(self):
            event.ignore()
            return
        self.save_state()
        self._closed = True
        if self.importer is not None:
            self.importer.stop()  # cancelled; the page being written lands whole
        if self.reanalyser is not None:
            self.reanalyser.stop()  # likewise the batch of articles being written
        self.operations.stop()  # the last writes land before the library closes
        if self.opening is not None:
            self.opening.stopped = True
        if self.queries is not None:
            self.queries.stop()
            self.queries = None
        service, self.library.service = self.library.service, None
        if service is not None:
            service.close()
        super().closeEvent(event)
