"""Newspaper pages re-laid out the way extraction tools print them, with the gold known.

The same articles come out of PDF-to-text tools in many shapes: a paragraph per line or
hard-wrapped at a column of 8–40 characters; headlines marked in Markdown, in bold or
not at all; the headline above its body, printed after it (column layouts) or on the
same line beside it (layout-preserving extraction); kickers and decks; bylines before
the body or signed after it; running page headers and page numbers in the middle of a
sentence; photo captions with their 摄 credit cutting a sentence in two; continuation
markers; lines extracted twice; blank lines between paragraphs, between every line or
nowhere. Each page is built from known articles, so what a splitter should return is
known by construction (:class:`GoldItem`).

Text comes from three sources: short articles written for these tests in the register
of a provincial daily (``articles.txt``: economy, government, culture, sports, rural
affairs, science, briefs, photo captions), the articles of the five seed pages, and
(for pages that mix them) both. Most pages use only the written articles, so headline
matching is measured on words the splitter was never tuned on.

``generate(family, rng)`` draws one page of a layout family; ``pages()`` is the
hypothesis strategy over every family and ``corpus()`` the fixed pages the bench
scores (``bench/split_layouts.py``). ``score()`` and ``sentence_counts()`` compare a
split with the gold.

The generator lives in four modules: ``layout_gold`` (the articles, the gold, the
scorers), ``layout_families`` (the families and the printing of a story),
``layout_subheads`` (stories cut into sections and the ``subheads`` family) and this one
(a page laid out, the fixed corpus, the hypothesis strategy), which re-exports the
public names of the others.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from tests.core.splitting.layout_families import (
    CONTINUED_FROM,
    CONTINUED_TO,
    HEADERS,
    PAGE_NUMBERS,
    Out,
    Para,
    Rng,
    Style,
    _body,
    _byline_lines,
    _cut_for_photo,
    _head_lines,
    _heading,
    _photo_lines,
    _pick_stories,
    _story_sentences,
    cell_width,
    cell_width_of,
    wrap,
)
from tests.core.splitting.layout_gold import (
    DATA,
    SEEDS,
    GoldItem,
    Page,
    Photo,
    Scores,
    Story,
    SubheadScores,
    norm,
    score,
    score_subheads,
    seed_stories,
    sentence_counts,
    sentences,
    written,
)
from tests.core.splitting.layout_subheads import FAMILIES, with_subheads

__all__ = [
    "CONTINUED_FROM",
    "CONTINUED_TO",
    "DATA",
    "FAMILIES",
    "HEADERS",
    "PAGE_NUMBERS",
    "SEEDS",
    "GoldItem",
    "Out",
    "Page",
    "Para",
    "Photo",
    "Rng",
    "Scores",
    "Story",
    "Style",
    "SubheadScores",
    "cell_width",
    "cell_width_of",
    "corpus",
    "generate",
    "norm",
    "page_for",
    "pages",
    "score",
    "score_subheads",
    "seed_stories",
    "sentence_counts",
    "sentences",
    "wrap",
    "written",
]


def generate(family: str, rng: Rng) -> Page:
    """One page of ``family`` with its gold."""
    style = FAMILIES[family](rng)
    stories = _pick_stories(style, rng)
    notes = [f"width={style.width}", f"marks={style.marks}", f"head={style.head}"]
    if style.more_subheads:
        stories = [with_subheads(story, rng) for story in stories]
        notes.append(f"subheads={style.subheads}")
    _, all_photos = written()
    plain_photos = [p for p in all_photos if not p.title]
    mid_photos = rng.sample(plain_photos, min(len(plain_photos), style.captions))
    news = [p for p in all_photos if p.title]
    news_photos = rng.sample(news, 1) if style.photo_news else []
    out = Out(style)
    items: list[GoldItem] = []
    if rng.random() < 0.5:  # the page's own banner at the top
        out.block([*rng.sample(HEADERS[:3], 2), rng.choice(PAGE_NUMBERS)], blank_after=True)
    if style.continuations and len(stories) > 1:
        continued, stories = stories[0], stories[1:]
        paras = _body(continued, style, rng)
        paras = [p for p in paras if p.text][-rng.randint(1, 2) :]
        for para in paras:
            para.lines[0] = para.lines[0].lstrip("\u3000")
            if para.lead:  # a continued text never opens with the dateline
                para.lines = wrap(para.text, style.width) if style.width else [para.text]
                para.lead = ""
        out.block([rng.choice(CONTINUED_FROM)])
        for para in paras:
            out.block(para.lines)
        items.append(GoldItem("continuation", "", _story_sentences(paras), continued.source))
        notes.append("continued from page 1")
    for number, story in enumerate(stories):
        head = _head_lines(story, style, rng)
        bylines = _byline_lines(story, style)
        body = _body(story, style, rng)
        said = _story_sentences(body)
        lines_total = sum(len(p.lines) for p in body)
        if style.continuations and number == 0 and lines_total > 2:
            # The story goes on on another page: it stops inside a sentence.
            keep = rng.randint(2, lines_total - 1)
            said = _story_sentences(body, keep)
            kept: list[Para] = []
            left = keep
            for para in body:
                if left <= 0:
                    break
                kept.append(Para(para.lines[:left], para.text, para.lead, para.sub))
                left -= len(para.lines)
            body = [*kept, Para([rng.choice(CONTINUED_TO)])]
            notes.append("goes on on page 2")
        items.append(GoldItem("story", story.title, said, story.source,
                              _printed_subheads(body, said)))
        # Photo captions cut a sentence of this story in two.
        inserts: dict[tuple[int, int], list[str]] = {}
        while mid_photos and (spot := _cut_for_photo(body, rng)) and spot not in inserts:
            photo = mid_photos.pop(0)
            inserts[spot] = _photo_lines(photo, style, rng)
            items.append(GoldItem("photo", "", sentences(photo.caption)))
            notes.append("caption mid-sentence")
            if rng.random() < 0.5:
                break
        chunks: list[tuple[list[str], bool]] = []  # (lines, blank after)
        for p, para in enumerate(body):
            start = 0
            for (pp, i), photo_lines in sorted(inserts.items()):
                if pp == p:
                    chunks.append((para.lines[start:i], rng.random() < 0.5))
                    chunks.append((photo_lines, True))
                    start = i
            chunks.append((para.lines[start:], style.blank_paras))
        if style.head == "above":
            out.block(head)
            out.block(bylines)
            for lines, blank in chunks:
                out.block(lines, blank)
        elif style.head == "below":
            out.block(bylines)
            for lines, blank in chunks:
                out.block(lines, blank)
            out.block(head)
        else:  # beside: the headline stack on the same lines as the body's first lines
            flat = [*bylines, *(line for lines, _ in chunks for line in lines)]
            printed: list[str] = []
            if rng.random() < 0.5:
                # pdftotext -layout: the story's column keeps its place on every line.
                column = max(len(h) for h in head) + rng.randint(3, 8)
                for i, line in enumerate(flat):
                    left_cell = head[i] if i < len(head) else ""
                    printed.append(left_cell + " " * (column - len(left_cell)) + line)
            else:
                pad = max(cell_width_of(h) for h in head)
                gap = rng.choice(["   ", "    ", "\u3000\u3000"])
                for i, line in enumerate(flat):
                    if i < len(head):
                        left_cell = head[i] + "\u3000" * int(pad - cell_width_of(head[i]))
                        printed.append(left_cell + gap + line)
                    else:
                        printed.append(line)
            printed += head[len(flat) :]
            out.block(printed)
        if (news_photos and rng.random() < 0.5) or (news_photos and number == len(stories) - 1):
            photo = news_photos.pop()
            out.block([_heading(photo.title, style, "title")])
            out.block(_photo_lines(photo, style, rng))
            items.append(GoldItem("photo", photo.title, sentences(photo.caption)))
            notes.append("photo news")
    lines = out.lines
    if style.twice:
        lines = _extract_twice(lines, style.twice, rng)
        notes.append(f"twice={style.twice}")
    if style.headers or style.page_numbers:
        lines = _running_headers(lines, style, rng)
        notes.append("running headers")
    if style.page_numbers and rng.random() < 0.7:
        lines += ["", rng.choice(PAGE_NUMBERS)]
    text = "\n".join(lines).strip("\n") + "\n"
    return Page(family, text, items, notes)


def _printed_subheads(body: list[Para], said: list[str]) -> list[tuple[str, str]]:
    """(subhead, first sentence of the paragraph under it) for each subhead printed above
    a paragraph that is printed; (subhead, "") for one printed last before the story
    goes on on another page."""
    found = []
    goes_on = bool(body) and body[-1].lines[:1] in ([m] for m in CONTINUED_TO)
    for index, para in enumerate(body):
        below = next((p for p in body[index + 1:] if p.text), None)
        if para.sub and below is None and goes_on:
            found.append((para.sub, ""))
        if para.sub and below is not None:
            first = sentences(below.text)[0]
            if first in said:
                found.append((para.sub, first))
    return found


def _extract_twice(lines: list[str], times: int, rng: Rng) -> list[str]:
    """Some body lines are printed again right after themselves (an extraction fault)."""
    candidates = [i for i, line in enumerate(lines) if len(line) >= 6]
    for i in sorted(rng.sample(candidates, min(times, len(candidates))), reverse=True):
        lines = [*lines[:i + 1], lines[i], *lines[i + 1:]]
    return lines


def _running_headers(lines: list[str], style: Style, rng: Rng) -> list[str]:
    """Page furniture repeated every so many lines, wherever it falls."""
    out: list[str] = []
    every = rng.randint(12, 30)
    for index, line in enumerate(lines):
        out.append(line)
        if index and index % every == 0:
            furniture = []
            if style.headers:
                furniture.append(rng.choice(HEADERS))
            if style.page_numbers and rng.random() < 0.5:
                furniture.append(rng.choice(PAGE_NUMBERS))
            out.extend(furniture)
    return out


# --------------------------------------------------------------------------- corpus


def corpus(pages_per_family: int = 30, start: int = 0) -> list[Page]:
    """A fixed set of pages for the bench: the same pages on every run (``start``
    picks another set, e.g. pages never looked at while developing)."""
    return [
        generate(family, random.Random(f"{family}:{index}"))
        for family in FAMILIES
        for index in range(start, start + pages_per_family)
    ]


def page_for(family: str, seed: int) -> Page:
    """The page ``pages()`` draws for ``family`` and ``seed`` (to replay a failure)."""
    return generate(family, random.Random(seed))


def pages(families: Sequence[str] = tuple(FAMILIES)) -> Any:
    """Hypothesis strategy: a page of one of ``families``.

    A page makes hundreds of random choices; drawing them one by one from hypothesis
    makes inputs too large to shrink, so a page is drawn as (family, seed): a failure
    reports both, and ``page_for(family, seed)`` prints it again.
    """
    from hypothesis import strategies as st

    return st.builds(page_for, st.sampled_from(list(families)), st.integers(0, 2**32 - 1))
