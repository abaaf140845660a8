"""View → Notebook (Ctrl+Shift+B): the library's highlights and notes in a dock beside the
reader, each item opening its place in the article.

The menu entry exists from the start (so Help → Keyboard Shortcuts lists it); the dock
and its panel (ui/notebook_panel.py) are built the first time it is asked for, so the
first frame pays nothing for them. Built from ReadingControls, one line there: the
window itself stays a list of panels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from desktop_app.service_notebook import NotebookEntry
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.notebook_panel import NotebookPanel

SHORTCUT = "Ctrl+Shift+B"  # B for book: N is the notes panel's
SHOWN_KEY = "view/notebook"  # in settings.ini: 1 when the notebook was open at the end
translate = QCoreApplication.translate


class Notebook(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock: QDockWidget | None = None
        self.panel: NotebookPanel | None = None
        self.action = QAction(window)
        self.action.setObjectName("toggle-notebook")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setCheckable(True)
        window.menus.view.insertAction(window.menus.charts, self.action)
        self.action.triggered.connect(self.set_shown)
        if window.settings.qsettings.value(SHOWN_KEY, 0, int) == 1:
            # Open at the end of the last run: built again once the library has opened
            # (after the first frame), where it was (restoreDockWidget).
            window.operations.libraryChanged.connect(self._reopen)

    def _reopen(self, *_changes: object) -> None:
        self.window.operations.libraryChanged.disconnect(self._reopen)
        if self.dock is None:
            self._build().show()
            self._remember(True)

    def set_shown(self, shown: bool) -> None:
        if shown:
            dock = self._build()
            dock.show()
            dock.raise_()
            assert self.panel is not None
            self.panel.search.setFocus()  # opened from the keyboard: straight to the search
        elif self.dock is not None:
            self.dock.hide()

    def _build(self) -> QDockWidget:
        if self.dock is not None:
            return self.dock
        from PySide6.QtWidgets import QDockWidget

        from desktop_app.ui.notebook_panel import NotebookPanel

        window = self.window
        panel = self.panel = NotebookPanel(window.operations, window.library)
        panel.set_theme(window.theme)
        dock = self.dock = QDockWidget(window)
        dock.setObjectName("notebook-dock")  # saveState() knows it by this name
        dock.setWidget(panel)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        if not window.restoreDockWidget(dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.visibilityChanged.connect(lambda _visible: self._remember(not dock.isHidden()))
        panel.entryChosen.connect(self.open_entry)
        # After the window's own handler (connected first) has set window.theme.
        window.menus.theme_group.triggered.connect(lambda _a: panel.set_theme(window.theme))
        self.retranslate()
        return dock

    def _remember(self, shown: bool) -> None:
        # Hidden by the reader, not by the window closing: that hides no dock explicitly.
        self.action.setChecked(shown)
        self.window.settings.qsettings.setValue(SHOWN_KEY, int(shown))

    def open_entry(self, entry: NotebookEntry) -> None:
        """Open the entry's article; a highlight is scrolled to and selected (and chosen
        in the notes panel), an article note is shown there."""
        from desktop_app.service_notebook import HIGHLIGHT

        window = self.window
        reader, lists = window.reader_panel, window.list_panel
        row = lists.model.row_of(entry.article_id)
        if row >= 0:  # the list follows (it opens the article): j / k go on from there
            lists.table.selectRow(row)
        reader.open_article(entry.article_id)
        detail = reader.detail
        if detail is None or detail.id != entry.article_id:
            return  # gone meanwhile
        notes = window.notes
        if entry.kind == HIGHLIGHT and entry.highlight_id is not None:
            highlight = next((h for h in detail.highlights if h.id == entry.highlight_id),
                             None)
            if highlight is not None and not highlight.orphan:
                reader.view.select_range(highlight.start, highlight.end)
                reader.view.scroll_to_offset(highlight.start)
            if notes is not None:
                notes.select_highlight(entry.highlight_id)
        elif notes is not None:
            notes.note_tabs.setCurrentIndex(1)  # the note as written: its preview

    def retranslate(self) -> None:
        self.action.setText(translate("Notebook", "Note&book"))
        if self.dock is not None and self.panel is not None:
            self.dock.setWindowTitle(translate("Notebook", "Notebook: All Highlights and Notes"))
            self.panel.retranslate()
