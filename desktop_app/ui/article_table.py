"""The article list's view: the title takes the room, the other columns only what they need.

Columns other than the title get fixed widths measured from what they can hold (a date,
a page number, the longest kind name, the widest tags loaded, up to a maximum) rather
than ResizeToContents, which would measure rows on every change of a 100k-row model.
Columns that are empty in every row loaded for the current listing (most sample pages
print no date or page) are hidden, so a headline gets that room instead of a column of
blanks. The title keeps at least half the width: past that the tags and kind columns
give way (elided, their tooltips whole), then the page and kind columns step aside
(``GIVE_WAY``). The header's
context menu switches columns off and on (``columnsChosen``; the list panel keeps it).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop_app.ui.article_model import OPTIONAL_COLUMNS, ArticleTableModel
from desktop_app.ui.labels import kind_label
from desktop_app.ui.roles import Column
from desktop_app.ui.viewport_width import viewport_width

# What the widest cell of each column looks like; the header's label counts too (the
# note column's mark, ✎, is reckoned one em wide: see ArticleTable.em).
SAMPLES = {Column.DATE: "2025-03-30", Column.PAGE: "000", Column.HIGHLIGHTS: "99"}
TAGS_EMS = 8.0  # tags are elided past this; the full list is in the notes panel
KIND_EMS = 8.0
TITLE_SHARE = 0.5  # of the list's width, at least, while other columns can give way
# How the other columns make room for a title, step by step until the title has its
# share: a column narrowed to so many ems (elided; its tooltip is whole), or hidden (None).
# The reading pane's header names the page and the kind, and the filter offers the kind.
GIVE_WAY: tuple[tuple[Column, float | None], ...] = (
    (Column.TAGS, 4.0), (Column.KIND, 3.0), (Column.PAGE, None), (Column.KIND, None),
    (Column.TAGS, 2.0),
)
CHOOSABLE = (Column.DATE, Column.PAGE, Column.KIND, Column.TAGS, Column.HIGHLIGHTS,
             Column.NOTE)
PADDING = 12  # the style's cell margins, both sides


class ArticleTable(QTableView):
    columnsChosen = Signal(list)  # the Columns the reader switched off

    def __init__(self, model: ArticleTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article-table")
        # A viewport made here, as Qt makes its own: Python asking for the one Qt made
        # would cost 30-80 ms the first time (ui/viewport_width.py), and repaints and
        # tests ask for the list's.
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(Column.PAGE, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Headlines keep their opening words; the tooltip has the whole title.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.column_menu)
        self._kinds: list[str] = []
        self._filled: set[Column] = set()
        self.switched_off: set[Column] = set()  # by the reader, from the header's menu
        self._wanted: dict[Column, int] = {}  # each column's width with room to spare
        model.columnsFilled.connect(self.show_filled, Qt.ConnectionType.QueuedConnection)
        self.show_filled(set())  # fits the columns

    def set_kinds(self, kinds: Iterable[str]) -> None:
        """The kinds in the library, so the Kind column fits the longest name."""
        self._kinds = list(kinds)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size every column but the title to its widest possible cell (or header)."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header_metrics = header.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        labels = self._model.header_labels()
        em = self.em()
        for column in Column:
            if column == Column.TITLE:
                continue
            samples = [SAMPLES.get(column, "")]
            if column == Column.KIND:
                samples += [kind_label(kind) for kind in self._kinds]
            if column == Column.TAGS:
                samples += self._model.loaded_texts(Column.TAGS)
            width = max(metrics.horizontalAdvance(s) for s in samples)
            if column == Column.NOTE:
                width = max(width, em)
            if column == Column.TAGS:
                width = min(width, int(em * TAGS_EMS))
            if column == Column.KIND:
                width = min(width, int(em * KIND_EMS))
            label = self._model.headerData(column, Qt.Orientation.Horizontal)
            # The sort arrow sits beside the label; leave it room.
            label_width = header_metrics.horizontalAdvance(label or labels[column]) + 12
            self._wanted[column] = max(width + PADDING, label_width + PADDING // 2)
        self.share_width()

    def share_width(self) -> None:
        """Give the visible columns their widths, the title at least ``TITLE_SHARE``."""
        shown = [c for c in Column if c != Column.TITLE and self._wanted_visible(c)]
        widths = {c: self._wanted.get(c, 0) for c in shown}
        over = sum(widths.values()) - int(viewport_width(self) * (1 - TITLE_SHARE))
        em = self.em()
        for column, ems in GIVE_WAY:
            if over <= 0 or column not in widths:
                continue
            if ems is None:
                over -= widths.pop(column)
            else:
                cut = min(over, max(0, widths[column] - int(em * ems) - PADDING))
                widths[column] -= cut
                over -= cut
        header = self.horizontalHeader()
        for column in Column:
            if column != Column.TITLE:
                self.setColumnHidden(column, column not in widths)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def em(self) -> int:
        """The width of one Chinese character in the list's font: its pixel size, as a
        CJK ideograph is one em wide in every CJK font. Measuring 中 (or ✎) instead
        loads a fallback font, 2-13 ms before the first frame of a window whose first
        frame draws no Chinese (an English interface: its titles come after it)."""
        return self.fontInfo().pixelSize()

    def _wanted_visible(self, column: Column) -> bool:
        if column in self.switched_off:
            return False
        return column not in OPTIONAL_COLUMNS or column in self._filled

    def show_filled(self, filled: set) -> None:
        """Hide optional columns that no loaded row of this listing has anything in."""
        self._filled = set(filled)
        self.fit_columns()  # the tags now loaded may be wider

    def visible_columns(self) -> list[Column]:
        return [c for c in Column if not self.isColumnHidden(c)]

    # -- the reader's choice of columns -----------------------------------------------
    def switch_off(self, columns: Iterable[Column]) -> None:
        self.switched_off = {Column(c) for c in columns if c in CHOOSABLE}
        self.share_width()

    def column_menu(self, point: QPoint) -> QMenu:
        """The header's menu: one tick per column the reader may switch off."""
        menu = QMenu(self)
        menu.setObjectName("column-menu")
        self.fill_column_menu(menu)
        menu.popup(self.horizontalHeader().mapToGlobal(point))
        return menu

    def fill_column_menu(self, menu: QMenu) -> None:
        """The ticks, as they stand now (also View → List Columns, from the keyboard)."""
        menu.clear()
        labels = self._model.header_labels()
        for column in CHOOSABLE:
            action = menu.addAction(labels[column])
            action.setCheckable(True)
            action.setChecked(column not in self.switched_off)
            action.setData(int(column))
            action.toggled.connect(lambda on, c=column: self._choose(c, on))

    def _choose(self, column: Column, on: bool) -> None:
        self.switch_off(self.switched_off - {column} if on else self.switched_off | {column})
        self.columnsChosen.emit(sorted(self.switched_off))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.share_width()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.LanguageChange):
            self.fit_columns()
