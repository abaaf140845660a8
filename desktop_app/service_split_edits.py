"""The reader's fixes to a split: merge, split, retitle, change the kind, and undo.

Each fix is stored as an operation on the page (``split_edits``, storage/
split_edits_store.py) and made at once on the stored articles: core/splitting/edits.py
computes the new articles, their names and numbers (moved with the text, not analysed
again) and where each range of the old text went, and this module writes them, moving
the user's highlights (offsets rebased), note and tags with the text. An import of the
page applies the stored fixes again to the splitter's output (:func:`reapplied`, called
by page_import), so the fixed articles come back with the same ids and keep the user's
work. Undo removes the page's last fix and applies its inverse.

A part of :class:`~desktop_app.service.LibraryService` (it inherits this class).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.annotating.anchors import anchor
from desktop_app.core.annotating.highlights import anchor_context
from desktop_app.core.articles import Article, SplitPage
from desktop_app.core.spans import Analysis, EntitySpan, NumberSpan
from desktop_app.core.splitting.edits import (
    Analysed,
    Edit,
    EditError,
    Result,
    apply_edit,
    apply_edits,
    inverse,
    line_at,
    split_id,
)
from desktop_app.storage import (
    annotation_store,
    facts_store,
    importer,
    library,
    search_index,
    split_edits_store,
)
from desktop_app.storage.db import Database, now
from desktop_app.storage.errors import NotFoundError

if TYPE_CHECKING:  # imported by reapplied(), with an import: not to open or read
    from desktop_app.page_analysis import PreparedPage

__all__ = ["EditError", "SplitEdit", "SplitEditing", "reapplied"]


@dataclass(frozen=True)
class SplitEdit:
    """A stored fix, as ``xiangyue article ops`` lists it."""

    seq: int
    op: str
    args: dict[str, Any]
    created: str


class SplitEditing:
    """``merge_articles``, ``split_article``, ``retitle_article``, ``set_article_kind``,
    ``split_edits`` and ``undo_split_edit`` of :class:`LibraryService`."""

    if TYPE_CHECKING:  # provided by LibraryService
        _db: Database
        _lock: AbstractContextManager[None]

    def merge_articles(self, article_id: str, with_: str = "next") -> str:
        """Merge the article with the next (or previous) one on its page; returns the
        merged article's id (the first one's)."""
        if with_ not in ("next", "prev"):
            raise ValueError("merge with 'next' or 'prev'")

        def edit(ids: list[str]) -> Edit:
            at = ids.index(article_id) + (1 if with_ == "next" else -1)
            if not 0 <= at < len(ids):
                raise EditError(f"the article has no {'next' if with_ == 'next' else 'previous'}"
                                " article on its page")
            first, second = sorted((ids.index(article_id), at))
            return Edit("merge", {"first": ids[first], "second": ids[second]})
        return self._edit(article_id, edit, lambda e: str(e.args["first"]))

    def split_article(self, article_id: str, offset: int) -> str:
        """Split the article before character ``offset`` of its text; returns the id of
        the new second half."""
        new_id = split_id(article_id, offset)
        self._edit(article_id, lambda ids: Edit(
            "split", {"id": article_id, "offset": offset, "new_id": new_id}))
        return new_id

    def retitle_article(self, article_id: str, *, line: int | None = None,
                        offset: int | None = None) -> str:
        """Take line ``line`` of the article (or the line holding character ``offset``)
        as its headline; the old headline goes to the subtitle. Returns the new title."""
        if (line is None) == (offset is None):
            raise ValueError("give a line or an offset")
        if line is None:
            text = self.article_text(article_id)
            line = line_at(text, offset or 0)
        chosen = line
        self._edit(article_id, lambda ids: Edit("retitle", {"id": article_id, "line": chosen}))
        return self.article_text(article_id, title=True)

    def set_article_kind(self, article_id: str, kind: str) -> None:
        """Change the article's kind (brief, commentary …); kept through re-imports."""
        self._edit(article_id, lambda ids: Edit("kind", {"id": article_id, "kind": kind}))

    def split_edits(self, article_id: str) -> list[SplitEdit]:
        """The stored fixes of the page ``article_id`` is on, oldest first."""
        with self._lock:
            page_id = _page_of(self._db.conn, article_id)
            return [SplitEdit(*row) for row in split_edits_store.page_edits(self._db.conn,
                                                                            page_id)]

    def undo_split_edit(self, article_id: str) -> SplitEdit | None:
        """Undo the last fix of the page ``article_id`` is on; the fix undone, or None
        when the page has none."""
        with self._lock, self._db.transaction() as conn:
            page_id = _page_of(conn, article_id)
            edits = split_edits_store.page_edits(conn, page_id)
            if not edits:
                return None
            last = SplitEdit(*edits[-1])
            rows = split_edits_store.page_articles(conn, page_id)
            undo = Edit(last.args["undo"]["op"], last.args["undo"]["args"])
            try:
                result = apply_edit([_analysed(r) for r in rows], undo)
            except EditError:
                # The fix is not in effect (an import of the changed page left it out):
                # taking it back is forgetting it.
                result = None
            if result is not None:
                _store(self._db, page_id, rows, result)
            split_edits_store.delete_edit(conn, page_id, last.seq)
            search_index.flush_user(conn)
            return last

    def article_text(self, article_id: str, *, title: bool = False) -> str:
        with self._lock:
            row = _row(self._db.conn, article_id)
            return str(row["title"] if title else row["text"])

    def _edit(self, article_id: str, make: Callable[[list[str]], Edit],
              answer: Callable[[Edit], str] | None = None) -> str:
        with self._lock, self._db.transaction() as conn:
            page_id = _page_of(conn, article_id)
            rows = split_edits_store.page_articles(conn, page_id)
            edit = make([str(r["id"]) for r in rows])
            before = [_analysed(r) for r in rows]
            result = apply_edit(before, edit)
            # Its inverse is kept with it: undo needs the page as it was (an old title,
            # the second article's fields), which the stored articles no longer hold.
            undo = inverse(before, edit)
            _store(self._db, page_id, rows, result)
            # The titles of the articles it names find them again when the page's text
            # changed and the splitter gives them new ids (edits._adopted).
            named = {str(edit.args[k]) for k in ("first", "second", "id") if k in edit.args}
            titles = {item.article.id: item.article.title for item in before
                      if item.article.id in named}
            split_edits_store.add_edit(conn, page_id, edit.op, {
                **edit.args, "titles": titles, "undo": {"op": undo.op, "args": undo.args}},
                now())
            search_index.flush_user(conn)
            return answer(edit) if answer else ""


