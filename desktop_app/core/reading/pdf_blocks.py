"""Layout steps 2 and 4: lines → blocks, and each block's role by its size and wording.

Holds :class:`Block` (lines of one style stacked at one left edge), the page's body size,
the ratios that make a block a headline or caption-sized, and the two small geometry and
text tests (:func:`h_overlap`, :func:`ends_sentence`) that the later steps share.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from desktop_app.core.reading.pdf_lines import Line, join_lines
from desktop_app.core.reading.pdf_records import Box
from desktop_app.core.splitting.blocks import starts_dateline
from desktop_app.core.splitting.lines import is_terminated
from desktop_app.core.splitting.stacks import is_column_name

HEADLINE_RATIO = 1.3  # × the body size: a headline
BOLD_HEADLINE_RATIO = 1.12  # × the body size, when bold
SMALL_RATIO = 0.93  # × the body size or less: caption-sized
# × the body size, for a line or two that end no sentence: a brief's headline set a size
# or two above the body (四号 over 五号), not bold.
SHORT_HEADLINE_RATIO = 1.15
# Lines of small text in one block from which it is a story's text set small (a lead in
# a smaller face than the page's briefs), not a caption or a note.
STORY_LINES = 6

_TERMINAL = "。！？!?…”」』）)"


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


# -- 2. blocks ---------------------------------------------------------------------------

def build_blocks(lines: list[Line], body_size: float) -> list[Block]:
    """Stack lines of one style into blocks (a column's run of text, a headline)."""
    blocks: list[Block] = []
    open_blocks: list[Block] = []
    for line in lines:
        target = None
        if line.role == "byline" and any(_continues(block, line, body_size, dateline=True)
                                         for block in open_blocks):
            # 湖南日报12月15日讯（全 / 媒体记者 杨振国 通讯员 湘公 / 宣）近日…: the dateline's
            # reporters, wrapped inside the paragraph, are no byline of their own.
            line.role = ""
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


def _continues(block: Block, line: Line, body_size: float, dateline: bool = False) -> bool:
    """May ``line`` go on ``block``? ``dateline``: only if it goes on a dateline whose
    brackets are still open."""
    last = block.lines[-1]
    if last.role or abs(last.size - line.size) > 0.05 * line.size:
        return False
    if len(block.lines) >= 2 and len(line.text) > 1 and all(
            len(b.text) == 1 for b in block.lines):
        return False  # a headline set vertically, a character a line, ends where a line begins
    in_dateline = _open_dateline(block)
    if dateline and not in_dateline:
        return False
    if last.bold != line.bold and not in_dateline:
        # A paragraph may open on its dateline set in bold (湖南日报3月5日讯（全媒 / 体记者…）:
        # the text goes on in the body face.
        return False
    if line.role not in ("", "credit") and not dateline:
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


# -- 4. roles ----------------------------------------------------------------------------

def body_size_of(lines: list[Line]) -> float:
    counts: Counter[float] = Counter()
    for line in lines:
        counts[round(line.size * 2) / 2] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def classify(blocks: list[Block], body: float) -> None:
    # Headlines are told from sentences by ``is_terminated``, the splitter's own test: a
    # headline may close on a quote (…“小巨人”), a sentence closes on 。！？.
    for block in blocks:
        role = block.lines[0].role
        if role:
            block.role = role
        elif block.size >= HEADLINE_RATIO * body or (
                block.bold and block.size >= BOLD_HEADLINE_RATIO * body) or (
                block.size >= SHORT_HEADLINE_RATIO * body and len(block.lines) <= 2
                and not is_terminated(block.text)) or _marked_head(block, body):
            block.role = "head"
        elif block.size <= SMALL_RATIO * body and len(block.lines) < STORY_LINES:
            block.role = "small"
        elif block.bold and len(block.lines) == 1 and not is_terminated(block.text) \
                and not opens_on_dateline(block.lines[0]):
            block.role = "subhead"
        else:
            block.role = "body"
    texts = sorted((b for b in blocks if len(b.lines) >= 3), key=lambda b: b.y0)
    tops = [b.y0 for b in texts]
    for block in blocks:
        if block.role in ("body", "small") and _over_smaller_text(block, texts, tops):
            block.role = "head"
    _briefs_under_column_names(blocks)
    _index_box(blocks)
    _bylines_wrapped(blocks)


# A byline's second line: more reporters (通讯员邓亮, 实习生 李可欣).
_MORE_NAMES = re.compile(r"^(?:通讯员|记者|实习生|见习记者|特约记者)[ \u3000]*"
                         r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})*$")


