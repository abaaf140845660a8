"""Opening a search result at its first hit with every hit marked, F3 / Shift+F3 between
hits, and Ctrl+F's find bar with its count, as a reader meets them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.core.search.text import find_hits
from desktop_app.ui import theme as themes
from desktop_app.ui.hit_marks import HIT_COLOURS
from desktop_app.ui.list_panel import RESULTS_PAGE
from tests.ui.keyboard import type_text


def longest_article(window) -> tuple[str, str]:
    """(id, text) of the longest article: its last lines are below the fold."""
    ids = window.list_panel.model.ids()
    texts = {aid: window.service.article(aid).text for aid in ids}
    aid = max(texts, key=lambda a: len(texts[a]))
    return aid, texts[aid]


def late_term(text: str) -> str:
    """Four characters near the end that occur only after the first half of ``text``."""
    for start in range(len(text) - 20, len(text) // 2, -1):
        term = text[start:start + 4]
        if term.strip() == term and "\n" not in term and text.find(term) > len(text) // 2:
            return term
    raise AssertionError("no late term")


def search_and_open(qtbot, window, query: str, article_id: str) -> None:
    lists = window.list_panel
    window.menus.find.trigger()
    type_text(qtbot, lists.search_box, query)
    qtbot.waitUntil(lambda: lists.pages.currentIndex() == RESULTS_PAGE
                    and lists.results_model.rowCount() > 0, timeout=5000)
    ids = [lists.results_model.index(r).data(Qt.ItemDataRole.UserRole + 1)
           for r in range(lists.results_model.rowCount())]
    lists.results.setFocus()
    lists.results.setCurrentIndex(lists.results_model.index(ids.index(article_id)))
    qtbot.waitUntil(lambda: window.detail.id == article_id)


def hit_visible(window, offset: int) -> bool:
    from PySide6.QtGui import QTextCursor

    view = window.reader
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document_position(offset))
    return view.viewport().rect().contains(view.cursorRect(cursor).center())


def background(window, offset: int) -> str | None:
    fmt = window.reading.marks.format_at(offset)
    return fmt.background().color().name() if fmt is not None else None


def test_a_result_opens_at_its_first_hit_with_every_hit_marked(qtbot, window):
    article_id, text = longest_article(window)
    term = late_term(text)
    search_and_open(qtbot, window, term, article_id)
    hits = find_hits(text, [term])
    assert window.reader.verticalScrollBar().value() > 0  # not the top of the article
    assert hit_visible(window, hits[0][0])
    fill, current, _ = HIT_COLOURS[False]
    assert background(window, hits[0][0]) == QColor(current).name()
    assert all(background(window, s) == QColor(fill).name() for s, _e in hits[1:])
    assert background(window, 0) is None or find_hits(text[:4], [term])


def test_f3_and_shift_f3_step_through_the_hits(qtbot, window):
    article_id, text = longest_article(window)
    term = "的"  # many hits, spread over the article
    search_and_open(qtbot, window, term, article_id)
    hits = find_hits(text, [term])
    assert len(hits) > 3
    fill, current, _ = HIT_COLOURS[False]
    window.reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert background(window, hits[3][0]) == QColor(current).name()
    assert background(window, hits[0][0]) == QColor(fill).name()
    assert hit_visible(window, hits[3][0])
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert background(window, hits[2][0]) == QColor(current).name()
    # Shift+F3 from the first hit wraps round to the last.
    window.reading.marks.go(0)
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert background(window, hits[-1][0]) == QColor(current).name()
    assert hit_visible(window, hits[-1][0])


def test_hit_colours_are_no_highlight_colour_in_either_theme(qtbot, window):
    article_id, text = longest_article(window)
    term = late_term(text)
    search_and_open(qtbot, window, term, article_id)
    for theme in (themes.LIGHT, themes.DARK):
        window.set_theme(theme.name)
        fill, current, _ = HIT_COLOURS[theme.dark]
        assert {fill, current}.isdisjoint(theme.highlights.values())
        # A theme change draws the article again: the marks are drawn again with it.
        assert background(window, find_hits(text, [term])[0][0]) == QColor(current).name()


def test_marks_go_when_another_article_is_opened_from_the_list(qtbot, window):
    article_id, text = longest_article(window)
    search_and_open(qtbot, window, late_term(text), article_id)
    assert window.reader.extraSelections()
    qtbot.keyClick(window.list_panel.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.list_panel.pages.currentIndex() == 0)
    table = window.list_panel.table
    row = next(r for r, aid in enumerate(window.list_panel.model.ids())
               if aid != article_id and r != table.currentIndex().row())
    table.selectRow(row)
    qtbot.waitUntil(lambda: window.detail.id != article_id)
    assert window.reader.extraSelections() == []


def test_find_bar_counts_and_steps_through_matches(qtbot, window):
    article_id, text = longest_article(window)
    window.open_article(article_id)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reading.find_bar
    assert bar.isVisible() and bar.input.hasFocus()
    type_text(qtbot, bar.input, "的")
    total = len(find_hits(text, ["的"]))
    assert bar.count.text() == f"1/{total}"
    qtbot.keyClick(bar.input, Qt.Key.Key_Return)
    assert bar.count.text() == f"2/{total}"
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)  # F3 from the pane too
    assert bar.count.text() == f"3/{total}"
    qtbot.keyClick(bar.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"2/{total}"
    assert hit_visible(window, find_hits(text, ["的"])[1][0])
    bar.input.clear()
    type_text(qtbot, bar.input, "zzqx")
    assert bar.count.text() == "No matches"
    qtbot.keyClick(bar.input, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.reader.extraSelections() == []
    assert window.reader.hasFocus()


def test_the_find_bar_finds_again_in_the_next_article(qtbot, window):
    window.list_panel.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.id == window.list_panel.model.ids()[0])
    window.reading.find_in_article.trigger()
    bar = window.reading.find_bar
    type_text(qtbot, bar.input, "湖南")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    second = window.list_panel.model.ids()[1]
    assert window.detail.id == second
    total = len(find_hits(window.detail.text, ["湖南"]))
    assert bar.isVisible()
    assert bar.count.text() == (f"1/{total}" if total else "No matches")
    assert len(window.reading.marks.hits) == total


def test_hits_in_the_title_and_subtitle_are_marked_too(qtbot, window):
    ids = window.list_panel.model.ids()
    article_id = next(i for i in ids if window.service.article(i).subtitle)
    window.open_article(article_id)
    subtitle = window.detail.subtitle
    term = subtitle[:3]
    window.reading.find_in_article.trigger()
    type_text(qtbot, window.reading.find_bar.input, term)
    document = window.reader.document()
    block = document.firstBlock()
    while block.text() != subtitle:
        block = block.next()
    marked = [s.cursor.selectionStart() for s in window.reader.extraSelections()]
    assert block.position() in marked