def _page_of(conn: sqlite3.Connection, article_id: str) -> int:
    page_id = split_edits_store.page_of(conn, article_id)
    if page_id is None:
        raise NotFoundError(f"no article with id {article_id!r}")
    return page_id


def _row(conn: sqlite3.Connection, article_id: str) -> dict[str, Any]:
    page_id = _page_of(conn, article_id)
    return next(r for r in split_edits_store.page_articles(conn, page_id)
                if r["id"] == article_id)


def _analysed(row: dict[str, Any]) -> Analysed:
    """A stored article back as the splitter's shape, with its stored analysis."""
    paragraphs = str(row["text"]).split("\n")
    subheads = json.loads(row["subheads"] or "[]")
    positions = json.loads(row["subhead_positions"] or "null")
    if positions is None or len(positions) != len(subheads):
        positions = [0] * len(subheads)  # places unknown (an old PDF page): at the top
    article = Article(
        id=row["id"], title=row["title"], kind=row["kind"], subtitle=row["subtitle"] or "",
        kicker=row["kicker"] or "",
        byline=row["byline"] or "", authors=json.loads(row["authors"] or "[]"),
        dateline=row["dateline"] or "", subheads=subheads, subhead_positions=positions,
        paragraphs=paragraphs, source_start=row["source_start"] or 0,
        source_end=row["source_end"] or 0,
        paragraph_spans=[(s, e) for s, e in json.loads(row["paragraph_spans"] or "[]")])
    numbers = tuple(NumberSpan(**n) for n in json.loads(row["numbers"] or "[]"))
    entities = tuple(EntitySpan(**e) for e in json.loads(row["entities"] or "[]"))
    return Analysed(article, numbers, entities)


