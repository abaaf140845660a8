"""A printed page's characters and boxes → the articles a reader sees.

Works on plain records (:class:`Char`, :class:`Box`), so it is tested without PDFs; the
PDF side is :mod:`desktop_app.core.reading.pdf_file`. The result is the same
:class:`~desktop_app.core.articles.SplitPage` the text splitter makes, with the page's
text (the articles in reading order) that its offsets index.

Steps:
1. characters → lines: same baseline and size, no gap wider than a column gutter;
2. lines → blocks: lines of one style stacked at one left edge with line spacing between;
3. the header band (above the first long rule near the top) → date, 版次, section, editor;
4. roles: headlines are much bigger than the page's body size (the most common size) or
   bold and bigger; kickers sit just above a headline, decks just below; bylines,
   photo credits and continuation markers are known by their wording; captions are small
   text beside an image, or small text ending in a credit (… 摄);
5. each headline owns the columns under it: those its stack (headline, byline, photo)
   covers, and those to its right whose text starts right under it with nothing beside
   the headline; body text belongs to the nearest headline above that owns its column,
   unless a rule lies between;
6. an article's body is read column by column, top to bottom; a paragraph starts at an
   indented line, and goes on across a column break when the next column's first line is
   not indented.
"""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop_app.core.articles import Article, PageMeta, SplitPage
from desktop_app.core.reading.pages import clean_text
from desktop_app.core.splitting.lines import byline_names, credit_split, editor_name, is_byline

BRIEF_CHARS = 600
HEADLINE_RATIO = 1.3  # × the body size: a headline
BOLD_HEADLINE_RATIO = 1.12  # × the body size, when bold
SMALL_RATIO = 0.93  # × the body size or less: caption-sized

_MARKER = re.compile(
    r"^[◀◁▶▷<>]{0,2}\s*[（(]\s*(?:上接|下转|转|接|紧接)[^）)]{1,12}[）)]\s*[◀◁▶▷<>]{0,2}$")
_JUMP_FROM = re.compile(r"上接|接第|紧接")
_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_PAGE_NO = re.compile(r"^第?\s*(?P<n>[A-Z]?\d{1,3}[A-Z]?)\s*版$|^(?P<bare>[A-Z]?\d{1,2}[A-Z]?)$")
_PAGE_IN = re.compile(r"第\s*(?P<n>[A-Z]?\d{1,3}[A-Z]?)\s*版|(?P<m>[A-Z]?\d{1,3}[A-Z]?)\s*版(?!式)")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]|农历\S*")
_MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|新闻|报)$")
_BAND_NOISE = re.compile(r"^(?:版式设计|美术编辑|美编|校对|值班|制图|设计|本版)[：: \u3000]")
_TERMINAL = "。！？!?…”」』）)"


@dataclass(frozen=True, slots=True)
class Char:
    """One printed character: its box (top-left origin, y grows downwards) and font."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool = False
    font: str = ""


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float
    chars: tuple[Char, ...]
    images: tuple[Box, ...] = ()
    rules: tuple[Box, ...] = ()
    unmapped: float = 0.0  # share of characters whose font has no Unicode map for them


@dataclass(frozen=True)
class LaidOutPage:
    """The page's text in reading order and its articles, whose offsets index ``text``."""

    text: str
    split: SplitPage
    regions: tuple[tuple[Box, ...], ...] = ()  # per article: where it is printed


@dataclass(eq=False)
class Line:
    chars: list[Char]
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    role: str = ""  # "", "byline", "credit", "marker"

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(eq=False)
class Block:
    lines: list[Line]
    role: str = "body"  # body | head | small | byline | credit | marker | band

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def y0(self) -> float:
        return self.lines[0].y0

    @property
    def y1(self) -> float:
        return self.lines[-1].y1

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def bold(self) -> bool:
        return self.lines[0].bold

    @property
    def text(self) -> str:
        return join_lines([line.text for line in self.lines])

    @property
    def box(self) -> Box:
        return Box(self.x0, self.y0, self.x1, self.y1)


