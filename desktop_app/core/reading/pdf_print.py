"""Where an article of a PDF was printed: the file, its page and the article's boxes.

Kept with each article imported from a PDF (storage/print_store.py) so the window can
show the printed page with the article outlined ("Show on Page"). Boxes are in PDF
points with the origin at the page's top left (as :mod:`pdf_file` reads them), so a
page rendered at ``scale`` shows a box at ``box * scale`` pixels.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.reading.pdf_records import Box, PageGeometry

__all__ = ["PAGE_MARK", "ArticlePrint", "Box", "PrintedPage", "file_hash", "is_pdf_page",
           "page_source", "pdf_page_of", "union"]

_CHUNK = 1 << 20
PAGE_MARK = "#page="  # a PDF's page as the library names it: PATH#page=N (N from 1)


def page_source(pdf_path: str, page_number: int) -> str:
    """The name the library keeps for a PDF's page (``pages.source_path``)."""
    return f"{pdf_path}{PAGE_MARK}{page_number}"


def pdf_page_of(source_path: str) -> tuple[str, int] | None:
    """(the PDF's path, the page's number from 1) of a name :func:`page_source` made; None
    for anything else (a page read from a text file)."""
    path, mark, number = source_path.rpartition(PAGE_MARK)
    return (path, int(number)) if mark and number.isdigit() else None


def is_pdf_page(source_path: str) -> bool:
    """A page of a PDF, not a page read from a text file."""
    return PAGE_MARK in source_path


@dataclass(frozen=True)
class PrintedPage:
    """One PDF page as imported: its file, that file's hash, its number and size."""

    pdf_path: str
    pdf_hash: str
    page_number: int  # 1-based
    width: float  # points
    height: float
    regions: tuple[tuple[Box, ...], ...] = ()  # per article of the page, in order

    @classmethod
    def of(cls, pdf_path: str, pdf_hash: str, page_number: int, geometry: PageGeometry,
           regions: tuple[tuple[Box, ...], ...]) -> PrintedPage:
        return cls(pdf_path, pdf_hash, page_number, geometry.width, geometry.height, regions)

    def article(self, position: int) -> ArticlePrint | None:
        if position >= len(self.regions) or not self.regions[position]:
            return None
        return ArticlePrint(self.pdf_path, self.pdf_hash, self.page_number, self.width,
                            self.height, self.regions[position])


@dataclass(frozen=True)
class ArticlePrint:
    """Where one article was printed."""

    pdf_path: str
    pdf_hash: str
    page_number: int  # 1-based
    width: float  # the page's size, points
    height: float
    boxes: tuple[Box, ...]

    @property
    def bounds(self) -> Box:
        return union(self.boxes)


def union(boxes: tuple[Box, ...]) -> Box:
    """The smallest box holding all of ``boxes`` (which must not be empty)."""
    return Box(min(b.x0 for b in boxes), min(b.y0 for b in boxes),
               max(b.x1 for b in boxes), max(b.y1 for b in boxes))


def file_hash(path: str | Path) -> str:
    """The file's SHA-256 (hex): tells whether the PDF is still the one imported."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
