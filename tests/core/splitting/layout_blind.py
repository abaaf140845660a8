"""The blind layout sets: pages re-laid out by writers who never saw the splitter.

``tests/gold/layouts/<set>/pageNN.txt`` is a page as a tool or a route printed it (or
``pageNN.pdf``, a page as an e-paper PDF, laid out by an engine other than the tests'
own), ``pageNN.json`` its gold: each printed item's kind, headline, kicker and deck, and the
first and last 10–20 characters of its body (the conventions are in
``tests/gold/layouts/conventions.md``). ``web``, ``pdf``, ``routes``, ``days`` (everyday
routes), ``pdffiles``, ``pdfoffice`` and ``pdfpress`` (PDF files) are development sets:
their errors are read. So are ``ocr`` and ``later``, held out until session 22 printed
some of their lines (docs/quality.md), and ``viewers``, ``kinds``, ``reposts`` and
``columns`` (narrow columns, session 28), ``provinces`` (other provinces' papers by
everyday routes, session 29), ``sources`` (routes not used before, session 30) and
``relays`` (routes not used before either, session 31), ``byways`` (again, session 32) and
``strays`` (everyday routes of its writer's choosing, session 32, after its blind reading).
``mixed``, ``fresh``, ``pdfheld``, ``unseen``, ``pdfblind``, ``tools``, ``mixed2``,
``everyday``, ``inland`` (session 29) and ``assorted`` (session 30) are held out: only
their figures are read. ``strays`` (session 32) was written to be held out, read blind once
(docs/quality.md), then made a development set. Later sets are listed in
tests/gold/README.md, each said development or held out; ``HELD_OUT`` below is the list.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from desktop_app.core.reading.pages import read_page
from desktop_app.core.reading.pdf_file import PdfError, PdfFile, PdfPage
from desktop_app.core.reading.pdf_layout import lay_out
from desktop_app.core.splitting.split import split_page
from tests.core.splitting.layout_gold import GoldItem, Page, Scores, norm, score

ROOT = Path(__file__).resolve().parents[2] / "gold" / "layouts"
SETS = ("web", "pdf", "routes", "days", "pdffiles", "pdfoffice", "pdfpress", "ocr", "mixed",
        "fresh", "pdfheld", "unseen", "pdfblind", "later", "tools", "viewers", "kinds", "reposts",
        "mixed2", "columns", "everyday", "provinces", "inland", "assorted", "sources", "relays",
        "byways", "strays", "yonder", "farther", "roams", "nearby", "reaches", "onward", "recast",
        "strewn", "cluttered", "littered", "scattered")
HELD_OUT = frozenset({"mixed", "fresh", "pdfheld", "unseen", "pdfblind", "tools", "mixed2",
                      "everyday", "inland", "assorted", "yonder", "nearby", "onward",
                      "cluttered"})


@dataclass
class SetScores:
    scores: Scores = field(default_factory=Scores)
    exact: list[bool] = field(default_factory=list)  # the headline, and nothing else

    @property
    def title(self) -> float:
        return Scores.rate(self.scores.title)

    def row(self) -> str:
        """The figures as the benches print them: items | boundary | headline | precision
        | exact."""
        rate, s = Scores.rate, self.scores
        return (f"{len(s.boundary)} | {rate(s.boundary):.3f} | {rate(s.title):.3f} | "
                f"{rate(s.precision):.3f} | {rate(self.exact):.3f}")


def pages(name: str) -> Iterator[tuple[Path, Page]]:
    for path in sorted((ROOT / name).glob("page*.*")):
        if path.suffix not in (".txt", ".pdf"):
            continue
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        items = [GoldItem(kind=item["kind"], title=item["title"],
                          sentences=[item["first"], item["last"]]) for item in gold["items"]]
        yield path, Page(family=name, text="", items=items)


def _folded(text: str) -> str:
    """Text as compared here: punctuation of either width alike. The gold keeps what a
    tool printed (衡南:新增…); the splitter sets half-width marks as the page printed
    them, full width (衡南：新增…)."""
    return unicodedata.normalize("NFKC", text)


def _compared(article: Any) -> SimpleNamespace:
    return SimpleNamespace(title=_folded(article.title),
                           paragraphs=[_folded(p) for p in article.paragraphs])


def _articles(path: Path) -> list[Any]:
    """What the app makes of one page: a text page split, a PDF's page laid out."""
    if path.suffix != ".pdf":
        return list(split_page(read_page(path).text).articles)
    try:
        with PdfFile(path) as pdf:
            return [article for item in pdf.pages() if isinstance(item, PdfPage)
                    for article in lay_out(item.geometry).split.articles]
    except PdfError:  # a file the app refuses: every item on it is missed
        return []


def measure(name: str, read: Callable[[Path], list[Any]] | None = None,
            ) -> tuple[SetScores, list[str]]:
    """The splitter's scores on one set, and a line per miss (for development sets).
    ``read``: what to make of a page file, if not what the app makes of it."""
    result, misses = SetScores(), []
    for path, printed in pages(name):
        page = Page(family=name, text="", items=[
            GoldItem(kind=item.kind, title=_folded(item.title),
                     sentences=[_folded(s) for s in item.sentences]) for item in printed.items])
        articles = [_compared(a) for a in (read or _articles)(path)]
        page_scores = score(page, articles)
        result.scores.add(page_scores)
        texts = [norm("".join(a.paragraphs)) for a in articles]
        titles = iter(page_scores.title)
        for item, whole in zip(page.items, page_scores.boundary, strict=True):
            holders = [k for k, text in enumerate(texts) if norm(item.sentences[0]) in text]
            got = articles[holders[0]].title if holders else ""
            right = next(titles) if item.title else True
            if item.title:
                result.exact.append(bool(holders) and norm(got) == norm(item.title))
            if not (whole and right):
                misses.append(f"{path.name} {item.kind}: whole={whole} headline={right} "
                              f"gold={item.title!r} got={got!r}")
    return result, misses
