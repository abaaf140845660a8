"""The side panel: the article's tags, its highlights, and its Markdown note.

Everything saves as it is typed: edits are written through the operations runner after
a short pause and at once when the user moves on (another article, closing the window),
so a crash loses at most the last fraction of a second. A note that could not be saved
stays in the editor (and comes back when the article is opened again) until the next
edit saves it. The panel shows the article the reader opened (``show_article``) and
follows the library by itself: when the runner announces a change to that article's
highlights or note made elsewhere, it reads them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import pauses
from desktop_app.ui import theme as themes
from desktop_app.ui.highlight_menu import add_highlight_entries
from desktop_app.ui.highlight_model import HighlightListModel
from desktop_app.ui.inert import Refused, refused_resource
from desktop_app.ui.operations import Changes
from desktop_app.ui.roles import HIGHLIGHT_ROLE
from desktop_app.ui.tag_editor import TagEditor

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QUndoStack

    from desktop_app.service import ArticleDetail, Highlight
    from desktop_app.ui.highlight_edits import HighlightEdits
    from desktop_app.ui.operations import LibraryHandle, OperationRunner


class SafeBrowser(QTextBrowser):
    """Shows rendered notes; follows no link and loads no image or file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested: list[str] = []  # every resource the document asked for (tests)

    def loadResource(self, type_: int, name: QUrl | str) -> Refused:  # type: ignore[override]
        self.requested.append(name.toString() if isinstance(name, QUrl) else name)
        return refused_resource(type_)  # not None: then Qt reads a local file itself


