"""Rejoin hard-wrapped lines into paragraphs, and tell wrapped text from short headings.

Pages come in three wrapping styles, often mixed: one paragraph per line; a narrow
column (12–20 characters) with or without blank lines between wrapped lines; and long
lines cut by a column break. A line that does not end a sentence is joined with the
next one, except when its width says it was a heading or the end of a block (in narrow
columns, a line much wider than the column is set across columns: a headline). Photo
captions and running page headers may fall inside a sentence: the sentence goes on
after them, and a caption takes only its own lines.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from desktop_app.core.splitting.lines import CJK, Kind, Line, credit_split, is_terminated

_DATELINE = re.compile(
    rf"^(?:本报讯|(?:[{CJK}]{{2,12}}?\d{{1,2}}日|(?:[{CJK}]{{2,12}}?)?\d{{1,2}}月\d{{1,2}}日)"
    r"(?:讯|电))"
    r"(?:[ \u3000]*[（(][^）)]{0,40}[）)])?[ \u3000]*"
)
# The first wrapped line of a dateline: "湖南日报株洲4月" / "27日讯（全媒体记者…".
_DATELINE_OPENING = re.compile(
    rf"^(?:本报讯|新华社|中新社|[{CJK}]{{2,3}}日报)[{CJK}]{{0,6}}(?:\d{{1,2}}(?:月(?:\d{{1,2}}日?)?|日)?)?$"
)
_SIGNOFF = re.compile(
    rf"(?<=[。！？”])[ \u3000]+(?P<names>[{CJK}]{{2,4}}(?:[ \u3000][{CJK}]{{2,4}})?)$"
)
# A heading is a short line; anything wider is text even when it stops mid-sentence.
MAX_HEADING_WIDTH = 48
# Without a byline or dateline beside it, a headline is rarely wider than this.
SHORT_HEADING_WIDTH = 30
NARROW_COLUMN = 24  # median line width of a page set in narrow columns
SHORT_RATIO = 0.7
# Characters a headline never ends on: a line ending here continues on the next one.
# A line starting with closing punctuation continues the line before it.
_OPENS_NOTHING = "，。、；：？！”’）》,.;:?!)"
_CONTINUES = "、，,；;：:的和与及在是从对把被向为"


@functools.lru_cache(maxsize=8192)
def display_width(text: str) -> float:
    """Width in CJK character cells: ASCII letters and digits take half a cell.

    Only widths up to a column matter, so long lines are measured by length alone.
    """
    if len(text) > 256:
        return float(len(text))
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


@dataclass
class Block:
    kind: Kind
    lines: list[Line]
    level: int = 0
    caption: bool = False
    credit: str = ""  # a caption's photo credit
    signoff: str = ""  # author name printed after the last sentence ("…说。 姚雯")
    dateline: str = ""
    text: str = field(default="")

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def is_para(self) -> bool:
        return self.kind is Kind.TEXT

    @property
    def terminated(self) -> bool:
        return bool(self.signoff) or is_terminated(self.text)


def starts_dateline(text: str) -> str:
    match = _DATELINE.match(text)
    return match.group(0) if match else ""


def build_blocks(lines: list[Line], markdown_page: bool) -> list[Block]:
    """Group classified lines into blocks; TEXT lines become paragraphs or headings."""
    page_column = _column_width(lines)
    narrow = page_column if _narrow_page(lines, page_column) else 0.0
    caption_lines = _caption_lines(lines, page_column, bool(narrow))
    column = _column_widths(lines, narrow)
    words = _Bigrams(lines)
    blocks: list[Block] = []
    open_para: Block | None = None  # the body paragraph that may still continue
    for line in lines:
        if line.kind is not Kind.TEXT:
            blocks.append(Block(kind=line.kind, lines=[line], level=line.level, text=line.text))
            # A photo credit or a running page header may fall inside a paragraph.
            if line.kind not in (Kind.CREDIT, Kind.BANNER):
                open_para = None
            continue
        is_caption = line.index in caption_lines
        # A running header may fall inside a caption too.
        last = next((b for b in reversed(blocks) if b.kind is not Kind.BANNER), None)
        if is_caption:
            if last is not None and last.is_para and last.caption and not last.credit:
                last.lines.append(line)
            else:
                blocks.append(Block(kind=Kind.TEXT, lines=[line], caption=True))
            continue
        if (
            open_para is not None
            and _only_captions_after(blocks, open_para)
            and (
                _can_join(open_para, line, markdown_page, column, narrow)
                or _continues_across_photo(open_para, line, blocks, words)
            )
        ):
            open_para.lines.append(line)
            continue
        open_para = Block(kind=Kind.TEXT, lines=[line])
        blocks.append(open_para)
    for block in blocks:
        _finish(block)
    _attach_credits(blocks)
    return [b for b in blocks if b.kind is not Kind.CREDIT or not b.caption]


# How a photo caption opens: a date, "图为" (pictured), "左图" …
_CAPTION_OPENER = re.compile(
    r"^(?:\d{1,2}[ \u3000]?月[ \u3000]?(?:\d{1,2}[ \u3000]?日|上旬|中旬|下旬)"
    r"|图为|图[：:]|[左右上下]图)"
)


def _caption_lines(lines: list[Line], column: float, narrow: bool) -> set[int]:
    """Indices of TEXT lines that form a photo caption.

    A caption ends on a credit: a line of its own ("湖南日报全媒体记者 易昂 摄") or the
    end of the caption's last line ("…装配机舱。（张伟 摄）"). Its own lines above wrap
    at the width of the line under them and do not end a sentence; the caption goes up
    no further than a blank line (on a page that does not blank every line) and starts
    at the line nearest the credit that opens like a caption (a date, "图为"): the
    lines above it are the sentence the photo interrupted. Outside narrow columns a
    wrapped caption is only recognised by such an opening; otherwise it is the one
    line that carries or precedes the credit. Page furniture in between is skipped.
    """
    lines = [x for x in lines if x.kind is not Kind.BANNER]
    # A page that blanks every line blanks the lines inside a sentence too.
    inside = [
        after.after_blank
        for before, after in itertools.pairwise(lines)
        if before.kind is Kind.TEXT and after.kind is Kind.TEXT and not is_terminated(before.text)
    ]
    spaced = sum(inside) > 0.5 * len(inside)
    marked: set[int] = set()
    for pos, line in enumerate(lines):
        if line.kind is Kind.CREDIT and pos > 0 and lines[pos - 1].kind is Kind.TEXT:
            last = pos - 1
        elif line.kind is Kind.TEXT and _ends_with_credit(line.text):
            last = pos
        elif (
            line.kind is Kind.TEXT
            and pos > 0
            and lines[pos - 1].kind is Kind.TEXT
            and _ends_with_credit(join_lines([lines[pos - 1].text, line.text]))
            and not _ends_with_credit(lines[pos - 1].text)
        ):
            # The credit's brackets wrapped: "…技艺。（郭欣" / "然 摄）".
            last = pos
            marked.add(lines[pos - 1].index)
        else:
            continue
        caption = [last]
        back = last
        while back > 0:
            prev, after = lines[back - 1], lines[back]
            if prev.kind is not Kind.TEXT or is_terminated(prev.text):
                break
            if after.after_blank and not spaced:
                break
            width, after_width = display_width(prev.text), display_width(after.text)
            if not 0.8 * after_width <= width <= 1.25 * max(after_width, column):
                break
            back -= 1
            caption.append(back)
        caption.reverse()
        openers = [i for i in caption if _CAPTION_OPENER.match(lines[i].text)]
        if openers:
            # The nearest: the sentence the photo cut may itself open with a date.
            caption = caption[caption.index(openers[-1]) :]
        elif not narrow:
            caption = caption[-1:]
        marked.update(lines[i].index for i in caption)
    return marked


def _column_width(lines: list[Line]) -> float:
    """The page's column: most wrapped lines are full, so three in four are no wider."""
    widths = sorted(display_width(x.text) for x in lines if x.kind is Kind.TEXT)
    return widths[len(widths) * 3 // 4] if widths else 0.0


def _narrow_page(lines: list[Line], column: float) -> bool:
    """Is the page (whose column is ``column`` wide) set in narrow columns? Too few
    lines say nothing about the column."""
    return sum(x.kind is Kind.TEXT for x in lines) >= 12 and column <= NARROW_COLUMN


def _only_captions_after(blocks: list[Block], para: Block) -> bool:
    index = len(blocks) - 1
    while index >= 0 and blocks[index] is not para:
        block = blocks[index]
        if not (block.caption or block.kind in (Kind.CREDIT, Kind.BANNER)):
            return False
        index -= 1
    return True


def _column_widths(lines: list[Line], narrow: float) -> dict[int, float]:
    """For each line, the typical width of the text lines that follow it.

    On a page of narrow columns (``narrow``: its width) the lines set across columns
    (headlines) say nothing about the column.
    """
    text_lines = [line for line in lines if line.kind is Kind.TEXT]
    if narrow:
        text_lines = [x for x in text_lines if _text_width(x.text) <= ACROSS_COLUMNS * narrow]
    widths: dict[int, float] = {}
    for pos, line in enumerate(text_lines):
        ahead = sorted(_text_width(x.text) for x in text_lines[pos + 1 : pos + 4])
        widths[line.index] = ahead[len(ahead) // 2] if ahead else 0.0
    return widths


# In a narrow column no wrapped line is this much wider than the column: a wider line
# that stops mid-sentence is a headline (or a caption) set across the columns.
ACROSS_COLUMNS = 1.3


def _can_join(
    para: Block, line: Line, markdown_page: bool, column: dict[int, float], narrow: float
) -> bool:
    """May ``line`` go on the paragraph ``para``? ``narrow``: the page's column width
    when it is set in narrow columns, else 0."""
    last = para.lines[-1]
    if is_terminated(last.text) or _SIGNOFF.search(last.text) or _ends_with_credit(last.text):
        return False
    if line.block_start or line.indent:
        return False
    if line.text.startswith("—") and not (
        len(para.lines) > 1 or markdown_page or _full_lines(last, line, column)
    ):
        # A deck or an attribution under a headline; after body text (or a full line of
        # the column) a dash that wrapped to the start of a line ("…的窠臼" / "——东部
        # 沿海…") goes on.
        return False
    if starts_dateline(line.text) or _DATELINE_OPENING.match(line.text):
        return False
    if _only_dateline(para) and not line.text.startswith(("（", "(")):
        # "湖南日报长沙1日讯" on a line of its own: the story opens on the next line,
        # whose width says nothing about the dateline's.
        return False
    if para.lines[0].text.startswith("—"):
        # An attribution ("——2024年3月，/习近平总书记在湖南/考察时强调") wraps in short
        # lines: it goes on after a comma, or into a clearly shorter last line.
        # A deck ("——普惠金融“活水”流向实体经济") is one line: the text under it is
        # the story, however narrow its column.
        shorter = display_width(line.text) <= SHORT_RATIO * display_width(last.text)
        return (
            len(para.lines) < 4
            and not is_terminated(line.text)
            and (last.text.endswith(tuple(_CONTINUES)) or (len(para.lines) > 1 and shorter))
        )
    if narrow and not markdown_page and line.text[0] not in _OPENS_NOTHING:
        own_width = max([display_width(x.text) for x in para.lines[:-1]] + [narrow])
        last_width, line_width = _text_width(last.text), _text_width(line.text)
        if own_width and (
            last_width > ACROSS_COLUMNS * own_width
            or line_width > ACROSS_COLUMNS * max(own_width, last_width)
        ):
            return False
    if markdown_page or last.text.endswith(tuple(_CONTINUES)) or line.text[0] in _OPENS_NOTHING:
        return True
    # In a wrapped column every line but the last is full width: a clearly shorter
    # line ended its paragraph, or was a heading.
    # A paragraph of two or more lines shows its own column width; a single line can
    # only be judged against the lines that follow it.
    widths = [display_width(x.text) for x in para.lines[:-1]] + [_text_width(line.text)]
    if len(para.lines) == 1:
        widths.append(column.get(last.index, 0.0))
    last_width = display_width(last.text)
    return not (last_width <= SHORT_HEADING_WIDTH and last_width < SHORT_RATIO * max(widths))


# No story opens on a sentence this short: after a photo it ends one the photo cut.
CUT_SENTENCE_TAIL = 10
CUT_CLAUSE = 16
_FIRST_SENTENCE = re.compile(r"[^。！？]*[。！？]")
_CLAUSE = re.compile(r"[，、；：,;:]\S")
_FIRST_CLAUSE = re.compile(r"[^，、；：。！？,;:]*(?=[，、；：。！？,;:])")


class _Bigrams:
    """Pairs of characters printed side by side within a line of the page's text.

    Gathered on first use (a photo cutting a sentence is rare) and from the first
    characters of each line only, so a hostile page costs no more than a few lines.
    """

    LINE_CHARS = 2_000

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._found: set[str] | None = None

    def __contains__(self, pair: str) -> bool:
        if self._found is None:
            self._found = set()
            for line in self._lines:
                if line.kind is Kind.TEXT:
                    text = line.text[: self.LINE_CHARS]
                    self._found.update(text[i : i + 2] for i in range(len(text) - 1))
        return pair in self._found


_CJK_PAIR = re.compile(rf"^[{CJK}]{{2}}$")
_SPEECH = re.compile(r"(?:表示|介绍|认为|指出|强调|透露|坦言|说)[，,：:]")


def _continues_across_photo(
    para: Block, line: Line, blocks: list[Block], words: _Bigrams
) -> bool:
    """Does the text after a photo caption go on with the sentence the paragraph above
    the photo left open, though the widths do not say so?

    A headline left above a photo is short, closes what it opens, and reads as one
    phrase; a sentence cut by the photo has a clause, reports speech, breaks a word
    the page prints elsewhere ("招|商" where 招商 is printed whole), or ends within a
    few characters after the photo.
    """
    last = para.lines[-1].text
    if blocks[-1] is para or is_terminated(last) or _SIGNOFF.search(last):
        return False
    if line.block_start or line.indent or starts_dateline(line.text):
        return False
    first = _FIRST_SENTENCE.match(line.text)
    if first is not None and len(first.group()) <= CUT_SENTENCE_TAIL:
        return True
    clause = _FIRST_CLAUSE.match(line.text)
    if (clause is not None and len(clause.group()) <= 1) or (
        line.text.startswith("的") and not line.text.startswith("的确")
    ):
        return True  # no sentence opens on a one-character clause ("位，") or on 的
    if para.lines[0].indent or last.endswith("了"):
        # An indented paragraph, or words that go on ("…还展示了"), stood above the photo.
        return True
    # A headline closes what it opens and does not end on a one- or two-character clause
    # ("…稻虾共养基地，田"); subheads such as "向优而进，构建产业新版图" stand above
    # photos too, so only a clause longer than a headline runs is taken for a cut one.
    clauses = re.split(r"[，、；：,;:]", last)
    straddle = last[-1:] + line.text[:1]
    if _SPEECH.search(last) or (_CJK_PAIR.match(straddle) and straddle in words):
        return True
    if _unclosed(last) or (len(clauses) > 1 and (len(clauses[-1]) <= 2 or len(clauses[0]) <= 3)):
        # ("近年来，当地村民利用闲": a sentence opens on "近年来，", "其中，", "过去，";
        # a subhead on a phrase of four: "向优而进，构建产业新版图")
        return True
    return len(last) >= CUT_CLAUSE and bool(_CLAUSE.search(last))


def _unclosed(text: str) -> bool:
    return any(text.count(o) > text.count(c) for o, c in ("“”", "‘’", "（）", "《》", "()"))


FULL_LINE = 0.9


def _full_lines(last: Line, line: Line, column: dict[int, float]) -> bool:
    width = column.get(last.index, 0.0)
    return bool(width) and min(_text_width(last.text), _text_width(line.text)) >= FULL_LINE * width


@functools.lru_cache(maxsize=8192)
def _text_width(text: str) -> float:
    """A line's width without the author's name signed after its last sentence."""
    signed = _SIGNOFF.search(text)
    return display_width(text[: signed.start()] if signed else text)


def _only_dateline(para: Block) -> bool:
    text = join_lines([line.text for line in para.lines])
    return bool(text) and starts_dateline(text).strip() == text


def _ends_with_credit(text: str) -> bool:
    """"…一角。（黄利飞 摄）": a photo credit closes its caption like a full stop."""
    split = credit_split(text)
    return split is not None and bool(split[0]) and is_terminated(split[0])


def _finish(block: Block) -> None:
    if block.kind is not Kind.TEXT:
        return
    block.text = join_lines([line.text for line in block.lines])
    if match := _SIGNOFF.search(block.text):
        block.signoff = match.group("names")
        block.text = block.text[: match.start()].rstrip()
    if not block.credit and (split := credit_split(block.text)) and split[0]:
        caption, credit = split
        if is_terminated(caption) and (block.caption or len(caption) <= 400):
            block.caption, block.credit, block.text = True, credit, caption


def _attach_credits(blocks: list[Block]) -> None:
    for pos, block in enumerate(blocks):
        if block.kind is Kind.CREDIT and pos > 0:
            prev = blocks[pos - 1]
            if prev.is_para and prev.caption and not prev.credit:
                prev.credit = block.text
                prev.lines.append(block.lines[0])
                block.caption = True  # consumed


def join_lines(parts: list[str]) -> str:
    """Join wrapped line fragments: no space between CJK, one between Latin words."""
    text, previous = "", ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not text:
            text = part
        elif text[-1].isascii() and text[-1].isalpha() and part[0].isascii() and part[0].isalpha():
            text += " " + part
        else:
            text += _undouble(previous, part)
        previous = part
    return text


# Reduplicated words that legitimately straddle a line break.
_DOUBLES = set(
    "常天人年渐刚慢纷默处个层步久谢往仅稍恰偏统明匆轻静深紧好多时事家户条件项句声节连频屡累区滚熊冉蒸欣勃洋井栩孜"
)


# A line this long was not wrapped at a column: it ends where a column broke.
COLUMN_BREAK_LINE = 60


def _undouble(before: str, part: str) -> str:
    # A column break (not a wrap at the column's width, which splits "中国工程院\n院士"
    # as printed) sometimes repeats the character it broke at ("生产线上\n上随意").
    if (
        len(part) > 1
        and len(before) >= COLUMN_BREAK_LINE
        and part[0] == before[-1]
        and "\u4e00" <= part[0] <= "\u9fff"
        and part[0] not in _DOUBLES
        and part[:2] != before[-1] * 2
    ):
        return part[1:]
    return part
