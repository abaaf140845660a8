"""View → Notebook as a reader uses it: every highlight and article note of the library,
narrowed by tag, colour and text, in two orders; an item opens its place in the article;
a highlight made in the reader appears while the notebook is open."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.notebook_model import ENTRY_ROLE
from desktop_app.ui.operations import EVERYTHING
from tests.ui.conftest import settle
from tests.ui.keyboard import type_text


def annotate(window) -> tuple[str, str]:
    """Two other articles annotated (as another session would have): a yellow highlight
    with a note and an article note on one (tagged 周报), a green highlight on another."""
    service = window.service
    shown = window.detail.id
    first, second = [a for a in service.article_ids() if a != shown][3:5]
    service.add_highlight(first, 4, 12, "yellow", note="写进周报")
    service.set_note(first, "## 这一篇的要点\n\n- **算力规模**")
    service.tag(first, "周报")
    service.add_highlight(second, 20, 30, "green")
    window.operations.announce(EVERYTHING)
    return first, second


def open_notebook(qtbot, window):
    action = window.reading.notebook.action
    assert action.shortcut().toString() == "Ctrl+Shift+B"
    action.trigger()
    panel = window.reading.notebook.panel
    qtbot.waitUntil(lambda: panel.isVisible() and not panel._stale)
    settle(qtbot, window)
    return panel


def texts(panel) -> list[str]:
    """Each row as read (the word joiners that keep a tag on one line taken out)."""
    model = panel.model
    return [model.index(r).data().replace("\u2060", "") for r in range(model.rowCount())]


def entries(panel):
    return [panel.model.index(r).data(ENTRY_ROLE) for r in range(panel.model.rowCount())]


def test_every_highlight_and_note_is_listed_with_its_article_and_tags(qtbot, window):
    first, second = annotate(window)
    panel = open_notebook(qtbot, window)
    assert panel.search.hasFocus() or not window.isActiveWindow()
    rows = texts(panel)
    assert len(rows) == 3
    title = window.service.article(first).title
    quote = window.service.article(first).text[4:12]
    row = next(r for r in rows if quote in r)
    assert "✎ 写进周报" in row and title in row and "#周报" in row
    note = next(r for r in rows if "这一篇的要点" in r)
    assert title in note and "• 算力规模" in note  # the Markdown as read, not as typed
    assert "#" not in note.split("\n")[1] and "**" not in note
    assert any(window.service.article(second).title in r for r in rows)
    assert panel.caption.text().startswith("3 item")


def test_tag_colour_and_text_narrow_the_list_and_the_order_groups_by_article(qtbot, window):
    first, second = annotate(window)
    panel = open_notebook(qtbot, window)
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("周报"))
    qtbot.waitUntil(lambda: {e.article_id for e in entries(panel)} == {first})
    assert len(entries(panel)) == 2
    panel.tag_box.setCurrentIndex(0)
    panel.colour_box.setCurrentIndex(panel.colour_box.findData("green"))
    qtbot.waitUntil(lambda: [e.article_id for e in entries(panel)] == [second])
    panel.colour_box.setCurrentIndex(0)
    type_text(qtbot, panel.search, "算力规模")
    qtbot.waitUntil(lambda: [e.kind for e in entries(panel)] == ["note"])
    panel.search.clear()
    type_text(qtbot, panel.search, "没有这样的字")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.caption.text() == "Nothing matches these filters."
    panel.search.clear()
    panel.order_box.setCurrentIndex(panel.order_box.findData("article"))
    qtbot.waitUntil(lambda: len(entries(panel)) == 3)
    ours = [e.kind for e in entries(panel) if e.article_id == first]
    assert ours == ["note", "highlight"]  # the article's note first, then its text


def test_an_item_opens_its_place_with_the_highlight_selected(qtbot, window):
    first, _second = annotate(window)
    panel = open_notebook(qtbot, window)
    row = next(r for r, e in enumerate(entries(panel)) if e.kind == "highlight"
               and e.article_id == first)
    index = panel.model.index(row)
    panel.view.scrollTo(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(index).center())
    qtbot.waitUntil(lambda: window.detail.id == first)
    assert window.reader.selected_range() == (4, 12)
    highlight_id = entries(panel)[row].highlight_id
    assert window.notes.current_highlight().id == highlight_id
    # The list follows the article opened.
    assert window.list_panel.model.id_at(window.list_panel.table.currentIndex().row()) == first


def test_a_highlight_made_in_the_reader_appears_in_the_open_notebook(qtbot, window):
    panel = open_notebook(qtbot, window)
    assert panel.model.rowCount() == 0
    assert "Ctrl+H" in panel.caption.text()  # says how to make the first one
    window.reader.select_range(2, 8)
    window.reader_panel.highlight_selection("pink")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: [e.color for e in entries(panel)] == ["pink"])
    assert entries(panel)[0].article_id == window.detail.id


def test_the_shortcut_is_listed_and_closes_the_notebook_again(qtbot, window):
    from desktop_app.ui.shortcuts_dialog import menu_rows

    assert ("View › Notebook", "Ctrl+Shift+B") in menu_rows(window)
    panel = open_notebook(qtbot, window)
    window.reading.notebook.action.trigger()
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert not window.reading.notebook.action.isChecked()


def test_the_keyboard_opens_an_item(qtbot, window):
    first, _second = annotate(window)
    panel = open_notebook(qtbot, window)
    row = next(r for r, e in enumerate(entries(panel)) if e.kind == "note")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.id == first)
    assert window.notes.note_tabs.currentIndex() == 1  # an article note: shown as written


def test_an_open_notebook_is_open_again_after_a_restart(qtbot, library_path):
    from tests.ui.conftest import open_window

    window = open_window(qtbot, library_path)
    open_notebook(qtbot, window)
    window.close()
    again = open_window(qtbot, library_path)
    try:
        qtbot.waitUntil(lambda: again.reading.notebook.panel is not None
                        and again.reading.notebook.panel.isVisible())
        assert again.reading.notebook.action.isChecked()
        again.reading.notebook.action.trigger()  # closed this time: stays closed
    finally:
        again.close()
    third = open_window(qtbot, library_path)
    try:
        settle(qtbot, third)
        assert third.reading.notebook.panel is None
        assert not third.reading.notebook.action.isChecked()
    finally:
        third.close()
