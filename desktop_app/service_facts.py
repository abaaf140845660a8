"""The figures of the whole library (or of the list's filter): reading the ``facts``
table. Mixed into :class:`desktop_app.service.LibraryService`; the rows are written by
page import (``page_import``) and, for older libraries, by migration step 8."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.vocabulary import NUMBER_KINDS
from desktop_app.storage import facts_store
from desktop_app.storage.db import Database
from desktop_app.storage.facts_store import FACT_ORDERS, FactQuery, FactRow

__all__ = ["FACT_ORDERS", "FactRow", "FactsReading"]


class FactsReading:
    """``facts`` and ``count_facts`` of :class:`LibraryService`."""

    _db: Database
    _lock: AbstractContextManager[None]

    def facts(self, filters: Filters = NO_FILTERS, *, kind: str | None = None,
              unit: str | None = None, subject: str | None = None,
              period: tuple[str | None, str | None] = (None, None),
              limit: int | None = None, offset: int = 0, order: str = "page",
              descending: bool = False) -> list[FactRow]:
        """The figures of the articles ``filters`` selects, one per number: ``kind`` (a
        number kind), ``unit`` (as stored, 元 or %), ``subject`` (text the subject holds)
        and ``period`` (ISO from, to: ``("2024", "2025-06")``) narrow them; ``order`` is
        one of FACT_ORDERS."""
        query = _query(filters, kind, unit, subject, period)
        with self._lock:
            return facts_store.facts(self._db.conn, query, order, descending, limit, offset,
                                     self._db.subject_memo)

    def count_facts(self, filters: Filters = NO_FILTERS, *, kind: str | None = None,
                    unit: str | None = None, subject: str | None = None,
                    period: tuple[str | None, str | None] = (None, None)) -> int:
        """How many figures :meth:`facts` would give without a limit."""
        query = _query(filters, kind, unit, subject, period)
        with self._lock:
            return facts_store.count_facts(self._db.conn, query, self._db.subject_memo)

    def fact_sentences(self, rows: Sequence[FactRow]) -> list[str]:
        """The sentence each figure of ``rows`` is printed in (one per row)."""
        from desktop_app.core.facts.facts import sentence_of

        with self._lock:
            texts = facts_store.article_texts(self._db.conn, [r.article_id for r in rows])
        return [sentence_of(texts.get(r.article_id, ""), r.start, r.end) for r in rows]


def _query(filters: Filters, kind: str | None, unit: str | None, subject: str | None,
           period: tuple[str | None, str | None]) -> FactQuery:
    if kind is not None and kind not in NUMBER_KINDS:
        raise ValueError(f"unknown number kind {kind!r}; use one of {', '.join(NUMBER_KINDS)}")
    return FactQuery(filters, kind, unit, subject or None, period[0] or None, period[1] or None)
