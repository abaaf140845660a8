"""The shapes the splitter produces and everything downstream consumes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class PageMeta:
    """What the page banner says about the whole page."""

    date: str | None = None  # ISO 8601 when printed
    page: str | None = None  # as printed: "04", "A3"
    editor: str | None = None
    section: str | None = None


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

    def to_dict(self) -> dict:
        data = asdict(self)
        data["text"] = self.text
        data["paragraph_spans"] = [list(span) for span in self.paragraph_spans]
        return data


@dataclass
class SplitPage:
    meta: PageMeta
    articles: list[Article]

    def to_dict(self) -> dict:
        return {"page": asdict(self.meta), "articles": [a.to_dict() for a in self.articles]}
