"""Closing the window with a note the library would not take: one more try, then the
user chooses between losing it and staying (ui/closing.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app.service import LibraryService, LockedLibraryError
from tests.ui.keyboard import type_text


def test_a_note_that_still_cannot_be_saved_asks_before_closing(qtbot, window, monkeypatch):
    def busy(*_args, **_kwargs):
        raise LockedLibraryError(window.service.path)

    monkeypatch.setattr(window.service, "set_note", busy)
    type_text(qtbot, window.notes.note_edit, "要点")
    qtbot.waitUntil(lambda: window.banner.shown_text() != "")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def warning(_parent, _title, text, *_args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert not window.close()  # Cancel: the window stays, the text with it
    assert window.isVisible() and window.notes.note_edit.toPlainText() == "要点"
    assert len(asked) == 1 and "could not be saved" in asked[0] and "busy" in asked[0]
    answer[0] = QMessageBox.StandardButton.Close
    assert window.close()
    assert len(asked) == 2


def test_a_note_saved_on_the_last_try_closes_without_asking(qtbot, window, monkeypatch):
    article_id = window.detail.id

    def busy(*_args, **_kwargs):
        raise LockedLibraryError(window.service.path)

    def warning(*_args):
        raise AssertionError("asked although the note was saved")

    with monkeypatch.context() as patched:
        patched.setattr(window.service, "set_note", busy)
        type_text(qtbot, window.notes.note_edit, "要点")
        qtbot.waitUntil(lambda: window.banner.shown_text() != "")
    # The library takes writes again: closing tries the note once more and it is saved.
    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert window.close()
    assert window.notes.unsaved == {}
    with LibraryService.open(window.library_path, daily_backup=False) as lib:
        assert lib.note(article_id) == "要点"
