"""One PDF page drawn as pixels (PDFium, through ``pypdfium2``), for "Show on Page".

Pure: returns the raw bytes and size, so the window turns them into an image on its
own thread (no Qt here). Renders are kept in a small LRU cache by (path, page, scale);
a file changed since (its size or modification time) is rendered again.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CACHE_SIZE", "RenderedPage", "clear_cache", "render_page"]

CACHE_SIZE = 8  # a broadsheet page at 2x is ~25 MB of pixels; a few are enough
_cache: OrderedDict[tuple[str, int, float, int, int], RenderedPage] = OrderedDict()
_lock = threading.Lock()  # PDFium is not thread-safe, and the cache is shared


@dataclass(frozen=True)
class RenderedPage:
    """BGRA pixels (4 bytes each, rows ``stride`` bytes apart) of a page at ``scale``."""

    width: int
    height: int
    stride: int
    data: bytes
    scale: float


def render_page(path: str | Path, page_number: int, scale: float) -> RenderedPage:
    """Page ``page_number`` (1-based) of the PDF at ``scale`` pixels per point.

    Raises OSError when the file cannot be read, ValueError when it is no PDF or has no
    such page."""
    stat = os.stat(path)
    key = (os.fspath(Path(path).resolve()), page_number, round(scale, 4),
           stat.st_size, stat.st_mtime_ns)
    with _lock:
        if (hit := _cache.get(key)) is not None:
            _cache.move_to_end(key)
            return hit
        rendered = _render(key[0], page_number, scale)
        _cache[key] = rendered
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return rendered


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _render(path: str, page_number: int, scale: float) -> RenderedPage:
    import pypdfium2

    try:
        doc: Any = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as exc:
        raise ValueError(f"{path}: {exc}") from None
    try:
        if not 1 <= page_number <= len(doc):
            raise ValueError(f"{path} has no page {page_number}")
        page = doc[page_number - 1]
        try:
            bitmap = page.render(scale=scale, may_draw_forms=False,
                                 force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGRA)
            try:
                data = bytes(bitmap.buffer)
                return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, data,
                                    scale)
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        doc.close()
