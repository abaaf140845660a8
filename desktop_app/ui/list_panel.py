"""The window's left side: the search field, the filters, and the articles or search hits.

Listings and searches are asked of the query thread (desktop_app.ui.library_queries)
with a token; an answer to anything but the latest request is dropped, so a slow sort
cannot overwrite the result of a filter the user chose after it. The panel follows the
library by itself: when the operations runner announces a change it re-reads the rows
that changed, or lists again when which articles belong in the list may have changed.

The filter bar and the results page are built after the first article is drawn
(:meth:`build_rest`, see desktop_app.ui.first_frame); the first frame holds empty hosts in
their places, and until then the list is asked for with no filter chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.article_model import ArticleTableModel
from desktop_app.ui.article_table import ArticleTable
from desktop_app.ui.first_frame import host
from desktop_app.ui.roles import ARTICLE_ID_ROLE, Column
from desktop_app.ui.search_box import SearchBox

if TYPE_CHECKING:  # loaded with the parts built after the first frame
    from PySide6.QtWidgets import QListView

    from desktop_app.core.filters import Filters
    from desktop_app.service import ArticleRow
    from desktop_app.ui import theme as themes
    from desktop_app.ui.filter_bar import FilterBar
    from desktop_app.ui.library_queries import LibraryQueries
    from desktop_app.ui.operations import Changes, LibraryHandle, OperationRunner
    from desktop_app.ui.search_results import SearchResultModel, SnippetDelegate
    from desktop_app.ui.settings import Settings

LIST_PAGE, RESULTS_PAGE = 0, 1


class ListPanel(QWidget):
    articleChosen = Signal(str)  # an article to read: picked by the user or by a listing
    readerFocusRequested = Signal()  # Enter on a search hit: go on reading it
    hitOpened = Signal(str, str)  # article id, query: a search hit is shown (marks follow)

    def __init__(self, runner: OperationRunner, library: LibraryHandle, current_id: str = "",
                 parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("list-panel")
        self.library = library
        self.queries: LibraryQueries | None = None  # attached when the library opens
        self.current_id = current_id  # the article being read (or to reopen at start)
        self._reading = False  # the reader shows an article
        self.sort_column, self.sort_descending = int(Column.PAGE), False
        self.read_state: str | None = None  # read, unread or None (both): read_marks.py
        self.exclude_kind: str | None = None  # a kind left out: caption_toggle.py
        self._token = 0
        self.model = ArticleTableModel(self._fetch_rows, self)
        self.table = ArticleTable(self.model)
        self.search_box = SearchBox()
        self.filter_host, self._filter_layout = host()
        # Two rows of combo boxes and date fields (the entity chip starts hidden).
        line = self.filter_host.fontMetrics().height()
        self.filter_host.setMinimumHeight(2 * line + 31)  # 59 px for 14 px text (Fusion)
        self.results_page, self._results_layout = host()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.results_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(2)
        self.search_row = QHBoxLayout()  # the read/unread filter joins it (read_marks.py)
        self.search_row.addWidget(self.search_box, 1)
        layout.addLayout(self.search_row)
        layout.addWidget(self.filter_host)
        layout.addWidget(self.pages, 1)
        self.count_label = QLabel()  # the window shows it in its status bar
        self.count_label.setObjectName("count-label")
        self.filter_bar: FilterBar | None = None
        self.results: QListView | None = None
        self.results_model: SearchResultModel | None = None
        self.results_delegate: SnippetDelegate | None = None
        self.results_caption: QLabel | None = None
        self.settings = settings  # the columns and the sort are kept there, as chosen
        self._restore_columns()
        self.model.sortRequested.connect(self._on_sort)
        self.table.columnsChosen.connect(self._save_columns)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.search_box.queryChanged.connect(self._on_query)
        self.search_box.returnPressed.connect(self._focus_results)
        runner.libraryChanged.connect(self._on_library_changed)
        self.runner = runner

    # -- built after the first frame ------------------------------------------------------
    def build_rest(self, theme: themes.Theme) -> None:
        """The filter bar and the results page (once); call after the first frame."""
        if self.filter_bar is not None:
            return
        from desktop_app.ui.filter_bar import FilterBar

        self.filter_bar = FilterBar(self.runner, self.library)
        self._filter_layout.addWidget(self.filter_bar)
        self.filter_host.setMinimumHeight(0)
        self.filter_bar.filtersChanged.connect(self._on_filters)
        self.filter_bar.kindsChanged.connect(self.table.set_kinds)
        if self.library.service is not None:  # opened before the bar was built
            self.filter_bar.reload_options()
        self._build_results(theme)

    def _build_results(self, theme: themes.Theme) -> None:
        from PySide6.QtWidgets import QListView

        from desktop_app.ui.search_results import SearchResultModel, SnippetDelegate

        self.results_model = SearchResultModel(self)
        self.results = QListView()
        self.results.setObjectName("search-results")
        self.results.setModel(self.results_model)
        self.results_delegate = SnippetDelegate(self.results)
        self.results_delegate.theme = theme
        self.results.setItemDelegate(self.results_delegate)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results_caption = QLabel()
        self.results_caption.setObjectName("results-caption")
        self._results_layout.addWidget(self.results_caption)
        self._results_layout.addWidget(self.results)
        self.results.selectionModel().currentRowChanged.connect(self._on_current_hit)
        self.results.activated.connect(lambda _index: self.readerFocusRequested.emit())

    def attach(self, queries: LibraryQueries) -> None:
        """Ask ``queries`` for listings and searches (it exists once the library opens)."""
        self.queries = queries
        queries.worker.idsReady.connect(self._on_ids)
        queries.worker.searchReady.connect(self._on_hits)

    # -- following the library ------------------------------------------------------------
    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if self.library.service is None:
            return
        filters = self.filters()
        # Which articles belong in the list (or how many there are) may have changed.
        if (changes.library or changes.listing
                or (changes.tags and (filters.tag or not changes.articles))
                or (changes.entities and (filters.entity or filters.entity_key))
                or (changes.read and not changes.articles and filters.read_state)):
            self.request_listing()
        elif changes.articles:
            self.model.refresh(sorted(changes.articles))
        elif changes.any():
            self.model.refresh_all()

    def follow_article(self, article_id: str) -> None:
        """The reader shows ``article_id``: select its row now if the list holds it (an
        article opened from the names index, the notebook or a chart), and keep it
        selected through new listings. A row already current stays as it is, so a
        selection of several rows made by hand is kept."""
        self.current_id = article_id
        self._reading = True
        row = self.model.row_of(article_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self._select(row, QAbstractItemView.ScrollHint.EnsureVisible)

    def _fetch_rows(self, ids: Sequence[str]) -> list[ArticleRow]:
        service = self.library.service
        return service.article_rows(ids) if service is not None else []

    # -- listing --------------------------------------------------------------------------
    def filters(self) -> Filters:
        from dataclasses import replace

        from desktop_app.core.filters import NO_FILTERS

        # Nothing is chosen before the bar is built (after the first article).
        chosen = self.filter_bar.filters() if self.filter_bar is not None else NO_FILTERS
        # A kind chosen in the filter bar wins over the same kind hidden in View.
        exclude = self.exclude_kind if chosen.kind != self.exclude_kind else None
        return replace(chosen, read_state=self.read_state, exclude_kind=exclude)

    def set_read_state(self, state: str | None) -> None:
        """Show read articles, unread ones or both (None): the read filter's choice."""
        if state != self.read_state:
            self.read_state = state
            self.request_listing()

    def request_listing(self) -> None:
        filters = self.filters()
        if self.queries is None:
            return
        self._token += 1
        self.queries.requestIds.emit(self._token, filters, self.sort_column,
                                     self.sort_descending)
        if self.query():
            self._on_query(self.query())

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_column = column
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        if self.settings is not None:
            self.settings.list_sort = (Column(column).name.lower(), self.sort_descending)
        self.request_listing()

    def _restore_columns(self) -> None:
        if self.settings is None:
            return
        names = {c.name.lower(): c for c in Column}
        self.table.switch_off(names[n] for n in self.settings.hidden_columns if n in names)
        name, descending = self.settings.list_sort
        if name in names:
            self.sort_column, self.sort_descending = int(names[name]), descending
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(self.sort_column, order)

    def _save_columns(self, switched_off: list) -> None:
        if self.settings is not None:
            self.settings.hidden_columns = [Column(c).name.lower() for c in switched_off]

    def _on_filters(self, _filters: Filters) -> None:
        self.request_listing()

    def _on_ids(self, token: int, ids: list[str]) -> None:
        if token != self._token:
            return  # an older request answered late
        self.model.set_ids(ids)
        self.update_counts()
        row = self.model.row_of(self.current_id) if self.current_id else -1
        if row < 0 and ids and (not self._reading or self._gone(self.current_id)):
            row = 0  # the first article; also when the one being read was removed
        if row >= 0:
            self._select(row, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _select(self, row: int, hint: QAbstractItemView.ScrollHint) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), hint)

    def _gone(self, article_id: str | None) -> bool:
        service = self.library.service
        return (article_id is not None and service is not None
                and not service.has_article(article_id))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = self.model.id_at(current.row()) if current.isValid() else None
        if article_id:
            self.articleChosen.emit(article_id)

    def selected_ids(self) -> tuple[str, ...]:
        rows = self.table.selectionModel().selectedRows()
        return tuple(i.data(ARTICLE_ID_ROLE) for i in rows if i.data(ARTICLE_ID_ROLE))

    # -- texts with plural forms: self.tr() finds them in this class's context -------------
    def update_counts(self) -> None:
        service = self.library.service
        total = service.count_articles() if service is not None else 0
        shown = self.model.rowCount()
        if shown == total:
            text = self.tr("%n article(s)", "", total)
        else:
            text = self.tr("%1 of %n article(s)", "", total).replace("%1", str(shown))
        filters = self.filters()
        if filters is not None and filters.exclude_kind is not None:
            text += self.tr(" · photo captions hidden")  # else they seem to be missing
        self.count_label.setText(text)

    def results_text(self, query: str, count: int) -> str:
        return self.tr("%n result(s) for “%1”", "", count).replace("%1", query)

    # -- search ---------------------------------------------------------------------------
    def query(self) -> str:
        return self.search_box.text().strip()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_query(self, query: str) -> None:
        if not query:
            self.pages.setCurrentIndex(LIST_PAGE)
            return
        filters = self.filters()
        if self.queries is None:
            return
        self._token += 1
        self.queries.requestSearch.emit(self._token, query, filters)

    def _on_hits(self, token: int, query: str, hits: list) -> None:
        if token != self._token or query != self.query() or self.results_model is None:
            return
        self.results_model.set_hits(query, hits)
        if self.results_caption is not None:
            self.results_caption.setText(self.results_text(query, len(hits)))
        self.pages.setCurrentIndex(RESULTS_PAGE)

    def _on_current_hit(self, current: QModelIndex | QPersistentModelIndex,
                        _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
        if article_id:
            self.articleChosen.emit(article_id)
            self.hitOpened.emit(article_id, self.results_model.query
                                if self.results_model is not None else "")

    def _focus_results(self) -> None:
        model, results = self.results_model, self.results
        if (self.pages.currentIndex() == RESULTS_PAGE and model is not None
                and results is not None and model.rowCount()):
            results.setFocus()
            results.setCurrentIndex(model.index(0))

    # -- narrowing from elsewhere (a name clicked in the reader, a tag in the notes) ------
    def clear_search_and_filters(self) -> None:
        self.search_box.clear()
        if self.filter_bar is not None:  # built after the first frame
            self.filter_bar.clear()

    def show_entity(self, text: str, entity_type: str) -> None:
        self.search_box.clear()
        self.pages.setCurrentIndex(LIST_PAGE)
        if self.filter_bar is not None:
            self.filter_bar.set_entity(text, entity_type)

    def show_entity_key(self, key: str, name: str) -> None:
        """List the articles naming any variant of the name with ``key`` (names index)."""
        self.search_box.clear()
        self.pages.setCurrentIndex(LIST_PAGE)
        if self.filter_bar is not None:
            self.filter_bar.set_entity_key(key, name)

    def show_filters(self, filters: Filters, query: str = "",
                     name: tuple[str, str] | None = None) -> None:
        """Narrow the list to ``filters`` and ``query`` at once (a chart's bar clicked);
        ``name`` (text, type) labels a name filter."""
        if self.filter_bar is None:  # built after the first frame
            return
        self.filter_bar.set_filters(filters, name)
        if query != self.query():
            self.search_box.setText(query)
        if not query:
            self.pages.setCurrentIndex(LIST_PAGE)

    def show_tag(self, tag: str) -> None:
        self.search_box.clear()
        if self.filter_bar is not None:
            self.filter_bar.set_tag(tag)

    # -- look and language ----------------------------------------------------------------
    def set_theme(self, theme: themes.Theme) -> None:
        if self.results_delegate is None or self.results is None:
            return  # built later, with the window's theme
        self.results_delegate.theme = theme
        if self.results.isVisible():  # hidden results repaint when shown
            self.results.viewport().update()

    def retranslate(self) -> None:
        self.search_box.retranslate()
        if self.filter_bar is not None:
            self.filter_bar.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.library.service is not None:
            self.update_counts()
