"""The names index (人物 / 地点 / 机构): every name of the library, its variants grouped.

One row per name key with its mentions, articles and first and last page date, for the
articles the list's filters let through (kind, tag, dates; not the name followed, which
would narrow the index to itself). A click on a name lists every article naming any of
its variants (the filter bar holds the name). The context menu renames a name, merges
names, or separates a merged one; each is stored in the library through the operations
runner, and the index reads itself again when the runner announces the change.

Reads go through the runner too (:meth:`OperationRunner.read`), in turn with the writes,
so an index read after a rename always shows it. Nothing is read while the panel is
hidden; it catches up when shown. A new filter's index (and the first one) comes in two
reads: its most mentioned names first (the first screen, a tenth of a second for the
whole library, a month or a tag at 100,000 articles), then every name.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.vocabulary import ENTITY_TYPES
from desktop_app.ui import pauses
from desktop_app.ui.labels import entity_label
from desktop_app.ui.names_model import (
    NameColumn,
    NamesLoad,
    NamesModel,
    load_first_screen,
    load_names,
)
from desktop_app.ui.operations import Changes
from desktop_app.ui.shown_panel import ShownPanel

if TYPE_CHECKING:

    from desktop_app.service_names import NameEntry
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

TABS: tuple[str | None, ...] = (None, *ENTITY_TYPES)  # all, then 人物 地点 机构
CELL_PADDING = 12  # the style's cell margins, both sides, and a little air
MERGE_CHOICES = 2000  # names offered as a merge target: the most mentioned of the type


def _picked(text: str, items: list[str], choices: list[NameEntry]) -> NameEntry | None:
    """The choice the merge dialog's text names: an item, or a name or variant typed."""
    if text in items:
        return choices[items.index(text)]
    for entry in choices:
        if text == entry.name or text == entry.key or any(v.text == text
                                                          for v in entry.variants):
            return entry
    return None


