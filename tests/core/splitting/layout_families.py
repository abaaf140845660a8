"""Layout families of the generator and the printing of a story in each.

A family (:data:`FAMILIES`) draws a :class:`Style`: wrap width, headline marks, where the
headline goes, bylines, captions, page furniture. The helpers below print a story's
headline stack, bylines, body and photos in that style; ``layouts.generate()`` lays them
out into a page. Re-exported by ``layouts``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tests.core.splitting.layout_gold import (
    Photo,
    Story,
    norm,
    seed_stories,
    sentences,
    written,
)

# ---------------------------------------------------------------------------- style


@dataclass
class Style:
    width: int | None = None  # wrap width in CJK cells; None: a paragraph per line
    marks: str = "plain"  # "markdown", "bold", "levels" (#/##/###), "plain"
    head: str = "above"  # "above", "below" (after its body), "beside" (same line)
    byline_after: bool = False
    dateline_line: bool = False  # the dateline on a line of its own
    blank_paras: bool = True  # blank line between paragraphs and blocks
    blank_lines: bool = False  # blank line between every wrapped line
    indent: bool = False  # paragraphs open with two ideographic spaces
    dropped_indent: bool = False  # set, but dropped by extraction (as on the seed pages)
    headers: bool = False  # running page header/footer lines every so many lines
    page_numbers: bool = False
    captions: int = 0  # photo captions dropped into the middle of a sentence
    photo_news: bool = False  # a titled photo between stories
    continuations: bool = False
    twice: int = 0  # lines extracted twice
    kickers: bool = True  # print kickers and decks the stories have
    stories: tuple[int, int] = (2, 4)
    seed_share: float = 0.2  # chance that a story comes from the seed pages
    subheads: str = "marked"  # how subheads print: layout_subheads.SUBHEAD_STYLES
    more_subheads: bool = False  # stories printed without subheads get some
    notes: list[str] = field(default_factory=list)


Rng = random.Random


def _markdown(rng: Rng) -> Style:
    return Style(marks="markdown", captions=rng.choice([0, 1]), byline_after=rng.random() < 0.2)


def _markdown_variants(rng: Rng) -> Style:
    return Style(
        marks=rng.choice(["bold", "levels", "markdown"]),
        width=rng.choice([None, None, rng.randint(20, 40)]),
        blank_paras=rng.random() < 0.6,
        captions=rng.choice([0, 1]),
        twice=rng.choice([0, 1]),
        byline_after=rng.random() < 0.3,
        dateline_line=rng.random() < 0.3,
    )


def _plain(rng: Rng) -> Style:
    return Style(
        width=rng.choice([None, None, rng.randint(24, 40)]),
        blank_paras=rng.random() < 0.5,
        indent=rng.random() < 0.4,
        byline_after=rng.random() < 0.3,
        dateline_line=rng.random() < 0.3,
    )


def _narrow(rng: Rng) -> Style:
    return Style(
        width=rng.randint(8, 19),
        dropped_indent=rng.random() < 0.3,
        blank_paras=rng.random() < 0.5,
        blank_lines=rng.random() < 0.3,
        byline_after=rng.random() < 0.3,
        dateline_line=rng.random() < 0.3,
        captions=rng.choice([0, 0, 1]),
    )


def _narrow_below(rng: Rng) -> Style:
    style = _narrow(rng)
    style.width = rng.randint(11, 19)
    style.head = "below"
    style.captions = rng.choice([0, 1, 1])
    style.stories = (3, 5)
    return style


def _wide_headers(rng: Rng) -> Style:
    return Style(width=rng.randint(30, 40), blank_paras=rng.random() < 0.5, headers=True,
                 page_numbers=True, byline_after=rng.random() < 0.3)


def _beside(rng: Rng) -> Style:
    return Style(width=rng.randint(16, 30), head="beside", blank_paras=rng.random() < 0.5)


def _captions(rng: Rng) -> Style:
    return Style(
        marks=rng.choice(["markdown", "plain"]),
        width=rng.choice([None, rng.randint(10, 40)]),
        captions=rng.randint(1, 3),
        photo_news=rng.random() < 0.5,
        blank_paras=rng.random() < 0.6,
    )


def _continuations(rng: Rng) -> Style:
    return Style(
        marks=rng.choice(["markdown", "plain"]),
        width=rng.choice([None, rng.randint(12, 40)]),
        continuations=True,
        blank_paras=rng.random() < 0.6,
    )


def _twice(rng: Rng) -> Style:
    return Style(
        marks=rng.choice(["markdown", "plain"]),
        width=rng.choice([None, rng.randint(10, 40)]),
        twice=rng.randint(1, 4),
        headers=rng.random() < 0.3,
        blank_paras=rng.random() < 0.5,
    )


def _mixed(rng: Rng) -> Style:
    """Any combination of the above (side by side only from layout tools: no Markdown)."""
    width = rng.choice([None, rng.randint(8, 40)])
    head = rng.choice(["above", "above", "below", "beside"]) if width else "above"
    return Style(
        width=width,
        marks="plain" if head == "beside" else rng.choice(["markdown", "bold", "levels", "plain"]),
        head=head,
        byline_after=rng.random() < 0.3,
        dateline_line=rng.random() < 0.3,
        blank_paras=rng.random() < 0.5,
        blank_lines=bool(width and width < 20 and rng.random() < 0.3),
        indent=rng.random() < 0.2,
        dropped_indent=rng.random() < 0.2,
        headers=rng.random() < 0.3,
        page_numbers=rng.random() < 0.3,
        captions=rng.choice([0, 0, 1, 2]),
        photo_news=rng.random() < 0.2,
        continuations=rng.random() < 0.2,
        twice=rng.choice([0, 0, 1, 2]),
    )


FAMILIES: dict[str, Callable[[Rng], Style]] = {
    "markdown": _markdown,
    "markdown-variants": _markdown_variants,
    "plain": _plain,
    "narrow": _narrow,
    "narrow-below": _narrow_below,
    "wide-headers": _wide_headers,
    "beside": _beside,
    "captions": _captions,
    "continuations": _continuations,
    "twice": _twice,
    "mixed": _mixed,
}

# --------------------------------------------------------------------------- render

HEADERS = [
    "湖南日报",
    "2025年5月8日 星期四",
    "责任编辑 周文涛 版式编辑 唐小青",
    "湖南日报 2025年5月8日 星期四",
    "04 经济",
    "要闻 03",
    "第4版",
    "HUNAN DAILY",
    "2025年5月8日 星期四 湖南日报 07",
]
PAGE_NUMBERS = ["4", "04", "- 4 -", "第 4 版", "A4"]
CONTINUED_FROM = ["（上接第1版）", "上接第1版", "◀◀（上接1版）", "（紧接第1版）", "▶上接第二版"]
CONTINUED_TO = ["（下转第2版）", "（转第4版）", "下转第2版", "◀下转2版", "（下转A3版）"]
_CLOSING = "，。、；：？！”’）》"
_OPENING = "“‘（《"


def cell_width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 else 1.0


def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap at ``width`` cells, punctuation never opening a line (kinsoku)."""
    lines: list[str] = []
    line, used = "", 0.0
    for ch in text:
        if used + cell_width(ch) > width and line and ch not in _CLOSING:
            carried = ""
            while line and line[-1] in _OPENING:  # an opening bracket never ends a line
                carried, line = line[-1] + carried, line[:-1]
            if line:
                lines.append(line.rstrip(" "))
            line, used = carried, cell_width_of(carried)
        if ch == " " and not line:
            continue  # a space at a line break is not printed
        line += ch
        used += cell_width(ch)
    if line:
        lines.append(line.rstrip(" "))
    return lines


