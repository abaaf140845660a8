"""The figures table (数据): every number of the library, or of the articles the list's
filters keep, one row each with its value normalised, what it measures, how and when.

Narrowed by kind, unit, a subject search and a period range; sorted on any column by
the library itself (there may be millions of rows). Rows are read a page at a time
through the operations runner (:meth:`OperationRunner.read`), the first page with the
count, the next ones as the view scrolls; nothing is read while the panel is hidden,
it catches up when shown. A row clicked asks for its article with the number selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.vocabulary import NUMBER_KINDS
from desktop_app.ui import pauses
from desktop_app.ui.facts_model import (
    FactColumn,
    FactsModel,
    FactsPage,
    FactsQuery,
    count,
    load_page,
    tsv_line,
)
from desktop_app.ui.labels import number_label
from desktop_app.ui.operations import Changes

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from desktop_app.service_facts import FactRow
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

WIDTHS = {FactColumn.PRINTED: 110, FactColumn.VALUE: 150, FactColumn.UNIT: 50,
          FactColumn.KIND: 60, FactColumn.SUBJECT: 200, FactColumn.RELATION: 70,
          FactColumn.PERIOD: 110, FactColumn.TITLE: 220, FactColumn.DATE: 86}


class FactsPanel(QWidget):
    factChosen = Signal(str, int, int)  # article id, start, end: show it in the reader
    # A subject and a unit: chart its figures in that unit across articles and periods
    # (figures in other units cannot share the axis).
    chartWanted = Signal(str, str)
    exportWanted = Signal()  # File → export the figures shown as CSV

    def __init__(self, runner: OperationRunner, library: LibraryHandle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facts-panel")
        self.runner, self.library = runner, library
        self.filters: Filters = NO_FILTERS
        self._token = 0  # the latest first page asked for; older answers are dropped
        self._stale = True
        self.error = ""
        self.model = FactsModel(self)
        self.model.sortWanted = self._on_sort
        self.model.moreWanted.connect(self._fetch_more)
        self.model.modelReset.connect(lambda: self._fit_values(0))
        self.model.rowsInserted.connect(lambda _p, first, _last: self._fit_values(first))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("facts-kind")
        self.kind_box.addItem("", None)
        for kind in NUMBER_KINDS:
            self.kind_box.addItem("", kind)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.reload_soon(0))
        self.unit = self._field("facts-unit", 70)
        self.subject = self._field("facts-subject", 160)
        self.period_from = self._field("facts-period-from", 80)
        self.period_to = self._field("facts-period-to", 80)
        self.export_button = QPushButton()
        self.export_button.setObjectName("facts-export")
        self.export_button.clicked.connect(self.exportWanted)
        self._typing = QTimer(self, singleShot=True, interval=pauses.FACTS_TYPING_MS)
        self._typing.timeout.connect(self.reload)
        self.table = self._build_table()
        self.caption = QLabel()
        self.caption.setObjectName("facts-count")
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for widget in (self.kind_box, self.unit, self.subject, self.period_from,
                       self.period_to):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.caption)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        runner.libraryChanged.connect(self._on_library_changed)
        self.retranslate()

    def _field(self, name: str, width: int) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setClearButtonEnabled(True)
        field.setMinimumWidth(width)
        field.textChanged.connect(lambda _text: self.reload_soon())
        return field

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("facts-table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSortIndicator(self.model.sort_column,
                                                  self.model.sort_order)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(FactColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        table.clicked.connect(self._choose)
        table.activated.connect(self._choose)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.copy_action = QAction(table)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        table.addAction(self.copy_action)
        return table

    # -- reading ----------------------------------------------------------------------
    def query(self) -> FactsQuery:
        order, descending = self.model.order()
        return FactsQuery(self.filters, self.kind_box.currentData(),
                          self.unit.text().strip() or None,
                          self.subject.text().strip() or None,
                          (self.period_from.text().strip() or None,
                           self.period_to.text().strip() or None), order, descending)

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload_soon(0)

    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.library or changes.listing or (changes.tags and self.filters.tag) or (
                changes.entities and (self.filters.entity or self.filters.entity_key)):
            self.reload_soon(0)

    def _on_sort(self) -> None:
        self.reload_soon(0)

    def reload_soon(self, pause_ms: int | None = None) -> None:
        """Read again after a typing pause (now, for a choice), if shown; else when shown."""
        self._stale = True
        self._token += 1  # what is on its way no longer answers the question
        if self.isVisible():
            self._typing.start(pauses.FACTS_TYPING_MS if pause_ms is None else pause_ms)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            # Read now, not after the window's repaint for the dock: the runner's thread
            # reads while this one paints (a first opening 20-25 ms sooner).
            self._typing.stop()
            self.reload()

    def reload(self) -> None:
        service = self.library.service
        if service is None or not self.isVisible():
            return
        self._stale = False
        self._token += 1
        token, query = self._token, self.query()
        self.caption.setText(self.tr("Reading the figures…"))
        self.runner.read(lambda: load_page(service, query, 0), owner=self,
                         done=lambda page: self._on_first(token, page),
                         failed=lambda exc: self._on_failed(token, exc))
        self.runner.read(lambda: count(service, query), owner=self,
                         done=lambda total: self._on_count(token, total),
                         failed=lambda exc: self._on_failed(token, exc))

    def _on_first(self, token: int, page: FactsPage) -> None:
        if token != self._token:
            return
        self.error = ""
        self.model.set_first(page)
        self.caption.setText(self.tr("Counting the figures…"))

    def _on_count(self, token: int, total: int) -> None:
        if token != self._token:
            return
        self.model.set_total(total)
        self._show_count()

    def _fetch_more(self, offset: int) -> None:
        service = self.library.service
        if service is None:
            self.model.waiting = False
            return
        token, query = self._token, self.query()

        def done(page: FactsPage) -> None:
            if token == self._token:
                self.model.add_page(page)

        def failed(exc: Exception) -> None:
            if token == self._token:
                self.model.waiting = False
                self._on_failed(token, exc)

        self.runner.read(lambda: load_page(service, query, offset), owner=self,
                         done=done, failed=failed)

    def _on_failed(self, token: int, exc: Exception) -> None:
        from desktop_app.ui.library_messages import failure_text

        if token == self._token:
            self._stale = True  # tried again on the next change or showing
            self.error = failure_text(exc)
            self.caption.setText(self.tr("The figures could not be read: %1")
                                 .replace("%1", self.error))

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:
            return
        self.caption.setText(self.tr("%1 figures").replace("%1", f"{total:,}"))

    def _fit_values(self, first: int) -> None:
        """Widen the value column to its widest value read (from row ``first`` on): a
        value cut short reads as another number. From the first page on it starts again
        from its usual width; pages read later only widen it."""
        model, metrics = self.model, self.table.fontMetrics()
        column = FactColumn.VALUE
        texts = [model.value_shown(row) for row in model.rows[first:]]
        # The cell's margins and the sort arrow's room, as the view draws them.
        needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 24
        current = WIDTHS[column] if first == 0 else self.table.columnWidth(column)
        self.table.setColumnWidth(column, max(current, needed))

    # -- choosing, copying ------------------------------------------------------------
    def _choose(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.factChosen.emit(row.article_id, row.start, row.end)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_tsv(self) -> str:
        header = "\t".join(str(self.model.headerData(c, Qt.Orientation.Horizontal))
                           for c in FactColumn) + "\t" + self.tr("Sentence")
        model = self.model
        lines = [tsv_line(model.rows[r], model.sentences[r]) for r in self.selected_rows()]
        return "\n".join([header, *lines]) + "\n" if lines else ""

    def copy_selected(self) -> None:
        text = self.selected_tsv()
        if text:
            QGuiApplication.clipboard().setText(text)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.menu_for(self.model.row(self.table.indexAt(pos).row()))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def menu_for(self, row: FactRow | None) -> QMenu | None:
        """The context menu of ``row`` (tests trigger its actions)."""
        if row is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Open Article"),
                       lambda: self.factChosen.emit(row.article_id, row.start, row.end))
        menu.addAction(self.tr("Copy Rows"), self.copy_selected)
        chart = menu.addAction(self.tr("Chart This Subject"),
                               lambda: self.chartWanted.emit(row.subject, row.unit))
        chart.setEnabled(bool(row.subject))
        menu.addAction(self.tr("Export CSV…"), self.exportWanted.emit)
        return menu

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        chinese = QLocale().language() == QLocale.Language.Chinese
        if chinese != self.model.chinese:
            self.model.chinese = chinese
            self.model.layoutChanged.emit()
            self._fit_values(0)
        self.kind_box.setItemText(0, self.tr("All kinds"))
        for i, kind in enumerate(NUMBER_KINDS, start=1):
            self.kind_box.setItemText(i, number_label(kind))
        self.unit.setPlaceholderText(self.tr("Unit"))
        self.unit.setToolTip(self.tr("Only figures in this unit, as stored: 元, %, 家 …"))
        self.subject.setPlaceholderText(self.tr("Subject contains…"))
        self.period_from.setPlaceholderText(self.tr("Period from"))
        self.period_from.setToolTip(self.tr("Periods from this one on: 2024, 2024-03 …"))
        self.period_to.setPlaceholderText(self.tr("Period to"))
        self.period_to.setToolTip(self.tr("Periods up to this one: 2025, 2025-06 …"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.copy_action.setText(self.tr("Copy Rows"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FactColumn) - 1)
        if self.model.total or not self._stale:
            self._show_count()
