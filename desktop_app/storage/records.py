"""What the library hands out: plain dataclasses, JSON-ready through ``to_dict``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from desktop_app.core.spans import EntitySpan, NumberSpan
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR


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

    def to_dict(self) -> dict:
        return asdict(self)


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

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ArticleDetail:
    id: str
    title: str
    subtitle: str
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

    def to_dict(self) -> dict:
        return asdict(self)


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

    def to_dict(self) -> dict:
        data = asdict(self)
        data["snippet_hits"] = [list(h) for h in self.snippet_hits]
        return data


@dataclass
class ImportReport:
    added_pages: int = 0
    unchanged_pages: int = 0
    updated_pages: int = 0
    articles_added: int = 0
    errors: list[str] = field(default_factory=list)
    orphaned_highlights: list[int] = field(default_factory=list)
    cancelled: bool = False

    def merge(self, other: ImportReport) -> None:
        self.added_pages += other.added_pages
        self.unchanged_pages += other.unchanged_pages
        self.updated_pages += other.updated_pages
        self.articles_added += other.articles_added
        self.errors.extend(other.errors)
        self.orphaned_highlights.extend(other.orphaned_highlights)

    def to_dict(self) -> dict:
        return asdict(self)
