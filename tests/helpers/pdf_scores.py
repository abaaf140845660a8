"""Scores of a split page against the gold of a generated newspaper PDF.

- boundary: share of gold articles printed back whole and alone (an article whose text,
  spaces aside, is exactly the gold text);
- title: share of gold headlines given to that article as its title;
- precision: share of the articles found that are a gold article, whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tests.helpers.newspaper_issue import GoldPage


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _read(article: dict) -> str:
    """An article's text as a reader reads it: its dateline (shown with the byline, out of
    the text since a story's first paragraph is its own) then its text."""
    return _norm(article.get("dateline", "") + article["text"])


@dataclass
class Scores:
    gold: int = 0
    found: int = 0
    whole: int = 0  # gold articles found whole
    titled_gold: int = 0
    titles: int = 0
    exact_found: int = 0  # found articles that are a gold article
    meta_fields: int = 0
    meta_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def boundary(self) -> float:
        return self.whole / self.gold if self.gold else 1.0

    @property
    def title(self) -> float:
        return self.titles / self.titled_gold if self.titled_gold else 1.0

    @property
    def precision(self) -> float:
        return self.exact_found / self.found if self.found else 1.0

    @property
    def meta(self) -> float:
        return self.meta_right / self.meta_fields if self.meta_fields else 1.0

    def add(self, gold: GoldPage, page: dict) -> None:  # page: SplitPageDict
        found = page["articles"]
        by_text: dict[str, list[dict]] = {}
        for article in found:
            by_text.setdefault(_read(article), []).append(article)
        gold_texts = {_norm(g.text) for g in gold.articles}
        self.gold += len(gold.articles)
        self.found += len(found)
        self.exact_found += sum(1 for a in found if _read(a) in gold_texts)
        for g in gold.articles:
            hits = by_text.get(_norm(g.text), [])
            if hits:
                self.whole += 1
            else:
                self.misses.append(f"p{gold.page} boundary: {g.kind} {g.title or g.text[:20]}")
            if g.title:
                self.titled_gold += 1
                if any(_norm(h["title"]) == _norm(g.title) for h in hits):
                    self.titles += 1
                elif hits:
                    self.misses.append(f"p{gold.page} title: {g.title!r} got "
                                       f"{hits[0]['title']!r}")
        for article in found:
            if _read(article) not in gold_texts:
                self.misses.append(f"p{gold.page} extra: {article['kind']} "
                                   f"{article['title'][:20]!r} {article['text'][:30]!r}")
        meta = page["page"]
        for key, want in (("date", gold.date), ("page", gold.page), ("editor", gold.editor),
                          ("section", gold.section)):
            self.meta_fields += 1
            if meta[key] == want:
                self.meta_right += 1
            else:
                self.misses.append(f"p{gold.page} meta {key}: {meta[key]!r} != {want!r}")


def score(pairs: Iterable[tuple[GoldPage, dict]]) -> Scores:
    scores = Scores()
    for gold, page in pairs:
        scores.add(gold, page)
    return scores