def _bylines_wrapped(blocks: list[Block]) -> None:
    """More names right under a byline, or after it on its row set a gap apart, go on the
    byline, not into the text (…记者 谢 军 / 通讯员邓亮; …记者 周 楠   通讯员马力)."""
    bylines = [b for b in blocks if b.role == "byline"]
    for block in blocks:
        if block.role in ("body", "small") and len(block.lines) == 1 and _MORE_NAMES.match(
                block.text.replace(" ", "")) and any(
                (0 <= block.y0 - b.y1 <= 0.8 * block.size and abs(block.x0 - b.x0) <= block.size)
                or (abs(block.y0 - b.y0) <= 0.3 * block.size
                    and 0 <= block.x0 - b.x1 <= 3 * block.size) for b in bylines):
            block.role = "byline"


# A front page's index (导读): entries pointing to other pages by a page reference
# printed after them or under them (●湘江保护条例修订草案提请审议 5版, …走俏东盟 >>05).
_PAGE_REF = re.compile(r"^(?:详见|见)?第?[A-Z]?\d{1,2}版$|^(?:>>|》》|→)[A-Z]?\d{1,2}版?$")
_ENDS_ON_REF = re.compile(r"^.{4,40}?(?:>>|》》|→|…+|·+)?第?[A-Z]?\d{1,2}版$")
_INDEX_LABEL = frozenset({"导读", "今日导读", "本期导读", "本版导读", "要目", "导", "读"})
MIN_INDEX_ENTRIES = 2


def _index_box(blocks: list[Block]) -> None:
    """The entries of a front page's index and their label are furniture, not headlines
    (role "index"): their text stays in the page's, they head no article."""
    entries: list[Block] = []
    for ref in blocks:
        text = ref.text.replace(" ", "")
        if _ENDS_ON_REF.match(text) and not is_terminated(text) and len(ref.lines) <= 2:
            entries.append(ref)
            continue
        if not _PAGE_REF.match(text):
            continue
        entry = min((b for b in blocks if b is not ref and len(b.lines) <= 3
                     and len(b.text) <= 40 and not is_terminated(b.text) and _points_to(b, ref)),
                    key=lambda b: ref.y0 - b.y1, default=None)
        if entry is not None:
            entries += [entry, ref]
    if len(entries) < 2 * MIN_INDEX_ENTRIES - 1:
        return
    for block in entries:
        block.role = "index"
    right = max(b.x1 for b in entries)
    for block in blocks:
        # A bit of an entry's line set apart (●省博物院新展开幕 300余 件文物亮相).
        if block.role != "index" and len(block.text) <= 8 and block.x1 <= right + 1 and any(
                min(block.y1, e.y1) - max(block.y0, e.y0) > 0 and e.x0 < block.x0
                for e in entries):
            block.role = "index"
    for label in blocks:
        if label.text.replace(" ", "") in _INDEX_LABEL and any(
                abs(label.x0 - e.x0) < 6 * label.size and 0 <= e.y0 - label.y0 < 4 * label.size
                for e in entries):
            label.role = "index"


def _points_to(entry: Block, ref: Block) -> bool:
    """Is ``ref`` the page reference of ``entry``: on its last row to its right, or just
    under it (set flush right in the box)?"""
    size = ref.size
    beside = (min(entry.y1, ref.y1) - max(entry.lines[-1].y0, ref.y0) > 0
              and 0 <= ref.x0 - entry.x1 <= 8 * size)
    under = (0 <= ref.y0 - entry.y1 <= 0.8 * size
             and entry.x0 <= ref.x0 <= entry.x1 + 6 * size)
    return beside or under


