"""The notebook (every highlight and article note of the library): reading it.
Mixed into :class:`desktop_app.service.LibraryService`; SQL in storage/notebook.py."""

from __future__ import annotations

from contextlib import AbstractContextManager

from desktop_app.core.vocabulary import HIGHLIGHT_COLORS
from desktop_app.storage import notebook
from desktop_app.storage.db import Database
from desktop_app.storage.notebook import HIGHLIGHT, NOTE, NOTEBOOK_ORDERS, NotebookEntry

__all__ = ["HIGHLIGHT", "NOTE", "NOTEBOOK_ORDERS", "NotebookEntry", "NotebookReading"]


class NotebookReading:
    """``notebook`` of :class:`LibraryService`."""

    _db: Database
    _lock: AbstractContextManager[None]

    def notebook(self, *, tag: str | None = None, color: str | None = None,
                 text: str | None = None, order: str = "date") -> list[NotebookEntry]:
        """Every highlight and article note, newest first (``order="date"``) or by
        article (``"article"``: newest article first, each in reading order, its note
        first); ``tag`` keeps those of articles carrying it, ``color`` highlights of that
        colour (no notes), ``text`` those whose quote, note or article title holds it."""
        if color and color not in HIGHLIGHT_COLORS:
            raise ValueError(f"unknown colour {color!r}; use one of {', '.join(HIGHLIGHT_COLORS)}")
        with self._lock:
            return notebook.entries(self._db.conn, tag=tag, color=color, text=text,
                                    order=order)
