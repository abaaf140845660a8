"""Wrap-joining decisions: does a line go on the paragraph above it?

A line that does not end a sentence is joined with the next one, except when its
width says it was a heading or the end of a block; a sentence a photo caption cut goes
on after the caption. Kept apart from the loop that builds the blocks (``unwrap``) and
from the width measurement (``widths``).
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.blocks import (
    CLAUSE_MARK,
    DAY,
    LOOSE,
    ON_ITS_TIME,
    PHOTO_TITLE_CHARS,
    SIGNOFF,
    Block,
    ends_with_credit,
    heads_brief,
    join_lines,
    starts_dateline,
)
from desktop_app.core.splitting.lines import CJK, Kind, Line, is_terminated
from desktop_app.core.splitting.sentence_ends import leaves_open
from desktop_app.core.splitting.stacks import BARE_NAMES, is_column_name
from desktop_app.core.splitting.subhead_forms import subhead_form
from desktop_app.core.splitting.widths import (
    ACROSS_COLUMNS,
    MAX_HEADING_WIDTH,
    SHORT_HEADING_WIDTH,
    SHORT_RATIO,
    FirstLines,
    display_width,
    full_lines,
    text_width,
)
from desktop_app.core.surnames import opens_on_surname

ANY_FIRST_LINE = FirstLines()

# The first wrapped line of a dateline: "湖南日报株洲4月" / "27日讯（全媒体记者…".
# Spaced as a tool may space it (``blocks.LOOSE``): "湖 南 日 报 1 月 1 9".
_PAPER = "|".join(LOOSE.join(name) for name in ("本报讯", "新华社", "中新社"))
_DATELINE_OPENING = re.compile(
    rf"^(?:{_PAPER}|(?:[{CJK}]{LOOSE}){{2,3}}日{LOOSE}报){LOOSE}(?:[{CJK}]{LOOSE}){{0,6}}"
    rf"(?:{DAY}(?:月{LOOSE}(?:{DAY}日?)?|日)?)?$"
)
# Characters a headline never ends on: a line ending here continues on the next one.
# A line starting with closing punctuation continues the line before it.
_OPENS_NOTHING = "，。、；：？！”’）》,.;:?!)"
_PUNCTUATED = re.compile(r"[，。、；：？！,.;:?!]")
_CONTINUES = "、，,；;：:的和与及在是从对把被向为"
# A bracket left open at a line's end and closed early on the next: a dateline's
# reporters broken in a narrow column ("…讯（全媒体记者" / " 孙恒 通讯员 彭艳）金秋…").
_OPEN_AT_END = re.compile(r"[（(][^（()）]{0,12}$")
_CLOSES_EARLY = re.compile(r"^[^（()）]{1,20}[）)]")
# A line of the reporters' names inside a dateline's bracket, wrapped: no bracket, short.
_NAMES_ONLY = re.compile(r"^[^（()）。，！？]{2,20}$")
# A dateline's bracket goes on over at most this many lines.
MAX_DATELINE_LINES = 3


def can_join(
    para: Block,
    line: Line,
    markdown_page: bool,
    column: dict[int, float],
    narrow: float,
    first: FirstLines = ANY_FIRST_LINE,
) -> bool:
    """May ``line`` go on the paragraph ``para``? ``narrow``: the page's column width
    when it is set in narrow columns, else 0; ``first``: how a paragraph's first line
    in it may look (``widths.first_lines``)."""
    last = para.lines[-1]
    if is_terminated(last.text) or SIGNOFF.search(last.text) or ends_with_credit(last.text):
        return False
    if _OPEN_AT_END.search(last.text) and _CLOSES_EARLY.match(line.text.strip()):
        return True  # whatever the next line's indent: OCR sets one at a name
    if in_dateline_brackets(para) and (_CLOSES_EARLY.match(line.text.strip())
                                       or _NAMES_ONLY.match(line.text.strip())):
        # "湖南日报3月11日讯（全 / 媒体记者 彭婷 通讯员 陈志 / 刚）3月11日上午，…": the
        # reporters' bracket of a dateline wrapped over three lines of a narrow column.
        return True
    if line.block_start or line.indent:
        return False
    if first.whole and not markdown_page and len(para.lines) == 1 \
            and last.index not in first.verse \
            and not _PUNCTUATED.search(last.text) \
            and display_width(last.text) <= MAX_HEADING_WIDTH \
            and last.text[-1] not in _CONTINUES and line.text[0] not in _OPENS_NOTHING:
        # Nothing wraps on the page: a short line that ends no sentence and holds no
        # clause's mark heads what follows (a headline, a kicker, a byline).
        return False
    if line.text.startswith("—") and not (
        len(para.lines) > 1 or markdown_page or full_lines(last, line, column)
    ):
        # A deck or an attribution under a headline; after body text (or a full line of
        # the column) a dash that wrapped to the start of a line ("…的窠臼" / "——东部
        # 沿海…") goes on.
        return False
    if opens_on_dateline(line.text):
        return False
    if is_column_name(line.text.strip()) \
            and display_width(line.text) < SHORT_RATIO * display_width(last.text):
        return False  # a column's name (湖南日报短评) under the story before it
    if line.after_blank and len(para.lines) == 1 and is_column_name(last.text.strip()):
        return False  # a column's name over its first piece, a blank line apart (体坛速递)
    if len(para.lines) == 1 and _short_subhead(last, column, narrow):
        return False
    if len(para.lines) == 1 and narrow and BARE_NAMES.match(line.text) and (
            display_width(last.text) < narrow - 2
            or (_widest(last.text) > narrow + 1.5 and opens_on_surname(line.text))):
        # A headline shorter than the column, then its author's bare name: 抓项目就是抓发展
        # / 彭业忠. Or wider than it (no wrapped line is: one closing mark may hang), then a
        # name, not the headline's wrapped tail (…全国巡演 / 启动).
        return False
    if not narrow and len(para.lines) <= 2 and BARE_NAMES.match(line.text) \
            and opens_on_surname(line.text) \
            and all(display_width(ln.text) <= SHORT_HEADING_WIDTH for ln in para.lines):
        # Lines of a headline, then its author's bare name, on a page not set in narrow
        # columns (“村晚”火出圈 / 靠的是什么 / 刘雨晴): no line of its text is so short.
        return False
    if len(para.lines) == 1 and narrow and ON_ITS_TIME.match(line.text) \
            and not _PUNCTUATED.search(last.text) and last.text[-1] not in _CONTINUES:
        # A brief's headline, then its text opening on the day: 岳麓书院春季讲会启幕 /
        # 3月8日，岳麓书院…, or on its time (新增低改面积2万亩 / 今年以来，…). A sentence
        # wrapped there ran a line without a mark and stopped on a word that leads on
        # (…会议于 / 3月9日，…).
        return False
    if len(para.lines) == 1 and heads_brief(last.text, line.text) \
            and display_width(last.text) < SHORT_RATIO * display_width(line.text):
        # A place's headline over its brief's text, set wide (内蒙古：部署…专项监督 / 近日，…):
        # its colon is the headline's, and no sentence wraps so short before its day.
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
        last_width, line_width = text_width(last.text), text_width(line.text)
        # Two lines in a row wider than the page's column, the first holding a comma or
        # a stop, are text set wider here (briefs across two columns), not a headline.
        wide_prose = len(para.lines) == 1 and _PUNCTUATED.search(last.text) is not None \
            and min(last_width, line_width) > ACROSS_COLUMNS * own_width
        if own_width and not wide_prose and (
            last_width > ACROSS_COLUMNS * own_width
            or line_width > ACROSS_COLUMNS * max(own_width, last_width)
        ):
            return False
    if markdown_page or last.text.endswith(tuple(_CONTINUES)) or line.text[0] in _OPENS_NOTHING:
        return True
    if narrow and len(para.lines) == 1:
        # A paragraph's first line: its width is judged against the column less the
        # indent the page drops, not by a ratio (two cells are a quarter of a column of
        # eight).
        return not off_column(last, column, narrow, first)
    # In a wrapped column every line but the last is full width: a clearly shorter
    # line ended its paragraph, or was a heading.
    # A paragraph of two or more lines shows its own column width; a single line can
    # only be judged against the lines that follow it.
    widths = [display_width(x.text) for x in para.lines[:-1]] + [text_width(line.text)]
    if len(para.lines) == 1:
        widths.append(column.get(last.index, 0.0))
    last_width = display_width(last.text)
    # No line of a narrow column is wider than it but by a closing mark that hangs.
    widest = min(max(widths), narrow) if narrow else max(widths)
    return not (last_width <= SHORT_HEADING_WIDTH and last_width < SHORT_RATIO * widest)


# No story opens on a sentence this short: after a photo it ends one the photo cut.
CUT_SENTENCE_TAIL = 10
CUT_CLAUSE = 16
_FIRST_SENTENCE = re.compile(r"[^。！？]*[。！？]")
_CLAUSE = re.compile(r"[，、；：,;:]\S")
_FIRST_CLAUSE = re.compile(r"[^，、；：。！？,;:]*(?=[，、；：。！？,;:])")


class Bigrams:
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


def _a_title(para: Block) -> bool:
    """One short line with no clause in it: a photo's title, however it is indented."""
    bare = "".join(para.lines[0].text.split())
    return len(para.lines) == 1 and len(bare) <= PHOTO_TITLE_CHARS and not CLAUSE_MARK.search(bare)



