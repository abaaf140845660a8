"""The shapes the splitter produces and everything downstream consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict


# The JSON shapes ``xiangyue split`` prints, spelled out so that a new field is a choice.
class PageMetaDict(TypedDict):
    date: str | None
    page: str | None
    editor: str | None
    section: str | None


class ArticleDict(TypedDict):
    id: str
    title: str
    kind: str
    subtitle: str
    kicker: str
    byline: str
    authors: list[str]
    dateline: str
    subheads: list[str]
    subhead_positions: list[int]
    paragraphs: list[str]
    source_start: int
    source_end: int
    paragraph_spans: list[list[int]]
    text: str


class SplitPageDict(TypedDict):
    page: PageMetaDict
    articles: list[ArticleDict]


@dataclass(frozen=True)
class PageMeta:
    """What the page banner says about the whole page."""

    date: str | None = None  # ISO 8601 when printed
    page: str | None = None  # as printed: "04", "A3"
    editor: str | None = None
    section: str | None = None

    def to_dict(self) -> PageMetaDict:
        return {"date": self.date, "page": self.page, "editor": self.editor,
                "section": self.section}


@dataclass
class Article:
    """One article as a reader sees it in the paper.

    ``source_start``/``source_end`` bound every line the article was built from in the
    page text (headlines printed after the body included); ``paragraph_spans`` give,
    per paragraph, the page-text range it was rejoined from, so a highlight can be
    traced back to the page.
    """

    id: str
    title: str
    kind: str = "article"  # one of vocabulary.ARTICLE_KINDS
    subtitle: str = ""
    # What of ``subtitle`` is printed over the headline (its 引题 or column label); the
    # rest is printed under it (副题). ``subtitle`` keeps both, for search and listing.
    kicker: str = ""
    byline: str = ""
    authors: list[str] = field(default_factory=list)
    dateline: str = ""
    subheads: list[str] = field(default_factory=list)
    # Index into ``paragraphs`` before which each subhead is printed.
    subhead_positions: list[int] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    source_start: int = 0
    source_end: int = 0
    paragraph_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def to_dict(self) -> ArticleDict:
        return {
            "id": self.id, "title": self.title, "kind": self.kind, "subtitle": self.subtitle,
            "kicker": self.kicker, "byline": self.byline, "authors": list(self.authors),
            "dateline": self.dateline,
            "subheads": list(self.subheads), "subhead_positions": list(self.subhead_positions),
            "paragraphs": list(self.paragraphs), "source_start": self.source_start,
            "source_end": self.source_end,
            "paragraph_spans": [list(span) for span in self.paragraph_spans],
            "text": self.text,
        }


def kicker_and_deck(subtitle: str, kicker: str) -> tuple[str, str]:
    """What of ``subtitle`` is printed over the headline and what under it. A kicker the
    subtitle no longer opens with (a headline chosen by hand went before it) or one not
    known (a library older than the field) puts it all under the headline."""
    if kicker and subtitle.startswith(kicker):
        return kicker, subtitle[len(kicker):].strip()
    return "", subtitle


def section_of(places: list[tuple[str, int]], paragraph: int) -> int:
    """How many of the subheads ``(text, before_paragraph)`` stand above ``paragraph``:
    0 for the paragraphs before the first subhead."""
    return sum(1 for _, before in places if before <= paragraph)


def placed(places: list[tuple[str, int | None]], paragraphs: int) -> list[tuple[str, int]]:
    """The subheads whose place is known, in reading order; one placed past the last
    paragraph stands after it."""
    return sorted(((text, min(before, paragraphs)) for text, before in places
                   if before is not None and before >= 0), key=lambda pair: pair[1])


@dataclass
class SplitPage:
    meta: PageMeta
    articles: list[Article]

    def to_dict(self) -> SplitPageDict:
        return {"page": self.meta.to_dict(), "articles": [a.to_dict() for a in self.articles]}
