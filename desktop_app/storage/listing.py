"""The article list's orders, and the listings a connection keeps between sorts.

Every order is the page order's ties: "kind" is a kind then page order, "tags" the tags
then page order, and so on. The page order and the title and kind orders are walks of
covering indexes (versions 13 and 15); at 100,000 articles a walk still costs 50-70 ms
of CPU, most of it making 100,000 Python strings. So :class:`Listings` keeps the last few
listings of one connection, stamped with what the connection has seen of the file
(``PRAGMA data_version`` for other connections' commits, ``total_changes`` for its own):
sorting the same articles again by another column, or going back to a filter chosen a
moment ago, reuses the walk instead of doing it again, and any write anywhere makes the
kept listings stale.

The tags, highlights and note orders are built from the page order, not sorted whole:
few articles have a key (at 100,000 the reader's tags were on 1 in 23, notes on 1 in
89), and every article without one sorts first (an empty cell), in page order. So the
listing is the page order without the keyed articles, then the keyed ones sorted by
their key, ties in page order: a pass over the ids and a sort of the few keyed ones,
where sorting 100,000 (id, key) pairs cost 100-250 ms.

Two filters split the listing they narrow in two: the read and the unread articles of
a listing, and the articles of one kind and all the others. So the unread articles are
the kept listing without the kept read ones (a set difference in C, 5-20 ms at 100,000
ids) rather than a walk of most of the library (100-115 ms, then 228-280 ms p95 in the
window); and while few articles are read, either is the kept listing narrowed by the set
of read ones: :meth:`Listings._derived`.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from dataclasses import replace
from itertools import filterfalse
from typing import Any

from desktop_app.core.collation import title_sort_string
from desktop_app.core.filters import Filters

# Articles of one page stay together even when pages print no date or number.
PAGE_ORDER = "a.date, a.page_no, a.page_id, a.position, a.seq"
ORDERS = {
    "page": PAGE_ORDER,
    "date": "a.date, a.seq",
    "title": "a.title, a.seq",
    # Titles as a Chinese index orders them, ties in page order: one walk of the covering
    # index idx_articles_title_sort (version 15) on the stored sort string. Computing
    # the string for every title at each sort took 1-1.6 s of CPU at 100,000 articles.
    "pinyin": "a.title_sort, " + PAGE_ORDER,
    "kind": "a.kind, " + PAGE_ORDER,  # idx_articles_kind_listing (version 15) walked
}
# The list's columns whose cells come from the small tables (tags, highlights, notes):
# built from the page order (see the module's doc). The SQL gives (id, key) for the
# articles whose cell is not empty, keys as the cells read (tags joined by ", " in name
# order, counts, note length).
KEYED_ORDERS = {
    "tags": "SELECT a.id, k.tags FROM (SELECT article_seq, group_concat(name, ', ') AS tags"
            " FROM (SELECT at.article_seq, t.name FROM article_tags at"
            " JOIN tags t ON t.id = at.tag_id ORDER BY at.article_seq, t.name)"
            " GROUP BY article_seq) k JOIN articles a ON a.seq = k.article_seq",
    "highlights": "SELECT a.id, k.n FROM (SELECT article_seq, count(*) AS n FROM highlights"
                  " GROUP BY article_seq) k JOIN articles a ON a.seq = k.article_seq",
    "note": "SELECT a.id, length(n.markdown) FROM notes n"
            " JOIN articles a ON a.seq = n.article_seq WHERE length(n.markdown) > 0",
}
LIST_ORDERS = tuple(KEYED_ORDERS)
# Looked up by rowid, one per read article (joined, SQLite walked all the articles):
# ~5 us each at 100,000 articles, so past READ_SET_LIMIT walking again is as cheap.
READ_IDS = "SELECT id FROM articles WHERE seq IN (SELECT article_seq FROM article_reads)"
READ_SET_LIMIT = 5_000
KEPT = 4  # listings kept per connection: at 100,000 articles each is ~8 MB of ids


def check_order(order: str) -> None:
    if order not in ORDERS and order not in KEYED_ORDERS:
        raise ValueError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")


class Listings:
    """The last listings read through one connection (ids in an order, for filters)."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[Filters, str], list[str]] = OrderedDict()
        self._stamp: tuple[int, int] | None = None
        self._count: int | None = None
        self._keys: dict[str, dict[str, Any]] = {}  # KEYED_ORDERS' keys by id

    def article_ids(self, conn: sqlite3.Connection, order: str, filters: Filters,
                    where: str, params: list[object]) -> list[str]:
        """Ids in ``order`` narrowed by ``where`` (``filter_sql`` of ``filters``): a new
        list each call, the caller may change it."""
        check_order(order)
        self._check(conn)
        if order in KEYED_ORDERS:
            if order not in self._keys:  # both ways of a column read them once
                self._keys[order] = dict(conn.execute(KEYED_ORDERS[order]).fetchall())
            page = self._walk(conn, "page", filters, where, params)
            return keyed_order(self._keys[order], page)
        return list(self._walk(conn, order, filters, where, params))

    def count_articles(self, conn: sqlite3.Connection) -> int:
        """How many articles the library holds: the list's status bar asks after every
        listing, on the UI thread, and counting 100,000 rows takes 5-15 ms."""
        self._check(conn)
        if self._count is None:
            self._count = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        return self._count

    def _check(self, conn: sqlite3.Connection) -> None:
        """Forget what was kept if anything wrote to the file since."""
        stamp = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        if stamp != self._stamp:
            self._kept.clear()
            self._keys.clear()
            self._count = None
            self._stamp = stamp

    def _walk(self, conn: sqlite3.Connection, order: str, filters: Filters, where: str,
              params: list[object]) -> list[str]:
        key = (filters, order)
        ids = self._kept.get(key)
        if ids is None:
            ids = self._derived(conn, order, filters)
            if ids is None:
                ids = walk(conn, order, where, params)
            self._keep(key, ids)
        else:
            self._kept.move_to_end(key)
        return ids

    def _keep(self, key: tuple[Filters, str], ids: list[str]) -> None:
        self._kept[key] = ids
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)

    def _derived(self, conn: sqlite3.Connection, order: str,
                 filters: Filters) -> list[str] | None:
        """``filters``' listing as a kept one without the articles of its other half
        (:func:`halves`), or None when the whole is not kept. The other half may be in
        any order; when it is not kept either it is walked (in page order) only if it
        is the one most likely small: the read articles, or the kind hidden."""
        for whole, other, walk_other in halves(filters):
            whole_ids = self._kept.get((whole, order))
            if whole_ids is None:
                continue
            self._kept.move_to_end((whole, order))  # not the one keeping the other drops
            other_ids = next((ids for (f, _o), ids in self._kept.items() if f == other), None)
            if other_ids is None and whole.read_state != filters.read_state and conn.execute(
                    "SELECT count(*) FROM article_reads").fetchone()[0] <= READ_SET_LIMIT:
                # The read or unread articles of a kept listing: it, narrowed by the set
                # of read ones when they are few, where walking the library again takes
                # 50-100 ms at 100,000 articles.
                read = {row[0] for row in conn.execute(READ_IDS)}
                keep = filter if filters.read_state == "read" else filterfalse
                return list(keep(read.__contains__, whole_ids))
            if other_ids is None:
                if not walk_other:
                    continue
                from desktop_app.storage.library import filter_sql  # library imports us

                other_ids = walk(conn, "page", *filter_sql(other))
                self._keep((other, "page"), other_ids)
            return list(filterfalse(set(other_ids).__contains__, whole_ids))
        return None