def _store(database: Database, page_id: int, rows: list[dict[str, Any]],
           result: Result) -> None:
    """Write the page's articles after a fix (inside the caller's transaction)."""
    conn, stamp = database.conn, now()
    _source, meta, _sample = split_edits_store.page_row(conn, page_id)
    corrections = annotation_store.load_corrections(conn)
    seqs = {str(r["id"]): int(r["seq"]) for r in rows}
    for position, item in enumerate(result.articles):
        article = item.article
        record = library.article_record(article, meta, page_id, position,
                                        Analysis(list(item.numbers), list(item.entities)))
        seq = seqs.get(article.id)
        if seq is None:
            seqs[article.id] = library.insert_article(database.db, record, corrections, stamp)
        elif article.id in result.touched or position != _position(rows, article.id):
            with search_index.reindexed(conn, seq):
                library.update_article(database.db, seq, record, corrections, stamp)
    for move in result.moves:
        split_edits_store.move_highlights(conn, seqs[move.source], move.start, move.end,
                                          seqs[move.target], move.delta)
    from desktop_app.core.facts.facts import find_facts  # the figure rules: only to store

    kept = {item.article.id for item in result.articles}
    for item in result.articles:
        if item.article.id in result.touched:
            seq = seqs[item.article.id]
            _reanchor(conn, seq, item.article.text, stamp)
            facts_store.replace_facts(conn, seq, find_facts(
                item.article.text, list(item.numbers), meta.date))
    for article_id, seq in seqs.items():
        if article_id in kept:
            continue
        target = next(m.target for m in result.moves if m.source == article_id)
        split_edits_store.move_note_and_tags(conn, seq, seqs[target], stamp)
        if library.has_user_data(conn, seq):
            importer.retire_article(conn, seq, stamp)
        else:
            library.delete_article(conn, seq)


def _position(rows: list[dict[str, Any]], article_id: str) -> int:
    return next(i for i, r in enumerate(rows) if r["id"] == article_id)


def _reanchor(conn: sqlite3.Connection, seq: int, text: str, stamp: str) -> None:
    """Highlights moved with their text sit on their words already; their quote and
    context are taken again (a highlight across a cut is found by its quote)."""
    for h in annotation_store.highlights(conn, seq):
        found = ((h.start, h.end) if text[h.start:h.end] == h.quote
                 else anchor(text, h.quote, h.prefix, h.suffix, h.start))
        if found is None:
            importer.orphan_highlight(conn, h.id, stamp)
        else:
            importer.move_highlight(conn, h.id, *found, *anchor_context(text, *found))


def reapplied(conn: sqlite3.Connection, page_id: int, prepared: PreparedPage
              ) -> PreparedPage:
    """The page's stored fixes applied again to a fresh split (an import of the page)."""
    from desktop_app.page_analysis import PreparedPage

    edits = split_edits_store.page_edits(conn, page_id)
    if not edits:
        return prepared
    items = [Analysed(a, tuple(an.numbers), tuple(an.entities))
             for a, an in zip(prepared.split.articles, prepared.analyses, strict=True)]
    fixed, _left_out = apply_edits(items, [Edit(op, args) for _, op, args, _ in edits])
    split = SplitPage(prepared.split.meta, [item.article for item in fixed])
    return PreparedPage(prepared.source_path, prepared.content_hash, prepared.encoding, split,
                        [Analysis(list(i.numbers), list(i.entities)) for i in fixed])
