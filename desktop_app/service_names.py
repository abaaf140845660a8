"""The names index as the window and the command line ask for it (人物 / 地点 / 机构).

Every name of the library (or of the articles a filter lets through) under its key, with
its variants, counts and first and last dates (storage/names_index.py). The user renames
a name (the index shows it under the new name) or merges one name into another (the
merged name's variants then count, filter and list under the other's key); both are
stored in the library, like the corrections of names, and apply to later imports too.

A part of :class:`~desktop_app.service.LibraryService` (it inherits this class), kept
in its own module so that the service stays readable.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.core.collation import title_key
from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.vocabulary import ENTITY_TYPES
from desktop_app.storage import names_index
from desktop_app.storage.db import now
from desktop_app.storage.names_index import NameEntry, NameVariant

if TYPE_CHECKING:
    from desktop_app.storage.db import Database

__all__ = ["NAME_ORDERS", "NameEntry", "NameVariant", "NamesIndex"]
Result = TypeVar("Result")

# How the index can be ordered: the first of each is the way a reader wants it first.
# Ties go by key: a pinyin key for each of 60,000 names costs a second (name order only).
NAME_ORDERS: dict[str, Callable[[NameEntry], Any]] = {
    "mentions": lambda e: (-e.mentions, -e.articles, e.key),
    "articles": lambda e: (-e.articles, -e.mentions, e.key),
    "name": lambda e: (title_key(e.name), e.key),
    "type": lambda e: (ENTITY_TYPES.index(e.type) if e.type in ENTITY_TYPES else 9,
                       -e.mentions, e.key),
    "first": lambda e: (e.first_date or "~", e.key),
    "last": lambda e: (e.last_date or "", e.key),
}


class NamesIndex:
    if TYPE_CHECKING:  # provided by LibraryService
        _db: Database
        _lock: AbstractContextManager[None]  # as service_reading.ReadingState declares it

        def _write(self, action: Callable[[sqlite3.Connection], Result]) -> Result: ...

    def names(self, filters: Filters = NO_FILTERS, *, type: str | None = None,
              order: str = "mentions", descending: bool = False, limit: int | None = None
              ) -> list[NameEntry]:
        """Every name of the articles ``filters`` lets through, of ``type`` (PER, LOC,
        ORG) if given, in ``order`` (a key of :data:`NAME_ORDERS`; "last" puts the
        latest last unless ``descending``); with ``limit``, the first ones of the most
        mentioned (a first screen: fast for the whole library), in ``order``."""
        if type is not None and type not in ENTITY_TYPES:
            raise ValueError(f"unknown name type {type!r}; use one of {', '.join(ENTITY_TYPES)}")
        if order not in NAME_ORDERS:
            raise ValueError(f"unknown order {order!r}; use one of {', '.join(NAME_ORDERS)}")
        with self._lock:
            entries = names_index.names(self._db.conn, filters, type, limit)
        if order != "mentions" or descending:  # they come most mentioned first
            entries.sort(key=NAME_ORDERS[order], reverse=descending)
        return entries

    def name_key_of(self, text: str, entity_type: str) -> str:
        """The key under which the index lists the name ``text`` of ``entity_type``: its
        variants' key (name_keys.py), or the key the user merged that into."""
        # Imported on first use: the key rules bring in the name dictionaries (~25 ms),
        # a cost every start of the window and the command line would pay otherwise.
        from desktop_app.core.extraction.name_keys import name_key

        with self._lock:
            return names_index.resolve_key(self._db.conn, name_key(text, entity_type))

    def current_name_key(self, key: str) -> str:
        """``key``, or the key it was merged into since."""
        with self._lock:
            return names_index.resolve_key(self._db.conn, key)

    def name_of_key(self, key: str) -> str:
        """What the index calls the name with ``key``: the user's name for it, else its
        most frequent variant (the key's own text when nothing is stored under it)."""
        with self._lock:
            conn = self._db.conn
            given = names_index.display_name(conn, key)
            if given:
                return given
            return names_index.commonest_variant(conn, key) or key.split(":", 1)[-1]

    def rename_name(self, key: str, name: str | None) -> None:
        """Show the name with ``key`` as ``name`` (None or "": as its commonest variant)."""
        name = (name or "").strip() or None
        self._write(lambda c: names_index.rename(c, key, name, now()))

    def merge_names(self, key: str, into: str) -> str:
        """Count, list and filter the variants of ``key`` under ``into`` from now on (and
        after later imports); returns the key they are under."""
        return self._write(lambda c: names_index.merge(c, key, into, now()))

    def merged_names(self, key: str) -> list[str]:
        """The keys merged into ``key`` (each can be separated again)."""
        with self._lock:
            return names_index.merged_keys(self._db.conn, key)

    def unmerge_name(self, key: str) -> None:
        """Undo :meth:`merge_names` of ``key``."""
        self._write(lambda c: names_index.unmerge(c, key))