def continues_across_photo(
    para: Block, line: Line, blocks: list[Block], words: Bigrams
) -> bool:
    """Does the text after a photo caption go on with the sentence the paragraph above
    the photo left open, though the widths do not say so?

    A headline left above a photo is short, closes what it opens, and reads as one
    phrase; a sentence cut by the photo has a clause, reports speech, breaks a word
    the page prints elsewhere ("招|商" where 招商 is printed whole), or ends within a
    few characters after the photo.
    """
    last = para.lines[-1].text
    if blocks[-1] is para or is_terminated(last) or SIGNOFF.search(last):
        return False
    if line.block_start or line.indent or starts_dateline(line.text) \
            or is_column_name(line.text.strip()):
        return False  # (a column's name opens the next piece: 湖南日报短评)
    first = _FIRST_SENTENCE.match(line.text)
    if first is not None and len(first.group()) <= CUT_SENTENCE_TAIL:
        return True
    clause = _FIRST_CLAUSE.match(line.text)
    if (clause is not None and len(clause.group()) <= 1) or (
        line.text.startswith("的") and not line.text.startswith("的确")
    ):
        return True  # no sentence opens on a one-character clause ("位，") or on 的
    if not _a_title(para) and (para.lines[0].indent or last.endswith("了")):
        # An indented paragraph, or words that go on ("…还展示了"), stood above the photo;
        # a page that indents every line indents a photo's title too (“空中作业”保供电), and
        # a photo's title may end on its 了 (银杏黄了).
        return True
    # A headline closes what it opens and does not end on a one- or two-character clause
    # ("…稻虾共养基地，田"); subheads such as "向优而进，构建产业新版图" stand above
    # photos too, so only a clause longer than a headline runs is taken for a cut one.
    clauses = re.split(r"[，、；：,;:]", last)
    straddle = last[-1:] + line.text[:1]
    if _SPEECH.search(last) or (_CJK_PAIR.match(straddle) and straddle in words):
        return True
    # (A place and its colon open a headline, 南县：稻虾田里收获忙; 近年来，opens a sentence.)
    opening = re.split(r"[，、；,;]", last)
    if leaves_open(last) or (len(clauses) > 1 and len(clauses[-1]) <= 2) \
            or (len(opening) > 1 and len(opening[0]) <= 3):
        # ("近年来，当地村民利用闲": a sentence opens on "近年来，", "其中，", "过去，";
        # a subhead on a phrase of four: "向优而进，构建产业新版图")
        return True
    return len(last) >= CUT_CLAUSE and bool(_CLAUSE.search(last))


