"""The window's typing pauses at a reader's length (the other window tests shorten them):
a burst of typing becomes one search and one save, of everything typed."""

from __future__ import annotations

import pytest

from desktop_app.ui.search_box import SearchBox
from tests.ui.conftest import settle
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.real_pauses


def test_a_word_typed_in_the_search_box_is_searched_once_whole(qtbot):
    box = SearchBox()
    qtbot.addWidget(box)
    asked: list[str] = []
    box.queryChanged.connect(asked.append)
    type_text(qtbot, box, "GDP增长")
    assert asked == []  # nothing searched while the word is being typed
    qtbot.waitUntil(lambda: asked == ["GDP增长"], timeout=5000)
    qtbot.wait(50)  # and nothing after it
    assert asked == ["GDP增长"]


def test_a_note_typed_in_one_go_is_saved_once_whole(qtbot, window, monkeypatch):
    article_id = window.detail.id
    saved: list[str] = []
    real_set_note = window.service.set_note

    def counting(aid: str, text: str) -> None:
        saved.append(text)
        real_set_note(aid, text)

    monkeypatch.setattr(window.service, "set_note", counting)
    type_text(qtbot, window.notes.note_edit, "要点: GDP")
    assert saved == []
    qtbot.waitUntil(lambda: saved != [], timeout=5000)
    settle(qtbot, window)
    assert saved == ["要点: GDP"]
    assert window.service.note(article_id) == "要点: GDP"
