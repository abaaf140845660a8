"""The article's outline beside the reading pane: its subheads, each a jump to its place.

Hidden while the open article has no subhead, so most articles read as before; a click
(or Enter) on a subhead asks the pane to scroll to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui import theme as themes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

OUTLINE_WIDTH = 170


class ArticleOutline(QWidget):
    subheadChosen = Signal(int)  # index of the subhead drawn, in reading order

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outline")
        self.setMaximumWidth(OUTLINE_WIDTH)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 16, 8, 8)
        layout.setSpacing(4)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        # The list is made for the first article with subheads: most have none, and
        # making QListWidget's types in the window's first frame cost it ~7 ms.
        self.list: QListWidget | None = None
        self._theme: themes.Theme | None = None
        self.retranslate()
        self.setVisible(False)

    def _built(self) -> QListWidget:
        if self.list is None:
            from PySide6.QtWidgets import QListWidget

            self.list = QListWidget()
            self.list.setObjectName("outline-list")
            self.list.setFrameShape(QListWidget.Shape.NoFrame)
            self.list.setWordWrap(True)
            self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.list.itemClicked.connect(self._chosen)
            self.list.itemActivated.connect(self._chosen)
            self._layout.addWidget(self.list, 1)
            self.retranslate()
            if self._theme is not None:
                self.set_theme(self._theme)
        return self.list

    def set_subheads(self, subheads: list[str]) -> None:
        if not subheads and self.list is None:
            self.setVisible(False)
            return
        from PySide6.QtWidgets import QListWidgetItem

        listed = self._built()
        listed.clear()
        for index, text in enumerate(subheads):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(text)
            listed.addItem(item)
        self.setVisible(bool(subheads))

    def subheads(self) -> list[str]:
        listed = self.list
        return [] if listed is None else [listed.item(i).text() for i in range(listed.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.subheadChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Outline"))
        if self.list is not None:
            self.list.setToolTip(self.tr("Click a subhead to go to it"))

    def set_theme(self, theme: themes.Theme) -> None:
        self._theme = theme
        self.caption.setStyleSheet(f"color: {theme.muted}; font-size: 90%;")
        if self.list is not None:
            self.list.setStyleSheet(
                f"QListWidget {{ background: transparent; color: {theme.text}; font-size: 92%; }}"
                f"QListWidget::item {{ padding: 3px 2px; }}")
