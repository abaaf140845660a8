"""The article list's columns, recolouring highlights, and closing with a busy worker."""

from __future__ import annotations

from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QColor

from desktop_app.ui import theme as themes
from desktop_app.ui.article_model import MISSING, ArticleTableModel
from desktop_app.ui.article_table import ArticleTable
from desktop_app.ui.roles import Column
from tests.ui.conftest import open_window, settle
from tests.ui.fake_service import sample_service
from tests.ui.test_reader_view import format_at


def visible_rows(table) -> range:
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    return range(first, (last if last >= 0 else table.model().rowCount() - 1) + 1)


def test_headlines_are_readable_at_1280x800(qtbot, window):
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.list_panel.table.viewport().width() > 300)
    table, header = window.list_panel.table, window.list_panel.table.horizontalHeader()
    title_width = header.sectionSize(Column.TITLE)
    assert title_width > 0.5 * table.viewport().width()
    metrics = table.fontMetrics()
    rows = visible_rows(table)
    fits = [metrics.horizontalAdvance(window.list_panel.model.index(r, Column.TITLE).data()) + 12
            <= title_width for r in rows]
    assert len(rows) > 10 and sum(fits) >= 0.6 * len(fits)  # English kinds are wider
    # Kind names are never cut; a cut title has its full text in the tooltip.
    for r in rows:
        kind = window.list_panel.model.index(r, Column.KIND).data()
        assert metrics.horizontalAdvance(kind) < header.sectionSize(Column.KIND)
        index = window.list_panel.model.index(r, Column.TITLE)
        assert index.data(3) == index.data()  # ToolTipRole


def test_columns_nobody_fills_are_hidden_and_missing_dates_are_dashes(qtbot, window):
    table, model = window.list_panel.table, window.list_panel.model
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.DATE))
    assert {Column.TAGS, Column.HIGHLIGHTS, Column.NOTE} & set(table.visible_columns()) == set()
    dates = [model.index(r, Column.DATE).data() for r in range(model.rowCount())]
    assert MISSING in dates and any(d != MISSING for d in dates)
    # A tag added by the user brings its column back.
    window.notes.tag_editor.edit_tags(window.detail.id, ["算力"], [])
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.TAGS))
    assert model.index(table.currentIndex().row(), Column.TAGS).data() == "算力"


def test_a_listing_without_dates_shows_no_date_column(qtbot):
    service = sample_service()
    for article in service.articles.values():
        article.date = article.page = None
    model = ArticleTableModel(service.article_rows)
    table = ArticleTable(model)
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()
    model.set_ids(service.article_ids())
    qtbot.waitUntil(lambda: model.filled_columns() == set() and table.visible_columns()
                    == [Column.TITLE, Column.KIND])


def highlight_something(qtbot, window, colour: str = "yellow"):
    window.reader.select_range(2, 8)
    window.reader_panel.highlight_selection(colour)
    settle(qtbot, window)
    return window.detail.highlights[0]


def test_recolour_a_highlight_from_the_notes_panel_then_undo(qtbot, window):
    highlight = highlight_something(qtbot, window)
    view = window.notes.highlight_view
    menu = window.notes.highlight_menu(view.visualRect(window.notes.highlight_model.index(0))
                                       .center())
    checked = [a.objectName() for a in menu.findChildren(type(menu.actions()[0]))
               if a.isChecked()]
    assert checked == ["recolour-yellow"]
    menu.findChild(type(menu.actions()[0]), "recolour-blue").trigger()
    settle(qtbot, window)
    assert window.service.highlights(window.detail.id)[0].color == "blue"
    assert format_at(window.reader, 3).background().color() == \
        QColor(themes.LIGHT.highlights["blue"])
    decoration = window.notes.highlight_model.index(0).data(1)  # DecorationRole
    assert decoration == QColor(themes.LIGHT.highlights["blue"])
    assert window.notes.current_highlight().id == highlight.id  # still selected
    window.menus.undo.trigger()
    settle(qtbot, window)
    assert window.service.highlights(window.detail.id)[0].color == "yellow"


def test_recolour_and_delete_a_highlight_from_the_reading_pane(qtbot, window):
    highlight_something(qtbot, window, "green")
    window.reader.textCursor().clearSelection()
    pos = window.reader.viewport_point_of(4)
    menu = window.reader.build_context_menu(pos)
    action_type = type(menu.actions()[0])
    menu.findChild(action_type, "recolour-pink").trigger()
    settle(qtbot, window)
    assert window.service.highlights(window.detail.id)[0].color == "pink"
    assert format_at(window.reader, 3).background().color() == \
        QColor(themes.LIGHT.highlights["pink"])
    menu = window.reader.build_context_menu(window.reader.viewport_point_of(4))
    menu.findChild(action_type, "delete-highlight").trigger()
    settle(qtbot, window)
    assert window.service.highlights(window.detail.id) == []
    # Away from any highlight the menu offers no highlight entries.
    far = window.reader.viewport_point_of(len(window.detail.text) - 3)
    assert window.reader.build_context_menu(far).findChild(action_type, "delete-highlight") \
        is None


def warnings(qtlog) -> list[str]:
    # The offscreen platform's own notice is not ours (pyproject's qt_log_ignore).
    return [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg
            and not r.message.startswith("This plugin does not support")]


def test_closing_while_the_worker_imports_leaves_no_qt_warning(qtbot, qtlog, library_path,
                                                                tmp_path):
    window = open_window(qtbot, library_path)
    queries, operations = window.queries, window.operations
    page = tmp_path / "page.txt"
    page.write_text("新标题\n\n长沙讯 这是一篇新的文章，正文足够长，讲的是湖南的算力产业。\n",
                    encoding="utf-8")
    window.importer.import_paths([str(page)] * 3)
    window.list_panel.request_listing()  # and a listing queued behind it
    window.close()
    assert not queries.worker_thread.isRunning() and operations.idle
    assert window.service is None
    qtbot.wait(50)  # anything the worker queued before stopping is delivered now
    assert warnings(qtlog) == []


def test_closing_before_the_library_opened_leaves_no_qt_warning(qtbot, qtlog, library_path):
    from desktop_app.ui.app import build_window, create_app

    create_app([])
    window = build_window(library_path)
    qtbot.addWidget(window)
    assert window.queries is None  # nothing starts before the first frame
    qtbot.waitUntil(lambda: window.queries is not None)
    queries = window.queries
    window.close()  # the query thread is opening the file right now
    assert not queries.worker_thread.isRunning()
    qtbot.wait(50)
    assert window.service is None
    assert warnings(qtlog) == []
