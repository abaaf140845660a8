"""Measuring lines and columns: how wide a line is, and how wide its column runs.

Whether a short line ended a paragraph or was a heading depends on the width of the
column it was printed in; these measurements are kept apart from the joining rules
(``joining``) that read them.
"""

from __future__ import annotations

import functools

from desktop_app.core.splitting.blocks import SIGNOFF, ends_with_credit
from desktop_app.core.splitting.lines import Kind, Line

# A heading is a short line; anything wider is text even when it stops mid-sentence.
MAX_HEADING_WIDTH = 48
# Without a byline or dateline beside it, a headline is rarely wider than this.
SHORT_HEADING_WIDTH = 30
NARROW_COLUMN = 24  # median line width of a page set in narrow columns
SHORT_RATIO = 0.7


@functools.lru_cache(maxsize=8192)
def display_width(text: str) -> float:
    """Width in CJK character cells: ASCII letters and digits take half a cell.

    Only widths up to a column matter, so long lines are measured by length alone.
    """
    if len(text) > 256:
        return float(len(text))
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def column_width(lines: list[Line]) -> float:
    """The page's column: most wrapped lines are full, so three in four are no wider."""
    widths = sorted(display_width(x.text) for x in _column_lines(lines))
    return widths[len(widths) * 3 // 4] if widths else 0.0


def narrow_page(lines: list[Line], column: float) -> bool:
    """Is the page (whose column is ``column`` wide) set in narrow columns? Too few
    lines say nothing about the column."""
    return len(_column_lines(lines)) >= 12 and column <= NARROW_COLUMN


def _column_lines(lines: list[Line]) -> list[Line]:
    """The text lines that show the column's width. A caption's last line, closed by
    its photo credit, is set under its photo and ends a sentence: on a page with many
    photos these short lines would make the column look narrower than its text, and
    the wrapped text wider than the column (a headline set across columns)."""
    return [x for x in lines if x.kind is Kind.TEXT and not ends_with_credit(x.text)]


def column_widths(lines: list[Line], narrow: float) -> dict[int, float]:
    """For each line, the typical width of the text lines that follow it.

    On a page of narrow columns (``narrow``: its width) the lines set across columns
    (headlines) say nothing about the column.
    """
    text_lines = [line for line in lines if line.kind is Kind.TEXT]
    if narrow:
        text_lines = [x for x in text_lines if text_width(x.text) <= ACROSS_COLUMNS * narrow]
    widths: dict[int, float] = {}
    for pos, line in enumerate(text_lines):
        ahead = sorted(text_width(x.text) for x in text_lines[pos + 1 : pos + 4])
        widths[line.index] = ahead[len(ahead) // 2] if ahead else 0.0
    return widths


# In a narrow column no wrapped line is this much wider than the column: a wider line
# that stops mid-sentence is a headline (or a caption) set across the columns.
ACROSS_COLUMNS = 1.3


FULL_LINE = 0.9


def full_lines(last: Line, line: Line, column: dict[int, float]) -> bool:
    width = column.get(last.index, 0.0)
    return bool(width) and min(text_width(last.text), text_width(line.text)) >= FULL_LINE * width


@functools.lru_cache(maxsize=8192)
def text_width(text: str) -> float:
    """A line's width without the author's name signed after its last sentence."""
    signed = SIGNOFF.search(text)
    return display_width(text[: signed.start()] if signed else text)
