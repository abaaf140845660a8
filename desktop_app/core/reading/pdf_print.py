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

__all__ = ["ArticlePrint", "Box", "PrintedPage", "file_hash", "union"]

_CHUNK = 1 << 20


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