class Out:
    """The page being printed: lines, with blank lines as the style wants them."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.lines: list[str] = []

    def gap(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def block(self, lines: Sequence[str], blank_after: bool | None = None) -> None:
        for index, line in enumerate(lines):
            self.lines.append(line)
            if self.style.blank_lines and index < len(lines) - 1:
                self.lines.append("")
        if self.style.blank_paras if blank_after is None else blank_after:
            self.gap()


def _heading(text: str, style: Style, role: str) -> str:
    """One headline-stack line as the style marks it; role: title, kicker, deck, sub."""
    if style.marks == "markdown":
        return {"title": f"## {text}", "sub": f"**{text}**"}.get(role, text)
    if style.marks == "levels":
        return {"title": f"# {text}", "sub": f"### {text}"}.get(role, f"### {text}")
    if style.marks == "bold":
        return f"**{text}**"
    return text


@dataclass
class Para:
    """A printed body paragraph (or subhead, or signed-off byline) and its lines."""

    lines: list[str]
    text: str = ""  # the paragraph as written ("" for subheads and bylines)
    lead: str = ""  # printed before ``text`` in the first line (an inline dateline)
    sub: str = ""  # a subhead: what it says, without its marks

    def printed(self, count: int) -> str:
        """The written text that the first ``count`` lines print."""
        shown = len(norm("".join(self.lines[:count]))) - len(norm(self.lead))
        return self.text if count >= len(self.lines) else norm(self.text)[: max(0, shown)]


def _body(story: Story, style: Style, rng: Rng) -> list[Para]:
    """The story's paragraphs (and subheads) as printed lines."""
    out: list[Para] = []
    first = True
    for text, subhead in story.body:
        if subhead:
            line = _subhead_line(text, sum(bool(p.sub) for p in out), style)
            out.append(Para([line], sub=line.strip("*# ")))
            continue
        lead = ""
        if first and story.dateline and not style.dateline_line:
            sep = rng.choice(["", " "]) if story.dateline.endswith("）") else " "
            lead = story.dateline + sep
        first = False
        # The indent takes room in the column; extraction may drop it but not the room.
        indent = "\u3000\u3000" if style.indent or style.dropped_indent else ""
        lines = wrap(indent + lead + text, style.width) if style.width else [indent + lead + text]
        if style.dropped_indent:
            lines[0] = lines[0].removeprefix(indent)
        out.append(Para(lines, text, lead))
    if style.byline_after and story.byline and not story.dateline:
        names = story.byline.split(" ", 1)[-1]
        last = next(p for p in reversed(out) if p.text)
        if rng.random() < 0.5 and len(names) <= 4 and last is out[-1]:
            last.lines[-1] = f"{last.lines[-1]} {names}"  # signed: "…说。 张三"
        else:
            out.append(Para([f"（{story.byline}）"]))
    return out


