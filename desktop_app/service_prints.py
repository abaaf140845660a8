"""Where an article imported from a PDF was printed, for "Show on Page". Mixed into
:class:`desktop_app.service.LibraryService`; the rows live in ``article_prints``
(storage/print_store.py), written by page import."""

from __future__ import annotations

from contextlib import AbstractContextManager

from desktop_app.core.reading.pdf_print import ArticlePrint
from desktop_app.storage import print_store
from desktop_app.storage.db import Database

__all__ = ["ArticlePrint", "PrintsReading"]


class PrintsReading:
    """``article_print`` of :class:`LibraryService`."""

    _db: Database
    _lock: AbstractContextManager[None]

    def article_print(self, article_id: str) -> ArticlePrint | None:
        """The PDF page and boxes the article was printed in; None when it did not come
        from a PDF (or its PDF was imported before the library kept this)."""
        with self._lock:
            return print_store.article_print(self._db.conn, article_id)
