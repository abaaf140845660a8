"""Measuring lines and columns: how wide a line is, and how wide its column runs.

Whether a short line ended a paragraph or was a heading depends on the width of the
column it was printed in; these measurements are kept apart from the joining rules
(``joining``) that read them.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from desktop_app.core.splitting.blocks import SIGNOFF, ends_with_credit
from desktop_app.core.splitting.lines import Kind, Line, is_terminated

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


# A paragraph's first line may fall this much short of its column on a page whose
# extraction drops the two-cell indent (plus a space after "本报讯", a carried cell);
# on a page that keeps its first lines full, kinsoku's cell and a half-width digit.
DROPPED_INDENT = 3.5
FULL_FIRST_LINE = 1.5


@dataclass(frozen=True)
class FirstLines:
    """How a paragraph's first line in this page's narrow column may look, and whether
    the page's lines wrap at all."""

    slack: float = DROPPED_INDENT  # how far short of the column it may stop
    # The column with digits and Latin letters counted as whole cells: fonts set them
    # narrower than a CJK character, but not always half as wide.
    widest: float = 0.0
    # Every line of text a whole paragraph (a document saved as text): nothing wraps, so a
    # line that ends no sentence is a heading, a byline or a note, never half a sentence.
    whole: bool = False
    # On such a page, the lines of a run of short lines too long for a stack's heads
    # (kicker, headline, deck, byline): verse, whose lines a poem's stanza keeps together.
    verse: frozenset[int] = frozenset()


def first_lines(lines: list[Line], column: dict[int, float], narrow: float) -> FirstLines:
    """How far short of its column a paragraph's first line may stop on this page (set
    in columns ``narrow`` wide), and how wide the column may run.

    The page tells: the median shortfall of the lines that open a wrapped paragraph
    (after a finished sentence, going on to the next line). Pages whose extraction
    dropped the indent show about two cells; the others fill their first lines. The
    lines after one may be other first lines, so the page's column counts too.
    """
    text = [x for x in lines if x.kind is Kind.TEXT]
    lengths = sorted(len(x.text) for x in text)
    widest = float(lengths[len(lengths) * 3 // 4]) if lengths else 0.0
    shortfalls = sorted(
        max(column[line.index], narrow) - text_width(line.text)
        for before, line in itertools.pairwise(text)
        if column.get(line.index) and is_terminated(before.text)
        and not is_terminated(line.text) and not line.indent
    )
    whole = _whole_paragraphs(text)
    verse = _verse(lines) if whole else frozenset()
    if len(shortfalls) < 3:
        return FirstLines(DROPPED_INDENT, widest, whole, verse)
    median = shortfalls[len(shortfalls) // 2]
    return FirstLines(FULL_FIRST_LINE if median < 1.0 else DROPPED_INDENT, widest, whole,
                      verse)


def _whole_paragraphs(text: list[Line]) -> bool:
    """Does every line wider than a heading end a sentence? A wrapped page's full lines
    stop mid-sentence, most of them; a page of whole paragraphs, one per line, has none
    that does (a few may: a quote's last line, a stray line a tool cut)."""
    wide = [x.text for x in text if display_width(x.text) > MAX_HEADING_WIDTH]
    return len(wide) >= WHOLE_PAGE_LINES \
        and sum(map(is_terminated, wide)) >= WHOLE_SHARE * len(wide)


def _verse(lines: list[Line]) -> frozenset[int]:
    """The lines of each run of more than STACK_LINES short lines of text that end no
    sentence (a rule or a page's furniture between them ends a run)."""
    found: set[int] = set()
    run: list[int] = []
    for line in [*lines, None]:
        if line is not None and line.kind is Kind.TEXT \
                and display_width(line.text) <= MAX_HEADING_WIDTH \
                and not is_terminated(line.text):
            run.append(line.index)
            continue
        if len(run) > STACK_LINES:
            found.update(run)
        run = []
    return frozenset(found)


STACK_LINES = 4
WHOLE_PAGE_LINES = 8
WHOLE_SHARE = 0.95


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
