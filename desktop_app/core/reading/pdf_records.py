"""The plain records a PDF page is read into: its characters, boxes and geometry.

Filled by :mod:`desktop_app.core.reading.pdf_file` (or by tests) and read by the layout
steps from :mod:`desktop_app.core.reading.pdf_lines` on. They sit apart from the layout
so that what only stores or shows a page's boxes (:mod:`pdf_print`, and through it the
library service at every start) does not import the line classifier's patterns, whose
compilation alone takes ~40 ms.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Char:
    """One printed character: its box (top-left origin, y grows downwards) and font."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool = False
    font: str = ""


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float
    chars: tuple[Char, ...]
    images: tuple[Box, ...] = ()
    rules: tuple[Box, ...] = ()
    unmapped: float = 0.0  # share of characters whose font has no Unicode map for them
