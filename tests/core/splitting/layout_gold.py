"""The articles the layout generator prints, the gold it knows, and the scorers.

``written()`` reads ``articles.txt`` and ``seed_stories()`` the headlined articles of the
seed pages; a generated :class:`Page` carries the :class:`GoldItem` it printed; ``score()``
and ``sentence_counts()`` compare a split with that gold. Re-exported by ``layouts``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("articles.txt")
SEEDS = Path(__file__).resolve().parents[3] / "seeds"

# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Story:
    title: str
    body: tuple[tuple[str, bool], ...]  # (paragraph or subhead, is_subhead)
    kicker: str = ""
    deck: str = ""
    byline: str = ""
    dateline: str = ""
    section: str = ""
    source: str = "own"

    @property
    def paragraphs(self) -> list[str]:
        return [text for text, subhead in self.body if not subhead]


@dataclass(frozen=True)
class Photo:
    caption: str
    credit: str
    title: str = ""


_KEYS = {"引题": "kicker", "主题": "title", "副题": "deck", "作者": "byline", "电头": "dateline",
         "说明": "caption", "摄影": "credit"}


@cache
def written() -> tuple[tuple[Story, ...], tuple[Photo, ...]]:
    """The articles and photo captions of ``articles.txt``."""
    stories: list[Story] = []
    photos: list[Photo] = []
    for block in re.split(r"^=== ", DATA.read_text(encoding="utf-8"), flags=re.M)[1:]:
        section, *rows = block.strip().split("\n")
        fields: dict[str, str] = {}
        body: list[tuple[str, bool]] = []
        in_body = False
        for row in rows:
            row = row.strip()
            if not row:
                continue
            if row == "正文：":
                in_body = True
            elif row.startswith("小标题："):
                body.append((row.removeprefix("小标题："), True))
            elif in_body:
                body.append((row, False))
            else:
                key, _, value = row.partition("：")
                fields[_KEYS[key]] = value
        if section == "图片":
            photos.append(Photo(fields["caption"], fields["credit"], fields.get("title", "")))
        else:
            stories.append(Story(body=tuple(body), section=section, source="own", **fields))
    return tuple(stories), tuple(photos)


@cache
def seed_stories() -> tuple[Story, ...]:
    """The headlined articles of the seed pages, as the splitter returns them.

    tests/test_split_seeds.py pins those splits, so their titles and bodies are right.
    Long articles keep their first five paragraphs (and the subheads among them).
    """
    from desktop_app.core.reading.pages import read_page
    from desktop_app.core.splitting.split import split_page

    stories: list[Story] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for article in split_page(read_page(path).text).articles:
            title = article.title
            derived = title.endswith("…") or article.text.startswith(title)
            if article.kind not in ("article", "brief", "commentary") or derived or not title:
                continue
            body: list[tuple[str, bool]] = []
            subheads = list(zip(article.subhead_positions, article.subheads, strict=True))
            for index, paragraph in enumerate(article.paragraphs[:5]):
                body.extend((text, True) for pos, text in subheads if pos == index and index)
                body.append((paragraph, False))
            stories.append(Story(title=title, body=tuple(body), byline=article.byline,
                                 dateline=article.dateline, source="seed"))
    return tuple(stories)


# ------------------------------------------------------------------------ sentences

_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$")


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences, closing quotes kept with the sentence they close."""
    return [s for s in _SENTENCE.findall(paragraph) if s.strip()]


def norm(text: str) -> str:
    """Text as compared with the gold: whitespace (line joins, spacing) ignored."""
    return re.sub(r"\s+", "", text)


# ----------------------------------------------------------------------------- gold


@dataclass
class GoldItem:
    """One printed item: a story, a continued fragment or a photo caption."""

    kind: str  # "story" | "continuation" | "photo"
    title: str  # the printed headline, "" when it has none
    sentences: list[str]
    source: str = "own"
    # (subhead as written, first sentence of the paragraph it is printed above)
    subheads: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Page:
    family: str
    text: str
    items: list[GoldItem]
    notes: list[str] = field(default_factory=list)  # what the layout did, for failure reports

    def describe(self) -> str:
        return f"{self.family}: {', '.join(self.notes)}"


# ---------------------------------------------------------------------------- score


