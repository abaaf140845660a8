"""Opening the charts (View → Charts, a name's context menu): the dialog is built the
first time, then reused; what it charts comes from what the list shows.

A light module: the window imports it at start-up, the dialog (and pyqtgraph, most of a
second) only when the charts are first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.service_charts import Subject
    from desktop_app.ui.chart_dialog import ChartDialog
    from desktop_app.ui.main_window import MainWindow


def connect_charts(window: MainWindow) -> None:
    """View → Charts, and "Mentions over Time" on a name in the reader."""
    window.menus.charts.triggered.connect(lambda: open_charts(window))
    window.reader_panel.entityChartRequested.connect(
        lambda text, kind: open_charts(window, (text, kind)))


def open_charts(window: MainWindow, name: tuple[str, str] | None = None,
                tag: str | None = None) -> ChartDialog | None:
    """Show the charts for ``name`` (text, type) or ``tag``, else for what the list is
    narrowed to: its name, its search, its tag; else for the top name of its filters."""
    from desktop_app.core.filters import NO_FILTERS
    from desktop_app.ui.chart_dialog import ChartDialog

    if window.service is None:
        return None
    dialog = window.findChild(ChartDialog)  # one per window, made on first use, its child
    if dialog is None:
        dialog = ChartDialog(window.operations, window.library, window.theme, window)
        dialog.filtersWanted.connect(window.list_panel.show_filters)
        # After the window's own handler (connected first) has set window.theme.
        window.menus.theme_group.triggered.connect(
            lambda _action: dialog.set_theme(window.theme))
    lists = window.list_panel
    filters = lists.filters() or NO_FILTERS
    dialog.show_charts(subject_for(window, name, tag), filters)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def subject_for(window: MainWindow, name: tuple[str, str] | None = None,
                tag: str | None = None) -> Subject | None:
    from desktop_app.core.extraction.name_keys import name_key
    from desktop_app.service_charts import Subject

    if tag is not None:
        return Subject("tag", tag)
    lists = window.list_panel
    bar = lists.filter_bar
    if name is None and bar is not None and bar.entity is not None:
        name = bar.entity
    if name is not None:
        text, entity_type = name
        key = bar.entity_key if bar is not None and bar.entity == name and bar.entity_key \
            else name_key(text, entity_type)
        return Subject("name", key, text)
    if lists.query():
        return Subject("search", lists.query())
    filters = lists.filters()
    if filters is not None and filters.tag:
        return Subject("tag", filters.tag)
    return None
