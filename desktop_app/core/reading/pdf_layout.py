"""A printed page's characters and boxes → the articles a reader sees.

Works on plain records (:class:`Char`, :class:`Box`), so it is tested without PDFs; the
PDF side is :mod:`desktop_app.core.reading.pdf_file`. The result is the same
:class:`~desktop_app.core.articles.SplitPage` the text splitter makes, with the page's
text (the articles in reading order) that its offsets index.

Steps:
1. characters → lines: same baseline and size, no gap wider than a column gutter (sizes
   and gaps in the page's printed em, whatever the fonts' nominal sizes);
2. lines → blocks: lines of one style stacked at one left edge with line spacing between;
3. the header band (above the first long rule near the top) → date, 版次, section, editor,
   and the foot line (本版责编, 版式, address) read apart the same way;
4. roles: headlines are much bigger than the page's body size (the most common size),
   bold and bigger, a size up from the text right under them, or marked (■) in a column
   of briefs; kickers sit just above a headline (a column's name or a place tag too),
   decks just below; bylines, photo credits and continuation markers are known by their
   wording; captions are a few lines of small text beside an image, or small text ending
   in a credit (… 摄), titled by a short line over them;
5. each headline owns the columns under it: those its stack (headline, byline, photo)
   covers, and those to either side whose text starts right under it with nothing beside
   the headline; a headline set at the left of its story owns the columns beside it;
   body text belongs to the nearest headline above that owns its column, unless a rule
   lies between;
6. an article's body is read column by column, top to bottom; a paragraph starts at an
   indented line, and goes on across a column break when the next column's first line is
   not indented.

The steps live in their own modules, in the order they run: the records and step 1 in
:mod:`~desktop_app.core.reading.pdf_lines`, steps 2 and 4 in
:mod:`~desktop_app.core.reading.pdf_blocks`, step 3 in
:mod:`~desktop_app.core.reading.pdf_band`, step 5 in
:mod:`~desktop_app.core.reading.pdf_stacks` (the stacks) and
:mod:`~desktop_app.core.reading.pdf_pieces` (what each owns; photos and their captions in
:mod:`~desktop_app.core.reading.pdf_captions`), step 6 in
:mod:`~desktop_app.core.reading.pdf_articles`. This module runs them and is where the
rest of the app imports layout from.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from desktop_app.core.articles import PageMeta, SplitPage
from desktop_app.core.reading.pdf_articles import BRIEF_CHARS, LaidOutPage, assemble
from desktop_app.core.reading.pdf_band import band_meta, foot_lines, header_band_bottom
from desktop_app.core.reading.pdf_blocks import (
    BOLD_HEADLINE_RATIO,
    HEADLINE_RATIO,
    SMALL_RATIO,
    Block,
    body_size_of,
    build_blocks,
    classify,
)
from desktop_app.core.reading.pdf_lines import Line, build_lines
from desktop_app.core.reading.pdf_pieces import build_pieces
from desktop_app.core.reading.pdf_records import Box, Char, PageGeometry
from desktop_app.core.reading.pdf_stacks import Stack, build_stacks

__all__ = [
    "BOLD_HEADLINE_RATIO",
    "BRIEF_CHARS",
    "HEADLINE_RATIO",
    "SMALL_RATIO",
    "Block",
    "Box",
    "Char",
    "LaidOutPage",
    "Line",
    "PageGeometry",
    "Stack",
    "build_blocks",
    "build_lines",
    "lay_out",
    "median",
]


# -- entry point -----------------------------------------------------------------------

def lay_out(page: PageGeometry) -> LaidOutPage:
    """The articles of one printed page. Never raises on any geometry."""
    lines = build_lines(page.chars)
    if not lines:
        return LaidOutPage("", SplitPage(PageMeta(), []))
    band_bottom = header_band_bottom(page, lines)
    band = [line for line in lines if line.y1 <= band_bottom]
    rest = [line for line in lines if line.y1 > band_bottom]
    body_size = body_size_of(rest or lines)
    foot = foot_lines(page, rest, body_size)
    if foot:
        in_foot = {id(line) for line in foot}
        rest = [line for line in rest if id(line) not in in_foot]
    blocks = build_blocks(rest, body_size)
    classify(blocks, body_size)
    stacks = build_stacks(blocks, page, body_size)
    pieces = build_pieces(blocks, stacks, page, body_size)
    meta = band_meta(band)
    if meta.editor is None and foot:
        meta = replace(meta, editor=band_meta(foot).editor)
    return assemble(meta, band, pieces, body_size, foot)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0