class NotesPanel(QWidget):
    highlightActivated = Signal(int)  # a highlight clicked in the list: show it in the text
    noteEdited = Signal(str, str)  # article id, markdown: being saved

    def __init__(self, runner: OperationRunner, library: LibraryHandle,
                 edits: HighlightEdits, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notes-panel")
        self.runner, self.library, self.edits = runner, library, edits
        self.article_id: str | None = None
        self._loading = False
        # Note text whose save failed (disk full, library busy), by article: shown again
        # instead of the stored note, so nothing typed is lost; the next edit retries.
        self.unsaved: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.tag_editor = TagEditor(runner, library, stack)

        self.highlights_caption = QLabel()
        self.highlight_model = HighlightListModel(self)
        self.highlight_view = QListView()
        self.highlight_view.setObjectName("highlight-list")
        self.highlight_view.setModel(self.highlight_model)
        self.highlight_view.setWordWrap(True)
        self.highlight_view.setUniformItemSizes(False)
        self.highlight_view.clicked.connect(self._on_highlight_clicked)
        self.highlight_view.selectionModel().currentChanged.connect(self._on_current_highlight)
        self.highlight_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.highlight_view.customContextMenuRequested.connect(self._show_highlight_menu)
        self.highlight_note = QLineEdit()
        self.highlight_note.setObjectName("highlight-note")
        self.highlight_note.setEnabled(False)
        self.highlight_note.textEdited.connect(self._on_highlight_note)
        self.delete_highlight_button = QToolButton()
        self.delete_highlight_button.setEnabled(False)
        self.delete_highlight_button.clicked.connect(self._delete_current)
        hl_row = QHBoxLayout()
        hl_row.addWidget(self.highlight_note, 1)
        hl_row.addWidget(self.delete_highlight_button)

        self.note_tabs = QTabWidget()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note-edit")
        self.note_edit.textChanged.connect(self._on_note_changed)
        self.note_preview = SafeBrowser()
        self.note_preview.setObjectName("note-preview")
        self.note_tabs.addTab(self.note_edit, "")
        self.note_tabs.addTab(self.note_preview, "")
        self.note_tabs.currentChanged.connect(self._on_tab)
        self._save_timer = QTimer(self, singleShot=True, interval=pauses.NOTE_SAVE_MS)
        self._save_timer.timeout.connect(self.flush)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tag_editor)
        for widget in (self.highlights_caption, self.highlight_view):
            top_layout.addWidget(widget)
        top_layout.addLayout(hl_row)
        self.note_caption = QLabel()
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.note_caption)
        bottom_layout.addWidget(self.note_tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("notes-splitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)
        self.splitter = splitter
        self.retranslate()
        self.setEnabled(False)
        runner.libraryChanged.connect(self._on_library_changed)

    def retranslate(self) -> None:
        self.tag_editor.retranslate()
        self.highlights_caption.setText(self.tr("Highlights"))
        self.highlight_note.setPlaceholderText(self.tr("Note on the selected highlight"))
        self.delete_highlight_button.setText(self.tr("Delete"))
        self.note_caption.setText(self.tr("Article note (Markdown, saved as you type)"))
        self.note_edit.setPlaceholderText(self.tr("Write a note… **bold**, - lists, > quotes"))
        self.note_tabs.setTabText(0, self.tr("Write"))
        self.note_tabs.setTabText(1, self.tr("Preview"))

    # -- loading ----------------------------------------------------------------------
    def show_article(self, detail: ArticleDetail | None) -> None:
        self.flush()
        self._loading = True
        self.article_id = detail.id if detail else None
        self.setEnabled(detail is not None)
        self.tag_editor.show_article(detail)
        self.highlight_model.set_highlights(detail.highlights if detail else [])
        note = detail.note if detail else ""
        self.note_edit.setPlainText(self.unsaved.get(detail.id, note) if detail else note)
        self._loading = False
        self._select_highlight(None)
        if self.note_tabs.currentIndex() == 1:
            self.render_preview()

    def _on_library_changed(self, changes: Changes, initiator: object) -> None:
        service, article_id = self.library.service, self.article_id
        if service is None or article_id is None or not changes.touches(article_id):
            return
        if changes.library and not service.has_article(article_id):
            self.show_article(None)  # removed (the sample pages); nothing to annotate
            return
        # What this panel wrote itself it shows already (re-reading would move the caret).
        if (changes.highlights or changes.library) and initiator is not self:
            current = self.current_highlight()
            self.highlight_model.set_highlights(service.highlights(article_id))
            if current is not None:
                self.select_highlight(current.id)
        if ((changes.notes or changes.library) and initiator is not self
                and article_id not in self.unsaved and not self._save_timer.isActive()):
            self._loading = True
            self.note_edit.setPlainText(service.note(article_id))
            self._loading = False

    def set_theme(self, theme: themes.Theme) -> None:
        self.highlight_model.theme = theme
        self.highlight_model.layoutChanged.emit()

    # -- highlights -------------------------------------------------------------------
    def select_highlight(self, highlight_id: int) -> None:
        row = self.highlight_model.row_of(highlight_id)
        if row >= 0:
            self.highlight_view.setCurrentIndex(self.highlight_model.index(row))

    def focus_highlight(self, highlight_id: int) -> None:
        """A highlight clicked in the text: select it here, ready for a note."""
        self.select_highlight(highlight_id)
        self.highlight_note.setFocus()

    def current_highlight(self) -> Highlight | None:
        index = self.highlight_view.currentIndex()
        return index.data(HIGHLIGHT_ROLE) if index.isValid() else None

    def _on_current_highlight(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._select_highlight(current.data(HIGHLIGHT_ROLE) if current.isValid() else None)

    def _select_highlight(self, highlight: Highlight | None) -> None:
        self.highlight_note.setEnabled(highlight is not None)
        self.delete_highlight_button.setEnabled(highlight is not None)
        self.highlight_note.setText(highlight.note if highlight else "")

    def _on_highlight_clicked(self, index: QModelIndex) -> None:
        highlight = index.data(HIGHLIGHT_ROLE)
        if highlight is not None:
            self.highlightActivated.emit(highlight.id)

    def _on_highlight_note(self, text: str) -> None:
        highlight = self.current_highlight()
        if highlight is not None:
            self.save_highlight_note(highlight, text)

    def save_highlight_note(self, highlight: Highlight, note: str) -> None:
        service = self.library.service
        if service is None:
            return
        # On failure the text stays in the line edit; the next keystroke writes it all.
        highlight_id = highlight.id
        self.runner.write(lambda: service.update_highlight(highlight_id, note=note),
                          Changes.of_article(highlight.article_id, highlights=True),
                          done=self.highlight_model.replace, owner=self, initiator=self)

    def _delete_current(self) -> None:
        highlight = self.current_highlight()
        if highlight is not None:
            self.edits.delete(highlight)

    def highlight_menu(self, pos: QPoint) -> QMenu | None:
        """The context menu for the highlight at ``pos`` in the list (None: no row there)."""
        index = self.highlight_view.indexAt(pos)
        highlight = index.data(HIGHLIGHT_ROLE) if index.isValid() else None
        if highlight is None:
            return None
        self.highlight_view.setCurrentIndex(index)
        menu = QMenu(self)
        add_highlight_entries(menu, highlight, self.highlight_model.theme,
                              lambda _id, colour: self.edits.recolour(highlight, colour),
                              lambda _id: self.edits.delete(highlight))
        return menu

    def _show_highlight_menu(self, pos: QPoint) -> None:
        menu = self.highlight_menu(pos)
        if menu is not None:
            menu.exec(self.highlight_view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.highlight_view.hasFocus():
            self._delete_current()
        else:
            super().keyPressEvent(event)

    # -- note -------------------------------------------------------------------------
    def focus_note(self) -> None:
        self.note_tabs.setCurrentIndex(0)
        self.note_edit.setFocus()

    def focus_tags(self) -> None:
        self.tag_editor.tag_input.setFocus()

    def _on_note_changed(self) -> None:
        if not self._loading and self.article_id:
            self._save_timer.start()

    def flush(self) -> None:
        """Write a pending note edit now (called on switch, close and by the timer)."""
        if self._save_timer.isActive() or self.sender() is self._save_timer:
            self._save_timer.stop()
            if self.article_id:
                self.save_note(self.article_id, self.note_edit.toPlainText())

    def save_note(self, article_id: str, text: str) -> None:
        service = self.library.service
        if service is None:
            return
        self.noteEdited.emit(article_id, text)
        self.runner.write(lambda: service.set_note(article_id, text),
                          Changes.of_article(article_id, notes=True), owner=self,
                          initiator=self, done=lambda _none: self.note_saved(article_id),
                          failed=lambda _e: self.keep_unsaved(article_id, text))

    def keep_unsaved(self, article_id: str, text: str) -> None:
        self.unsaved[article_id] = text

    def note_saved(self, article_id: str) -> None:
        self.unsaved.pop(article_id, None)

    def _on_tab(self, index: int) -> None:
        if index == 1:
            self.render_preview()

    def render_preview(self) -> None:
        from desktop_app.ui import note_markdown  # markdown is imported on first preview

        self.note_preview.setHtml(note_markdown.render(self.note_edit.toPlainText()))
