"""The highlights of the open article, as a list model for the notes panel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.ui import theme as themes
from desktop_app.ui.roles import COLOR_ROLE, HIGHLIGHT_ROLE

Index = QModelIndex | QPersistentModelIndex


class HighlightListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list = []
        self.theme = themes.LIGHT

    def set_highlights(self, highlights: Sequence) -> None:
        self.beginResetModel()
        self._items = sorted(highlights, key=lambda h: (h.orphan, h.start))
        self.endResetModel()

    def highlights(self) -> list:
        return list(self._items)

    def row_of(self, highlight_id: int) -> int:
        return next((i for i, h in enumerate(self._items) if h.id == highlight_id), -1)

    def replace(self, highlight) -> None:
        row = self.row_of(highlight.id)
        if row >= 0:
            self._items[row] = highlight
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = item.quote if len(item.quote) <= 80 else item.quote[:79] + "…"
            lines = [f"“{quote}”"]
            if item.note:
                lines.append(f"✎ {item.note}")
            if item.orphan:
                lines.append(self.tr("(text changed: highlight no longer found)"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(self.theme.highlights.get(item.color, "#fff59d"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.note or item.quote
        if role == HIGHLIGHT_ROLE:
            return item
        if role == COLOR_ROLE:
            return item.color
        return None
