"""The window's list side: asking the worker for a listing or a search, showing answers.

Requests carry a token; an answer to anything but the latest request is dropped, so a
slow sort cannot overwrite the result of a filter the user chose after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:  # a dataclass: its module (and `dataclasses`) load with the filter bar
    from desktop_app.core.filters import Filters

LIST_PAGE, RESULTS_PAGE = 0, 1
# Texts with plural forms (counts, the results caption) are built by the window itself:
# self.tr() in a mixin finds plural forms only under the window's own class name.


class ListingMixin:
    def connect_listing(self) -> None:
        self.model.sortRequested.connect(self._on_sort)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.search_box.queryChanged.connect(self._on_query)
        self.search_box.returnPressed.connect(self._focus_results)

    def request_listing(self) -> None:
        if self.library is None:
            return
        self._token += 1
        self.library.requestIds.emit(
            self._token, self.filter_bar.filters(), self.sort_column, self.sort_descending
        )
        if self.search_box.text().strip():
            self._on_query(self.search_box.text().strip())

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_column = column
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        self.request_listing()

    def _on_filters(self, _filters: Filters) -> None:
        self.request_listing()

    def _on_ids(self, token: int, ids: list) -> None:
        if token != self._token:
            return  # an older request answered late
        current = self.detail.id if self.detail else self._pending_article
        self.model.set_ids(ids)
        self._update_counts()
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.detail is None and ids:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0),
                                QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_current_row(self, current, _previous) -> None:
        if current.isValid():
            self.open_article(self.model.id_at(current.row()))

    # -- search -----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_query(self, query: str) -> None:
        if not query:
            self.pages.setCurrentIndex(LIST_PAGE)
            return
        if self.library is None:
            return
        self._token += 1
        self.library.requestSearch.emit(self._token, query, self.filter_bar.filters())

    def _on_hits(self, token: int, query: str, hits: list) -> None:
        if token != self._token or query != self.search_box.text().strip():
            return
        self.results_model.set_hits(query, hits)
        self.results_caption.setText(self.results_text(query, len(hits)))
        self.pages.setCurrentIndex(RESULTS_PAGE)

    def _focus_results(self) -> None:
        if self.pages.currentIndex() == RESULTS_PAGE and self.results_model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.results_model.index(0))

    def clear_search_and_filters(self) -> None:
        self.search_box.clear()
        if self.filter_bar is not None:  # built after the first frame (later_parts)
            self.filter_bar.clear()

    def filter_by_entity(self, text: str, entity_type: str) -> None:
        self.search_box.clear()
        self.pages.setCurrentIndex(LIST_PAGE)
        self.filter_bar.set_entity(text, entity_type)
