"""The names index as a table: one row per name key, narrowed by type and a search.

The rows arrive from the operations thread (:func:`load_names`, Qt-free) with the pinyin
sort key of each name computed there; narrowing and sorting here are plain Python over
at most a few tens of thousands of rows, with no proxy model in between.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.collation import title_key
from desktop_app.core.vocabulary import ENTITY_TYPES
from desktop_app.ui.labels import entity_label
from desktop_app.ui.roles import USER

if TYPE_CHECKING:
    from desktop_app.core.filters import Filters
    from desktop_app.service import LibraryService
    from desktop_app.service_names import NameEntry

Index = QModelIndex | QPersistentModelIndex
NAME_KEY_ROLE = USER + 20  # the row's name key (LOC:湖南)
ENTRY_ROLE = USER + 21  # the row's NameEntry
MISSING = "—"  # a date cell of a name only undated pages print


class NameColumn(IntEnum):
    # The type last: the tabs say it too, so in a narrow dock it is what scrolls away.
    NAME = 0
    MENTIONS = 1
    ARTICLES = 2
    FIRST = 3
    LAST = 4
    TYPE = 5


NUMERIC = (NameColumn.MENTIONS, NameColumn.ARTICLES)
DATES = (NameColumn.FIRST, NameColumn.LAST)  # centred: apart from the counts beside them


def _alignment(column: int) -> int | None:
    if column in NUMERIC:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if column in DATES:
        return int(Qt.AlignmentFlag.AlignCenter)
    return None


class NamesLoad:
    """What the operations thread hands the model: the rows, and each name's place in
    pinyin order (comparing pinyin keys on the UI thread took a second for 50,000)."""

    __slots__ = ("entries", "name_rank", "text")

    def __init__(self, entries: list[NameEntry], name_rank: dict[str, int]) -> None:
        self.entries, self.name_rank = entries, name_rank
        # What a search looks in: key, name and variants, folded once.
        self.text = {e.key: "\x1f".join([e.key, e.name, *(v.text for v in e.variants)])
                     .casefold() for e in entries}


FIRST_SCREEN = 200  # names shown while the rest is read


def load_first_screen(service: LibraryService, filters: Filters) -> NamesLoad:
    """The most mentioned names of the articles ``filters`` lets through: a tenth of a
    second where every name takes a second or more at 100,000 articles (read from the
    kept counts for the whole library, docs/benchmarks.md); runs off the UI thread before
    :func:`load_names`."""
    entries = service.names(filters, limit=FIRST_SCREEN)
    by_name = sorted(entries, key=lambda e: (title_key(e.name), e.key))
    return NamesLoad(entries, {e.key: rank for rank, e in enumerate(by_name)})


def load_names(service: LibraryService, filters: Filters) -> NamesLoad:
    """Every name of the articles ``filters`` lets through; runs off the UI thread."""
    entries = service.names(filters)
    by_name = sorted(entries, key=lambda e: (title_key(e.name), e.key))
    return NamesLoad(entries, {e.key: rank for rank, e in enumerate(by_name)})


def _sort_keys(load: NamesLoad) -> dict[NameColumn, Callable[[NameEntry], Any]]:
    # Ties fall back on pinyin order; plain ints and strings compare fast.
    rank = load.name_rank
    types = {t: i for i, t in enumerate(ENTITY_TYPES)}
    big = len(rank) + 1
    return {
        NameColumn.NAME: lambda e: rank[e.key],
        NameColumn.TYPE: lambda e: types.get(e.type, 9) * big + rank[e.key],
        NameColumn.MENTIONS: lambda e: (e.mentions * big + big - rank[e.key]),
        NameColumn.ARTICLES: lambda e: (e.articles * big + big - rank[e.key]),
        # Undated names last in either direction would need two keys; first is enough.
        NameColumn.FIRST: lambda e: (e.first_date or "~", rank[e.key]),
        NameColumn.LAST: lambda e: (e.last_date or "", -rank[e.key]),
    }


class NamesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._load = NamesLoad([], {})
        self._rows: list[NameEntry] = []
        self._counts: dict[str | None, int] = {}
        self.entity_type: str | None = None  # one of ENTITY_TYPES, or None: all
        self.search = ""
        # Most mentioned first, as a reader wants an index at first sight.
        self.sort_column, self.sort_order = NameColumn.MENTIONS, Qt.SortOrder.DescendingOrder

    # -- contents ---------------------------------------------------------------------
    def set_load(self, load: NamesLoad) -> None:
        self._load = load
        self._count()
        self._narrow()

    def set_type(self, entity_type: str | None) -> None:
        self.entity_type = entity_type
        self._narrow()

    def set_search(self, text: str) -> None:
        self.search = text.strip().casefold()
        self._count()
        self._narrow()

    def counts(self) -> dict[str | None, int]:
        """Names of each type (None: all) matching the search, for the type tabs."""
        return dict(self._counts)

    def _count(self) -> None:
        found: dict[str | None, int] = {None: 0, **{t: 0 for t in ENTITY_TYPES}}
        for entry in self._load.entries:
            if not self.search or self._matches(entry):
                found[entry.type] = found.get(entry.type, 0) + 1
        found[None] = sum(n for t, n in found.items() if t is not None)
        self._counts = found

    def total(self) -> int:
        return len(self._load.entries)

    def entry(self, row: int) -> NameEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entries(self) -> list[NameEntry]:
        return list(self._load.entries)

    def row_of(self, key: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.key == key), -1)

    def _matches(self, entry: NameEntry) -> bool:
        return self.search in self._load.text.get(entry.key, "")

    def _narrow(self) -> None:
        self.beginResetModel()
        kind, search = self.entity_type, self.search
        rows = [e for e in self._load.entries
                if (kind is None or e.type == kind) and (not search or self._matches(e))]
        rows.sort(key=_sort_keys(self._load)[self.sort_column],
                  reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    # -- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(NameColumn)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = NameColumn(column), order
        self._narrow()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[NameColumn(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def _headers(self) -> dict[NameColumn, str]:
        return {
            NameColumn.NAME: self.tr("Name"),
            NameColumn.TYPE: self.tr("Type"),
            NameColumn.MENTIONS: self.tr("Mentions"),
            NameColumn.ARTICLES: self.tr("Articles"),
            NameColumn.FIRST: self.tr("First"),
            NameColumn.LAST: self.tr("Last"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = NameColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == NAME_KEY_ROLE:
            return entry.key
        if role == ENTRY_ROLE:
            return entry
        return None

    @staticmethod
    def _cell(entry: NameEntry, column: NameColumn) -> str:
        if column == NameColumn.NAME:
            return entry.name
        if column == NameColumn.TYPE:
            return entity_label(entry.type)
        if column == NameColumn.MENTIONS:
            return f"{entry.mentions:,}"
        if column == NameColumn.ARTICLES:
            return f"{entry.articles:,}"
        if column == NameColumn.FIRST:
            return entry.first_date or MISSING
        return entry.last_date or MISSING

    def _tooltip(self, entry: NameEntry) -> str:
        variants = "、".join(v.text for v in entry.variants)
        return (self.tr("%1 · %2\nVariants: %3\nClick to list the articles naming it")
                .replace("%1", entry.name).replace("%2", entity_label(entry.type))
                .replace("%3", variants))
