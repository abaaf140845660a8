"""The operations runner as a user meets it: writes off the UI thread, every panel
following the library by itself, failures said in the window's language."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from desktop_app.service import LibraryService, LockedLibraryError
from desktop_app.ui import i18n
from desktop_app.ui.roles import Column
from tests.ui.conftest import settle
from tests.ui.keyboard import type_text
from tests.ui.test_list_and_highlights import highlight_something
from tests.ui.test_main_window import article_with_most_names, click_row


def latin_letters(text: str, allowed: str = "") -> list[str]:
    return [ch for ch in text.replace(allowed, "") if "a" <= ch.lower() <= "z"]


def test_a_slow_write_does_not_stop_the_window(qtbot, window, monkeypatch):
    """A write that takes long runs off the UI thread: timers keep ticking meanwhile."""
    article_id = window.detail.id
    started, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    real_set_note = window.service.set_note

    def slow_set_note(aid: str, text: str) -> None:
        threads.append(threading.current_thread())
        started.set()
        release.wait(30)  # as long as the test holds it: a disk that is very slow
        real_set_note(aid, text)

    monkeypatch.setattr(window.service, "set_note", slow_set_note)
    ticks: list[int] = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.notes.save_note(article_id, "慢慢写入")
    qtbot.waitUntil(started.is_set)
    count = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= count + 5)  # the event loop runs on
    assert not window.operations.idle  # while the write is still under way
    type_text(qtbot, window.list_panel.search_box, "x")  # and the window takes input
    assert window.list_panel.search_box.text() == "x"
    release.set()
    settle(qtbot, window)
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert window.service.note(article_id) == "慢慢写入"
    assert window.list_panel.model.index(0, Column.NOTE).data() == "✎"


def test_a_failed_write_is_said_in_chinese_and_what_was_typed_stays(qtbot, window,
                                                                     monkeypatch):
    article_id = window.detail.id
    banner = status = ""
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "文件(&F)")

        def busy(*_args, **_kwargs):
            raise LockedLibraryError(window.service.path)

        monkeypatch.setattr(window.service, "set_note", busy)
        monkeypatch.setattr(window.service, "tag", busy)
        type_text(qtbot, window.notes.note_edit, "要点")
        qtbot.waitUntil(lambda: window.banner.shown_text() != "")
        window.notes.tag_editor.edit_tags(article_id, ["标签"], [])
        settle(qtbot, window)
        banner, status = window.banner.shown_text(), window.statusBar().currentMessage()
        # Nothing typed is lost: the note stays in the editor and comes back with the
        # article; the tag the library did not take is not shown as added.
        assert window.notes.note_edit.toPlainText() == "要点"
        assert window.notes.unsaved == {article_id: "要点"}
        assert window.notes.tag_editor.tags() == []
        click_row(qtbot, window, 1)
        click_row(qtbot, window, 0)
        assert window.notes.note_edit.toPlainText() == "要点"
    finally:
        monkeypatch.undo()
        window.notes.note_edit.moveCursor(QTextCursor.MoveOperation.End)
        type_text(qtbot, window.notes.note_edit, "!")  # the next edit saves it all
        qtbot.waitUntil(lambda: window.banner.shown_text() == "")
        i18n.install("en")
    assert "未保存" in banner and "正忙" in banner and "保留" in banner, banner
    assert latin_letters(banner, window.service.path.name) == [], banner
    assert status == banner
    assert window.service.note(article_id) == "要点!"


def test_the_banner_stays_while_a_note_is_unsaved_whatever_else_is_saved(qtbot, window,
                                                                         monkeypatch):
    """Another write going through (a tag here; an article marked read in the background)
    does not hide the warning while the note it is about is still unsaved."""
    article_id = window.detail.id

    def busy(*_args, **_kwargs):
        raise LockedLibraryError(window.service.path)

    monkeypatch.setattr(window.service, "set_note", busy)
    try:
        type_text(qtbot, window.notes.note_edit, "要点")
        qtbot.waitUntil(lambda: window.banner.shown_text() != "")
        window.notes.tag_editor.edit_tags(article_id, ["标签"], [])
        settle(qtbot, window)
        tags, shown = window.service.article(article_id).tags, window.banner.shown_text()
        unsaved = dict(window.notes.unsaved)
    finally:
        monkeypatch.undo()  # before any failure closes the window: the note can be saved
    assert tags == ["标签"]  # that write went through
    assert shown != ""
    assert unsaved == {article_id: "要点"}
    window.notes.note_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, window.notes.note_edit, "!")  # the next edit saves the note
    qtbot.waitUntil(lambda: window.banner.shown_text() == "")
    assert window.service.note(article_id) == "要点!"


def test_a_bug_in_a_write_is_shown_too(qtbot, window, monkeypatch, capsys):
    def broken(*_args, **_kwargs):
        raise KeyError("not a library problem")

    monkeypatch.setattr(window.service, "add_highlight", broken)
    window.reader.select_range(2, 8)
    window.reader_panel.highlight_selection("green")
    settle(qtbot, window)
    assert "unexpected" in window.banner.shown_text()
    assert "KeyError" in capsys.readouterr().err  # the trace, for a bug report
    assert window.service.highlights(window.detail.id) == []


def test_an_unreadable_page_is_named_in_the_windows_language(qtbot, window, tmp_path):
    from tests.ui.test_import import NEW_PAGE

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(NEW_PAGE, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\xff\xfe" * 200)
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "文件(&F)")
        window.importer.import_paths([folder])
        qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
        message = window.statusBar().currentMessage()
    finally:
        i18n.install("en")
    assert window.importer.last_report.errors and "broken.txt" in message
    assert "无法读取" in message
    assert latin_letters(message, "broken.txt") == [], message


def test_the_panels_follow_a_write_made_by_another_program(qtbot, window):
    """The command line writes to the library; the window shows it without reopening."""
    article_id = window.detail.id
    with LibraryService.open(window.service.path, import_seeds=False,
                             daily_backup=False) as other:
        other.tag(article_id, "外部标签")
        other.set_note(article_id, "命令行写的笔记")
        other.add_highlight(article_id, 0, 4, color="blue")
    assert window.check_outside_changes()  # as when the window is activated again
    lists, notes = window.list_panel, window.notes
    tags = lists.filter_bar.tag_box
    qtbot.waitUntil(lambda: tags.findData("外部标签") >= 0)
    qtbot.waitUntil(lambda: lists.model.index(0, Column.TAGS).data() == "外部标签")
    assert notes.tag_editor.tags() == ["外部标签"]
    assert "外部标签" in notes.tag_editor.tag_completions.stringList()
    assert notes.note_edit.toPlainText() == "命令行写的笔记"
    assert notes.highlight_model.rowCount() == 1
    assert [h.color for h in window.detail.highlights] == ["blue"]
    assert not window.check_outside_changes()  # nothing new since


def test_after_an_import_the_list_and_the_filters_follow(qtbot, window, tmp_path):
    total = window.service.count_articles()
    page = tmp_path / "brief.txt"
    page.write_text("05\n\n## 简讯\n\n长沙讯 一条很短的消息。\n", encoding="utf-8")
    window.importer.import_paths([page])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
    assert window.importer.last_report.articles_added == 1
    lists = window.list_panel
    qtbot.waitUntil(lambda: lists.model.rowCount() == total + 1)
    assert lists.count_label.text() == f"{total + 1} articles"
    box = lists.filter_bar.kind_box  # "Brief (3)": the counts include the new article
    counts = [int(box.itemText(i).rsplit("(", 1)[1].rstrip(")")) for i in range(1, box.count())]
    assert sum(counts) == total + 1


def test_change_type_of_a_name_is_stored_as_a_retype(qtbot, window):
    click_row(qtbot, window, article_with_most_names(window))
    entity = window.detail.entities[0]
    other = next(t for t in ("PER", "LOC", "ORG") if t != entity.type)
    menu = window.reader.build_context_menu(window.reader.viewport_point_of(entity.start))
    retype = next(m for m in menu.findChildren(QMenu) if entity.text in m.title())
    next(a for a in retype.actions() if a.text() == {"PER": "Person", "LOC": "Place",
                                                     "ORG": "Organisation"}[other]).trigger()
    settle(qtbot, window)
    corrections = window.service.corrections()
    assert corrections.retyped == {entity.text: other} and entity.text not in corrections.added
    shown = [e.type for e in window.detail.entities if e.text == entity.text]
    assert shown and set(shown) == {other}


def test_an_undo_that_fails_is_reported_and_leaves_the_history(qtbot, window, monkeypatch):
    highlight = highlight_something(qtbot, window)
    window.highlight_edits.delete(highlight)
    settle(qtbot, window)
    assert window.undo_stack.count() == 1 and window.detail.highlights == []

    def busy(*_args, **_kwargs):
        raise LockedLibraryError(window.service.path)

    monkeypatch.setattr(window.service, "restore_highlight", busy)
    window.menus.undo.trigger()
    settle(qtbot, window)
    assert "busy" in window.banner.shown_text()
    assert window.undo_stack.count() == 0  # no entry for a change that did not happen
    assert window.service.highlights(window.detail.id) == []


def test_the_export_preview_is_made_off_the_ui_thread(qtbot, window, monkeypatch):
    from desktop_app.service_export import ExportService
    from desktop_app.ui.export_dialog import ExportDialog

    threads: list[threading.Thread] = []
    real_preview = ExportService.preview

    def preview(self, request, *args, **kwargs):
        threads.append(threading.current_thread())
        return real_preview(self, request, *args, **kwargs)

    monkeypatch.setattr(ExportService, "preview", preview)
    highlight_something(qtbot, window)
    menu = window.build_export_menu()
    assert menu is not None
    dialog = ExportDialog(window.operations, window.service, menu.context(), "md", window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewShown, timeout=10_000):
        dialog.update_preview()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.detail.title in dialog.preview.toPlainText()
