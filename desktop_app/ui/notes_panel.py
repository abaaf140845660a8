"""The side panel: tags, the article's highlights, and its Markdown note.

Everything saves as it is typed: edits are written after a short pause and at once when
the user moves on (another article, closing the window), so a crash loses at most the
last fraction of a second.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import theme as themes
from desktop_app.ui.highlight_menu import add_highlight_entries
from desktop_app.ui.highlight_model import HighlightListModel
from desktop_app.ui.roles import HIGHLIGHT_ROLE

SAVE_DELAY_MS = 300


class SafeBrowser(QTextBrowser):
    """Shows rendered notes; follows no link and loads no image or file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested: list[str] = []  # every resource the document asked for (tests)

    def loadResource(self, type_: int, name: QUrl):
        self.requested.append(name.toString())
        return None


class NotesPanel(QWidget):
    tagsEdited = Signal(str, list, list)  # article id, added, removed
    tagClicked = Signal(str)
    highlightActivated = Signal(int)
    highlightDeleteRequested = Signal(int)
    highlightRecolourRequested = Signal(int, str)  # highlight id, new colour
    highlightNoteEdited = Signal(int, str)
    noteEdited = Signal(str, str)  # article id, markdown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notes-panel")
        self.article_id: str | None = None
        self._loading = False
        # Note text whose save failed (disk full, library busy), by article: shown again
        # instead of the stored note, so nothing typed is lost; the next edit retries.
        self.unsaved: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.tags_caption = QLabel()
        self.tag_list = QListWidget()
        self.tag_list.setObjectName("tag-list")
        self.tag_list.setFlow(QListView.Flow.LeftToRight)
        self.tag_list.setWrapping(True)
        self.tag_list.setMaximumHeight(64)
        self.tag_list.setSpacing(2)
        self.tag_list.itemActivated.connect(lambda item: self.tagClicked.emit(item.text()))
        self.tag_input = QLineEdit()
        self.tag_input.setObjectName("tag-input")
        self.tag_completions = QStringListModel(self)
        completer = QCompleter(self.tag_completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_input.setCompleter(completer)
        self.tag_input.returnPressed.connect(self._add_tag)
        self.remove_tag_button = QToolButton()
        self.remove_tag_button.clicked.connect(self._remove_selected_tag)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_input, 1)
        tag_row.addWidget(self.remove_tag_button)

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
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.tags_caption, self.tag_list):
            top_layout.addWidget(widget)
        top_layout.addLayout(tag_row)
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

    def retranslate(self) -> None:
        self.tags_caption.setText(self.tr("Tags"))
        self.tag_input.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self.remove_tag_button.setText(self.tr("Remove"))
        self.remove_tag_button.setToolTip(self.tr("Remove the selected tag from this article"))
        self.highlights_caption.setText(self.tr("Highlights"))
        self.highlight_note.setPlaceholderText(self.tr("Note on the selected highlight"))
        self.delete_highlight_button.setText(self.tr("Delete"))
        self.note_caption.setText(self.tr("Article note (Markdown, saved as you type)"))
        self.note_edit.setPlaceholderText(self.tr("Write a note… **bold**, - lists, > quotes"))
        self.note_tabs.setTabText(0, self.tr("Write"))
        self.note_tabs.setTabText(1, self.tr("Preview"))

    # -- loading ----------------------------------------------------------------------
    def show_article(self, detail) -> None:
        self.flush()
        self._loading = True
        self.article_id = detail.id if detail else None
        self.setEnabled(detail is not None)
        self.set_tags(detail.tags if detail else [])
        self.highlight_model.set_highlights(detail.highlights if detail else [])
        note = detail.note if detail else ""
        self.note_edit.setPlainText(self.unsaved.get(detail.id, note) if detail else note)
        self._loading = False
        self._select_highlight(None)
        if self.note_tabs.currentIndex() == 1:
            self.render_preview()

    def set_tags(self, tags: list[str]) -> None:
        self.tag_list.clear()
        self.tag_list.addItems(list(tags))

    def tags(self) -> list[str]:
        return [self.tag_list.item(i).text() for i in range(self.tag_list.count())]

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_completions.setStringList(tags)

    def set_theme(self, theme: themes.Theme) -> None:
        self.highlight_model.theme = theme
        self.highlight_model.layoutChanged.emit()

    # -- tags -------------------------------------------------------------------------
    def _add_tag(self) -> None:
        tags = [t for t in self.tag_input.text().replace("，", ",").split(",") if t.strip()]
        new = [t.strip() for t in tags if t.strip() not in self.tags()]
        self.tag_input.clear()
        if self.article_id and new:
            self.tag_list.addItems(new)
            self.tagsEdited.emit(self.article_id, new, [])

    def _remove_selected_tag(self) -> None:
        item = self.tag_list.currentItem()
        if item is None or not self.article_id:
            return
        tag = item.text()
        self.tag_list.takeItem(self.tag_list.row(item))
        self.tagsEdited.emit(self.article_id, [], [tag])

    # -- highlights -------------------------------------------------------------------
    def select_highlight(self, highlight_id: int) -> None:
        row = self.highlight_model.row_of(highlight_id)
        if row >= 0:
            self.highlight_view.setCurrentIndex(self.highlight_model.index(row))

    def current_highlight(self):
        index = self.highlight_view.currentIndex()
        return index.data(HIGHLIGHT_ROLE) if index.isValid() else None

    def _on_current_highlight(self, current, _previous=None) -> None:
        self._select_highlight(current.data(HIGHLIGHT_ROLE) if current.isValid() else None)

    def _select_highlight(self, highlight) -> None:
        self.highlight_note.setEnabled(highlight is not None)
        self.delete_highlight_button.setEnabled(highlight is not None)
        self.highlight_note.setText(highlight.note if highlight else "")

    def _on_highlight_clicked(self, index) -> None:
        highlight = index.data(HIGHLIGHT_ROLE)
        if highlight is not None:
            self.highlightActivated.emit(highlight.id)

    def _on_highlight_note(self, text: str) -> None:
        highlight = self.current_highlight()
        if highlight is not None:
            self.highlightNoteEdited.emit(highlight.id, text)

    def _delete_current(self) -> None:
        highlight = self.current_highlight()
        if highlight is not None:
            self.highlightDeleteRequested.emit(highlight.id)

    def highlight_menu(self, pos) -> QMenu | None:
        """The context menu for the highlight at ``pos`` in the list (None: no row there)."""
        index = self.highlight_view.indexAt(pos)
        highlight = index.data(HIGHLIGHT_ROLE) if index.isValid() else None
        if highlight is None:
            return None
        self.highlight_view.setCurrentIndex(index)
        menu = QMenu(self)
        add_highlight_entries(menu, highlight, self.highlight_model.theme,
                              self.highlightRecolourRequested.emit,
                              self.highlightDeleteRequested.emit)
        return menu

    def _show_highlight_menu(self, pos) -> None:
        menu = self.highlight_menu(pos)
        if menu is not None:
            menu.exec(self.highlight_view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.highlight_view.hasFocus():
            self._delete_current()
        elif event.key() == Qt.Key.Key_Delete and self.tag_list.hasFocus():
            self._remove_selected_tag()
        else:
            super().keyPressEvent(event)

    # -- note -------------------------------------------------------------------------
    def _on_note_changed(self) -> None:
        if not self._loading and self.article_id:
            self._save_timer.start()

    def flush(self) -> None:
        """Write a pending note edit now (called on switch, close and by the timer)."""
        if self._save_timer.isActive() or self.sender() is self._save_timer:
            self._save_timer.stop()
            if self.article_id:
                self.noteEdited.emit(self.article_id, self.note_edit.toPlainText())

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