def halves(filters: Filters) -> list[tuple[Filters, Filters, bool]]:
    """(whole, other half, walk the other half if not kept) for each field of
    ``filters`` that splits a listing in two: read/unread, and a kind hidden (its
    other half is that kind alone)."""
    found = []
    if filters.read_state is not None:
        other = "unread" if filters.read_state == "read" else "read"
        found.append((replace(filters, read_state=None),
                      replace(filters, read_state=other), other == "read"))
    if filters.exclude_kind is not None and filters.kind is None:
        whole = replace(filters, exclude_kind=None)
        found.append((whole, replace(whole, kind=filters.exclude_kind), True))
    return found


def walk(conn: sqlite3.Connection, order: str, where: str, params: list[object]) -> list[str]:
    """Ids in one of ORDERS, straight from SQLite."""
    where = f"WHERE {where}" if where else ""
    if order == "pinyin" and conn.execute(
            "SELECT EXISTS(SELECT 1 FROM articles WHERE title_sort IS NULL)").fetchone()[0]:
        # Titles written by another tool have no sort string yet: computed, as before
        # version 15 (never wrong, only slower).
        rows = conn.execute(f"SELECT a.id, a.title FROM articles a {where}"
                            f" ORDER BY {PAGE_ORDER}", params).fetchall()
        rows.sort(key=lambda row: title_sort_string(row[1]))  # stable: ties in page order
        return [row[0] for row in rows]
    sql = f"SELECT a.id FROM articles a {where} ORDER BY {ORDERS[order]}"
    return [row[0] for row in conn.execute(sql, params)]


def keyed_order(keys: dict[str, Any], page_ids: list[str]) -> list[str]:
    """``page_ids`` (in page order) in the order of ``keys`` (a KEYED_ORDERS query's):
    those without a key first, then the others by key; ties in page order."""
    if not keys:
        return list(page_ids)
    rest = [i for i in page_ids if i not in keys]
    if len(rest) == len(page_ids):
        return rest
    keyed = [i for i in page_ids if i in keys]
    keyed.sort(key=keys.__getitem__)  # stable: ties stay in page order
    rest += keyed
    return rest