class NamesPanel(ShownPanel):
    nameChosen = Signal(str, str)  # key, name: list the articles naming it

    def __init__(self, runner: OperationRunner, library: LibraryHandle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("names-panel")
        self.runner, self.library = runner, library
        self.filters: Filters = NO_FILTERS
        self._loaded = False
        self._partial = False  # only the first screen is shown
        self.model = NamesModel(self)
        self.tabs = QTabBar()
        self.tabs.setObjectName("names-type-tabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for _type in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._on_tab)
        self.search = QLineEdit()
        self.search.setObjectName("names-search")
        self.search.setClearButtonEnabled(True)
        # Narrowed after a typing pause: each narrowing sorts every name again.
        self._typing = QTimer(self, singleShot=True, interval=pauses.NAMES_TYPING_MS)
        self._typing.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.table = self._build_table()
        self.caption = QLabel()
        self.caption.setObjectName("names-caption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.tabs)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.caption)
        self.model.modelReset.connect(self._show_counts)
        runner.libraryChanged.connect(self._on_library_changed)
        self.retranslate()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("names-table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.horizontalHeader().setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)  # sorts by the indicator: most mentioned first
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)  # resized: the name takes what is left
        # …and when rows bring in the vertical scroll bar, which narrows the view.
        table.verticalScrollBar().rangeChanged.connect(
            lambda _low, _high: QTimer.singleShot(0, self, self.fit_columns))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.clicked.connect(self._choose)
        table.activated.connect(self._choose)
        return table

    # -- reading ----------------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        """The list's filters; the name followed is left out (see the module doc)."""
        scope = replace(filters, entity=None, entity_key=None)
        if scope != self.filters:
            self.filters = scope
            self._loaded = False  # what is shown is another filter's: its first screen next
            self.mark_stale()

    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.library or changes.entities or (changes.tags and self.filters.tag):
            self.mark_stale()

    def reload(self) -> None:
        service = self.library.service
        if service is None:
            return
        self._stale = False
        self._token += 1
        token, filters = self._token, self.filters
        if self._loaded:
            self._read_every_name(token, filters)
            return
        # The first screen first; every name is asked for once it is shown: read at the
        # same time, its Python work held the UI thread back from showing the first.
        self.caption.setText(self.tr("Reading the names…"))
        self.runner.read(lambda: load_first_screen(service, filters), owner=self,
                         done=lambda load: self._on_first_screen(token, filters, load),
                         failed=lambda exc: self._on_failed(token, exc))

    def _read_every_name(self, token: int, filters: Filters) -> None:
        service = self.library.service
        if service is None or token != self._token:
            return
        self.runner.read(lambda: load_names(service, filters), owner=self,
                         done=lambda load: self._on_loaded(token, load),
                         failed=lambda exc: self._on_failed(token, exc))

    def _on_first_screen(self, token: int, filters: Filters, load: NamesLoad) -> None:
        if token != self._token:
            return  # a newer read is on its way
        self._partial = True  # counted when every name is in
        self.model.set_load(load)
        # After the table's repaint for these rows.
        QTimer.singleShot(0, self, partial(self._read_every_name, token, filters))

    def _on_loaded(self, token: int, load: NamesLoad) -> None:
        if token != self._token:
            return  # a newer read is on its way
        selected = {e.key for e in self.selected_entries()}
        self._loaded, self._partial = True, False
        self.model.set_load(load)
        self._select_keys(selected)

    def _on_tab(self, index: int) -> None:
        # The type column says nothing on the tab of one type: its room goes to the name.
        self.table.setColumnHidden(NameColumn.TYPE, TABS[index] is not None)
        self.fit_columns()
        self.model.set_type(TABS[index])

    def fit_columns(self) -> None:
        """Fixed widths from what a cell can hold (no measuring of 50,000 rows); the name
        takes the rest, never less than five characters (then the table scrolls)."""
        table, metrics = self.table, self.table.fontMetrics()
        header = table.horizontalHeader()
        samples = {
            NameColumn.TYPE: [entity_label(t) for t in ENTITY_TYPES],
            NameColumn.MENTIONS: ["99,999"], NameColumn.ARTICLES: ["99,999"],
            NameColumn.FIRST: ["2025-03-30"], NameColumn.LAST: ["2025-03-30"],
        }
        others = 0
        for column, texts in samples.items():
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(t) for t in [*texts, label]) + CELL_PADDING
            if column in (NameColumn.MENTIONS, NameColumn.ARTICLES):
                width += metrics.horizontalAdvance("▼")  # the sort indicator
            table.setColumnWidth(column, width)
            # What the header made of it: it keeps a section to its minimum size.
            others += 0 if table.isColumnHidden(column) else header.sectionSize(column)
        least = metrics.horizontalAdvance("湖南省工业") + CELL_PADDING
        header.resizeSection(NameColumn.NAME, max(least, table.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            # Once the view has settled: the scroll bar a reset brings in shrinks it again.
            QTimer.singleShot(0, self, self.fit_columns)
        return False

    def sizeHint(self) -> QSize:
        """Wide enough for a name and every column beside it."""
        table = self.table
        columns = sum(table.columnWidth(c) for c in NameColumn
                      if c != NameColumn.NAME and not table.isColumnHidden(c))
        name = table.fontMetrics().horizontalAdvance("湖南省工业和信息化厅") + CELL_PADDING
        width = columns + name + table.verticalScrollBar().sizeHint().width() + 16
        return QSize(width, super().sizeHint().height())

    def _on_failed(self, token: int, exc: Exception) -> None:
        from desktop_app.ui.library_messages import failure_text

        if token == self._token:
            self._stale = True  # tried again on the next change or showing
            self.caption.setText(self.tr("The names could not be read: %1")
                                 .replace("%1", failure_text(exc)))

    def _show_counts(self) -> None:
        counts = self.model.counts()
        labels = {None: self.tr("All"), "PER": self.tr("People"), "LOC": self.tr("Places"),
                  "ORG": self.tr("Organisations")}
        for index, entity_type in enumerate(TABS):
            count = "" if self._partial else f" {counts.get(entity_type, 0)}"
            self.tabs.setTabText(index, f"{labels[entity_type]}{count}")
        if not self._loaded:
            return
        shown = self.model.rowCount()
        if self.model.total() == 0:
            text = self.tr("No names in these articles")
        else:
            text = self.tr("%n name(s)", "", shown)
        if self.filters != NO_FILTERS:
            text += self.tr(" · in the articles the list's filters keep")
        self.caption.setText(text)

    # -- choosing ---------------------------------------------------------------------
    def _choose(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.nameChosen.emit(entry.key, entry.name)

    def selected_entries(self) -> list[NameEntry]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [e for e in (self.model.entry(r) for r in rows) if e is not None]

    def _select_keys(self, keys: set[str]) -> None:
        for key in keys:
            row = self.model.row_of(key)
            if row >= 0:
                self.table.selectRow(row)

    def select_key(self, key: str) -> bool:
        """Make the row of ``key`` current and selected (False: not listed)."""
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    # -- correcting -------------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        menu = self.menu_for(self.selected_entries())
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def menu_for(self, entries: list[NameEntry]) -> QMenu | None:
        """The context menu for the selected names (tests trigger its actions)."""
        if not entries:
            return None
        menu = QMenu(self)
        first = entries[0]
        menu.addAction(self.tr("List Articles Naming “%1”").replace("%1", first.name),
                       lambda: self.nameChosen.emit(first.key, first.name))
        menu.addAction(self.tr("Copy Name"),
                       lambda: QGuiApplication.clipboard().setText(first.name))
        menu.addSeparator()
        if len(entries) == 1:
            menu.addAction(self.tr("Rename “%1”…").replace("%1", first.name),
                           lambda: self.ask_rename(first))
            menu.addAction(self.tr("Merge “%1” Into…").replace("%1", first.name),
                           lambda: self.ask_merge([first]))
        else:
            menu.addAction(self.tr("Merge %n Names…", "", len(entries)),
                           lambda: self.ask_merge(entries))
        service = self.library.service
        merged = service.merged_names(first.key) if service is not None else []
        if merged:
            separate = menu.addMenu(self.tr("Separate Merged Names"))
            for key in merged:
                separate.addAction(key.split(":", 1)[-1], partial(self.unmerge, key))
        return menu

    def ask_rename(self, entry: NameEntry) -> None:
        from PySide6.QtWidgets import QInputDialog

        new, ok = QInputDialog.getText(
            self, self.tr("Rename Name"),
            self.tr("Show “%1” in the index as (empty: its most frequent form):")
            .replace("%1", entry.name), QLineEdit.EchoMode.Normal, entry.name)
        if ok and new.strip() != entry.name:
            self.rename(entry.key, new.strip())

    def ask_merge(self, entries: list[NameEntry]) -> None:
        from PySide6.QtWidgets import QInputDialog

        if len(entries) > 1:
            choices = entries
            label = self.tr("Merge the selected names into:")
        else:
            same = [e for e in self.model.entries()
                    if e.type == entries[0].type and e.key != entries[0].key]
            choices = sorted(same, key=lambda e: -e.mentions)[:MERGE_CHOICES]
            label = self.tr("Merge “%1” into:").replace("%1", entries[0].name)
        if not choices:
            return
        items = [self._choice_text(e) for e in choices]
        # Editable: a name can be typed (with an input method) rather than scrolled to.
        picked, ok = QInputDialog.getItem(self, self.tr("Merge Names"), label, items, 0, True)
        target = _picked(picked.strip(), items, choices) if ok else None
        if target is not None:
            self.merge([e.key for e in entries if e.key != target.key], target.key)

    def _choice_text(self, entry: NameEntry) -> str:
        return self.tr("%1 (%2 mentions, %3)").replace("%1", entry.name).replace(
            "%2", f"{entry.mentions:,}").replace("%3", entry.key)

    def rename(self, key: str, name: str) -> None:
        service = self.library.service
        if service is not None:
            self.runner.write(lambda: service.rename_name(key, name), Changes(entities=True),
                              owner=self, initiator=self)

    def merge(self, keys: list[str], into: str) -> None:
        service = self.library.service
        if service is None or not keys:
            return

        def work() -> None:
            for key in keys:
                service.merge_names(key, into)

        self.runner.write(work, Changes(entities=True), owner=self, initiator=self)

    def unmerge(self, key: str) -> None:
        service = self.library.service
        if service is not None:
            self.runner.write(lambda: service.unmerge_name(key), Changes(entities=True),
                              owner=self, initiator=self)

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a name…"))
        self.tabs.setToolTip(self.tr("People, places and organisations named in the articles"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(NameColumn) - 1)
        self.fit_columns()
        self._show_counts()
