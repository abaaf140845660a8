"""Read and unread as a reader meets them: bold unread titles, an article read once it has
been shown a moment, Mark as Unread, Mark All in List as Read, the read/unread filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui import pauses
from desktop_app.ui.operations import Changes
from desktop_app.ui.roles import Column
from tests.ui.conftest import settle


def bold(window, row: int) -> bool:
    model = window.list_panel.model
    font = model.index(row, Column.TITLE).data(Qt.ItemDataRole.FontRole)
    return font is not None and font.bold()


def row_of(window, article_id: str) -> int:
    return window.list_panel.model.ids().index(article_id)


@pytest.fixture
def short_dwell(monkeypatch: pytest.MonkeyPatch) -> None:
    """A moment of 0.1 s instead of a reader's 1.5 s (asked for before the window)."""
    monkeypatch.setattr(pauses, "READ_DWELL_MS", 100)


def test_unread_titles_are_bold_and_an_opened_article_becomes_read(short_dwell, qtbot,
                                                                    window):
    lists = window.list_panel
    shown = window.detail.id
    # The first article opened at start: read once it has stayed a moment.
    qtbot.waitUntil(lambda: not bold(window, row_of(window, shown)), timeout=10_000)
    assert window.service.is_read(shown)
    others = [r for r in range(lists.model.rowCount()) if lists.model.id_at(r) != shown]
    assert all(bold(window, r) for r in others)
    # Only the title is bold.
    assert lists.model.index(others[0], Column.DATE).data(Qt.ItemDataRole.FontRole) is None


def test_articles_passed_by_with_j_stay_unread(qtbot, window):
    reads = window.reading.reads
    reads.dwell_ms = 60_000  # nobody stays: each article is passed by
    window.list_panel.table.selectRow(1)
    passed = window.list_panel.model.id_at(1)
    qtbot.waitUntil(lambda: window.detail.id == passed)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    reads._timer.timeout.emit()  # the dwell ends on the article now shown
    settle(qtbot, window)
    assert not window.service.is_read(passed)
    assert window.service.is_read(window.detail.id)


def test_mark_as_unread_makes_the_title_bold_again_and_keeps_it_so(qtbot, window):
    shown = window.detail.id
    dwell = window.reading.reads._timer
    dwell.stop()
    dwell.timeout.emit()  # the dwell ends now (the first test waits one out)
    qtbot.waitUntil(lambda: window.service.is_read(shown), timeout=10_000)
    settle(qtbot, window)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert not window.service.is_read(shown)
    assert bold(window, row_of(window, shown))
    assert not window.reading.reads._timer.isActive()  # not read again while still shown


def test_mark_all_read_takes_the_filtered_list_and_the_filter_shows_unread(qtbot, window):
    lists = window.list_panel
    box = lists.filter_bar.kind_box
    kind = next(box.itemData(i) for i in range(box.count()) if box.itemData(i) == "brief")
    box.setCurrentIndex(box.findData(kind))
    qtbot.waitUntil(lambda: all(window.service.article(i).kind == kind
                                for i in lists.model.ids()))
    briefs = set(lists.model.ids())
    window.reading.mark_all_read.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not any(bold(window, r) for r in range(lists.model.rowCount())))
    assert "marked read" in window.statusBar().currentMessage()
    box.setCurrentIndex(0)  # all kinds again
    qtbot.waitUntil(lambda: lists.model.rowCount() > len(briefs))
    reads = window.reading.reads.filter_box
    reads.setCurrentIndex(reads.findData("unread"))
    qtbot.waitUntil(lambda: briefs.isdisjoint(lists.model.ids()))
    assert lists.model.rowCount() == window.service.count_unread()
    reads.setCurrentIndex(reads.findData("read"))
    qtbot.waitUntil(lambda: briefs <= set(lists.model.ids()))
    assert all(window.service.is_read(i) for i in lists.model.ids())


def test_mark_all_read_on_search_results_takes_the_results(qtbot, window):
    from desktop_app.ui.list_panel import RESULTS_PAGE
    from tests.ui.keyboard import type_text

    lists = window.list_panel
    type_text(qtbot, lists.search_box, "吉利")
    qtbot.waitUntil(lambda: lists.pages.currentIndex() == RESULTS_PAGE
                    and lists.results_model.rowCount() > 0, timeout=5000)
    found = {lists.results_model.index(r).data(Qt.ItemDataRole.UserRole + 1)
             for r in range(lists.results_model.rowCount())}
    window.reading.mark_all_read.trigger()
    settle(qtbot, window)
    assert all(window.service.is_read(i) for i in found)
    assert window.service.count_unread() == window.service.count_articles() - len(
        found | ({window.detail.id} if window.service.is_read(window.detail.id) else set()))


@pytest.fixture
def no_dwell(monkeypatch: pytest.MonkeyPatch) -> None:
    """A minute: nothing becomes read until the test ends the dwell itself."""
    monkeypatch.setattr(pauses, "READ_DWELL_MS", 60_000)


def test_becoming_read_is_announced_and_the_list_follows_by_itself(no_dwell, qtbot,
                                                                   window):
    """A read mark is written like any other change (item 5 of issue 11): announced with
    what changed, and the list, not the read marks, refreshes its row; the reader keeps
    a selection made meanwhile."""
    shown = window.detail.id
    window.reader.select_range(2, 9)
    announced: list[object] = []
    window.operations.libraryChanged.connect(lambda changes, _by: announced.append(changes))
    assert bold(window, row_of(window, shown)) and not window.service.is_read(shown)
    window.reading.reads._timer.timeout.emit()  # the dwell ends now
    qtbot.waitUntil(lambda: window.service.is_read(shown), timeout=10_000)
    settle(qtbot, window)
    assert [c for c in announced if c.read] == [Changes(frozenset({shown}), read=True)]
    assert not bold(window, row_of(window, shown))
    assert window.reader.selected_range() == (2, 9)
