"""The layout units a page is cut into: body runs, headline stacks, captions, quotes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Para:
    text: str
    start: int
    end: int
    subhead: bool = False


@dataclass
class Run:
    paras: list[Para] = field(default_factory=list)
    dateline: str = ""
    byline: str = ""
    marker: str = ""
    signoff: str = ""
    position: int = 0

    @property
    def body(self) -> list[Para]:
        return [p for p in self.paras if not p.subhead]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


@dataclass
class Headline:
    text: str
    start: int
    end: int
    chained: bool = False  # joined to the previous headline line by a hard break
    line_id: int = 0  # parts printed on one line share it
    level: int = 0  # Markdown heading level of its line (7 for bold, 0 for a bare line)


@dataclass
class Group:
    lines: list[Headline] = field(default_factory=list)
    kicker: str = ""
    decks: list[str] = field(default_factory=list)
    byline: str = ""
    byline_span: tuple[int, int] | None = None
    label: str = ""  # column label such as 三湘时评
    label_over: bool = False  # printed over the stack's first headline line
    deck_after: int = -1  # how many headline lines were read before the first "——" deck
    position: int = 0
    starts: list[int] = field(default_factory=list)


@dataclass
class Caption:
    text: str
    credit: str
    start: int
    end: int
    position: int = 0


@dataclass
class Quote:
    text: str
    attribution: str
    start: int
    end: int
    position: int = 0


@dataclass
class PageBanner:
    date: str | None = None
    page: str | None = None
    editor: str | None = None
    section: str | None = None


Unit = Run | Group | Caption | Quote
