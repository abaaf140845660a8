"""The reader window driven as a user would, on a real library in a temp folder."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog

from desktop_app import APP_DISPLAY_NAME
from desktop_app.core.collation import title_key
from desktop_app.ui import theme as themes
from desktop_app.ui.list_panel import RESULTS_PAGE
from desktop_app.ui.roles import Column
from desktop_app.ui.settings import Settings
from tests.ui.conftest import open_window, settle
from tests.ui.keyboard import type_text
from tests.ui.test_reader_view import format_at, hover


def click_row(qtbot, window, row: int) -> None:
    table = window.list_panel.table
    rect = table.visualRect(window.list_panel.model.index(row, Column.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def article_with_most_names(window) -> int:
    counts = [len(window.service.article(aid).entities) for aid in window.list_panel.model.ids()]
    return counts.index(max(counts))


def test_first_run_shows_the_first_article(window):
    assert window.list_panel.model.rowCount() == window.service.count_articles() > 0
    assert window.detail.id == window.list_panel.model.id_at(0)
    assert window.windowTitle() == f"{APP_DISPLAY_NAME} — {window.detail.title}"
    assert window.detail.title in window.reader.toPlainText()


def test_open_an_article_and_see_its_names(qtbot, window):
    row = article_with_most_names(window)
    click_row(qtbot, window, row)
    detail = window.detail
    assert detail.id == window.list_panel.model.id_at(row)
    entity = detail.entities[0]
    colour = format_at(window.reader, entity.start).foreground().color()
    assert colour == QColor(window.reader.theme.entities[entity.type])
    assert str(len(detail.entities)) in window.reader_panel.selection_label.text()
    # Turning the layer off leaves the name as plain text.
    qtbot.mouseClick(window.reader_panel.legend.buttons[entity.type], Qt.MouseButton.LeftButton)
    colour = format_at(window.reader, entity.start).foreground().color()
    assert colour == QColor(window.reader.theme.text)


def test_hover_a_name_then_click_it_to_list_its_articles(qtbot, window):
    click_row(qtbot, window, article_with_most_names(window))
    entity = window.detail.entities[0]
    hover(window.reader, entity.start)
    # Counted and listed by the name's key: every variant (吉利 takes in 吉利汽车).
    key = window.service.name_key_of(entity.text, entity.type)
    expected = window.service.entity_article_count(key=key)
    assert entity.text in window.reader.hover_text and str(expected) in window.reader.hover_text
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.reader.viewport_point_of(entity.start))
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == expected)
    assert window.list_panel.filter_bar.entity_chip.isVisible()
    assert entity.text in window.list_panel.filter_bar.entity_chip.text()
    qtbot.mouseClick(window.list_panel.filter_bar.entity_chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == window.service.count_articles())


def test_select_text_and_highlight_it_then_undo_a_delete(qtbot, window):
    text = window.detail.text
    window.reader.select_range(2, 8)
    qtbot.keyClick(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert [(h.start, h.end, h.color) for h in window.detail.highlights] == [(2, 8, "green")]
    assert window.notes.highlight_model.rowCount() == 1
    assert text[2:8] in window.notes.highlight_model.index(0).data()
    colour = format_at(window.reader, 3).background().color()
    assert colour == QColor(themes.LIGHT.highlights["green"])
    assert window.list_panel.model.index(0, Column.HIGHLIGHTS).data() == "1"
    # A note on the highlight, typed into the panel, is stored as typed.
    window.notes.highlight_view.setCurrentIndex(window.notes.highlight_model.index(0))
    type_text(qtbot, window.notes.highlight_note, "重要")
    settle(qtbot, window)
    assert window.service.highlights(window.detail.id)[0].note == "重要"
    qtbot.mouseClick(window.notes.delete_highlight_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.service.highlights(window.detail.id) == []
    assert window.notes.highlight_model.rowCount() == 0
    window.menus.undo.trigger()
    settle(qtbot, window)
    restored = window.service.highlights(window.detail.id)
    assert [(h.start, h.end, h.note) for h in restored] == [(2, 8, "重要")]
    assert window.notes.highlight_model.rowCount() == 1


def test_note_saves_as_you_type_and_preview_is_safe(qtbot, window):
    article_id = window.detail.id
    type_text(qtbot, window.notes.note_edit, "**要点** <img src=http://example.com/a.png>")
    qtbot.waitUntil(lambda: window.service.note(article_id).startswith("**要点**"))
    settle(qtbot, window)
    window.notes.note_tabs.setCurrentIndex(1)
    preview = window.notes.note_preview
    assert "要点" in preview.toPlainText() and "<img src=http://example.com/a.png>" in \
        preview.toPlainText()
    assert preview.requested == []
    assert window.list_panel.model.index(0, Column.NOTE).data() == "✎"


def test_tag_with_enter_filter_by_it_rename_and_undo_removal(qtbot, window, monkeypatch):
    article_id = window.detail.id
    type_text(qtbot, window.notes.tag_editor.tag_input, "算力")
    qtbot.keyClick(window.notes.tag_editor.tag_input, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.service.article(article_id).tags == ["算力"]
    assert window.notes.tag_editor.tags() == ["算力"]
    assert window.list_panel.model.index(0, Column.TAGS).data() == "算力"
    assert "算力" in window.notes.tag_editor.tag_completions.stringList()
    window.list_panel.filter_bar.set_tag("算力")
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("智能算力", True))
    qtbot.mouseClick(window.list_panel.filter_bar.rename_tag_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.service.all_tags() == [("智能算力", 1)]
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 1)
    window.notes.tag_editor.tag_list.setCurrentRow(0)
    qtbot.mouseClick(window.notes.tag_editor.remove_tag_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.service.article(article_id).tags == []
    window.menus.undo.trigger()
    settle(qtbot, window)
    assert window.service.article(article_id).tags == ["智能算力"]


def test_search_in_chinese_and_open_a_result(qtbot, window):
    window.menus.find.trigger()
    assert window.list_panel.search_box.hasFocus()
    type_text(qtbot, window.list_panel.search_box, "算力")
    qtbot.waitUntil(lambda: window.list_panel.pages.currentIndex() == RESULTS_PAGE, timeout=5000)
    count = window.list_panel.results_model.rowCount()
    assert count > 0 and "算力" in window.list_panel.results_caption.text()
    first = window.list_panel.results_model.index(0).data()
    assert "算力" in first
    qtbot.keyClick(window.list_panel.search_box, Qt.Key.Key_Return)
    hit_id = window.list_panel.results_model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.waitUntil(lambda: window.detail.id == hit_id)
    qtbot.keyClick(window.list_panel.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.list_panel.pages.currentIndex() == 0)


def test_sort_by_title_uses_pinyin_order(qtbot, window):
    header = window.list_panel.table.horizontalHeader()
    title_x = header.sectionViewportPosition(Column.TITLE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, 5))

    def titles() -> list[str]:
        return [row.title for row in window.service.article_rows(window.list_panel.model.ids())]

    qtbot.waitUntil(lambda: window.list_panel.sort_column == Column.TITLE)
    qtbot.waitUntil(lambda: titles() == sorted(titles(), key=title_key))
    assert titles() != sorted(titles())  # pinyin order is not code-point order here
    assert window.detail.id in window.list_panel.model.ids()  # the open article stays selected
    lists = window.list_panel
    assert lists.table.currentIndex().row() == lists.model.row_of(window.detail.id)


def saved_normal_size(geometry: QByteArray | None) -> QSize:
    assert geometry is not None
    stream = QDataStream(geometry, QIODevice.OpenModeFlag.ReadOnly)
    assert stream.readUInt32() == 0x1D9D0CB  # QWidget's geometry magic
    stream.readUInt16(), stream.readUInt16()  # version
    frame, normal = QRect(), QRect()
    stream >> frame
    stream >> normal
    return normal.size()


def test_restart_finds_everything_where_it_was(qtbot, library_path):
    first = open_window(qtbot, library_path)
    click_row(qtbot, first, 3)
    article_id = first.detail.id
    first.reader.select_range(1, 4)
    first.reader_panel.highlight_selection("pink")
    first.notes.note_edit.setPlainText("重启之后还在")
    first.reader.zoom_by(2)
    first.set_theme("dark")
    first.reader.verticalScrollBar().setValue(first.reader.verticalScrollBar().maximum())
    scroll = first.reader.verticalScrollBar().value()
    first.resize(1100, 700)
    size = first.size()
    first.close()  # flushes the note that has not hit its save timer yet

    second = open_window(qtbot, library_path)
    qtbot.waitUntil(lambda: second.detail.id == article_id)
    assert second.notes.note_edit.toPlainText() == "重启之后还在"
    assert [(h.start, h.end, h.color) for h in second.detail.highlights] == [(1, 4, "pink")]
    assert second.reader.point_size == first.reader.point_size
    assert second.theme_choice == "dark" and second.reader.theme.dark
    # What was saved, read back from the bytes (QWidget::saveGeometry's documented
    # layout: magic, version, frame rect, normal rect). A shown window's size would say
    # what the platform did with it: offscreen clamps to its own 800-pixel screen.
    assert saved_normal_size(Settings().bytes("window/geometry")) == size
    assert second.reader.verticalScrollBar().value() == scroll
    second.close()


def test_annotate_menu_puts_the_cursor_in_the_note_or_the_tags(qtbot, window):
    window.activateWindow()
    window.menus.add_tag.trigger()
    qtbot.waitUntil(lambda: window.focusWidget() is window.notes.tag_editor.tag_input)
    window.menus.edit_note.trigger()
    qtbot.waitUntil(lambda: window.focusWidget() is window.notes.note_edit)
