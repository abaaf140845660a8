"""Parts of the window built after its first frame: notes panel, search results, filters.

None shows anything useful before the library is open, and together their imports and
widgets are a sizeable share of the time to the first frame (the filter bar's first
QComboBox and QDateEdit alone cost 8-10 ms). The first frame holds empty placeholders in
their places (the notes host keeps its splitter size and visibility, restored from the
settings; the filter host reserves the bar's height so the list does not jump);
:meth:`LaterPartsMixin.build_later` fills them in while the library worker opens the file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.roles import ARTICLE_ID_ROLE


def _host() -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return widget, layout


class LaterPartsMixin:
    notes = None  # NotesPanel once built
    filter_bar = None  # FilterBar once built
    results = results_model = results_delegate = results_caption = None

    def build_placeholders(self) -> None:
        self.notes_host, self._notes_layout = _host()
        self.notes_host.setObjectName("notes-host")
        self.results_page, self._results_layout = _host()
        self.filter_host, self._filter_layout = _host()
        # Two rows of combo boxes and date fields (the entity chip starts hidden).
        line = self.filter_host.fontMetrics().height()
        self.filter_host.setMinimumHeight(2 * line + 31)  # 59 px for 14 px text (Fusion)

    def build_later(self) -> None:
        """Fill the placeholders (once); call after the first frame."""
        if self.notes is not None:
            return
        self._build_filters()
        self._build_results()
        self._build_notes()

    def _build_filters(self) -> None:
        from desktop_app.ui.filter_bar import FilterBar

        self.filter_bar = FilterBar()
        self._filter_layout.addWidget(self.filter_bar)
        self.filter_host.setMinimumHeight(0)
        self.filter_bar.filtersChanged.connect(self._on_filters)
        self.filter_bar.renameTagRequested.connect(self.rename_tag)

    def _build_results(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView

        from desktop_app.ui.search_results import SearchResultModel, SnippetDelegate

        self.results_model = SearchResultModel(self)
        self.results = QListView()
        self.results.setObjectName("search-results")
        self.results.setModel(self.results_model)
        self.results_delegate = SnippetDelegate(self.results)
        self.results_delegate.theme = self.theme
        self.results.setItemDelegate(self.results_delegate)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)
        self.results_caption = QLabel()
        self.results_caption.setObjectName("results-caption")
        self._results_layout.addWidget(self.results_caption)
        self._results_layout.addWidget(self.results)
        self.results.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.open_article(current.data(ARTICLE_ID_ROLE))
            if current.isValid() else None
        )
        self.results.activated.connect(lambda index: self.reader.setFocus())

    def _build_notes(self) -> None:
        from desktop_app.ui.notes_panel import NotesPanel

        notes = NotesPanel()
        self._notes_layout.addWidget(notes)
        self.notes = notes
        self.restore_notes_state()
        notes.set_theme(self.theme)
        self.connect_notes()
