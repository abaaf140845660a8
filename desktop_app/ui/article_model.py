"""The article list: a table model over article ids with a lazily filled row cache.

The model never holds more than the ids of the current listing plus the rows that have
been looked at; rows are fetched from the service in blocks as the view asks for them.
Sorting and filtering happen in SQL (or off the UI thread), then the model is reset with
new ids: a proxy model over 100k rows is far too slow (docs/perf-facts.md).

The model also notes which optional columns the rows it has fetched fill in, so the view
can hide a column that is blank in every row of the listing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from desktop_app.ui.labels import kind_label
from desktop_app.ui.roles import ARTICLE_ID_ROLE, SORT_ROLE, Column

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

BLOCK = 100
Index = QModelIndex | QPersistentModelIndex
# data() runs for every cell and role of every repaint: roles, columns and flags compared
# as plain ints (building a Column or reading Qt.ItemDataRole.X each call was a third of
# a redraw's time in bench/browse.py).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ROW_ROLES = frozenset((_DISPLAY, _TOOLTIP, SORT_ROLE, _FOREGROUND, _FONT))
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_LEFT_COLUMNS = frozenset(int(c) for c in (Column.TITLE, Column.KIND, Column.TAGS))
_DASHED = frozenset(int(c) for c in (Column.DATE, Column.PAGE))
_COLUMNS = tuple(Column)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
OPTIONAL_COLUMNS = (Column.DATE, Column.PAGE, Column.TAGS, Column.HIGHLIGHTS, Column.NOTE)
# Shown in a date or page cell that has none, when other rows of the listing do have one.
MISSING = "—"


class ArticleTableModel(QAbstractTableModel):
    sortRequested = Signal(int, Qt.SortOrder)
    # The optional columns filled in by some row fetched for this listing (a set of Column).
    columnsFilled = Signal(object)

    def __init__(self, fetch_rows: Callable[[Sequence[str]], list], parent=None):
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._rows: dict[str, object] = {}
        self._position: dict[str, int] = {}
        self._filled: set[Column] = set()
        self._fresh = True  # no row of the current listing fetched yet

    # -- contents ---------------------------------------------------------------------
    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._position = {}
        self._rows.clear()
        self._fresh = True
        self.endResetModel()
        if not self._ids:
            self._report_filled(set())

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: str) -> int:
        # One lookup after each listing (the article being read): a scan in C, 1-2 ms at
        # 100k ids, where building the map took 60 ms of every sort and filter.
        if self._position:
            return self._position.get(article_id, -1)
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def refresh(self, article_ids: Sequence[str]) -> None:
        """Re-read rows whose tags, notes or highlights changed."""
        if len(article_ids) > 8 and not self._position:  # many lookups: map them once
            self._position = {aid: row for row, aid in enumerate(self._ids)}
        for article_id in article_ids:
            self._rows.pop(article_id, None)
            row = self.row_of(article_id)
            if row >= 0:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def refresh_all(self) -> None:
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def _row(self, row: int):
        article_id = self._ids[row]
        cached = self._rows.get(article_id)
        if cached is None:
            first = row - row % BLOCK
            block = [aid for aid in self._ids[first:first + BLOCK] if aid not in self._rows]
            fetched = self._fetch_rows(block)
            for one in fetched:
                self._rows[one.id] = one
            self._note_filled(fetched)
            cached = self._rows.get(article_id)
        return cached

    def _note_filled(self, rows: list) -> None:
        filled = {c for c in OPTIONAL_COLUMNS for row in rows if _cell(row, c, True)}
        if self._fresh:
            self._fresh = False
            self._report_filled(filled)
        elif not filled <= self._filled:
            # Once shown, a column stays for this listing: columns must not come and go
            # while the user scrolls.
            self._report_filled(self._filled | filled)

    def _report_filled(self, filled: set[Column]) -> None:
        if filled != self._filled or self._fresh:
            self._filled = set(filled)
            self.columnsFilled.emit(set(filled))

    def filled_columns(self) -> set[Column]:
        return set(self._filled)

    def loaded_texts(self, column: Column) -> set[str]:
        """The distinct texts of ``column`` in the rows fetched so far (to size it by)."""
        return {str(_cell(row, column, False)) for row in self._rows.values()}

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row_number = index.row()
        if not index.isValid() or row_number >= len(self._ids):
            return None
        role = int(role)
        if role == ARTICLE_ID_ROLE:
            return self._ids[row_number]
        column_number = index.column()
        if role == _ALIGNMENT:
            return None if column_number in _LEFT_COLUMNS else _CENTRED
        if role not in _ROW_ROLES:
            return None
        row = self._row(row_number)
        if row is None:
            return None
        column = _COLUMNS[column_number]
        if role == _FONT:
            # Unread titles are bold, as in a mail or feed reader (ui/read_marks.py).
            return _bold() if column_number == Column.TITLE and not row.read else None
        if role == _TOOLTIP:
            return _tooltip(row, column)
        value = _cell(row, column, role == SORT_ROLE)
        missing = column_number in _DASHED and not value
        if role == _FOREGROUND:
            # The dash for a missing date or page is quieter than real values.
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText) \
                if missing else None
        return MISSING if missing and role == _DISPLAY else value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_labels()[section]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # The count columns are narrow: a symbol in the header, the words in its tooltip.
        symbols = {Column.HIGHLIGHTS: "◆", Column.NOTE: "✎"}
        return symbols.get(Column(section), self.header_labels()[section])

    def header_labels(self) -> list[str]:
        return [
            self.tr("Title"), self.tr("Date"), self.tr("Page"), self.tr("Kind"),
            self.tr("Tags"), self.tr("Highlights"), self.tr("Note"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The listing is re-queried off the UI thread; the owner resets us with new ids.
        self.sortRequested.emit(column, order)


_BOLD: list[QFont] = []


def _bold() -> QFont:
    """The list's font, bold (built once, with the first unread row drawn)."""
    if not _BOLD:
        font = QGuiApplication.font()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def _tooltip(row, column: Column) -> str | None:
    if column == Column.TITLE:
        return row.title
    if column == Column.TAGS and row.tags:
        return ", ".join(row.tags)
    if column == Column.KIND:  # the column may give way to a long title and elide it
        return kind_label(row.kind)
    return None


def _cell(row, column: Column, for_sorting: bool):
    if column == Column.TITLE:
        return row.title
    if column == Column.DATE:
        return row.date or ""
    if column == Column.PAGE:
        return row.page or ""
    if column == Column.KIND:
        return row.kind if for_sorting else kind_label(row.kind)
    if column == Column.TAGS:
        return ", ".join(row.tags)
    if column == Column.HIGHLIGHTS:
        if for_sorting:
            return row.highlight_count
        return str(row.highlight_count) if row.highlight_count else ""
    if for_sorting:
        return row.note_chars
    return "✎" if row.note_chars else ""
