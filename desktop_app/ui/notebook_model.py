"""The notebook's rows (every highlight and article note of the library) as a list model:
each row the quote (or the note), the highlight's note, then its article, date and tags."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.service_notebook import NOTE, NotebookEntry
from desktop_app.ui import theme as themes
from desktop_app.ui.roles import COLOR_ROLE, USER

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = USER + 20  # the NotebookEntry of a row
QUOTE_CHARS = 120  # a longer quote is cut in the list; its tooltip holds it all
NOTE_LINES = 4  # of an article note shown in the list


def _plain_line(line: str) -> str:
    """A line of a Markdown note as read, not as typed: no heading marks, emphasis marks
    or quote markers; a list item keeps a bullet."""
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"^\s*>\s?", "", line)
    line = re.sub(r"^\s*[-*+]\s+", "• ", line)
    return re.sub(r"(\*\*|__|`)", "", line)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class NotebookModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[NotebookEntry] = []
        self.theme = themes.LIGHT

    def set_entries(self, entries: Sequence[NotebookEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[NotebookEntry]:
        return list(self._entries)

    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text_of(entry)
        if role == Qt.ItemDataRole.DecorationRole:
            if entry.kind == NOTE:  # a grey bar: a note, no colour of its own
                return QColor(self.theme.muted)
            return QColor(self.theme.highlights.get(entry.color, "#fff59d"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note if entry.kind == NOTE else "\n\n".join(
                t for t in (entry.quote, entry.note) if t)
        if role == ENTRY_ROLE:
            return entry
        if role == COLOR_ROLE:
            return entry.color
        return None

    def text_of(self, entry: NotebookEntry) -> str:
        if entry.kind == NOTE:
            lines = [_plain_line(line) for line in entry.note.strip().splitlines()
                     if line.strip()]
            shown = lines[:NOTE_LINES] + (["…"] if len(lines) > NOTE_LINES else [])
            head = [self.tr("Article note:"), *shown]
        else:
            head = [f"“{_cut(entry.quote, QUOTE_CHARS)}”"]
            if entry.note:
                head.append(f"✎ {entry.note}")
            if entry.orphan:
                head.append(self.tr("(text changed: highlight no longer found)"))
        where = "  ·  ".join(p for p in (entry.title, entry.article_date) if p)
        tags = " ".join(f"#\u2060{tag}" for tag in entry.tags)  # no line break after #
        return "\n".join([*head, where + (f"  ·  {tags}" if tags else "")])
