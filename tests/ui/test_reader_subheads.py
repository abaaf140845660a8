"""Subheads in the reading pane: drawn as headings between the paragraphs they divide,
in both themes, listed in the outline beside the pane, and never moving a highlight off
its words (they are not part of the article text that offsets index)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCursor

from desktop_app.service import Highlight
from desktop_app.ui import theme as themes
from desktop_app.ui.reader_view import ReaderView
from tests.ui.conftest import settle
from tests.ui.fake_service import article

PARAGRAPHS = ["长沙市今年新开工重点项目120个。", "项目涵盖先进制造和城市更新等领域。",
              "今年还将新建便民服务站30个。"]


def _detail():
    detail = article("s1", "长沙重点项目建设提速", list(PARAGRAPHS))
    detail.subheads = ["一、抓项目 稳增长", "二、服务跟着需求走"]
    detail.subhead_positions = [1, 2]
    start = detail.text.index("先进制造")
    detail.highlights = [Highlight(7, "s1", start, start + 4, "先进制造")]
    return detail


def _block_of(view: ReaderView, text: str):
    block = view.document().begin()
    while block.isValid():
        if block.text() == text:
            return block
        block = block.next()
    raise AssertionError(f"no block {text!r}")


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK], ids=lambda t: t.name)
def test_subheads_are_drawn_as_headings_between_their_paragraphs(reader, theme) -> None:
    reader.set_theme(theme)
    reader.show_article(_detail())
    blocks = reader.toPlainText().split("\n")
    at = blocks.index(PARAGRAPHS[0])
    assert blocks[at:at + 5] == [PARAGRAPHS[0], "一、抓项目 稳增长", PARAGRAPHS[1],
                                 "二、服务跟着需求走", PARAGRAPHS[2]]
    head = QTextCursor(_block_of(reader, "一、抓项目 稳增长"))
    head.movePosition(QTextCursor.MoveOperation.NextCharacter)
    body = QTextCursor(_block_of(reader, PARAGRAPHS[2]))
    body.movePosition(QTextCursor.MoveOperation.NextCharacter)
    head_format, body_format = head.charFormat(), body.charFormat()
    assert head_format.foreground().color() == QColor(theme.text)
    assert head_format.fontWeight() >= QFont.Weight.DemiBold > body_format.fontWeight()
    assert head_format.fontPointSize() > reader.point_size
    assert head.blockFormat().textIndent() == 0 < body.blockFormat().textIndent()


def test_a_highlight_stays_on_its_words_below_a_subhead(reader) -> None:
    detail = _detail()
    reader.show_article(detail)
    start = detail.text.index("先进制造")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offsets.to_document(start))
    cursor.setPosition(reader.offsets.to_document(start + 4), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "先进制造"
    cursor.setPosition(reader.offsets.to_document(start) + 1)
    assert cursor.charFormat().background().color() == QColor(themes.LIGHT.highlights["yellow"])
    # A selection made on the page maps back to the same offsets, whatever is above it.
    later = detail.text.index("便民服务站")
    reader.select_range(later, later + 5)
    assert reader.textCursor().selectedText() == "便民服务站"
    assert reader.selected_range() == (later, later + 5)


def test_the_outline_lists_the_subheads_and_scrolls_to_one(qtbot, window) -> None:
    service = window.service
    with_heads = next(i for i in service.article_ids() if service.article(i).subheads)
    without = next(i for i in service.article_ids() if not service.article(i).subheads)
    panel = window.reader_panel
    panel.open_article(with_heads)
    detail = window.detail
    outline = panel.outline
    assert outline.isVisible() and outline.subheads() == detail.subheads
    window.reader.verticalScrollBar().setValue(0)
    last = outline.list.item(outline.list.count() - 1)
    qtbot.mouseClick(outline.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=outline.list.visualItemRect(last).center())
    position = window.reader.subheads[-1][1]
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(position)
    assert 0 <= window.reader.cursorRect(cursor).top() < window.reader.viewport().height() // 2
    panel.open_article(without)
    assert not outline.isVisible()
    # Highlighting below a subhead in the window stores the words that were selected.
    panel.open_article(with_heads)
    detail = window.detail
    under = detail.subhead_positions[-1]  # the paragraph under the last subhead
    start = sum(len(p) + 1 for p in detail.paragraphs[:under])
    window.reader.select_range(start, start + 6)
    assert window.reader.textCursor().selectedText() == detail.text[start:start + 6]
    panel.highlight_selection("green")
    settle(qtbot, window)
    [mark] = window.service.highlights(with_heads)
    assert (mark.start, mark.quote) == (start, detail.text[start:start + 6])
    cursor = QTextCursor(window.reader.document())  # the pane drew the article again
    cursor.setPosition(window.reader.offsets.to_document(start) + 1)
    assert cursor.charFormat().background().color() == QColor(themes.LIGHT.highlights["green"])