@dataclass
class Scores:
    boundary: list[bool] = field(default_factory=list)  # per gold item
    title: list[bool] = field(default_factory=list)  # per gold item with a headline
    precision: list[bool] = field(default_factory=list)  # per output article

    def add(self, other: Scores) -> None:
        self.boundary += other.boundary
        self.title += other.title
        self.precision += other.precision

    @staticmethod
    def rate(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 1.0


def _article_text(article: Any) -> str:
    return norm("".join(article.paragraphs))


def score(page: Page, articles: Sequence[Any]) -> Scores:
    """Boundary, title and precision of one split against the page's gold.

    boundary: an item's first and last sentence are in one output article;
    title: the article holding the item's first sentence carries its headline (and no
    other item's headline); precision: an output article holds the first sentence of
    exactly one item.
    """
    texts = [_article_text(a) for a in articles]
    titles = [norm(a.title) for a in articles]
    result = Scores()
    heads = [norm(item.title) for item in page.items if item.title]
    starts: list[int] = [0] * len(articles)
    for item in page.items:
        if not item.sentences:
            continue
        first, last = norm(item.sentences[0]), norm(item.sentences[-1])
        holders = [i for i, text in enumerate(texts) if first in text]
        both = [i for i in holders if last in texts[i]]
        result.boundary.append(bool(both))
        for i in holders[:1]:
            starts[i] += 1
        if item.title:
            own = norm(item.title)
            ok = bool(holders) and own in titles[holders[0]] and not any(
                other != own and len(other) >= 4 and other in titles[holders[0]]
                for other in heads
            )
            result.title.append(ok)
    result.precision = [count == 1 for count in starts]
    return result


@dataclass
class SubheadScores:
    found: int = 0  # subheads the split gives
    right: int = 0  # of those, printed as subheads, above the paragraph they head
    printed: int = 0  # subheads the page prints

    def add(self, other: SubheadScores) -> None:
        self.found += other.found
        self.right += other.right
        self.printed += other.printed

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.printed if self.printed else 1.0


def subhead_key(text: str) -> str:
    """A subhead as compared with the gold: marks, brackets and spacing ignored."""
    return norm(re.sub(r"[*#【】]", "", text))


def score_subheads(page: Page, articles: Sequence[Any]) -> SubheadScores:
    """Subheads found in the split against those printed: a found subhead is right when
    it is a printed one and stands right above the paragraph it heads."""
    printed = {(subhead_key(text), norm(first)) for item in page.items
               for text, first in item.subheads}
    result = SubheadScores(printed=len(printed))
    for article in articles:
        for text, before in zip(article.subheads, article.subhead_positions, strict=True):
            result.found += 1
            following = norm(article.paragraphs[before]) if before < len(article.paragraphs) else ""
            result.right += any(key == subhead_key(text) and following.startswith(first)
                                for key, first in printed)
    return result


def _reading(article: Any) -> str:
    """An article as it reads: headline, deck, then the body with its subheads in place."""
    text = "".join(article.paragraphs)
    # An untitled article is listed by its opening words: they are not printed twice.
    derived = norm(text).startswith(norm(article.title).rstrip("…"))
    parts = [] if derived else [article.title, article.subtitle]
    subheads = dict(zip(article.subhead_positions, article.subheads, strict=False))
    for index, paragraph in enumerate(article.paragraphs):
        if index in subheads:
            parts.append(subheads[index])
        parts.append(paragraph)
    parts += [s for p, s in subheads.items() if p >= len(article.paragraphs)]
    return norm("".join(parts))


def sentence_counts(
    page: Page, articles: Sequence[Any], whole: bool = False
) -> dict[str, tuple[int, int]]:
    """Each printed sentence → (times printed, times in the split) where they differ.

    A sentence counts where an article reads it, headline and subheads included, so a
    piece of a sentence taken for a headline or subhead is still there, in its place.
    ``whole``: a sentence counts only whole in an article's body text.
    """
    printed = "\x00".join(norm(s) for item in page.items for s in item.sentences)
    if whole:
        split = "\x00".join(norm("".join(a.paragraphs)) for a in articles)
    else:
        split = "\x00".join(_reading(a) for a in articles)
    wrong: dict[str, tuple[int, int]] = {}
    for item in page.items:
        for sentence in item.sentences:
            key = norm(sentence)
            if len(key) < 2:
                continue
            expected, got = printed.count(key), split.count(key)
            if expected != got:
                wrong[sentence] = (expected, got)
    return wrong
