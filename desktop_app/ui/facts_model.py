"""The figures table as a model: pages of rows read off the UI thread as the view
scrolls, sorted by the library (``LibraryService.facts(order=)``), never all at once.

:func:`load_page` runs in the operations thread (Qt-free); the model only holds what
was read and asks for more (``moreWanted``) when the view scrolls to its end.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.export.values import plain_number
from desktop_app.core.extraction.number_units import in_printed_unit
from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.vocabulary import CHINESE_MAGNITUDES
from desktop_app.ui.labels import grouped_number, number_label

if TYPE_CHECKING:
    from desktop_app.service import LibraryService
    from desktop_app.service_facts import FactRow

Index = QModelIndex | QPersistentModelIndex
PAGE = 200  # rows read at a time: a few screens
MISSING = "—"


class FactColumn(IntEnum):
    PRINTED = 0
    VALUE = 1
    UNIT = 2
    KIND = 3
    SUBJECT = 4
    RELATION = 5
    PERIOD = 6
    TITLE = 7
    DATE = 8


# The library's order for each column (FACT_ORDERS); the printed text sorts by value.
ORDER_OF = {
    FactColumn.PRINTED: "value", FactColumn.VALUE: "value", FactColumn.UNIT: "unit",
    FactColumn.KIND: "kind", FactColumn.SUBJECT: "subject", FactColumn.RELATION: "relation",
    FactColumn.PERIOD: "period", FactColumn.TITLE: "title", FactColumn.DATE: "page",
}


class FactsQuery(NamedTuple):
    """What the table shows: the list's filters, its own narrowing and its order."""

    filters: Filters = NO_FILTERS
    kind: str | None = None
    unit: str | None = None
    subject: str | None = None
    period: tuple[str | None, str | None] = (None, None)
    order: str = "page"
    descending: bool = False

    def narrowing(self) -> dict[str, Any]:
        return {"kind": self.kind, "unit": self.unit, "subject": self.subject,
                "period": self.period}


class FactsPage(NamedTuple):
    offset: int
    rows: list[FactRow]
    sentences: list[str]
    total: int | None  # None: not counted (it is, apart, after the first page)


def load_page(service: LibraryService, query: FactsQuery, offset: int) -> FactsPage:
    """``PAGE`` figures from ``offset`` and their sentences."""
    rows = service.facts(query.filters, **query.narrowing(), limit=PAGE, offset=offset,
                         order=query.order, descending=query.descending)
    return FactsPage(offset, rows, service.fact_sentences(rows), None)


def count(service: LibraryService, query: FactsQuery) -> int:
    """How many figures ``query`` selects: read after the first page, which is shown
    first (counting a subject search over millions of figures can take longer)."""
    return service.count_facts(query.filters, **query.narrowing())


def shown_value(value: float, unit: str) -> float:
    """The value in the unit as printed: 0.192 with % is 19.2 (a share is stored as a fraction)."""
    return in_printed_unit(value, unit)


def value_text(row: FactRow) -> str:
    """852,000,000,000 元; 19.2 %; a year as it is written (2023, never 2,023)."""
    if row.value is None:
        return MISSING
    if row.kind == "date":
        number = plain_number(row.value)
        return f"{number} {row.unit}" if row.unit else number
    number = grouped_number(shown_value(row.value, row.unit))
    return f"{number} {row.unit}" if row.unit else number


def chinese_value_text(row: FactRow) -> str:
    """8520亿 元 for 852,000,000,000 元, as a Chinese reader writes it (four decimals at
    most: the full value is in the cell's tooltip); small values as value_text."""
    if row.value is None:
        return MISSING
    value = shown_value(row.value, row.unit)
    for scale, name in CHINESE_MAGNITUDES:
        if abs(value) >= scale:
            # 8520亿, not 8,520亿: below the next scale there are four digits at most.
            number = f"{grouped_number(round(value / scale, 4)).replace(',', '')}{name}"
            return f"{number} {row.unit}" if row.unit else number
    return value_text(row)


