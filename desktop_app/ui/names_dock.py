"""The names index's place in the window: a dock beside the article list (View → Names).

Built after the first frame, hidden until asked for (its state is remembered with the
window's); its panel is built when first shown (ui/panel_dock.py). Clicking a name
there lists its articles through the list's filter bar; the index follows the bar's
other filters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.ui.panel_dock import PanelDock

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.names_panel import NamesPanel

SHORTCUT = "Ctrl+Shift+I"  # I for index; N is the notes panel's


class NamesDock(PanelDock):
    def __init__(self, build: Callable[[], NamesPanel], parent: QWidget | None = None) -> None:
        super().__init__(build, "names", SHORTCUT, parent)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)

    @property
    def panel(self) -> NamesPanel:
        return cast("NamesPanel", self.built_panel())

    def titles(self) -> tuple[str, str]:
        return self.tr("Names Index"), self.tr("Names &Index")

    def retranslate_panel(self) -> None:
        self.panel.retranslate()


def _make_room(window: MainWindow, dock: NamesDock, shown: bool) -> None:
    """Give a dock shown too narrow for its columns their width, hiding the notes panel
    if the window has no other room (the list and the reader keep their minimum widths)."""
    wanted = dock.panel.sizeHint().width()
    if not shown or dock.isFloating() or dock.width() >= wanted:
        return
    room = window.width() - window.splitter.minimumSizeHint().width()
    if room < wanted and window.menus.toggle_notes.isChecked():
        window.menus.toggle_notes.setChecked(False)
        window.show_status(QCoreApplication.translate(
            "NamesDock", "The notes panel is hidden to make room for the names index "
            "(Ctrl+Shift+N shows it)"), 8000)
    # After this round of layout, which would otherwise squeeze it back.
    QTimer.singleShot(0, dock, lambda: window.resizeDocks([dock], [wanted],
                                                    Qt.Orientation.Horizontal))


def add_names_dock(window: MainWindow) -> NamesDock:
    """Add the names dock to ``window`` (after its first frame); its panel is built and
    wired when the dock is first shown."""
    lists = window.list_panel

    def build() -> NamesPanel:
        from desktop_app.ui.names_panel import NamesPanel

        panel = NamesPanel(window.operations, window.library)
        panel.nameChosen.connect(lists.show_entity_key)
        if lists.filter_bar is not None:
            lists.filter_bar.filtersChanged.connect(panel.set_filters)
            panel.set_filters(lists.filter_bar.filters())
        return panel

    dock = NamesDock(build, window)
    # Where and whether it was last time; adding it first would drop what was saved.
    if not window.restoreDockWidget(dock):
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.hide()
    dock.visibilityChanged.connect(lambda shown: _make_room(window, dock, shown))
    window.menus.view.insertAction(window.menus.toggle_notes, dock.toggleViewAction())
    # Opened from the keyboard: straight to the name search.
    dock.toggleViewAction().triggered.connect(
        lambda checked: dock.panel.search.setFocus() if checked else None)
    return dock