@dataclass(eq=False)
class Stack:
    """A headline with what is printed around it: kicker, deck, byline, a lead photo."""

    heads: list[Block]
    kickers: list[Block] = field(default_factory=list)
    decks: list[Block] = field(default_factory=list)
    byline: Block | None = None
    x0: float = 0.0
    x1: float = 0.0
    y0: float = 0.0
    bottom: float = 0.0  # where its body may start

    def members(self) -> list[Block]:
        extra = [self.byline] if self.byline is not None else []
        return [*self.kickers, *self.heads, *self.decks, *extra]


@dataclass(eq=False)
class Piece:
    """An article under construction."""

    stack: Stack | None
    blocks: list[Block] = field(default_factory=list)
    caption: Block | None = None
    top: float = 0.0
    left: float = 0.0


# -- entry point -----------------------------------------------------------------------

def lay_out(page: PageGeometry) -> LaidOutPage:
    """The articles of one printed page. Never raises on any geometry."""
    lines = build_lines(page.chars)
    if not lines:
        return LaidOutPage("", SplitPage(PageMeta(), []))
    band_bottom = header_band_bottom(page, lines)
    band = [line for line in lines if line.y1 <= band_bottom]
    rest = [line for line in lines if line.y1 > band_bottom]
    body_size = body_size_of(rest or lines)
    blocks = build_blocks(rest, body_size)
    classify(blocks, body_size)
    stacks = build_stacks(blocks, page, body_size)
    pieces = build_pieces(blocks, stacks, page, body_size)
    meta = band_meta(band)
    return assemble(meta, band, pieces, body_size)


# -- 1. lines ----------------------------------------------------------------------------

def build_lines(chars: Iterable[Char]) -> list[Line]:
    """Characters on one baseline, of one size, with no gutter-wide gap, make a line."""
    visible = [c for c in chars if c.text and c.size > 0 and c.x1 >= c.x0]
    # A gap as wide as the body text's em is a column gutter, whatever the size of the
    # text on either side (two headlines side by side are a gutter apart).
    sizes: Counter[float] = Counter(round(c.size) for c in visible if not c.text.isspace())
    gutter = sizes.most_common(1)[0][0] if sizes else 10.0
    visible.sort(key=lambda c: c.y1)
    rows: list[list[Char]] = []
    band: list[Char] = []
    for ch in visible:
        if band and ch.y1 - band[0].y1 > 0.3 * ch.size:
            rows.extend(_by_size(band))
            band = []
        band.append(ch)
    if band:
        rows.extend(_by_size(band))
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda c: (c.x0, c.text.isspace()))
        segment: list[Char] = []
        for ch in row:
            if ch.text.isspace():
                if segment:
                    segment.append(ch)
                continue
            prev = next((c for c in reversed(segment) if not c.text.isspace()), None)
            gap = ch.x0 - prev.x1 if prev is not None else 0.0
            if prev is not None and (gap > min(0.9 * max(ch.size, prev.size), gutter) or (
                    ch.bold != prev.bold and ch.x0 - prev.x1 > 0.3 * ch.size)):
                lines.append(_line(segment))
                segment = []
            segment.append(ch)
        if segment:
            lines.append(_line(segment))
    lines.sort(key=lambda line: (line.y0, line.x0))
    return lines


def _by_size(band: list[Char]) -> list[list[Char]]:
    """Characters on one baseline, split where the size jumps (a caption beside body)."""
    band.sort(key=lambda c: c.size)
    rows: list[list[Char]] = [[band[0]]]
    for ch in band[1:]:
        if ch.size - rows[-1][0].size > 0.12 * ch.size:
            rows.append([])
        rows[-1].append(ch)
    return rows