def _short_subhead(line: Line, column: dict[int, float], narrow: float) -> bool:
    """A numbered or bracketed subhead on a line of its own takes no text after it.

    A numbered paragraph ("一、加强组织领导，…") opens on a line too, but a wrapped one
    fills its column (kinsoku leaves it a cell short at most): only a line shorter than
    that is a subhead.
    """
    if not subhead_form(line.text):
        return False
    if line.text.startswith("【"):
        return True
    width = column.get(line.index, 0.0) or narrow
    return not width or display_width(line.text) < width - 1


# Only a closing mark hangs past the column (kinsoku); half-width digits round by half.
HANGS = "，。、；：？！”’）》,.;:?!)"


def off_column(line: Line, column: dict[int, float], narrow: float, first: FirstLines) -> bool:
    """Does a paragraph's first line in a narrow column (the page's: ``narrow``) miss
    the column's width?

    Every wrapped line of a narrow column fills it, the first one too (less its
    indent, if the page drops it: ``first.slack``): a line that opens a paragraph and stops
    mid-phrase clearly short of the column, or runs past it without a hanging closing
    mark, was set on a line of its own (a subhead, a headline), not wrapped. The lines
    that follow may end their paragraphs, so the column is the page's or theirs,
    whichever is kinder.
    """
    local = column.get(line.index, 0.0) or narrow
    own = text_width(line.text)
    # Digits and Latin letters are set narrower than a CJK cell but not always as half
    # of one: a line is short only when it would be even if they took a whole cell.
    most = own + 0.5 * sum(ord(ch) < 0x2E80 for ch in line.text)
    return most < min(local, narrow) - first.slack or (
        own > max(local, narrow, first.widest) + 0.5 and line.text[-1] not in HANGS
    )


def _widest(text: str) -> float:
    """A line's width if its quotes took a whole cell, as Chinese type often sets them
    (``display_width`` gives them half, as some tools' wrapping does)."""
    return display_width(text) + 0.5 * sum(ch in "“”‘’" for ch in text)


def in_dateline_brackets(para: Block) -> bool:
    """Is the paragraph a dateline whose reporters' bracket is still open?"""
    if len(para.lines) >= MAX_DATELINE_LINES or not opens_on_dateline(para.lines[0].text):
        return False
    text = "".join(line.text for line in para.lines)
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def opens_on_dateline(text: str) -> bool:
    """Does a line open a story's dateline (all of it, or its first wrapped line)?"""
    return bool(starts_dateline(text)) or _DATELINE_OPENING.match(text) is not None


def _only_dateline(para: Block) -> bool:
    text = join_lines([line.text for line in para.lines])
    return bool(text) and starts_dateline(text).strip() == text
