"""The notebook: every highlight and article note of the library in one list, narrowed by
a text search, a tag and a colour, newest first or by article; choosing an item opens
its place in the article (ui/notebook_dock.py does the opening).

Read through the operations runner (:meth:`OperationRunner.read`, off the UI thread),
again after each change of notes, highlights or tags the runner announces, but only
while the panel is shown: a hidden notebook reads once it is shown again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.vocabulary import HIGHLIGHT_COLORS
from desktop_app.service_notebook import NOTEBOOK_ORDERS
from desktop_app.ui import pauses
from desktop_app.ui import theme as themes
from desktop_app.ui.highlight_menu import swatch
from desktop_app.ui.labels import highlight_colour_label
from desktop_app.ui.notebook_model import ENTRY_ROLE, NotebookModel
from desktop_app.ui.shown_panel import ShownPanel

if TYPE_CHECKING:

    from desktop_app.service_notebook import NotebookEntry
    from desktop_app.ui.operations import Changes, LibraryHandle, OperationRunner



class NotebookPanel(ShownPanel):
    entryChosen = Signal(object)  # NotebookEntry: open its place

    def __init__(self, runner: OperationRunner, library: LibraryHandle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notebook-panel")
        self.runner, self.library = runner, library
        self.theme = themes.LIGHT
        self.search = QLineEdit()
        self.search.setObjectName("notebook-search")
        self.search.setClearButtonEnabled(True)
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("notebook-tag")
        self.tag_box.addItem("", "")
        self.colour_box = QComboBox()
        self.colour_box.setObjectName("notebook-colour")
        self.colour_box.addItem("", "")
        for colour in HIGHLIGHT_COLORS:
            self.colour_box.addItem(swatch(colour, self.theme), "", colour)
        self.order_box = QComboBox()
        self.order_box.setObjectName("notebook-order")
        for order in NOTEBOOK_ORDERS:
            self.order_box.addItem("", order)
        self.model = NotebookModel(self)
        self.view = QListView()
        self.view.setObjectName("notebook-list")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(3)
        self.view.setIconSize(QSize(10, 40))
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caption = QLabel()
        self.caption.setObjectName("notebook-caption")
        self.caption.setWordWrap(True)
        # Two rows of two, each box narrow: the dock fits beside the list, the reader and
        # the notes panel at 1280 pixels in either language (an open box shows items whole).
        search_row, filters = QHBoxLayout(), QHBoxLayout()
        search_row.addWidget(self.search, 2)
        search_row.addWidget(self.order_box, 1)
        for box in (self.tag_box, self.colour_box, self.order_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.colour_box, 1)
        self.search.setMinimumWidth(80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(pauses.NOTEBOOK_TYPING_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._first_or_reload)
        for box in (self.tag_box, self.colour_box, self.order_box):
            box.currentIndexChanged.connect(lambda _index: self.reload())
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        runner.libraryChanged.connect(self._on_library_changed)
        self.retranslate()

    # -- reading ------------------------------------------------------------------------
    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.library or changes.notes or changes.highlights or changes.tags:
            self.mark_stale()

    def reload(self) -> None:
        """Read the notebook again with the filters shown (off the UI thread)."""
        service = self.library.service
        if service is None:
            return
        self._search_timer.stop()
        self._stale = False
        self._token += 1
        token = self._token
        tag = str(self.tag_box.currentData() or "") or None
        colour = str(self.colour_box.currentData() or "") or None
        text = self.search.text().strip() or None
        order = str(self.order_box.currentData() or NOTEBOOK_ORDERS[0])

        def work():
            return (service.notebook(tag=tag, color=colour, text=text, order=order),
                    service.all_tags())

        self.runner.read(work, owner=self, done=lambda result: self._on_loaded(token, *result),
                         failed=lambda _exc: self._on_failed(token))

    def _on_loaded(self, token: int, entries: list[NotebookEntry],
                   tags: list[tuple[str, int]]) -> None:
        if token != self._token:
            return  # a newer read is on its way
        self._show_tags([name for name, _count in tags])
        self.model.set_entries(entries)
        self._show_caption()

    def _on_failed(self, token: int) -> None:
        if token == self._token:
            self._stale = True  # read again when next shown or changed
            self.caption.setText(self.tr("The notebook could not be read."))

    def _show_tags(self, names: list[str]) -> None:
        chosen = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        while self.tag_box.count() > 1:
            self.tag_box.removeItem(1)
        for name in names:
            self.tag_box.addItem(name, name)
        if chosen and chosen not in names:  # renamed or gone: keep it until changed
            self.tag_box.addItem(chosen, chosen)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(chosen)))
        self.tag_box.blockSignals(False)

    def _show_caption(self) -> None:
        count = self.model.rowCount()
        narrowed = bool(self.search.text().strip() or self.tag_box.currentIndex()
                        or self.colour_box.currentIndex())
        if count:
            self.caption.setText(self.tr("%n item(s)", "", count))
        elif narrowed:
            self.caption.setText(self.tr("Nothing matches these filters."))
        else:
            self.caption.setText(self.tr(
                "No highlights or notes yet: select text in an article and press Ctrl+H, "
                "or write an article note (Ctrl+E)."))

    # -- choosing -----------------------------------------------------------------------
    def _choose(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            self.entryChosen.emit(entry)

    def _first_or_reload(self) -> None:
        """Enter in the search: read now; the list takes the keyboard from there."""
        self.reload()
        self.view.setFocus()

    def choose_row(self, row: int) -> None:
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self._choose(index)

    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        self.model.set_theme(theme)
        for row, colour in enumerate(HIGHLIGHT_COLORS, start=1):
            self.colour_box.setItemIcon(row, swatch(colour, theme))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search highlights and notes"))
        self.tag_box.setItemText(0, self.tr("All tags"))
        self.colour_box.setItemText(0, self.tr("All colours"))
        for row, colour in enumerate(HIGHLIGHT_COLORS, start=1):
            self.colour_box.setItemText(row, highlight_colour_label(colour))
        self.order_box.setItemText(0, self.tr("Newest first"))
        self.order_box.setItemText(1, self.tr("By article"))
        if not self._stale:
            self._show_caption()
