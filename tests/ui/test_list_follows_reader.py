"""The list selects the article the reader shows, wherever it was opened from (the names
index, the notebook, a chart), and leaves a selection of several rows as it is."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel


def current_row(window) -> int:
    return window.list_panel.table.currentIndex().row()


def test_an_article_opened_from_elsewhere_is_selected_in_the_list(qtbot, window):
    lists = window.list_panel
    target = lists.model.id_at(10)
    assert current_row(window) != 10
    window.open_article(target)  # what the names index, the notebook and charts call
    qtbot.waitUntil(lambda: window.detail.id == target, timeout=5_000)
    assert current_row(window) == 10
    assert lists.selected_ids() == (target,)


def test_rows_selected_by_hand_stay_selected(qtbot, window):
    lists = window.list_panel
    table, model = lists.table, lists.model
    table.selectRow(2)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(model.index(3, 0), flags)  # Ctrl+click
    qtbot.waitUntil(lambda: window.detail.id == model.id_at(3), timeout=5_000)
    assert set(lists.selected_ids()) == {model.id_at(2), model.id_at(3)}