def _line(chars: list[Char]) -> Line:
    while chars and chars[-1].text.isspace():
        chars = chars[:-1]
    ink = [c for c in chars if not c.text.isspace()]
    parts: list[str] = []
    prev: Char | None = None
    spaced = False
    for ch in chars:
        if ch.text.isspace():
            spaced = True
            continue
        if prev is not None and (spaced or ch.x0 - prev.x1 > 0.25 * ch.size):
            parts.append(" ")
        parts.append(ch.text)
        prev, spaced = ch, False
    text = clean_text("".join(parts)).replace("\n", " ").strip()
    if len(text) > 30:
        # In running text a gap between two Chinese characters is letter-spacing, not a
        # word break; only short lines (bylines, credits, the header band) keep them.
        text = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])",
                      "", text)
    sizes = sorted(c.size for c in ink)
    bold = sum(1 for c in ink if c.bold) * 2 > len(ink)
    line = Line(ink, text, ink[0].x0, min(c.y0 for c in ink), ink[-1].x1,
                max(c.y1 for c in ink), sizes[len(sizes) // 2], bold)
    if _MARKER.match(text):
        line.role = "marker"
    elif len(text) <= 40 and (split := credit_split(text)) is not None and not split[0]:
        line.role = "credit"
    elif is_byline(text):
        line.role = "byline"
    return line


def join_lines(texts: Sequence[str]) -> str:
    out = ""
    for text in texts:
        if out and out[-1].isascii() and out[-1].isalpha() and text[:1].isascii() and (
                text[:1].isalpha()):
            out += " "
        out += text
    return out


# -- 2. blocks ---------------------------------------------------------------------------

def build_blocks(lines: list[Line], body_size: float) -> list[Block]:
    """Stack lines of one style into blocks (a column's run of text, a headline)."""
    blocks: list[Block] = []
    open_blocks: list[Block] = []
    for line in lines:
        target = None
        if line.role in ("", "credit"):
            for block in open_blocks:
                if _continues(block, line, body_size):
                    target = block
                    break
        if target is None:
            target = Block([line])
            blocks.append(target)
            if not line.role:
                open_blocks.append(target)
        else:
            target.lines.append(line)
        # Blocks whose last line is far above cannot grow any more.
        open_blocks = [b for b in open_blocks if line.y0 - b.y1 < 3 * body_size]
    return blocks


def _continues(block: Block, line: Line, body_size: float) -> bool:
    last = block.lines[-1]
    if last.role or abs(last.size - line.size) > 0.1 * line.size or last.bold != line.bold:
        return False
    if line.role not in ("", "credit"):
        return False
    gap = line.y0 - last.y1
    if gap < -0.2 * line.size or gap > 0.9 * line.size:
        return False
    overlap = min(block.x1, line.x1) - max(block.x0, line.x0)
    if overlap <= 0.4 * min(line.x1 - line.x0, block.x1 - block.x0):
        return False
    if line.size >= HEADLINE_RATIO * body_size:
        return True  # headline lines may be centred
    return abs(line.x0 - block.x0) <= 2.6 * line.size and line.x1 <= block.x1 + 1.5 * line.size


# -- 3. header band ----------------------------------------------------------------------

def header_band_bottom(page: PageGeometry, lines: list[Line]) -> float:
    """The y above which the page header is printed (0 when none is found)."""
    long_rules = [r for r in page.rules
                  if r.x1 - r.x0 >= 0.5 * page.width and r.y0 <= 0.2 * page.height]
    if long_rules:
        top_rule = min(long_rules, key=lambda r: r.y0)
        above = [line for line in lines if line.y1 <= top_rule.y0 + 1]
        if above and any(_DATE.search(line.text) or _PAGE_IN.search(line.text)
                         or editor_name(line.text) for line in above):
            return top_rule.y0 + 1
    # No rule: the lines at the very top that read as furniture, and their row.
    top = [line for line in lines if line.y1 <= 0.1 * page.height]
    furniture = [line for line in top if _DATE.search(line.text) or editor_name(line.text)
                 or _PAGE_NO.match(line.text)]
    if not furniture:
        return 0.0
    return max(line.y1 for line in furniture) + 0.5


def band_meta(band: list[Line]) -> PageMeta:
    date = page = editor = section = None
    candidates: list[Line] = []
    for line in band:
        for part in re.split(r"[ \u3000]{2,}", line.text):
            text = part.strip()
            if not text:
                continue
            if date is None and (m := _DATE.search(text)):
                date = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
                text = _WEEKDAY.sub("", _DATE.sub("", text)).strip()
            if editor is None and (name := editor_name(text)):
                editor = name
                continue
            if page is None and (m := _PAGE_NO.match(text)):
                page = m["n"] or m["bare"]
                continue
            if page is None and (m := _PAGE_IN.search(text)):
                page = m["n"] or m["m"]
                text = _PAGE_IN.sub("", text).strip()
            if text and not _MASTHEAD.match(text) and not _BAND_NOISE.match(text) and (
                    not _WEEKDAY.fullmatch(text)):
                candidates.append(Line(line.chars, text, line.x0, line.y0, line.x1, line.y1,
                                       line.size, line.bold))
    if candidates:
        # The section name is printed biggest; ties go to the one nearest the middle.
        section = max(candidates, key=lambda c: (round(c.size), c.bold)).text
    if page is not None:
        page = page.zfill(2) if page.isdigit() else page
    return PageMeta(date=date, page=page, editor=editor, section=section)


# -- 4. roles ----------------------------------------------------------------------------

def body_size_of(lines: list[Line]) -> float:
    counts: Counter[float] = Counter()
    for line in lines:
        counts[round(line.size * 2) / 2] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def classify(blocks: list[Block], body: float) -> None:
    for block in blocks:
        role = block.lines[0].role
        if role:
            block.role = role
        elif block.size >= HEADLINE_RATIO * body or (
                block.bold and block.size >= BOLD_HEADLINE_RATIO * body):
            block.role = "head"
        elif block.size <= SMALL_RATIO * body:
            block.role = "small"
        elif block.bold and len(block.lines) == 1 and not ends_sentence(block.text):
            block.role = "subhead"
        else:
            block.role = "body"


def ends_sentence(text: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in _TERMINAL


def h_overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


# -- 5. headline stacks and what they own -----------------------------------------------

def build_stacks(blocks: list[Block], page: PageGeometry, body: float) -> list[Stack]:
    heads = sorted((b for b in blocks if b.role == "head"), key=lambda b: (b.y0, b.x0))
    used: set[int] = set()
    stacks: list[Stack] = []
    for head in heads:
        if id(head) in used:
            continue
        used.add(id(head))
        stack = Stack([head])
        # Headline blocks right under this one (a two-size headline) join it.
        for other in heads:
            last = stack.heads[-1]
            if id(other) in used:
                continue
            if -0.5 * other.size <= other.y0 - last.y1 <= 0.8 * last.size and h_overlap(
                    last.x0, last.x1, other.x0, other.x1) > 0:
                stack.heads.append(other)
                used.add(id(other))
        stacks.append(stack)
    taken: set[int] = {id(h) for s in stacks for h in s.heads}
    for stack in stacks:
        _dress(stack, blocks, taken, page, body)
    return stacks


def _dress(stack: Stack, blocks: list[Block], taken: set[int], page: PageGeometry,
           body: float) -> None:
    """Kicker above, deck and byline below, a photo under it; the columns it owns."""
    first, last = stack.heads[0], stack.heads[-1]
    x0, x1 = min(h.x0 for h in stack.heads), max(h.x1 for h in stack.heads)
    for block in blocks:
        if id(block) in taken or block.role in ("marker", "credit"):
            continue
        if h_overlap(x0 - body, x1 + body, block.x0, block.x1) <= 0:
            continue
        gap_above = first.y0 - block.y1
        if (-0.5 * block.size <= gap_above <= 0.7 * first.size and len(block.lines) <= 2
                and block.role not in ("head", "small") and not ends_sentence(block.text)
                and credit_split(block.text) is None
                and not _rule_between(page, block.y1, first.y0, block.x0, block.x1)
                and block.x0 >= x0 - body and block.x1 <= max(x1, block.x0) + 4 * body):
            stack.kickers.append(block)
            taken.add(id(block))
    bottom = last.y1
    changed = True
    while changed:
        changed = False
        for block in sorted(blocks, key=lambda b: b.y0):
            if id(block) in taken or block.y0 < bottom - 0.5 * block.size:
                continue
            gap = block.y0 - bottom
            if gap > max(1.8 * max(block.size, body), 0.8 * last.size) or h_overlap(
                    x0 - body, x1 + body, block.x0, block.x1) <= 0:
                continue
            if block.role == "byline" and stack.byline is None:
                stack.byline = block
            elif (block.role in ("small", "body", "subhead") and not stack.decks
                  and stack.byline is None and len(block.lines) <= 2
                  and (block.text.startswith(("——", "—", "--")) or (
                      block.size > 1.04 * body and not ends_sentence(block.text)))):
                stack.decks.append(block)
            else:
                continue
            taken.add(id(block))
            bottom = block.y1
            x1 = max(x1, block.x1) if block.role != "byline" else x1
            changed = True
            break
    # A photo printed right under the headline widens what the article covers.
    for image in sorted(page.images, key=lambda b: b.y0):
        if -2 <= image.y0 - bottom <= 2.5 * body and h_overlap(
                x0 - body, x1 + body, image.x0, image.x1) > 0 and image.x0 >= x0 - 2 * body:
            x1 = max(x1, image.x1)
    stack.x0, stack.x1 = x0, x1
    stack.y0 = min([first.y0, *(k.y0 for k in stack.kickers)])
    stack.bottom = bottom


def _rule_between(page: PageGeometry, top: float, bottom: float, x0: float, x1: float
                  ) -> bool:
    return any(top - 1 <= rule.y0 <= bottom + 1 and h_overlap(rule.x0, rule.x1, x0, x1) > 0
               for rule in page.rules)


def build_pieces(blocks: list[Block], stacks: list[Stack], page: PageGeometry, body: float
                 ) -> list[Piece]:
    taken = {id(b) for s in stacks for b in s.members()}
    captions = [b for b in blocks if id(b) not in taken and _is_caption(b, blocks, page, body)]
    caption_ids = {id(b) for b in captions}
    for block in blocks:
        if id(block) not in taken and id(block) not in caption_ids and block.role == "credit":
            # A credit line on its own under small text: the caption's last line.
            host = _caption_above(block, captions, body)
            if host is not None:
                host.lines.append(block.lines[0])
                caption_ids.add(id(block))
    rest = [b for b in blocks if id(b) not in taken and id(b) not in caption_ids]
    _widen(stacks, rest, blocks, body)
    by_stack: dict[int, Piece] = {id(s): Piece(s, top=s.y0, left=s.x0) for s in stacks}
    orphans: list[Block] = []
    for block in sorted(rest, key=lambda b: (b.y0, b.x0)):
        owner = _owner(block, stacks, page, body)
        if owner is None:
            orphans.append(block)
        else:
            by_stack[id(owner)].blocks.append(block)
    pieces = list(by_stack.values())
    pieces.extend(_orphan_pieces(orphans, body))
    pieces.extend(Piece(None, caption=c, top=c.y0, left=c.x0) for c in captions)
    return pieces


def _is_caption(block: Block, blocks: list[Block], page: PageGeometry, body: float) -> bool:
    if block.role == "credit":
        return False
    if block.role not in ("small", "body"):
        return False
    near_image = any(
        h_overlap(img.x0, img.x1, block.x0, block.x1) > 0.5 * (block.x1 - block.x0)
        and (0 <= block.y0 - img.y1 <= 2 * body or 0 <= img.y0 - block.y1 <= 2 * body)
        for img in page.images)
    credited = credit_split(block.lines[-1].text) is not None or credit_split(
        block.text) is not None
    if block.role == "small":
        return near_image or credited
    return near_image and credited


def _caption_above(credit: Block, captions: list[Block], body: float) -> Block | None:
    for caption in captions:
        if 0 <= credit.y0 - caption.y1 <= body and h_overlap(
                caption.x0, caption.x1, credit.x0, credit.x1) > 0:
            return caption
    return None


def _widen(stacks: list[Stack], rest: list[Block], blocks: list[Block], body: float) -> None:
    """A short headline over several columns: take the columns to its right whose text
    starts right under it while nothing is printed beside the headline."""
    for stack in stacks:
        lead = 4.5 * body
        below = sorted((b for b in rest if b.role in ("body", "subhead", "marker")
                        and stack.bottom - 2 <= b.y0 <= stack.bottom + lead
                        and b.x1 > stack.x1 + body and b.x0 >= stack.x0), key=lambda b: b.x0)
        for block in below:
            beside = [
                other for other in blocks
                if other is not block and other.y1 > stack.y0 and other.y0 < block.y0 - 1
                and h_overlap(stack.x1 + 1, block.x0 + 1, other.x0, other.x1) > 0
                and not any(other is m for m in stack.members())]
            if beside:
                break
            stack.x1 = max(stack.x1, block.x1)


def _owner(block: Block, stacks: list[Stack], page: PageGeometry, body: float
           ) -> Stack | None:
    width = block.x1 - block.x0
    best: Stack | None = None
    for stack in stacks:
        if stack.bottom > block.y0 + 1:
            continue
        if h_overlap(stack.x0 - body, stack.x1 + body, block.x0, block.x1) < 0.5 * width:
            continue
        if best is None or stack.bottom > best.bottom:
            best = stack
    if best is None:
        return None
    for rule in page.rules:
        if best.bottom - 1 <= rule.y0 <= block.y0 + 1 and h_overlap(
                rule.x0, rule.x1, block.x0, block.x1) > 0.5 * width:
            return None
    return best


def _orphan_pieces(orphans: list[Block], body: float) -> list[Piece]:
    """Body text under no headline: runs that go on from block to block are one piece."""
    pieces: list[Piece] = []
    for block in sorted(orphans, key=lambda b: (round(b.x0 / body), b.y0)):
        prev = pieces[-1] if pieces else None
        if prev is not None and block.role != "marker" and (
                not ends_sentence(prev.blocks[-1].text) or prev.blocks[-1].role == "marker"
                or not _indented_start(block, body)):
            prev.blocks.append(block)
            continue
        pieces.append(Piece(None, [block], top=block.y0, left=block.x0))
    return pieces


def _indented_start(block: Block, body: float) -> bool:
    first = block.lines[0]
    if len(block.lines) > 1:
        return first.x0 - block.x0 > 1.2 * first.size
    return False


# -- 6. text and articles ----------------------------------------------------------------

class _Text:
    """The page text being written, with the offsets of what was written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def gap(self) -> None:
        if self.parts:
            self.parts.append("\n")
            self.length += 1

    def value(self) -> str:
        return "".join(self.parts)


def assemble(meta: PageMeta, band: list[Line], pieces: list[Piece], body: float
             ) -> LaidOutPage:
    out = _Text()
    for line in band:
        out.add(line.text)
    articles: list[Article] = []
    regions: list[tuple[Box, ...]] = []
    for piece in sorted(pieces, key=lambda p: (p.top, p.left)):
        if out.parts:
            out.gap()
        article = (_caption_article(piece.caption, out) if piece.caption is not None
                   else _story_article(piece, out, body))
        if article is not None:
            articles.append(article)
            regions.append(_region(piece))
    _unique_ids(articles)
    return LaidOutPage(out.value(), SplitPage(meta, articles), tuple(regions))


def _region(piece: Piece) -> tuple[Box, ...]:
    members = [*(piece.stack.members() if piece.stack else []), *piece.blocks]
    if piece.caption is not None:
        members.append(piece.caption)
    return tuple(b.box for b in members)


def _caption_article(caption: Block, out: _Text) -> Article | None:
    text = caption.text
    credit = ""
    if (split := credit_split(text)) is not None:
        text, credit = split
    if not text:
        return None
    start, end = out.add(text)
    if credit:
        out.add(credit)
    return Article(id="", title=_derived_title(text), kind="photo_caption", byline=credit,
                   authors=byline_names(credit) if credit else [], paragraphs=[text],
                   source_start=start, source_end=out.length, paragraph_spans=[(start, end)])


def _story_article(piece: Piece, out: _Text, body: float) -> Article | None:
    stack = piece.stack
    title = subtitle = byline = ""
    start = out.length + (1 if out.parts else 0)
    if stack is not None:
        main = max(stack.heads, key=lambda h: h.size)
        kickers = [k.text for k in stack.kickers]
        kickers += [h.text for h in stack.heads if h is not main and h.y0 < main.y0]
        decks = [h.text for h in stack.heads if h is not main and h.y0 > main.y0]
        decks += [d.text for d in stack.decks]
        for text in kickers:
            out.add(text)
        title = main.text
        out.add(title)
        for text in decks:
            out.add(text)
        subtitle = " ".join(kickers + decks)
        if stack.byline is not None:
            byline = stack.byline.text
            out.add(byline)
    blocks = _reading_order(piece.blocks, body)
    marker = ""
    if blocks and blocks[0].role == "marker":
        marker = blocks[0].text
    if not byline:
        first_byline = next((b for b in blocks[:2] if b.role == "byline"), None)
        if first_byline is not None:
            byline = first_byline.text
    paragraphs, subheads, positions = _paragraphs(blocks, body)
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    body_index = 0
    for kind, text in paragraphs:
        if kind == "marker":
            out.add(text)
            continue
        if kind == "byline":
            if text != byline:
                out.add(text)
            else:
                out.add(text)
            continue
        if kind == "subhead":
            out.add(text)
            subheads.append(text)
            positions.append(body_index)
            continue
        spans.append(out.add(text))
        texts.append(text)
        body_index += 1
    if not texts and not title:
        return None
    joined = "\n".join(texts)
    if marker and _JUMP_FROM.search(marker):
        kind = "continuation"
        subtitle = subtitle or marker
    elif "评论员" in byline:
        kind = "commentary"
    elif len(joined) < BRIEF_CHARS and not subheads and not byline:
        kind = "brief"
    else:
        kind = "article"
    if not title:
        title = _derived_title(joined)
    return Article(id="", title=title, kind=kind, subtitle=subtitle, byline=byline,
                   authors=byline_names(byline) if byline else [], subheads=subheads,
                   subhead_positions=positions, paragraphs=texts, source_start=start,
                   source_end=out.length, paragraph_spans=spans)


def _reading_order(blocks: list[Block], body: float) -> list[Block]:
    """Column by column (left to right), top to bottom within a column."""
    columns: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: b.x0):
        for column in columns:
            ref = column[0]
            if h_overlap(ref.x0, ref.x1, block.x0, block.x1) > 0.5 * min(
                    ref.x1 - ref.x0, block.x1 - block.x0):
                column.append(block)
                break
        else:
            columns.append([block])
    ordered: list[Block] = []
    for column in sorted(columns, key=lambda c: min(b.x0 for b in c)):
        ordered.extend(sorted(column, key=lambda b: b.y0))
    return ordered


def _paragraphs(blocks: list[Block], body: float
                ) -> tuple[list[tuple[str, str]], list[str], list[int]]:
    """(kind, text) in order: body paragraphs rejoined across lines and columns."""
    out: list[tuple[str, str]] = []
    current: list[str] = []
    edges = _column_edges(blocks)

    def flush() -> None:
        if current:
            out.append(("body", join_lines(current)))
            current.clear()

    for block in blocks:
        if block.role in ("marker", "byline", "subhead", "credit"):
            flush()
            out.append((block.role if block.role != "credit" else "body", block.text))
            continue
        left = edges.get(id(block), block.x0)
        right = block.x1
        for i, line in enumerate(block.lines):
            indented = line.x0 - left > 1.2 * line.size
            if indented and current:
                flush()
            current.append(line.text)
            short = right - line.x1 > 2.0 * line.size
            if short and ends_sentence(line.text) and i < len(block.lines) - 1:
                flush()
        if block.lines and right - block.lines[-1].x1 > 2.0 * block.size and ends_sentence(
                block.lines[-1].text):
            flush()
    flush()
    return out, [], []


def _column_edges(blocks: list[Block]) -> dict[int, float]:
    """A block's column's left edge, from the other blocks in that column when it has
    only its indented first line to go by."""
    edges: dict[int, float] = {}
    for block in blocks:
        if len(block.lines) > 1:
            edges[id(block)] = min(line.x0 for line in block.lines[1:])
    for block in blocks:
        if id(block) in edges:
            continue
        peers = [edges[id(o)] for o in blocks if id(o) in edges
                 and abs(edges[id(o)] - block.x0) < 3 * block.size]
        edges[id(block)] = min(peers) if peers else block.x0
    return edges


def _derived_title(text: str) -> str:
    first = re.split(r"(?<=[。！？])", text, maxsplit=1)[0].rstrip("。！？")
    return first if len(first) <= 28 else first[:26].rstrip("，、；：") + "…"


def _unique_ids(articles: list[Article]) -> None:
    seen: dict[str, int] = {}
    for article in articles:
        digest = hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()[:16]
        count = seen.get(digest, 0)
        seen[digest] = count + 1
        article.id = digest if count == 0 else f"{digest}-{count}"


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0
