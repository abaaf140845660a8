"""Columns printed side by side in a text file, read one after the other.

``pdftotext -layout`` and tools like it keep a page's look: each printed line of every
column is one line of text, the columns side by side with spaces between them. Read line
by line, such a page interleaves its columns, and no article can be split out of it. Here
a run of such lines (a *band*) is found by its gutter, a stretch of columns that is blank
on nearly every line of the band, and each column is read whole, top to bottom, the left
one first. A line that runs across the gutter (a headline over both columns) stays where
it is, between the columns read above it and below it, and so do the heads of a story
under the band (its kicker, headline and byline, alone between blank lines above its
columns); two blank lines in a row end a band; a table of short cells, and every page
without such a band, read as saved.

Where characters stand is counted both ways a tool may count them: one per character,
and two per wide (CJK) character, as a terminal shows them; the count that places more
lines in columns, and more of them flush with their column's edge, is used.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from desktop_app.core.reading.column_parts import (
    Measure,
    Part,
    by_character,
    by_width,
    column_of,
    joined,
    line_parts,
    placed_parts,
)
from desktop_app.core.splitting.sentence_ends import is_terminated

# A gap between columns: three spaces or a tab, after text and before text. Inside a
# column, words are one or two spaces apart ("记者 张三", "责任编辑 刘文韬  版式编辑").
_GAP = re.compile(r"(?<=\S)(?: {3,}|\t[ \t]*)(?=\S)")
# A band is this many lines split by a gap, at least, and a gutter blank on as many (a
# short story set in two columns of two lines each is one).
MIN_SPLIT_LINES = 2
# A column of this many lines covers its stretch as firmly as a gutter is blank.
COLUMN_LINES = 4
# Of the lines with text on both sides of a gutter's position, this share is blank there.
GUTTER_SHARE = 0.8
# A column holds prose: half its lines at least are this long (a table's cells are short).
MIN_PART_CHARS = 6
# Split lines this far apart still belong to one band (a photo's credit alone on its
# line, a blank line between two paragraphs of one column).
MAX_LINES_BETWEEN = 3
# Standing this far right of its column's edge, a line is indented (two characters);
# further right, it is set in the middle of its column, as headlines are.
INDENT = 3
MAX_INDENT = 6
# A column's lines start at one place when this share of them starts there.
FLUSH_SHARE = 2 / 3
# A story's heads over its columns: a kicker, a headline of two lines, a byline, and the
# blank lines between them.
MAX_HEAD_LINES = 6


# A broadsheet page saved with its columns side by side is 30,000–60,000 characters;
# several times that is a dump of many pages, read as it is (400,000 characters of
# columns take about a second: bench/text_columns.py).
MAX_CHARS = 400_000


def read_columns(text: str) -> str:
    """``text`` with each band of side-by-side columns read column after column."""
    if len(text) > MAX_CHARS:
        return text  # no page, but a dump: not worth the seconds its columns would take
    lines = text.split("\n")
    if not any(_GAP.search(line) for line in lines):
        return text  # most pages: nothing to do, and nothing is measured
    out: list[str] = []
    pos = 0
    while (band := _next_band(lines, pos)) is not None:
        start, end = band
        layout, end = _layout(lines, start, end)
        if layout is not None:
            start = _extend_up(lines, pos, start, layout)
        out.extend(lines[pos:start])
        out.extend(_read_band(lines[start:end], layout) if layout is not None
                   else lines[start:end])
        pos = end
    out.extend(lines[pos:])
    return "\n".join(out)


def _next_band(lines: list[str], pos: int) -> tuple[int, int] | None:
    """The next run of lines split by a gap, from ``pos``: its first split line to the
    line after its last, split lines at most :data:`MAX_LINES_BETWEEN` apart and
    never two blank lines between them; None when no line after ``pos`` is split."""
    split = (i for i in range(pos, len(lines)) if _GAP.search(lines[i]))
    found = next(split, None)
    if found is None:
        return None
    first = last = found
    for i in split:
        between = lines[last + 1 : i]
        if i - last - 1 > MAX_LINES_BETWEEN or _two_blank(between) or _after_blank(between):
            break  # (lines after a blank may head a new band: _extend reads on if not)
        last = i
    return first, last + 1


def _two_blank(lines: list[str]) -> bool:
    return any(not a.strip() and not b.strip() for a, b in itertools.pairwise(lines))


def _after_blank(lines: list[str]) -> bool:
    return any(not a.strip() and b.strip() for a, b in itertools.pairwise(lines))


# Where a band's gutters stand, and how positions are counted on its lines.
Layout = tuple[list[tuple[int, int]], Measure]


def _layout(lines: list[str], start: int, end: int) -> tuple[Layout | None, int]:
    """The band's gutters by the count of positions that fits it best, and where the
    band ends (:func:`_extend`); no layout when the band has no columns."""
    measures: tuple[Measure, ...] = (by_character, by_width)
    found = [((gutters, measure), _extend(lines, start, end, (gutters, measure)))
             for measure in measures if (gutters := _gutters(lines[start:end], measure))]
    if not found:
        return None, end
    # Each judged on all the lines either reads: a column's last lines, past the lines
    # split by a gap, may stand where only one count puts them.
    reach = max(stop for _, stop in found)
    return max(found, key=lambda each: _fit(lines[start:reach], *each[0]))


def _extend(lines: list[str], start: int, end: int, layout: Layout) -> int:
    """Where the band ends: it goes on over every line that stands in its columns (a
    column's last lines, printed after the others ended), over single blank lines,
    up to two blank lines in a row, a line across a gutter, a line split into other
    columns, or the heads of the story under the band (:func:`_heads`)."""
    gutters, measure = layout
    while end < len(lines):
        after_blank = not lines[end].strip()
        run_start = end + after_blank
        if run_start >= len(lines) or not lines[run_start].strip():
            break
        run_end = run_start
        while run_end < len(lines) and lines[run_end].strip():
            run_end += 1
        run = [placed_parts(line, measure, gutters) for line in lines[run_start:run_end]]
        fit = next((n for n, parts in enumerate(run) if parts is None
                    or _other_columns(lines[run_start + n], layout)), len(run))
        if not fit:
            break
        if after_blank and _heads(lines, run_start, layout):
            break
        end = run_start + fit
        if fit < len(run):
            break
    return end


def _extend_up(lines: list[str], pos: int, start: int, layout: Layout) -> int:
    """Where the band begins: its first split line, or a line right above it whose parts
    stand in two of its columns, only two spaces apart (a left column's line that filled
    it to the edge: …采摘期。  5月11日，…), where no gap of three told the band."""
    gutters, measure = layout
    while start > pos and lines[start - 1].strip():
        parts = placed_parts(lines[start - 1], measure, gutters)
        if parts is None or len({column_of(part, gutters) for part in parts}) < 2 \
                or _other_columns(lines[start - 1], layout):
            break
        start -= 1
    return start


def _other_columns(line: str, layout: Layout) -> bool:
    """Is the line split into columns other than the band's (two of its parts, a gap
    apart, in one of the band's columns: the band under a head has three columns where
    the one above it had two)?"""
    gutters, measure = layout
    columns = [column_of(part, gutters) for part in line_parts(line, measure)]
    return None not in columns and len(set(columns)) < len(columns)


def _heads(lines: list[str], at: int, layout: Layout) -> int:
    """How many lines from ``at`` (the line after a blank one) head the columns under
    them (a kicker, a headline, a byline over a story's width); 0 when they are more of
    the band.

    Heads stand in one column, the others blank beside them and around them, and none
    ends a sentence; under them, after a blank line, the columns start again (in the
    band's columns or others, or under a line across a gutter). A column's own
    headline has its neighbours' text beside it: it is no run of lines alone."""
    gutters, measure = layout
    index = at
    while index < len(lines) and index - at <= MAX_HEAD_LINES:
        if not lines[index].strip():
            index += 1
            continue
        parts = placed_parts(lines[index], measure, gutters)
        if parts is None or len({column_of(part, gutters) for part in parts}) > 1 \
                or _other_columns(lines[index], layout):
            return index - at if index > at and not lines[index - 1].strip() else 0
        if is_terminated(lines[index]):
            return 0  # a sentence: more of the band
        index += 1
    return 0


def _read_band(lines: list[str], layout: Layout) -> list[str]:
    """The band's columns one after the other.

    A line that runs across a gutter (a headline over both columns) stays where it is,
    between the columns read above it and those read below it."""
    gutters, measure = layout
    placed = [placed_parts(line, measure, gutters) for line in lines]
    for index in range(1, len(lines)):  # heads over the band's width stay in place too
        if lines[index].strip() and not lines[index - 1].strip() \
                and (heads := _heads(lines, index, layout)):
            placed[index:index + heads] = [None] * heads
    out: list[str] = []
    run: list[list[Part]] = []
    start = 0
    for index, (line, parts) in enumerate(zip(lines, placed, strict=True)):
        if parts is None:
            out.extend(_columns(run, gutters) or lines[start:index])
            out.append(line)
            run, start = [], index + 1
        else:
            run.append(parts)
    out.extend(_columns(run, gutters) or lines[start:])
    return out


def _columns(run: list[list[Part]], gutters: list[tuple[int, int]]) -> list[str] | None:
    """A run of lines, their parts placed in columns, read column after column."""
    columns: list[list[Part | None]] = [[] for _ in range(len(gutters) + 1)]
    for parts in run:
        placed: list[list[Part]] = [[] for _ in columns]
        for part in parts:
            placed[column_of(part, gutters) or 0].append(part)
        for column, own in zip(columns, placed, strict=True):
            if own:
                column.append(Part(own[0].start, own[-1].end, joined(own)))
            elif column and column[-1] is not None:
                column.append(None)  # an empty slot in this column: a gap in it
    columns = [column for column in columns if column]  # (a column empty on these rows)
    # A table's cells are short; one column of short lines among columns of prose is a
    # headline's stack beside its story.
    if 2 * sum(_prose(column) for column in columns) <= len(columns):
        return None
    out: list[str] = []
    ended = False
    for column in columns:
        lines = _column_lines(column)
        if out and lines and ended:
            out.append("")  # what follows starts afresh; else the text runs on
        out.extend(lines)
        ended = ended if not lines else _ends_paragraph(column)
    return out


def _ends_paragraph(column: list[Part | None]) -> bool:
    """Does a column's last line end its paragraph?"""
    slots = [slot for slot in column if slot is not None]
    return _ends(slots[-1], _right_edge(slots))


def _ends(slot: Part, right: int) -> bool:
    """Does a column's line end its paragraph? It does on a full stop, and when it stops
    short of the column's right edge ``right`` (a credit, a headline, a paragraph's end)."""
    return is_terminated(slot.text) or slot.end < right - 2


def _right_edge(slots: list[Part]) -> int:
    return sorted(slot.end for slot in slots)[len(slots) // 2]  # most lines are full


def _fit(lines: list[str], gutters: list[tuple[int, int]],
         measure: Measure) -> tuple[int, int]:
    """How well a count of positions fits the band: the split lines it places in
    columns, one part to a column (counted the other way, two columns' parts may fall in
    one); then the lines that start flush with their column's edge (counted the way the
    tool counted, a column's lines start at one place; the other way they scatter)."""
    placed = 0
    starts: list[Counter[int]] = [Counter() for _ in range(len(gutters) + 1)]
    for line in lines:
        parts = placed_parts(line, measure, gutters)
        if parts is None:
            continue
        columns = [column_of(part, gutters) or 0 for part in parts]
        placed += bool(_GAP.search(line)) and len(set(columns)) == len(columns)
        seen: set[int] = set()
        for part, column in zip(parts, columns, strict=True):
            if column not in seen:
                seen.add(column)
                starts[column][part.start] += 1
    flush = sum(max(sum(count for at, count in column.items() if abs(at - edge) <= 1)
                    for edge in column) for column in starts if column)
    return placed, flush


def _gutters(lines: list[str], measure: Measure) -> list[tuple[int, int]]:
    """Stretches [start, end), two positions wide at least, blank on nearly every line
    that has text on both sides of them, and on several lines.

    Only lines with text on both sides of a position say whether it is a gutter: the
    left margin beside a column that ended, or the ragged right of a column, say
    nothing. Counted by where lines' parts start and end (a line's parts never
    overlap), so a band costs its parts and its width, not both."""
    if sum(bool(_GAP.search(line)) for line in lines) < MIN_SPLIT_LINES:
        return []
    spans = [[(p.start, p.end) for p in line_parts(line, measure)] for line in lines]
    spans = [parts for parts in spans if parts]
    width = max(parts[-1][1] for parts in spans)
    covered, inside = [0] * (width + 1), [0] * (width + 1)
    for parts in spans:
        inside[parts[0][0]] += 1
        inside[parts[-1][1]] -= 1
        for start, end in parts:
            covered[start] += 1
            covered[end] -= 1
    # A column of a few lines (one that ended early) covers its stretch on as many lines
    # as a gutter needs blank: no gutter runs through it however many lines pass it by.
    blank = [
        (between - text >= MIN_SPLIT_LINES and between - text >= GUTTER_SHARE * between
         and text < COLUMN_LINES)
        for between, text in zip(itertools.accumulate(inside[:width]),
                                 itertools.accumulate(covered[:width]), strict=True)
    ]
    gutters: list[tuple[int, int]] = []
    x = 0
    while x < width:
        if not blank[x]:
            x += 1
            continue
        end = x
        while end < width and blank[end]:
            end += 1
        if end - x >= 2:
            gutters.append((x, end))
        x = end
    return gutters


def _prose(column: list[Part | None]) -> bool:
    texts = [slot.text for slot in column if slot is not None]
    return bool(texts) and 2 * sum(len(text) >= MIN_PART_CHARS for text in texts) >= len(texts)


def _column_lines(column: list[Part | None]) -> list[str]:
    """A column's lines, a paragraph's first line indented as a page indents it (four
    spaces, two characters), a gap in the column a blank line.

    A tool may set a column's lines a space or two apart, so less than :data:`INDENT` is
    no indent; unless the column's lines start at one place (``pdftotext -layout``
    indents two characters by two spaces, or one), and then only at a paragraph's start
    (the column's top, or after a line that ends a paragraph). A line set in the middle
    of the column (a headline) is no paragraph's first line either: it stops short of
    the column's right edge, or nothing runs on under it.
    An empty slot is a gap only where the text above it stops (a full stop, a short
    line): columns set on different baselines leave empty slots in mid-sentence too.
    """
    slots = [slot for slot in column if slot is not None]
    left = min(slot.start for slot in slots)
    right = _right_edge(slots)
    flush = sum(slot.start == left for slot in slots) >= FLUSH_SHARE * len(slots)
    # The next line under each slot (past empty ones), found in one pass from the foot.
    unders: list[Part | None] = []
    under: Part | None = None
    for slot in reversed(column):
        unders.append(under)
        under = slot or under
    unders.reverse()
    lines: list[str] = []
    above: Part | None = None
    for slot, under in zip(column, unders, strict=True):
        if slot is None:
            if lines and lines[-1] and above is not None and _ends(above, right):
                lines.append("")
            continue
        offset = slot.start - left
        opens = above is None or _ends(above, right)
        indented = slot.end >= right - 2 and under is not None and under.start - left < INDENT \
            and (INDENT <= offset <= MAX_INDENT
                 or (flush and 0 < offset < INDENT and opens and under.start == left))
        lines.append(("    " if indented else "") + slot.text)
        above = slot
    while lines and not lines[-1]:
        lines.pop()
    return lines
