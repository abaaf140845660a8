"""What the reader has read: marking articles read or unread, and counting the unread.
Mixed into :class:`desktop_app.service.LibraryService`; the rows live in
``article_reads`` (storage/read_state.py, migration step 7)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.storage import library, read_state
from desktop_app.storage.db import Database, now


class ReadingState:
    """``mark_read``, ``mark_unread``, ``mark_all_read``, ``is_read`` and
    ``count_unread`` of :class:`LibraryService`."""

    _db: Database
    _lock: AbstractContextManager[None]

    def _seqs(self, article_ids: Sequence[str]) -> list[int]:
        return [library.seq_of(self._db.conn, article_id) for article_id in article_ids]

    def mark_read(self, *article_ids: str) -> int:
        """Mark the articles read (the first time is kept); how many were unread.
        An unknown id raises NotFoundError."""
        with self._lock, self._db.transaction() as conn:
            return read_state.mark_read(conn, self._seqs(article_ids), now())

    def mark_unread(self, *article_ids: str) -> int:
        """Mark the articles unread; how many were read."""
        with self._lock, self._db.transaction() as conn:
            return read_state.mark_unread(conn, self._seqs(article_ids))

    def mark_all_read(self, filters: Filters = NO_FILTERS) -> list[str]:
        """Mark every article ``filters`` selects read; the ids of those that were not."""
        with self._lock, self._db.transaction() as conn:
            return read_state.mark_all_read(conn, filters, now())

    def is_read(self, article_id: str) -> bool:
        with self._lock:
            return read_state.is_read(self._db.conn, library.seq_of(self._db.conn, article_id))

    def count_unread(self, filters: Filters = NO_FILTERS) -> int:
        with self._lock:
            return read_state.count_unread(self._db.conn, filters)