def tsv_line(row: FactRow, sentence: str) -> str:
    cells = [row.text, value_text(row), row.unit, number_label(row.kind), row.subject,
             row.relation, row.period, row.title, row.date or "", sentence]
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells)


# Each column's text, computed for that cell only (a view asks for every visible cell on
# each paint); the value's own, in the UI's language, is FactsModel.value_shown.
_CELL_TEXTS: dict[int, Callable[[FactRow], str]] = {
    FactColumn.PRINTED: lambda r: r.text, FactColumn.UNIT: lambda r: r.unit,
    FactColumn.KIND: lambda r: number_label(r.kind), FactColumn.SUBJECT: lambda r: r.subject,
    FactColumn.RELATION: lambda r: r.relation,
    # As printed; else what it was derived from (the page date, say).
    FactColumn.PERIOD: lambda r: r.period or r.period_iso or "",
    FactColumn.TITLE: lambda r: r.title, FactColumn.DATE: lambda r: r.date or MISSING,
}


class FactsModel(QAbstractTableModel):
    moreWanted = Signal(int)  # the offset of the next page to read

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FactRow] = []
        self.sentences: list[str] = []
        self.total: int | None = 0  # None: being counted
        self.more = False  # a full page came last: there may be more
        self.waiting = False  # a page was asked for and has not come
        self.sort_column, self.sort_order = FactColumn.DATE, Qt.SortOrder.AscendingOrder
        self.chinese = False  # values in 万 and 亿 (set by the panel with the language)
        # Set by the panel: reads again in the new order.
        self.sortWanted: Callable[[], None] | None = None

    # -- filling ----------------------------------------------------------------------
    def set_first(self, page: FactsPage) -> None:
        self.beginResetModel()
        self.rows, self.sentences = list(page.rows), list(page.sentences)
        self.total = page.total
        self.more = len(page.rows) == PAGE
        self.waiting = False
        self.endResetModel()

    def add_page(self, page: FactsPage) -> None:
        self.waiting = False
        if page.offset != len(self.rows):
            return
        self.more = len(page.rows) == PAGE
        if not page.rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self.rows += page.rows
        self.sentences += page.sentences
        self.endInsertRows()

    def set_total(self, total: int) -> None:
        self.total = total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        more = self.more if self.total is None else len(self.rows) < self.total
        return not parent.isValid() and not self.waiting and more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.waiting = True
            self.moreWanted.emit(len(self.rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = FactColumn(column), order
        if self.sortWanted is not None:
            self.sortWanted()

    def order(self) -> tuple[str, bool]:
        return ORDER_OF[self.sort_column], self.sort_order == Qt.SortOrder.DescendingOrder

    # -- reading ----------------------------------------------------------------------
    def row(self, index: int) -> FactRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FactColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FactColumn.VALUE:
                return self.value_shown(row)
            return _CELL_TEXTS[column](row) or MISSING
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FactColumn.VALUE:  # every digit, whatever the cell shows
                return f"{value_text(row)}\n{self.sentences[index.row()]}"
            return self.sentences[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FactColumn.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def value_shown(self, row: FactRow) -> str:
        """The value cell's text in the UI's language."""
        return chinese_value_text(row) if self.chinese else value_text(row)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            FactColumn.PRINTED: self.tr("Printed"), FactColumn.VALUE: self.tr("Value"),
            FactColumn.UNIT: self.tr("Unit"), FactColumn.KIND: self.tr("Kind"),
            FactColumn.SUBJECT: self.tr("Subject"), FactColumn.RELATION: self.tr("Relation"),
            FactColumn.PERIOD: self.tr("Period"), FactColumn.TITLE: self.tr("Article"),
            FactColumn.DATE: self.tr("Date"),
        }.get(FactColumn(section))
