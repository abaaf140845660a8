"""The article's outline beside the reading pane: its subheads, each a jump to its place.

Hidden while the open article has no subhead, so most articles read as before; a click
(or Enter) on a subhead asks the pane to scroll to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.ui import theme as themes

OUTLINE_WIDTH = 170


class ArticleOutline(QWidget):
    subheadChosen = Signal(int)  # index of the subhead drawn, in reading order

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outline")
        self.setMaximumWidth(OUTLINE_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 16, 8, 8)
        layout.setSpacing(4)
        self.caption = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("outline-list")
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        self.retranslate()
        self.set_subheads([])

    def set_subheads(self, subheads: list[str]) -> None:
        self.list.clear()
        for index, text in enumerate(subheads):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(text)
            self.list.addItem(item)
        self.setVisible(bool(subheads))

    def subheads(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.subheadChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Outline"))
        self.list.setToolTip(self.tr("Click a subhead to go to it"))

    def set_theme(self, theme: themes.Theme) -> None:
        self.caption.setStyleSheet(f"color: {theme.muted}; font-size: 90%;")
        self.list.setStyleSheet(
            f"QListWidget {{ background: transparent; color: {theme.text}; font-size: 92%; }}"
            f"QListWidget::item {{ padding: 3px 2px; }}")
