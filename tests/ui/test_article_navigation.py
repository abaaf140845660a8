"""Article to article from the reading pane: j / k in the list's order, Space to page and
on to the next article at the end; never while typing in a text field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.keyboard import type_text


def ids(window) -> list[str]:
    return window.list_panel.model.ids()


def open_row(qtbot, window, row: int) -> None:
    window.list_panel.table.selectRow(row)
    qtbot.waitUntil(lambda: window.detail.id == ids(window)[row])


def test_j_and_k_go_through_the_list_order_without_leaving_the_pane(qtbot, window):
    open_row(qtbot, window, 1)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    assert window.detail.id == ids(window)[2]
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    assert window.detail.id == ids(window)[3]
    assert window.list_panel.table.currentIndex().row() == 3  # the list follows
    qtbot.keyClick(window.reader, Qt.Key.Key_K)
    assert window.detail.id == ids(window)[2]
    assert window.reader.hasFocus()


def test_j_follows_the_order_the_list_is_sorted_in(qtbot, window):
    from desktop_app.ui.roles import Column

    window.list_panel.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.list_panel.sort_column == Column.TITLE)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: window.list_panel.table.currentIndex().row() >= 0)
    order = ids(window)
    row = order.index(window.detail.id)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    assert window.detail.id == order[row + 1]


def test_k_at_the_first_article_stays(qtbot, window):
    open_row(qtbot, window, 0)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_K)
    assert window.detail.id == ids(window)[0]


def test_typing_j_in_the_search_field_or_the_note_types_it(qtbot, window):
    open_row(qtbot, window, 1)
    first = window.detail.id
    type_text(qtbot, window.list_panel.search_box, "jk")
    assert window.list_panel.search_box.text() == "jk"
    window.list_panel.search_box.clear()
    type_text(qtbot, window.notes.note_edit, "j")
    assert window.notes.note_edit.toPlainText().endswith("j")
    assert window.detail.id == first


def test_space_pages_down_and_at_the_end_opens_the_next_article(qtbot, window):
    texts = [len(window.service.article(aid).text) for aid in ids(window)]
    row = texts.index(max(texts[:-1]))  # a long article that is not the last
    open_row(qtbot, window, row)
    view = window.reader
    view.setFocus()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.value() > 0 and window.detail.id == ids(window)[row]
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.detail.id == ids(window)[row + 1]
    assert bar.value() == 0  # the next article opens at its top
    assert view.hasFocus()


def test_j_goes_through_search_results_when_they_are_shown(qtbot, window):
    from desktop_app.ui.list_panel import RESULTS_PAGE

    lists = window.list_panel
    type_text(qtbot, lists.search_box, "湖南")
    qtbot.waitUntil(lambda: lists.pages.currentIndex() == RESULTS_PAGE, timeout=5000)
    qtbot.keyClick(lists.search_box, Qt.Key.Key_Return)  # the first result, focus on it
    first = lists.results_model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    second = lists.results_model.index(1).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.waitUntil(lambda: window.detail.id == first)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    assert window.detail.id == second
    assert window.reading.marks.hits  # a result opened by j is marked too


def test_every_new_key_is_in_the_shortcuts_list_in_both_languages(qtbot, window):
    from desktop_app.ui import i18n

    def listed() -> dict[str, str]:
        window.reading.shortcuts.trigger()
        dialog = window.reading.dialog
        rows = dialog.rows()
        dialog.close()
        return {keys: what for what, keys in rows}

    keys = listed()
    assert "Find in Article" in keys["Ctrl+F"]
    assert "Find Next" in keys["F3"] and "Find Previous" in keys["Shift+F3"]
    assert "Next Article" in keys["J"] and "Previous Article" in keys["K"]
    assert "next article" in keys["Space"] and "Page up" in keys["Shift+Space"]
    assert "Keyboard Shortcuts" in keys["F1"]
    assert "Search Articles" in keys["Ctrl+K"]
    assert "Mark as Unread" in keys["Shift+U"]
    assert "Mark All in List as Read" in keys["Ctrl+Shift+R"]
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "文件(&F)")
        keys = listed()
        assert "在文章中查找" in keys["Ctrl+F"]
        assert "下一篇" in keys["J"] and "上一篇" in keys["K"]
        assert "下一篇" in keys["Space"]
        assert "查找下一个" in keys["F3"]
        assert "标为未读" in keys["Shift+U"] and "全部标为已读" in keys["Ctrl+Shift+R"]
    finally:
        i18n.install("en")


def test_no_two_menu_entries_answer_the_same_key(qtbot, window):
    # Two actions on one key make Qt fire neither ("ambiguous shortcut"): the user's key
    # silently does nothing. Docks built lazily add their entries when the window is built.
    from collections import Counter

    from desktop_app.ui.shortcuts_dialog import menu_rows

    keys = Counter(key for _where, keys in menu_rows(window) for key in keys.split(", "))
    assert [key for key, count in keys.items() if count > 1] == []
