"""Paragraphs a tool ran together on one line, each still opening on its indent.

A database's full-text field, a form's text box or a page copied from some sites keeps
a whole story on one line and marks where each paragraph began only by its two
ideographic spaces: "…作出了战略部署。　　一、把握…". Read whole, that line is one
paragraph (and, under 400 characters, two columns set side by side). Each paragraph is
cut off as a line of its own, still opening on its indent, so the page reads as if the
tool had kept its line breaks.
"""

from __future__ import annotations

import itertools
import re

# A sentence ends, then exactly two ideographic spaces open the next paragraph; a gap
# of other widths is a column's or a centred line's, not an indent.
_BREAK = re.compile(r"(?<=[。！？!?；”’」』）)…])\u3000\u3000(?=[^\s\u3000])")
MIN_PARAGRAPH = 8  # characters on each side: "（完）" or a lone 。 is no paragraph


# Once sentences are seen to end on an indent, every indent in the line opens a
# paragraph: a subhead ("一、把握新形势") ends on no stop.
_INDENT = re.compile(r"(?<=\S)\u3000\u3000(?=[^\s\u3000])")


def paragraph_cuts(raw: str) -> list[int]:
    """Where in ``raw`` each paragraph after the first begins (at its indent)."""
    last = len(raw) - len(raw.lstrip())
    for match in _BREAK.finditer(raw):
        if match.start() - last >= MIN_PARAGRAPH and \
                len(raw) - match.end() >= MIN_PARAGRAPH:
            return [indent.start() for indent in _INDENT.finditer(raw, last)]
    return []


def pieces(raw: str, start: int) -> list[tuple[str, int]]:
    """``raw`` (found at ``start`` in the page) as its paragraphs, with their offsets."""
    cuts = paragraph_cuts(raw) if "\u3000\u3000" in raw else []
    if not cuts:
        return [(raw, start)]
    bounds = [0, *cuts, len(raw)]
    return [(raw[a:b], start + a) for a, b in itertools.pairwise(bounds)]