def _briefs_under_column_names(blocks: list[Block]) -> None:
    """Under a column's name (要闻简报, 市州传真), a bold line over each brief is that
    brief's headline, not a subhead of one story the name would head; so is a line or
    two in bold, or a size up from the text under it, that ends no sentence."""
    names = [b for b in blocks if b.role == "head" and is_column_name(b.text.replace(" ", ""))]
    for block in blocks if names else ():  # (most pages name no column: nothing to do)
        if block.role == "body" and _brief_head_shape(block, blocks) and _under_column_name(
                block, names, blocks):
            block.role = "subhead"
    heads = [b for b in blocks if b.role in ("head", "subhead")]
    for block in sorted(heads, key=lambda b: b.y0):
        if block.role != "subhead":
            continue
        above = [h for h in heads if h.role == "head" and h.y1 <= block.y0 + 1
                 and h_overlap(h.x0, h.x1, block.x0, block.x1) > 0]
        nearest = max(above, key=lambda h: h.y1, default=None)
        if nearest is not None and (is_column_name(nearest.text.replace(" ", ""))
                                    or nearest.size == block.size):
            block.role = "head"  # the name's first brief, or the brief after a brief


def _brief_head_shape(block: Block, blocks: list[Block]) -> bool:
    if len(block.lines) > 2 or len(block.text) > 32 or is_terminated(block.text) \
            or opens_on_dateline(block.lines[0]):
        return False  # (本报讯（记者 胡 婷）set in bold over the text is its dateline)
    # The text under it, past a dateline on a line of its own (本报讯（记者 胡 婷）).
    under = min((b for b in blocks if b is not block and 0 <= b.y0 - block.y1 <= 2.5 * block.size
                 and h_overlap(block.x0, block.x1, b.x0, b.x1) > 0
                 and not (len(b.lines) == 1 and opens_on_dateline(b.lines[0]))),
                key=lambda b: b.y0, default=None)
    return under is not None and len(under.lines) >= 2 and (
        (block.bold and not under.bold) or block.size >= 1.04 * under.size)


def _under_column_name(block: Block, names: list[Block], blocks: list[Block]) -> bool:
    """Is a column's name (财经快讯; ``names``: the page's) printed above the block, over
    its column, with only briefs between?"""
    above = [b for b in names if b.y1 <= block.y0 + 1
             and h_overlap(b.x0 - b.size, b.x1 + b.size, block.x0, block.x1) > 0]
    if not above:
        return False
    name = max(above, key=lambda b: b.y1)
    # A bigger headline between the name and the block heads a story, not this column.
    return not any(b.role == "head" and name.y1 <= b.y0 and b.y1 <= block.y0 + 1
                   and b.size > 1.2 * block.size and h_overlap(b.x0, b.x1, block.x0,
                                                               block.x1) > 0 for b in blocks)


def _over_smaller_text(block: Block, texts: list[Block], tops: list[float]) -> bool:
    """A line or two ending no sentence, a size up from the text right under it: that
    text's headline, on a page whose stories are set in more than one size (briefs in
    a larger face than the lead) where the page's body size says nothing. ``texts``:
    the page's blocks of three lines or more, by their tops (``tops``)."""
    if len(block.lines) > 2 or is_terminated(block.text) or len(block.text) > 32:
        return False
    start = bisect.bisect_left(tops, block.y1)
    end = bisect.bisect_right(tops, block.y1 + 2.5 * block.size)  # (past a dateline line)
    width = block.x1 - block.x0
    under = next((b for b in texts[start:end]
                  if h_overlap(block.x0, block.x1, b.x0, b.x1) > 0.5 * width), None)
    return under is not None and block.size >= 1.1 * under.size


# What a column of briefs prints before each brief's headline (■ 长沙地铁6号线…).
HEAD_MARKS = "■□◆◇●▲►▶★"


def _marked_head(block: Block, body: float) -> bool:
    """One line after a square or a bullet, at the body's size or above, ending no
    sentence: a brief's headline in a column of briefs."""
    text = block.text
    return (len(block.lines) <= 2 and text[:1] in HEAD_MARKS and len(text) <= 32
            and block.size >= 0.98 * body and not is_terminated(text))


def _open_dateline(block: Block) -> bool:
    """Is the block a dateline's first line, or its lines while the brackets (the
    reporters) are still open?"""
    if not opens_on_dateline(block.lines[0]) or len(block.lines) > 3:
        return False
    text = "".join(line.text for line in block.lines)
    return len(block.lines) == 1 or text.count("（") > text.count("）")


def opens_on_dateline(line: Line) -> bool:
    """Does a line open on a story's dateline: 本报讯, 湖南日报3月5日讯 (its brackets may
    wrap to the next line; letter-spacing is not read)?"""
    return bool(starts_dateline(line.text.replace(" ", "")))


def ends_sentence(text: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in _TERMINAL


def h_overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)
