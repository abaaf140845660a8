"""``import-notes``: Web Annotation JSON → notes, highlights and tags in this library.

Articles are found by id, else by (page content hash, title), so a file exported on
another computer lands on the same articles when the same pages were imported there.
Highlights are re-anchored by quote, prefix and suffix. Running an import again changes
nothing: a highlight is the same when it marks the same passage of the same article
(colour and note are what it says, not what it is); when both sides changed it, the
later ``modified`` time wins. A differing article note is never overwritten: the
imported text is appended below the local one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from desktop_app.core.annotating.anchors import locate
from desktop_app.core.annotating.highlights import anchor_context
from desktop_app.core.export.annotation_json_reader import (
    ArticleRef,
    Imported,
    ImportedArticleNote,
    ImportedHighlight,
    read_annotation_file,
)
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS
from desktop_app.storage.notes_import import ArticleChanges, HighlightChange, NewHighlight
from desktop_app.storage.records import Highlight

if TYPE_CHECKING:
    from desktop_app.service import LibraryService

NOTE_SEPARATOR = "\n\n---\n\n"
Span = tuple[int, int]  # (start, end) of a passage in an article's text


class NoteImportReportDict(TypedDict):
    """What ``xiangyue import-notes --json`` prints."""

    articles_matched: int
    articles_unmatched: list[str]
    highlights_added: int
    highlights_updated: int
    highlights_unchanged: int
    highlights_kept_local: int
    highlights_unanchored: list[str]
    notes_set: int
    notes_merged: int
    tags_added: int


@dataclass
class NoteImportReport:
    articles_matched: int = 0
    articles_unmatched: list[str] = field(default_factory=list)  # titles or ids
    highlights_added: int = 0
    highlights_updated: int = 0
    highlights_unchanged: int = 0
    highlights_kept_local: int = 0  # the local copy was edited later
    highlights_unanchored: list[str] = field(default_factory=list)  # quotes not found
    notes_set: int = 0
    notes_merged: int = 0
    tags_added: int = 0

    def to_dict(self) -> NoteImportReportDict:
        return {
            "articles_matched": self.articles_matched,
            "articles_unmatched": list(self.articles_unmatched),
            "highlights_added": self.highlights_added,
            "highlights_updated": self.highlights_updated,
            "highlights_unchanged": self.highlights_unchanged,
            "highlights_kept_local": self.highlights_kept_local,
            "highlights_unanchored": list(self.highlights_unanchored),
            "notes_set": self.notes_set, "notes_merged": self.notes_merged,
            "tags_added": self.tags_added,
        }


def _instant(stamp: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_later(imported: str, local: str) -> bool:
    a, b = _instant(imported), _instant(local)
    return a is not None and (b is None or a > b)


class NoteImporter:
    """Applies one annotation file to a library, through its :class:`LibraryService`."""

    def __init__(self, library: LibraryService) -> None:
        self.library = library

    def import_file(self, path: str | Path) -> NoteImportReport:
        """Raises :class:`AnnotationFormatError` (nothing written) for a file that is not
        a regular file of Web Annotation JSON within the size limit."""
        return self.import_items(read_annotation_file(path))

    def import_items(self, items: list[Imported]) -> NoteImportReport:
        report = NoteImportReport()
        for ref, group in _by_article(items).items():
            article_id = self.resolve(ref)
            if article_id is None:
                report.articles_unmatched.append(ref.title or ref.article_id or "?")
                continue
            report.articles_matched += 1
            changes = self.plan(article_id, group, report)
            if not changes.is_empty():
                self.library.add_annotations(article_id, changes)
        return report

    def resolve(self, ref: ArticleRef) -> str | None:
        by_page = self.library.articles_on_page(ref.page_hash, ref.title) \
            if ref.page_hash and ref.title else []
        known = bool(ref.article_id) and self.library.has_article(ref.article_id)
        # An id can be reused by a different article ("-2" suffixes); when the page and
        # title point elsewhere, they are the better witness.
        if known and (not by_page or ref.article_id in by_page):
            return ref.article_id
        return by_page[0] if by_page else None

    def plan(self, article_id: str, group: list[Imported], report: NoteImportReport
             ) -> ArticleChanges:
        changes = ArticleChanges(added=[], changed=[])
        current = self.library.annotations(article_id)
        local = {(h.start, h.end): h for h in current.highlights}
        planned: set[Span] = set()
        note, tags = current.note, set(current.tags)
        for item in group:
            if isinstance(item, ImportedHighlight):
                self._plan_highlight(item, current.text, local, planned, changes, report)
                continue
            note = self._plan_note(item, note, changes, report)
            new_tags = [t for t in dict.fromkeys(item.tags) if t.strip() and t not in tags]
            tags.update(new_tags)
            changes.tags += tuple(new_tags)
            report.tags_added += len(new_tags)
        return changes

    @staticmethod
    def _plan_highlight(item: ImportedHighlight, text: str, local: dict[Span, Highlight],
                        planned: set[Span], changes: ArticleChanges, report: NoteImportReport
                        ) -> None:
        span = locate(text, item.exact, item.prefix, item.suffix, item.start)
        if span is None:
            report.highlights_unanchored.append(item.exact[:40])
            return
        color = item.color if item.color in HIGHLIGHT_COLORS else DEFAULT_HIGHLIGHT_COLOR
        existing = local.get(span)
        if existing is None:
            if span in planned:  # the same passage twice in one file
                report.highlights_unchanged += 1
                return
            planned.add(span)
            changes.added.append(NewHighlight(*span, *anchor_context(text, *span), color,
                                              item.note, item.created, item.modified))
            report.highlights_added += 1
        elif (existing.color, existing.note) == (color, item.note):
            report.highlights_unchanged += 1
        elif is_later(item.modified, existing.updated):
            changes.changed.append(HighlightChange(existing.id, color, item.note,
                                                   item.modified))
            report.highlights_updated += 1
        else:
            report.highlights_kept_local += 1

    @staticmethod
    def _plan_note(item: ImportedArticleNote, note: str, changes: ArticleChanges,
                   report: NoteImportReport) -> str:
        imported = item.note.strip()
        if not imported or imported in note:
            return note
        if note.strip():
            note = note.rstrip() + NOTE_SEPARATOR + imported
            report.notes_merged += 1
        else:
            note = imported
            report.notes_set += 1
        changes.note = note
        return note


def _by_article(items: list[Imported]) -> dict[ArticleRef, list[Imported]]:
    groups: dict[ArticleRef, list[Imported]] = {}
    for item in items:
        groups.setdefault(item.article, []).append(item)
    return groups
