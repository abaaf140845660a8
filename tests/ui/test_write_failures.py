"""A write that fails (disk full, read-only folder, library busy) is shown, never lost."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from desktop_app.service import LibraryService, LockedLibraryError
from desktop_app.storage.db import unwritable
from desktop_app.ui.reader_view import ADD
from tests.ui.conftest import settle
from tests.ui.keyboard import type_text
from tests.ui.test_list_and_highlights import highlight_something
from tests.ui.test_main_window import click_row


def disk_full(window):
    """What the storage layer raises when SQLite reports a full disk."""
    def fail(*_args, **_kwargs):
        raise unwritable(window.service.path, sqlite3.OperationalError("database or disk is full"))
    return fail


def busy(window):
    def fail(*_args, **_kwargs):
        raise LockedLibraryError(window.service.path)
    return fail


def test_a_note_that_cannot_be_saved_stays_in_the_editor_and_saves_on_the_next_edit(
        qtbot, window, monkeypatch):
    article_id = window.detail.id
    monkeypatch.setattr(window.service, "set_note", disk_full(window))
    type_text(qtbot, window.notes.note_edit, "AI 算力")
    qtbot.waitUntil(lambda: window.banner.shown_text() != "")

    assert "full" in window.banner.shown_text() and "kept" in window.banner.shown_text()
    assert "full" in window.statusBar().currentMessage()
    assert window.notes.note_edit.toPlainText() == "AI 算力"
    # Moving to another article and back brings the unsaved text back, not the old note.
    click_row(qtbot, window, 1)
    assert window.detail.id != article_id
    click_row(qtbot, window, 0)
    assert window.detail.id == article_id
    assert window.notes.note_edit.toPlainText() == "AI 算力"

    monkeypatch.undo()  # the disk has room again
    window.notes.note_edit.moveCursor(window.notes.note_edit.textCursor().MoveOperation.End)
    type_text(qtbot, window.notes.note_edit, "!")
    qtbot.waitUntil(lambda: window.banner.shown_text() == "")
    assert window.service.note(article_id) == "AI 算力!"
    assert window.notes.unsaved == {}


def test_a_highlight_that_cannot_be_added_or_deleted_is_reported(qtbot, window, monkeypatch):
    highlight = highlight_something(qtbot, window)
    monkeypatch.setattr(window.service, "delete_highlight", busy(window))
    window.highlight_edits.delete(highlight)
    settle(qtbot, window)
    assert "busy" in window.banner.shown_text()
    assert window.undo_stack.count() == 0  # nothing to undo: nothing happened
    assert [h.id for h in window.detail.highlights] == [highlight.id]

    monkeypatch.setattr(window.service, "add_highlight", disk_full(window))
    window.reader.select_range(10, 14)
    window.reader_panel.highlight_selection("green")
    settle(qtbot, window)
    assert "full" in window.banner.shown_text()
    assert len(window.service.highlights(window.detail.id)) == 1

    monkeypatch.setattr(window.service, "update_highlight", disk_full(window))
    window.notes.select_highlight(highlight.id)
    type_text(qtbot, window.notes.highlight_note, "x")
    settle(qtbot, window)
    assert window.notes.highlight_note.text() == "x"  # kept for the next keystroke
    window.highlight_edits.recolour(highlight, "blue")
    settle(qtbot, window)
    assert window.undo_stack.count() == 0
    assert window.service.highlight(highlight.id).color == highlight.color


def test_a_tag_that_cannot_be_added_is_not_shown_as_added(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.service, "tag", disk_full(window))
    type_text(qtbot, window.notes.tag_editor.tag_input, "keep")
    qtbot.keyClick(window.notes.tag_editor.tag_input, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert "full" in window.banner.shown_text()
    assert window.notes.tag_editor.tags() == window.service.article(window.detail.id).tags == []


@pytest.mark.parametrize("action", ["untag", "rename_tag", "correct_entity"])
def test_other_writes_are_reported_too(qtbot, window, monkeypatch, action):
    article_id = window.detail.id
    window.notes.tag_editor.edit_tags(article_id, ["旧"], [])
    settle(qtbot, window)
    monkeypatch.setattr(window.service, action, busy(window))
    if action == "untag":
        window.notes.tag_editor.edit_tags(article_id, [], ["旧"])
        settle(qtbot, window)
        assert window.notes.tag_editor.tags() == ["旧"] and window.undo_stack.count() == 0
    elif action == "rename_tag":
        window.list_panel.filter_bar.rename_tag_to("旧", "新")
        settle(qtbot, window)
        assert window.service.all_tags() == [("旧", 1)]
    else:
        window.reader_panel.correct_entity("长沙", "PER", ADD)
        settle(qtbot, window)
    assert "busy" in window.banner.shown_text()
    assert "busy" in window.statusBar().currentMessage()


def test_an_import_that_cannot_write_is_reported(qtbot, window, monkeypatch, tmp_path):
    def fail(service, *_args, **_kwargs):
        raise unwritable(service.path, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(LibraryService, "import_paths", fail)
    (tmp_path / "page.txt").write_text("04\n\n## 标题\n\n正文。\n", encoding="utf-8")
    window.importer.import_paths([tmp_path])
    qtbot.waitUntil(lambda: window.banner.shown_text() != "", timeout=15_000)
    assert "full" in window.banner.shown_text()
    assert not window.importer.panel.isVisible() and window.importer.job is None


def test_the_chinese_window_says_why_a_write_failed_in_chinese(qtbot, window, monkeypatch):
    from desktop_app.ui import i18n

    banner = ""
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "文件(&F)")
        monkeypatch.setattr(window.service, "set_note", disk_full(window))
        type_text(qtbot, window.notes.note_edit, "算力")
        qtbot.waitUntil(lambda: window.banner.shown_text() != "")
        banner = window.banner.shown_text()
    finally:
        monkeypatch.undo()  # room again: the note saves, so closing asks nothing
        type_text(qtbot, window.notes.note_edit, "!")
        qtbot.waitUntil(lambda: window.banner.shown_text() == "")
        i18n.install("en")
    assert "磁盘已满" in banner and "未保存" in banner, banner
    english = banner.replace(window.service.path.name, "")
    assert not any("a" <= ch.lower() <= "z" for ch in english), banner
