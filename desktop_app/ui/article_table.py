"""The article list's view: the title takes the room, the other columns only what they need.

Columns other than the title get fixed widths measured from what they can hold (a date,
a page number, the longest kind name) rather than ResizeToContents, which would measure
rows on every change of a 100k-row model. Columns that are empty in every row loaded
for the current listing (most sample pages print no date or page) are hidden, so a
headline gets that room instead of a column of blanks.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.article_model import OPTIONAL_COLUMNS, ArticleTableModel
from desktop_app.ui.labels import kind_label
from desktop_app.ui.roles import Column

# What the widest cell of each column looks like; the header's label counts too.
SAMPLES = {Column.DATE: "2025-03-30", Column.PAGE: "000", Column.HIGHLIGHTS: "99",
           Column.NOTE: "✎"}
TAGS_EMS = 4.5  # tags are elided past this; the full list is in the notes panel
PADDING = 12  # the style's cell margins, both sides


class ArticleTable(QTableView):
    def __init__(self, model: ArticleTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article-table")
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
        self._kinds: list[str] = []
        self._filled: set[Column] = set()
        model.columnsFilled.connect(self.show_filled, Qt.ConnectionType.QueuedConnection)
        self.show_filled(set())
        self.fit_columns()

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
        for column in Column:
            if column == Column.TITLE:
                continue
            samples = [SAMPLES.get(column, "")]
            if column == Column.KIND:
                samples += [kind_label(kind) for kind in self._kinds]
            width = max(metrics.horizontalAdvance(s) for s in samples)
            if column == Column.TAGS:
                width = max(width, int(metrics.horizontalAdvance("中") * TAGS_EMS))
            label = self._model.headerData(column, Qt.Orientation.Horizontal)
            # The sort arrow sits beside the label; leave it room.
            label_width = header_metrics.horizontalAdvance(label or labels[column]) + 12
            header.resizeSection(column, max(width + PADDING, label_width + PADDING // 2))

    def show_filled(self, filled: set) -> None:
        """Hide optional columns that no loaded row of this listing has anything in."""
        self._filled = set(filled)
        for column in OPTIONAL_COLUMNS:
            self.setColumnHidden(column, column not in self._filled)

    def visible_columns(self) -> list[Column]:
        return [c for c in Column if not self.isColumnHidden(c)]

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.LanguageChange):
            self.fit_columns()