def _subhead_line(text: str, number: int, style: Style) -> str:
    numeral = "一二三四五六七八九十"[number % 10]
    if style.subheads in ("bracket", "plain"):
        return f"【{text}】" if style.subheads == "bracket" else text
    shaped = {"numbered": f"{numeral}、{text}", "paren": f"（{numeral}）{text}"}
    return _heading(shaped.get(style.subheads, text), style, "sub")


def _head_lines(story: Story, style: Style, rng: Rng) -> list[str]:
    lines = []
    if story.kicker and style.kickers:
        lines.append(_heading(story.kicker, style, "kicker"))
    lines.append(_heading(story.title, style, "title"))
    if story.deck and style.kickers:
        deck = story.deck if story.source == "seed" or rng.random() < 0.5 else f"——{story.deck}"
        lines.append(_heading(deck, style, "deck"))
    return lines


def _byline_lines(story: Story, style: Style) -> list[str]:
    lines = []
    if story.byline and not style.byline_after and not story.dateline:
        lines.append(story.byline)
    if story.dateline and style.dateline_line:
        lines.append(story.dateline)
    return lines


def _photo_lines(photo: Photo, style: Style, rng: Rng) -> list[str]:
    caption = photo.caption
    if rng.random() < 0.4:
        name = photo.credit.split(" ")[-2] if photo.credit.endswith(" 摄") else ""
        if name:
            return (wrap(f"{caption}（{name} 摄）", style.width) if style.width and
                    rng.random() < 0.5 else [f"{caption}（{name} 摄）"])
    lines = wrap(caption, style.width) if style.width and rng.random() < 0.5 else [caption]
    return [*lines, photo.credit]


def _cut_for_photo(body: list[Para], rng: Rng) -> tuple[int, int] | None:
    """A place inside a sentence of a body paragraph: (paragraph, line) to print before.

    A paragraph printed on one line is cut in two there first, as extraction does when a
    photo sits in the middle of a column.
    """
    spots = [
        (p, i)
        for p, para in enumerate(body)
        if para.text
        for i in range(1, len(para.lines))
        if not para.lines[i - 1].rstrip("”’）").endswith(("。", "！", "？"))
        and len(norm("".join(para.lines[:i]))) > len(norm(para.lead))
    ]
    if spots:
        return rng.choice(spots)
    long = [p for p, para in enumerate(body) if para.text and len(para.lines[-1]) >= 12]
    if not long:
        return None
    p = rng.choice(long)
    line = body[p].lines[-1]
    # The photo stood in the printed column (11 to 19 characters a line): what the tool
    # joined into one line breaks where a printed line ended, inside the paragraph's
    # own text (a photo does not split the dateline before it).
    printed = rng.randint(11, 19)
    first = len(body[p].lead) + 4 if len(body[p].lines) == 1 else 4
    inside = [i for i in range(first, len(line) - 4) if line[i - 1] not in "。！？”" and
              line[i] not in _CLOSING and i % printed == 0]
    if not inside:
        return None
    cut = rng.choice(inside)
    body[p].lines[-1:] = [line[:cut].rstrip(" "), line[cut:].lstrip(" ")]
    return p, len(body[p].lines) - 1


def _pick_stories(style: Style, rng: Rng) -> list[Story]:
    own, _ = written()
    seeds = seed_stories()
    count = rng.randint(*style.stories)
    picked: list[Story] = []
    while len(picked) < count:
        pool = seeds if rng.random() < style.seed_share else own
        story = rng.choice(pool)
        if story not in picked:
            picked.append(story)
    return picked


def _story_sentences(paras: Sequence[Para], count: int | None = None) -> list[str]:
    """The sentences the paragraphs print (all of them, or their first ``count`` lines)."""
    found: list[str] = []
    left = sum(len(p.lines) for p in paras) if count is None else count
    for para in paras:
        if left <= 0:
            break
        if para.text:
            found += sentences(para.printed(left))
        left -= len(para.lines)
    return found


def cell_width_of(text: str) -> float:
    return sum(cell_width(ch) for ch in text)
