"""Fixing the split from the reading pane's context menu: split at the cursor, merge with
the next article, a line as the headline, the kind; each undone with Ctrl+Z."""

from __future__ import annotations

import itertools

from tests.ui.conftest import settle


def _open_long(qtbot, window) -> str:
    """Open an article of several paragraphs followed by another one on its page."""
    service = window.service
    ids = service.article_ids()
    pages = service.page_hashes(ids)
    article_id = next(i for i, n in itertools.pairwise(ids)
                      if service.article(i).text.count("\n") >= 2 and pages[i] == pages[n])
    window.reader_panel.open_article(article_id)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == article_id)
    return article_id


def _trigger(window, pos, name: str) -> None:
    menu = window.reader.build_context_menu(pos)
    action_type = type(menu.actions()[0])
    menu.findChild(action_type, name).trigger()


def test_split_here_then_undo(qtbot, window) -> None:
    article_id = _open_long(qtbot, window)
    service = window.service
    text = service.article(article_id).text
    at = text.index("\n") + 1
    count = service.count_articles()
    window.reader.textCursor().clearSelection()
    # The pointer at the end of the first paragraph: the split falls between the two.
    _trigger(window, window.reader.viewport_point_of(at - 2), "split")
    settle(qtbot, window)
    assert service.count_articles() == count + 1
    assert service.article(article_id).text == text[:at - 1]
    qtbot.waitUntil(lambda: window.detail.text == text[:at - 1])
    window.undo_stack.undo()
    settle(qtbot, window)
    assert service.article(article_id).text == text
    assert service.count_articles() == count


def test_merge_with_next_retitle_and_kind_then_undo(qtbot, window) -> None:
    article_id = _open_long(qtbot, window)
    service = window.service
    before = service.article(article_id)
    count = service.count_articles()
    _trigger(window, window.reader.viewport_point_of(3), "merge-next")
    settle(qtbot, window)
    assert service.count_articles() == count - 1
    assert service.article(article_id).text.startswith(before.text + "\n")
    line = before.text.split("\n")[1]
    _trigger(window, window.reader.viewport_point_of(before.text.index(line) + 1), "retitle")
    settle(qtbot, window)
    assert service.article(article_id).title == line
    qtbot.waitUntil(lambda: window.detail.title == line)
    for _ in range(2):
        window.undo_stack.undo()
        settle(qtbot, window)
    after = service.article(article_id)
    assert (after.title, after.text) == (before.title, before.text)
    assert service.count_articles() == count


def test_a_fix_that_does_not_fit_says_why_and_leaves_no_undo_step(qtbot, window) -> None:
    service = window.service
    first_of_page = service.article_ids()[0]  # page order: the first of its page
    window.reader_panel.open_article(first_of_page)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == first_of_page)
    count = service.count_articles()
    _trigger(window, window.reader.viewport_point_of(3), "merge-prev")
    qtbot.waitUntil(lambda: window.banner.shown_text() != "")
    assert "split cannot be changed" in window.banner.shown_text()
    assert service.count_articles() == count and window.undo_stack.count() == 0
