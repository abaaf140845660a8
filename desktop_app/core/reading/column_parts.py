"""Where the parts of a line of side-by-side columns stand, and the column each is in.

A *part* is a run of text with at most two spaces inside it (words of one column);
positions are counted by a *measure*: one per character, or two per wide (CJK)
character as a terminal shows them (a layout tool pads with either). A *gutter* is a
stretch [start, end) of positions between two columns (:mod:`text_columns` finds them).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

_PART = re.compile(r"\S+(?: {1,2}\S+)*")
_WORD = re.compile(r"\S+(?: \S+)*")  # a part cut at two spaces too

# Where each character of a line starts, and where the line ends, in some unit.
Measure = Callable[[str], list[int]]


@dataclass(frozen=True)
class Part:
    start: int  # where the part stands, counted by the band's measure
    end: int
    text: str


def line_parts(line: str, measure: Measure, pattern: re.Pattern[str] = _PART) -> list[Part]:
    at = measure(line)
    return [Part(at[m.start()], at[m.end()], m.group()) for m in pattern.finditer(line)]


def placed_parts(line: str, measure: Measure,
                 gutters: list[tuple[int, int]]) -> list[Part] | None:
    """The line's parts, each in one column; None when the line runs across a gutter.

    A part across a gutter may be two columns' lines two spaces apart (a long line of
    the left column): the line is then cut at its single spaces, and read when each
    piece stands in a column."""
    whole = line_parts(line, measure)
    if all(column_of(part, gutters) is not None for part in whole):
        return whole
    pieces = line_parts(line, measure, _WORD)
    if len(pieces) <= len(whole) or any(column_of(p, gutters) is None for p in pieces):
        return None
    return pieces


def by_character(line: str) -> list[int]:
    return list(range(len(line) + 1))


def by_width(line: str) -> list[int]:
    at = [0]
    for char in line:
        at.append(at[-1] + (2 if unicodedata.east_asian_width(char) in "WF" else 1))
    return at


def column_of(part: Part, gutters: list[tuple[int, int]]) -> int | None:
    """The column a part stands in; None when it runs across a gutter."""
    for index, (start, end) in enumerate(gutters):
        if part.start < start:
            # Reaching into the gutter is a long line of its column, not past it.
            return index if part.end <= end else None
        if part.start < end:
            return index + 1  # starts in the gutter: the column to its right
    return len(gutters)


def joined(parts: list[Part]) -> str:
    text = parts[0].text
    for before, part in itertools.pairwise(parts):
        text += " " * max(1, part.start - before.end) + part.text
    return text
