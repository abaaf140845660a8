"""Layout step 1: a page's characters → lines.

Holds :class:`Line`, with the grouping of characters into lines (the input records,
:class:`Char`, :class:`Box` and :class:`PageGeometry`, live in :mod:`pdf_records`).
Every later step of :mod:`desktop_app.core.reading.pdf_layout` starts from these lines,
so they sit at the bottom of the layout modules and import none of them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.reading.pages import clean_text
from desktop_app.core.reading.pdf_records import Char
from desktop_app.core.splitting.lines import credit_split, is_byline

_MARKER = re.compile(
    r"^[◀◁▶▷<>]{0,2}\s*[（(]\s*(?:上接|下转|转|接|紧接)[^）)]{1,12}[）)]\s*[◀◁▶▷<>]{0,2}$")


@dataclass(eq=False)
class Line:
    chars: list[Char]
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    role: str = ""  # "", "byline", "credit", "marker"

    @property
    def height(self) -> float:
        return self.y1 - self.y0


# -- 1. lines ----------------------------------------------------------------------------

def build_lines(chars: Iterable[Char]) -> list[Line]:
    """Characters on one baseline, of one size, with no gutter-wide gap, make a line."""
    visible = [c for c in chars if c.text and c.size > 0 and c.x1 >= c.x0]
    # A gap as wide as the body text's em is a column gutter, whatever the size of the
    # text on either side (two headlines side by side are a gutter apart).
    sizes: Counter[float] = Counter(round(c.size) for c in visible if not c.text.isspace())
    gutter = sizes.most_common(1)[0][0] if sizes else 10.0
    visible.sort(key=lambda c: c.y1)
    rows: list[list[Char]] = []
    band: list[Char] = []
    for ch in visible:
        if band and ch.y1 - band[-1].y1 > 0.3 * ch.size:
            rows.extend(_by_size(band))
            band = []
        band.append(ch)
    if band:
        rows.extend(_by_size(band))
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda c: (c.x0, c.text.isspace()))
        # A row set letter-spaced (a justified dateline, 湖 南 日 报 1 月 19 日 讯) spreads
        # every character: a gutter is wider than that spread by the usual margin. The
        # little a justified line spreads (a tenth or two of an em) is not counted: a
        # narrow gutter beside it is still a gutter.
        spacing = _letter_spacing([c for c in row if not c.text.isspace()])
        spread = min(max(0.0, spacing - 0.25 * gutter), 0.6 * gutter)
        # In a row set tight, two Chinese characters more than half an em apart stand
        # on either side of a gutter, however narrow (a compositor's 0.85 em).
        tight = spacing < 0.2 * gutter
        even: set[int] | None = None  # found only for a row that has a gap to cut at
        segment: list[Char] = []
        for ch in row:
            if ch.text.isspace():
                if segment:
                    segment.append(ch)
                continue
            prev = next((c for c in reversed(segment) if not c.text.isspace()), None)
            gap = _blank_between(prev, ch, gutter) if prev is not None else 0.0
            if prev is not None and _cuts(prev, ch, gap, gutter, spread,
                                          spacing if tight else None) \
                    and not _typed_space(segment, prev, ch) \
                    and id(ch) not in (even := _evenly_spaced(row) if even is None else even):
                lines.append(_line(segment))
                segment = []
            segment.append(ch)
        if segment:
            lines.append(_line(segment))
    lines.sort(key=lambda line: (line.y0, line.x0))
    return _split_at_gutters(_rejoin_spread_words(lines))


EVEN_RUN = 3  # gaps in a row, all alike: a line set letter-spaced


def _evenly_spaced(row: list[Char]) -> set[int]:
    """The characters (their ids) that follow a gap in a run of at least ``EVEN_RUN``
    equal gaps of up to an em and a half: a headline set with its letters spread (年 货 节
    里 湘 味 浓) is one line, however wide the spacing; a gutter is one gap, not a run."""
    ink = [c for c in row if not c.text.isspace()]
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(ink)]
    even: set[int] = set()
    start = 0
    for end in range(1, len(gaps) + 1):
        if end < len(gaps) and abs(gaps[end] - gaps[start]) <= max(1.0, 0.1 * gaps[start]):
            continue
        size = ink[start].size
        if end - start >= EVEN_RUN and 0.3 * size < gaps[start] <= 1.5 * size:
            even.update(id(ch) for ch in ink[start + 1:end + 1])
        start = end
    return even


def _typed_space(segment: list[Char], prev: Char, ch: Char) -> bool:
    """Is the blank before ``ch`` an ideographic space printed there (记者 何清　通讯员),
    whose box fills it? A gutter holds no character."""
    filled = max((c.x1 for c in segment if c.text == "\u3000" and c.x0 >= prev.x1 - 1),
                 default=None)
    return filled is not None and ch.x0 - filled < 0.3 * ch.size


def joined(a: Line, b: Line) -> Line:
    """One line of two parts of a row, read again from their characters (the blank
    between becomes a space where it is as wide as one)."""
    return _line(a.chars + b.chars)


def _rejoin_spread_words(lines: list[Line]) -> list[Line]:
    """Two parts of a row whose gap the lines right above and right below print across
    are one line: a justified line of few words (a dateline's 龙飞宇   通讯员   杨帆)
    spreads them more than a gutter is wide, but no gutter runs through one column."""
    index = _RowIndex(lines)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _same_row(prev, line) and _bridged(prev, line, index):
            out[-1] = joined(prev, line)
            continue
        out.append(line)
    return out


class _RowIndex:
    """Lines by the row they print on, each row by its left edges: what is printed over
    or under a span of a row, found by bisection (a page of many columns has many lines
    on each row)."""

    def __init__(self, lines: list[Line]) -> None:
        self.rows = [sorted(row, key=lambda line: line.x0) for row in _rows(lines)]
        self.tops = [min(line.y0 for line in row) for row in self.rows]
        self.lefts = [[line.x0 for line in row] for row in self.rows]
        # The furthest right any line of the row reaches, up to each one (a row's lines
        # may overlap: a headline's row holds the text lines beside it).
        self.reach = [list(itertools.accumulate((line.x1 for line in row), max))
                      for row in self.rows]

    def near(self, y: float, reach: float) -> range:
        return range(bisect.bisect_left(self.tops, y - reach),
                     bisect.bisect_right(self.tops, y + reach))

    def starting_between(self, y: float, reach: float, x0: float, x1: float) -> list[Line]:
        """Lines within ``reach`` of ``y`` whose left edge lies strictly between x0 and x1."""
        found: list[Line] = []
        for r in self.near(y, reach):
            lefts = self.lefts[r]
            found += self.rows[r][bisect.bisect_right(lefts, x0):bisect.bisect_left(lefts, x1)]
        return found

    def across(self, y: float, reach: float, x0: float, x1: float) -> list[Line]:
        """Lines within ``reach`` of ``y`` that start before x0 and end after x1."""
        found: list[Line] = []
        for r in self.near(y, reach):
            at = bisect.bisect_left(self.lefts[r], x0) - 1
            while at >= 0 and self.reach[r][at] > x1:
                if self.rows[r][at].x1 > x1:
                    found.append(self.rows[r][at])
                at -= 1
        return found


def _split_at_gutters(lines: list[Line]) -> list[Line]:
    """A line that runs through a gutter the lines right above and below it leave open
    is two: a column's last mark hanging into a narrow gutter (…集中亮相。域供水…) leaves
    too little blank to part them by the gap alone."""
    starts = _column_starts(lines)
    if not starts:
        return lines
    index = _RowIndex(starts)
    out: list[Line] = []
    for line in lines:
        cut = _gutter_cut(line, index) if len(line.chars) >= 6 else None
        if cut is None:
            out.append(line)
            continue
        out += [_line(line.chars[:cut]), _line(line.chars[cut:])]
    return out


def _column_starts(lines: list[Line]) -> list[Line]:
    """The lines that start a column: a gutter (half an em to three) to their left on their
    row. By their tops."""
    starts: list[Line] = []
    for row in _rows(lines):
        row.sort(key=lambda line: line.x0)
        starts += [b for a, b in itertools.pairwise(row)
                   if abs(a.size - b.size) <= 0.12 * b.size
                   and 0.5 * b.size <= b.x0 - a.x1 <= 3 * b.size]
    starts.sort(key=lambda line: line.y0)
    return starts


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines by the row they print on: tops within a quarter of an em (``lines`` come by
    their tops)."""
    rows: list[list[Line]] = []
    for line in lines:
        row = rows[-1] if rows else None
        if row is not None and line.y0 - row[0].y0 <= 0.25 * line.size:
            row.append(line)
        else:
            rows.append([line])
    return rows


def _gutter_cut(line: Line, starts: _RowIndex) -> int | None:
    size = line.size
    near = [o for o in starts.starting_between(line.y0, 1.8 * max(line.height, size),
                                               line.x0 + size, line.x1 - size)
            if o is not line and abs(o.size - size) <= 0.12 * size]
    if not near:
        return None
    for index, ch in enumerate(line.chars[1:], 1):
        if ch.text.isspace():
            continue
        at = [o for o in near if abs(o.x0 - ch.x0) <= 0.3 * size]
        if any(o.y1 <= line.y0 + 1 for o in at) and any(o.y0 >= line.y1 - 1 for o in at):
            return index
    return None


def _same_row(a: Line, b: Line) -> bool:
    return (abs(a.size - b.size) <= 0.12 * a.size and a.bold == b.bold
            and min(a.y1, b.y1) - max(a.y0, b.y0) >= 0.6 * min(a.height, b.height)
            and 0 < b.x0 - a.x1 <= 3 * a.size)


def _bridged(a: Line, b: Line, index: _RowIndex) -> bool:
    size = a.size
    across = [other for other in index.across(a.y0, 1.8 * max(a.height, b.height, size),
                                              a.x1 - size, b.x0 + size)
              if other is not a and other is not b and abs(other.size - size) <= 0.12 * size]
    return any(o.y1 <= a.y0 + 1 for o in across) and any(o.y0 >= a.y1 - 1 for o in across)


# Full-width marks inked in the left half of their cell (、。）…) and in the right half
# (（“…): the other half is blank, so a column's last mark, hanging or not, reaches into
# the gutter by its box but not by its ink.
_INK_LEFT = frozenset("、，。；：？！）》」』”’】〕")
_INK_RIGHT = frozenset("（《「『“‘【〔")


def _blank_between(prev: Char, ch: Char, body: float) -> float:
    """The blank between two characters of a row, counting the blank half of a
    full-width mark's cell beside a gap already half an em wide (wider than a justified
    line spreads its characters) in text of the body's size (in a headline, half a cell
    is more than the body's em: a space after a quote would read as a gutter)."""
    gap = ch.x0 - prev.x1
    if gap < 0.5 * min(prev.size, ch.size):
        return gap
    if prev.text in _INK_LEFT and 0.8 * prev.size < prev.x1 - prev.x0 and prev.size < 1.2 * body:
        gap += 0.5 * prev.size
    if ch.text in _INK_RIGHT and 0.8 * ch.size < ch.x1 - ch.x0 and ch.size < 1.2 * body:
        gap += 0.5 * ch.size
    return gap


def _by_size(band: list[Char]) -> list[list[Char]]:
    """Characters on one baseline, split where the size jumps (a caption beside body)."""
    band.sort(key=lambda c: c.size)
    rows: list[list[Char]] = [[band[0]]]
    for ch in band[1:]:
        if ch.size - rows[-1][0].size > 0.12 * ch.size:
            rows.append([])
        rows[-1].append(ch)
    return rows


def _line(chars: list[Char]) -> Line:
    while chars and chars[-1].text.isspace():
        chars = chars[:-1]
    ink = [c for c in chars if not c.text.isspace()]
    parts: list[str] = []
    prev: Char | None = None
    spaced = False
    spread = _letter_spacing(ink)
    for ch in chars:
        if ch.text.isspace():
            spaced = True
            continue
        if prev is not None and (
                (spaced and not _space_is_spacing(prev, ch, spread))
                or ch.x0 - prev.x1 - spread > _word_gap(prev, ch)):
            parts.append(" ")
        parts.append(ch.text)
        prev, spaced = ch, False
    text = clean_text("".join(parts)).replace("\n", " ").strip()
    if len(text) > 30:
        # In running text a gap between two Chinese characters is letter-spacing, not a
        # word break; only short lines (bylines, credits, the header band) keep them.
        text = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])",
                      "", text)
    # Nor between a Chinese character and a number, on any line: the quarter em a
    # compositor sets there (24 小时, 12 月 8 日) is spacing, not a space typed.
    text = _CJK_DIGIT_SPACE.sub("", text)
    sizes = sorted(c.size for c in ink)
    bold = sum(1 for c in ink if c.bold) * 2 > len(ink)
    line = Line(ink, text, ink[0].x0, min(c.y0 for c in ink), ink[-1].x1,
                max(c.y1 for c in ink), sizes[len(sizes) // 2], bold)
    if _MARKER.match(text):
        line.role = "marker"
    elif len(text) <= 40 and (split := credit_split(text)) is not None and not split[0]:
        line.role = "credit"
    elif is_byline(text):
        line.role = "byline"
    return line


def _cuts(prev: Char, ch: Char, gap: float, gutter: float, spread: float,
          tight_spacing: float | None) -> bool:
    """Does the blank ``gap`` between two characters of a row part two lines (a gutter,
    or a change to or from bold)? ``tight_spacing``: the row's letter-spacing, when it
    is set tight."""
    wide = max(ch.size, prev.size)
    if gap > min(0.9 * wide, gutter) + spread:
        return True
    if tight_spacing is not None and gap > 0.6 * wide + tight_spacing and _ideograph(
            prev) and _ideograph(ch):
        return True
    return ch.bold != prev.bold and ch.x0 - prev.x1 > 0.3 * ch.size


_CJK_DIGIT_SPACE = re.compile(
    r"(?<=[\u4e00-\u9fff]) (?=[0-9])|(?<=[0-9%]) (?=[\u4e00-\u9fff])")


def _ideograph(ch: Char) -> bool:
    return "\u4e00" <= ch.text <= "\u9fff"


def _letter_spacing(ink: list[Char]) -> float:
    """The blank a line puts between all its characters (a justified or letter-spaced
    line: 湖 南 日 报 4 月 13 日 讯): the median gap, never below none."""
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(ink))
    return max(0.0, gaps[len(gaps) // 2]) if gaps else 0.0


def _space_is_spacing(prev: Char, ch: Char, spread: float) -> bool:
    """A space character between two Chinese characters of a line spread evenly (a
    paragraph's last line set flush to both edges: 阳 天 下 楼 ” 的 夜 色): the blank is
    the line's letter-spacing, no wider than its other gaps, not a word break."""
    return (_full_width(prev.text) and _full_width(ch.text) and spread > 0.1 * ch.size
            and ch.x0 - prev.x1 <= 1.5 * spread + 0.05 * ch.size)


def _word_gap(prev: Char, ch: Char) -> float:
    """The blank that reads as a space: a quarter em beside Latin letters or digits.
    A justified or letter-spaced line spreads Chinese characters apart by up to most of
    an em (湖 南 日 报 4 月 13 日 讯); PDFium puts a space where a font's own space was
    printed, so between two of them only a blank nearly as wide as a gutter is one."""
    wide = _full_width(prev.text) and _full_width(ch.text)
    return (0.8 if wide else 0.25) * ch.size


def _full_width(ch: str) -> bool:
    return ch >= "\u3000" or ch in "“”‘’"


def join_lines(texts: Sequence[str]) -> str:
    out = ""
    for text in texts:
        if out and out[-1].isascii() and out[-1].isalpha() and text[:1].isascii() and (
                text[:1].isalpha()):
            out += " "
        out += text
    return out
