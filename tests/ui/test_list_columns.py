"""The article list's columns as a reader lives with them: titles keep the room when tags and
highlights appear, and the columns chosen and the sort come back after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.filters import Filters
from desktop_app.ui.article_model import ArticleTableModel
from desktop_app.ui.article_table import ArticleTable
from desktop_app.ui.library_queries import sorted_ids
from desktop_app.ui.roles import Column
from tests.ui.conftest import open_window, settle
from tests.ui.fake_service import sample_service


def _table(qtbot, width: int, *, annotated: bool) -> ArticleTable:
    service = sample_service()
    for article in service.articles.values():
        article.date, article.page = "2025-03-30", "04"
        if annotated:
            article.tags = ["算力", "湖南", "长沙"]
            article.note = "笔记"
            service.add_highlight(article.id, 0, 4)
    service.articles["a3"].kind = "photo_caption"  # the longest kind name in English
    model = ArticleTableModel(service.article_rows)
    table = ArticleTable(model)
    qtbot.addWidget(table)
    table.set_kinds(["article", "brief", "photo_caption"])
    table.resize(width, 300)
    table.show()
    model.set_ids(service.article_ids())
    for row in range(model.rowCount()):
        model.index(row, Column.TITLE).data()  # fetched, as painting does
    return table


def test_titles_keep_most_of_the_width_once_tags_and_highlights_appear(qtbot):
    for width in (380, 480, 640):
        table = _table(qtbot, width, annotated=True)
        qtbot.waitUntil(lambda t=table: {Column.TAGS, Column.HIGHLIGHTS, Column.NOTE}
                        <= set(t.visible_columns()))
        header = table.horizontalHeader()
        title = header.sectionSize(Column.TITLE)
        assert title >= 0.5 * table.viewport().width(), width
        assert title >= 12 * table.fontMetrics().horizontalAdvance("中")
        # What gave way still says it whole in its tooltip.
        model = table.model()
        assert model.index(0, Column.TAGS).data(Qt.ItemDataRole.ToolTipRole) == "算力, 湖南, 长沙"
        assert model.index(2, Column.KIND).data(Qt.ItemDataRole.ToolTipRole) == "Photo caption"


def test_with_room_to_spare_every_column_shows_whole(qtbot):
    table = _table(qtbot, 1000, annotated=True)
    qtbot.waitUntil(lambda: Column.TAGS in table.visible_columns())
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    assert Column.PAGE in table.visible_columns()
    assert metrics.horizontalAdvance("算力, 湖南, 长沙") < header.sectionSize(Column.TAGS)
    assert metrics.horizontalAdvance("Photo caption") < header.sectionSize(Column.KIND)
    # The note's mark fits, though its width was reckoned as one em, not measured.
    assert metrics.horizontalAdvance("✎") < header.sectionSize(Column.NOTE)


def test_one_em_is_a_chinese_characters_width_without_loading_a_chinese_font(qtbot):
    # The list reckons Chinese widths from its font's pixel size (a CJK ideograph is one
    # em wide), so that an English window draws its first frame before any CJK font loads.
    table = _table(qtbot, 640, annotated=False)
    assert abs(table.em() - table.fontMetrics().horizontalAdvance("中")) <= 1


def test_the_header_menu_switches_a_column_off(qtbot):
    table = _table(qtbot, 800, annotated=False)
    chosen = []
    table.columnsChosen.connect(chosen.append)
    menu = table.column_menu(table.horizontalHeader().rect().center())
    kind = next(a for a in menu.actions() if a.data() == int(Column.KIND))
    assert kind.isChecked()
    kind.trigger()
    assert Column.KIND not in table.visible_columns() and chosen == [[Column.KIND]]
    menu.close()
    menu = table.column_menu(table.horizontalHeader().rect().center())
    assert not next(a for a in menu.actions() if a.data() == int(Column.KIND)).isChecked()
    menu.close()


def test_the_columns_and_the_sort_survive_a_restart(qtbot, library_path):
    window = open_window(qtbot, library_path)
    table = window.list_panel.table
    menu = window.menus.columns_menu  # View → List Columns: the keyboard's way
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.data() == int(Column.KIND)).trigger()
    assert Column.KIND not in table.visible_columns()
    table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window)
    expected = sorted_ids(window.service, Filters(), Column.TITLE, descending=True)
    assert expected != window.service.article_ids()
    qtbot.waitUntil(lambda: window.list_panel.model.ids() == expected)
    window.close()

    again = open_window(qtbot, library_path)
    try:
        table, lists = again.list_panel.table, again.list_panel
        assert Column.KIND not in table.visible_columns()
        header = table.horizontalHeader()
        assert header.sortIndicatorSection() == Column.TITLE
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        qtbot.waitUntil(lambda: lists.model.ids() == expected)
    finally:
        again.close()
