"""The open article's tags, in the notes panel: add (Enter), remove (undoable), click to filter.

A tag added or removed shows at once; the write goes through the operations runner, and
when it is stored (or failed) the editor shows what the library holds. It keeps its own
completions current: when the runner announces that tags changed anywhere, it reads the
library's tags again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.operations import Changes

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QUndoStack

    from desktop_app.service import ArticleDetail
    from desktop_app.ui.operations import LibraryHandle, OperationRunner


class TagEditor(QWidget):
    tagsEdited = Signal(str, list, list)  # article id, added, removed (as asked for)
    tagClicked = Signal(str)
    tagChartRequested = Signal(str)  # the tag's articles over time (View → Charts)

    def __init__(self, runner: OperationRunner, library: LibraryHandle, stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag-editor")
        self.runner, self.library, self.stack = runner, library, stack
        self.article_id: str | None = None
        self.caption = QLabel()
        self.tag_list = QListWidget()
        self.tag_list.setObjectName("tag-list")
        self.tag_list.setFlow(QListView.Flow.LeftToRight)
        self.tag_list.setWrapping(True)
        self.tag_list.setMaximumHeight(64)
        self.tag_list.setSpacing(2)
        self.tag_list.itemActivated.connect(lambda item: self.tagClicked.emit(item.text()))
        self.tag_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tag_list.customContextMenuRequested.connect(self._show_tag_menu)
        self.tag_input = QLineEdit()
        self.tag_input.setObjectName("tag-input")
        self.tag_completions = QStringListModel(self)
        completer = QCompleter(self.tag_completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_input.setCompleter(completer)
        self.tag_input.returnPressed.connect(self._add_typed)
        self.remove_tag_button = QToolButton()
        self.remove_tag_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.tag_input, 1)
        row.addWidget(self.remove_tag_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.tag_list)
        layout.addLayout(row)
        # As tall as its parts, no taller: spare height goes to the highlight list below
        # (a stretched caption would float in an empty band above the tags).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()
        runner.libraryChanged.connect(self._on_library_changed)

    def tag_menu(self, tag: str) -> QMenu:
        menu = QMenu(self)
        chart = menu.addAction(self.tr("Mentions over Time"))
        chart.setObjectName("tag-chart")
        chart.triggered.connect(lambda _=False: self.tagChartRequested.emit(tag))
        return menu

    def _show_tag_menu(self, pos: QPoint) -> None:
        item = self.tag_list.itemAt(pos)
        if item is not None:
            menu = self.tag_menu(item.text())
            menu.exec(self.tag_list.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Tags"))
        self.tag_input.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self.remove_tag_button.setText(self.tr("Remove"))
        self.remove_tag_button.setToolTip(self.tr("Remove the selected tag from this article"))

    # -- showing --------------------------------------------------------------------------
    def show_article(self, detail: ArticleDetail | None) -> None:
        self.article_id = detail.id if detail is not None else None
        self.set_tags(detail.tags if detail is not None else [])

    def set_tags(self, tags: list[str]) -> None:
        self.tag_list.clear()
        self.tag_list.addItems(list(tags))

    def tags(self) -> list[str]:
        return [self.tag_list.item(i).text() for i in range(self.tag_list.count())]

    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.tags or changes.library:
            self.reload_known_tags()
        if self.article_id is not None and (changes.tags or changes.library) \
                and changes.touches(self.article_id):
            self.reload(self.article_id)

    def reload(self, article_id: str) -> None:
        """Show the tags the library holds for ``article_id`` (if it is still shown)."""
        service = self.library.service
        if service is None or article_id != self.article_id:
            return
        rows = service.article_rows([article_id])
        self.set_tags(rows[0].tags if rows else [])

    def reload_known_tags(self) -> None:
        service = self.library.service
        if service is not None:
            self.tag_completions.setStringList([name for name, _n in service.all_tags()])

    # -- editing --------------------------------------------------------------------------
    def _add_typed(self) -> None:
        typed = [t.strip() for t in self.tag_input.text().replace("，", ",").split(",")]
        new = [t for t in dict.fromkeys(typed) if t and t not in self.tags()]
        self.tag_input.clear()
        if self.article_id and new:
            self.tag_list.addItems(new)
            self.edit_tags(self.article_id, new, [])

    def _remove_selected(self) -> None:
        item = self.tag_list.currentItem()
        if item is None or not self.article_id:
            return
        self.tag_list.takeItem(self.tag_list.row(item))
        self.edit_tags(self.article_id, [], [item.text()])

    def edit_tags(self, article_id: str, added: list[str], removed: list[str]) -> None:
        """Store ``added`` and remove ``removed`` (each removal undoable on its own)."""
        service = self.library.service
        if service is None:
            return
        self.tagsEdited.emit(article_id, added, removed)
        # On failure the editor shows what the library kept (the banner says why).
        if added:
            self.runner.write(lambda: service.tag(article_id, *added),
                              Changes.of_article(article_id, tags=True), owner=self,
                              initiator=self, failed=lambda _e: self.reload(article_id))
        if removed:
            from desktop_app.ui.undo import RemoveTag, perform

            for tag in removed:
                perform(RemoveTag(self.runner, self.library, self.stack, article_id, tag),
                        failed=lambda _e: self.reload(article_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.tag_list.hasFocus():
            self._remove_selected()
        else:
            super().keyPressEvent(event)
