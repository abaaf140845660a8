"""What the library hands out: plain dataclasses, JSON-ready through ``to_dict``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from desktop_app.core.spans import EntitySpan, EntitySpanDict, NumberSpan, NumberSpanDict
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR


# The JSON shapes the CLI prints (``--json``), field for field and in field order: spelled
# out, so that adding a field to a record is a choice about the output too.
class HighlightDict(TypedDict):
    id: int
    article_id: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    color: str
    note: str
    created: str
    updated: str
    orphan: bool


class ArticleRowDict(TypedDict):
    id: str
    title: str
    date: str | None
    page: str | None
    kind: str
    tags: list[str]
    note_chars: int
    highlight_count: int
    read: bool


class SubheadDict(TypedDict):
    text: str
    before_paragraph: int | None  # index into ``paragraphs``; null: not known


class ArticleDetailDict(TypedDict):
    id: str
    title: str
    subtitle: str
    byline: str
    authors: list[str]
    dateline: str
    kind: str
    subheads: list[SubheadDict]
    paragraphs: list[str]
    text: str
    date: str | None
    page: str | None
    section: str | None
    source_path: str
    numbers: list[NumberSpanDict]
    entities: list[EntitySpanDict]
    note: str
    tags: list[str]
    highlights: list[HighlightDict]
    retired: bool
    kicker: str


class SearchHitDict(TypedDict):
    article_id: str
    title: str
    date: str | None
    kind: str
    snippet: str
    snippet_hits: list[list[int]]
    score: float


class ImportReportDict(TypedDict):
    added_pages: int
    unchanged_pages: int
    updated_pages: int
    articles_added: int
    errors: list[str]
    orphaned_highlights: list[int]
    cancelled: bool
    chars: int
    skipped: list[str]


@dataclass(frozen=True)
class Highlight:
    """A highlighted passage; ``start``/``end`` are ``str`` offsets into the article text.

    ``quote`` with ``prefix``/``suffix`` (up to 32 characters each) anchor it again when
    the page is re-imported. An ``orphan`` could not be found in the new text: it keeps
    its last position and quote and is listed, never deleted.
    """

    id: int
    article_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    color: str = DEFAULT_HIGHLIGHT_COLOR
    note: str = ""
    created: str = ""
    updated: str = ""
    orphan: bool = False

    def to_dict(self) -> HighlightDict:
        return {
            "id": self.id, "article_id": self.article_id, "start": self.start,
            "end": self.end, "quote": self.quote, "prefix": self.prefix,
            "suffix": self.suffix, "color": self.color, "note": self.note,
            "created": self.created, "updated": self.updated, "orphan": self.orphan,
        }


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str
    date: str | None
    page: str | None
    kind: str
    tags: list[str]
    note_chars: int
    highlight_count: int
    read: bool = False  # opened in the window (storage/read_state.py)

    def to_dict(self) -> ArticleRowDict:
        return {
            "id": self.id, "title": self.title, "date": self.date, "page": self.page,
            "kind": self.kind, "tags": list(self.tags), "note_chars": self.note_chars,
            "highlight_count": self.highlight_count, "read": self.read,
        }


@dataclass
class ArticleDetail:
    id: str
    title: str
    subtitle: str  # kicker and deck, as printed over and under the headline
    byline: str
    authors: list[str]
    dateline: str
    kind: str
    subheads: list[str]
    paragraphs: list[str]
    text: str
    date: str | None
    page: str | None
    section: str | None
    source_path: str
    numbers: list[NumberSpan] = field(default_factory=list)
    entities: list[EntitySpan] = field(default_factory=list)
    note: str = ""
    tags: list[str] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)
    retired: bool = False
    # The paragraph each subhead is printed above (an index into ``paragraphs``, the
    # subheads not being part of ``text``); None where a library kept no position.
    subhead_positions: list[int | None] = field(default_factory=list)
    # What of ``subtitle`` is printed over the headline; "" when none or not known.
    kicker: str = ""

    def subhead_places(self) -> list[tuple[str, int | None]]:
        """(subhead, paragraph it stands before), in reading order."""
        positions = self.subhead_positions or [None] * len(self.subheads)
        return list(zip(self.subheads, positions, strict=True))

    def to_dict(self) -> ArticleDetailDict:
        return {
            "id": self.id, "title": self.title, "subtitle": self.subtitle,
            "byline": self.byline, "authors": list(self.authors), "dateline": self.dateline,
            "kind": self.kind,
            "subheads": [{"text": text, "before_paragraph": before}
                         for text, before in self.subhead_places()],
            "paragraphs": list(self.paragraphs), "text": self.text, "date": self.date,
            "page": self.page, "section": self.section, "source_path": self.source_path,
            "numbers": [n.to_dict() for n in self.numbers],
            "entities": [e.to_dict() for e in self.entities],
            "note": self.note, "tags": list(self.tags),
            "highlights": [h.to_dict() for h in self.highlights],
            "retired": self.retired, "kicker": self.kicker,
        }


@dataclass(frozen=True)
class SearchHit:
    """One result; ``score`` is higher for better matches (negated FTS5 bm25)."""

    article_id: str
    title: str
    date: str | None
    kind: str
    snippet: str
    snippet_hits: list[tuple[int, int]]
    score: float

    def to_dict(self) -> SearchHitDict:
        return {
            "article_id": self.article_id, "title": self.title, "date": self.date,
            "kind": self.kind, "snippet": self.snippet,
            "snippet_hits": [list(h) for h in self.snippet_hits], "score": self.score,
        }


@dataclass(frozen=True)
class SampleContents:
    """The sample pages a library holds, and the user's work on their articles (what
    removing them with ``keep_annotated=False`` deletes)."""

    pages: int = 0
    articles: int = 0
    notes: int = 0
    highlights: int = 0
    tags: int = 0  # tags put on sample articles (article-tag links)


@dataclass
class SampleRemoval:
    """What removing the sample pages did."""

    pages: int = 0  # sample pages deleted
    articles: int = 0  # their articles deleted
    kept_articles: list[str] = field(default_factory=list)  # ids kept: they hold user work

    def to_dict(self) -> dict[str, int | list[str]]:
        return {"pages": self.pages, "articles": self.articles,
                "kept_articles": list(self.kept_articles)}


@dataclass
class ImportReport:
    added_pages: int = 0
    unchanged_pages: int = 0
    updated_pages: int = 0
    articles_added: int = 0
    errors: list[str] = field(default_factory=list)
    orphaned_highlights: list[int] = field(default_factory=list)
    cancelled: bool = False
    chars: int = 0  # characters of article text analysed and stored
    # Files under an imported folder that are not page files, by their path from it (not
    # errors: a folder of scans may hold photos too).
    skipped: list[str] = field(default_factory=list)

    def merge(self, other: ImportReport) -> None:
        self.added_pages += other.added_pages
        self.unchanged_pages += other.unchanged_pages
        self.updated_pages += other.updated_pages
        self.articles_added += other.articles_added
        self.errors.extend(other.errors)
        self.skipped.extend(other.skipped)
        self.orphaned_highlights.extend(other.orphaned_highlights)
        self.chars += other.chars

    def to_dict(self) -> ImportReportDict:
        return {
            "added_pages": self.added_pages, "unchanged_pages": self.unchanged_pages,
            "updated_pages": self.updated_pages, "articles_added": self.articles_added,
            "errors": list(self.errors), "orphaned_highlights": list(self.orphaned_highlights),
            "cancelled": self.cancelled, "chars": self.chars, "skipped": list(self.skipped),
        }
