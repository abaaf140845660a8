"""Which paragraphs are headlines: short lines that stop mid-sentence and go nowhere.

The extractor marks few headings; most headline stacks reach ``layout`` as short
paragraphs. Telling them from body text (by width, by what follows, by whether the
page marks its headings in Markdown) is kept here, apart from building the units.
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.blocks import (
    CLAUSE_MARK,
    LONG_PHOTO_TITLE_CHARS,
    Block,
    heads_brief,
    starts_dateline,
)
from desktop_app.core.splitting.lines import Kind, is_terminated
from desktop_app.core.splitting.stacks import BARE_NAMES, BULLETS, LABEL_CHARS
from desktop_app.core.splitting.subhead_forms import MAX_SUBHEAD_CHARS, subhead_form
from desktop_app.core.splitting.widths import (
    MAX_HEADING_WIDTH,
    SHORT_HEADING_WIDTH,
    display_width,
)
from desktop_app.core.surnames import opens_on_surname


def headings_from_paras(blocks: list[Block], markdown_page: bool) -> list[Block]:
    """Short paragraphs that stop mid-sentence and go nowhere are headlines."""
    out: list[Block] = []
    stack = _stack_above(blocks, markdown_page)
    for pos, block in enumerate(blocks):
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        prev = out[-1] if out else None
        if _reads_as_heading(block, prev, nxt, markdown_page, stack[pos + 1]):
            pieces = _split_heading(block) if not _clauses_under_label(block, prev) \
                else [Block(kind=Kind.HEADING, lines=block.lines, text=block.text)]
            if prev is not None and prev.kind is Kind.HEADING and not markdown_page \
                    and _wrapped_tail(prev.text, pieces[0].text):
                # "大型花鼓戏《洞庭春早》全国巡演 / 启动": a headline set wider than the
                # column, so its lines were read apart, and wrapped.
                prev.lines.extend(pieces[0].lines)
                prev.text += pieces.pop(0).text
            out.extend(pieces)
        else:
            out.append(block)
    return out


def _stack_above(blocks: list[Block], markdown_page: bool) -> list[bool]:
    """For each block (and one past the end): is it a line of a headline stack?

    A stack may begin with a line wider than a lone headline would be (two headlines
    printed side by side): it is a headline when the line under it is one. Pages
    marked in Markdown say themselves which lines are headings.
    """
    stack = [False] * (len(blocks) + 1)
    for pos in range(len(blocks) - 1, -1, -1):
        block = blocks[pos]
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        stack[pos] = block.kind is Kind.HEADING or (
            not markdown_page and _reads_as_heading(block, None, nxt, False, stack[pos + 1])
        )
    return stack


def _reads_as_heading(
    block: Block,
    prev: Block | None,
    nxt: Block | None,
    markdown_page: bool,
    next_in_stack: bool = False,
) -> bool:
    if not block.is_para or block.caption or block.signoff:
        return False
    if block.terminated and not _asks_over_deck_or_byline(block, prev, nxt):
        return False
    if starts_dateline(block.text):
        return False  # a dateline on a line of its own opens the story below it
    if block.lines[0].indent and not _bulleted_over_dateline(block, nxt) \
            and not _deck_under_heading(block, prev, nxt) \
            and not _titles_photo_under(block, nxt):
        return False  # on a page that indents paragraphs, headlines are not indented
    if block.text.startswith(("（", "(")) and block.text.endswith(("）", ")")):
        return False  # a note in brackets under a story: （作者系湖南师范大学教授）
    if block.text.startswith("—"):
        return True
    next_is_structure = (
        nxt is None
        or next_in_stack
        or nxt.kind in (Kind.BYLINE, Kind.HEADING, Kind.BANNER)
        or (nxt.is_para and bool(starts_dateline(nxt.text)))
    )
    widest = max(display_width(line.text) for line in block.lines)
    limit = MAX_HEADING_WIDTH if next_is_structure else SHORT_HEADING_WIDTH
    if len(block.lines) > 3 or widest > limit:
        return False
    # Several short lines that stop mid-sentence are a headline stack only where the
    # story cannot go on: before a byline, dateline, caption, marker or the page end.
    before_caption = nxt is not None and nxt.is_para and nxt.caption
    if before_caption and nxt is not None and nxt.start < block.end:
        return False  # its lines go on across the photo printed among them: a paragraph
    if before_caption and prev is not None and prev.kind is Kind.BYLINE \
            and not prev.lines[0].signoff:
        # Under a byline the story opens, even when a photo cuts it at once; under a
        # story's sign-off (（肖文胜 钟海燕）) the next piece begins: a photo's headline.
        return False
    # An indented paragraph under it opens afresh, too: the lines above ended there
    # without a full stop (a brief's headline wrapped in its narrow column).
    opens_under = nxt is not None and nxt.is_para and nxt.lines[0].indent
    if len(block.lines) > 1 and not (next_is_structure or before_caption or _is_boundary(nxt)
                                     or opens_under or _under_label(prev)):
        return False
    if nxt is not None and nxt.kind is Kind.MARKER and _GOES_ON.search(nxt.text):
        return False  # the text above "（下转第2版）" is a story cut off, not a headline
    if not markdown_page:
        return True
    # Pages that mark headings in Markdown only leave bare lines for headline stacks
    # (kicker, deck) that sit right next to a heading, a byline or a dateline, for a
    # photo's title over its caption, and for subheads set in the body's type, between
    # two paragraphs of one story.
    return (
        next_is_structure
        or before_caption
        or (nxt is not None and nxt.is_para and heads_brief(block.text, nxt.text))
        or (prev is not None and prev.kind is Kind.HEADING)
        or _bare_subhead(block, prev, nxt)
    )


def _deck_under_heading(block: Block, prev: Block | None, nxt: Block | None) -> bool:
    """A deck indented as the text is (a slide deck's outline indents all but its titles:
    迎峰度夏 大电网“顶”得住 / 　——国家电网经营区…): one line right under the headline,
    opening on its dash, or over the byline (上半年绿电交易量同比增长43.6% / 　市场化机制助力
    新能源消纳 / 　本报记者 何 琳): no paragraph of text stands between the two."""
    return len(block.lines) == 1 and prev is not None and prev.kind is Kind.HEADING \
        and (block.text.startswith("——")
             or (nxt is not None and nxt.kind is Kind.BYLINE
                 and display_width(block.text) <= SHORT_HEADING_WIDTH))


def _titles_photo_under(block: Block, nxt: Block | None) -> bool:
    """A page that indents every line indents a photo's title too: one short line with no
    clause, right over the photo's caption (　“空中作业”保供电 / 　7月5日，…)."""
    return len(block.lines) == 1 and len(block.text) <= LONG_PHOTO_TITLE_CHARS \
        and CLAUSE_MARK.search(block.text) is None \
        and nxt is not None and nxt.is_para and nxt.caption



def _bulleted_over_dateline(block: Block, nxt: Block | None) -> bool:
    """A page that indents every paragraph indents its briefs' headlines too when they are
    set in the body's type, each after a bullet and over its dateline (　　■市第一人民医院
    启用… / 　　本报讯（记者 吴静）…): no paragraph of a story stops mid-sentence there."""
    return len(block.lines) == 1 and block.text[:1] in BULLETS \
        and nxt is not None and nxt.is_para and bool(starts_dateline(nxt.text))


def _under_label(prev: Block | None) -> bool:
    """Is the block right under a column's label (短评, 要闻简报, 市州传真)? A label opens a
    piece: the lines under it that stop mid-sentence are its headline, wrapped."""
    return prev is not None and prev.kind is Kind.HEADING and len(prev.text) <= LABEL_CHARS


def _clauses_under_label(block: Block, prev: Block | None) -> bool:
    """A headline of two clauses wrapped under a label (让冬闲变冬忙，把水利 / 这件事办扎实):
    its lines run on as one, and are not a stack of kicker, headline and deck."""
    return len(block.lines) > 1 and _under_label(prev) and not block.text.startswith("—") \
        and "，" in block.lines[0].text


def _bare_subhead(block: Block, prev: Block | None, nxt: Block | None) -> bool:
    """One short line, numbered, bracketed or plain, with a finished paragraph above
    it and a paragraph under it (a sentence a photo cut in two has a caption under it)."""
    if len(block.lines) != 1 or len(block.text) > MAX_SUBHEAD_CHARS:
        return False
    between = (
        prev is not None and prev.is_para and not prev.caption and is_terminated(prev.text)
        and nxt is not None and nxt.is_para and not nxt.caption
        and not starts_dateline(nxt.text)
    )
    return between and (subhead_form(block.text) or len(block.text) <= _BARE_SUBHEAD_CHARS)


# A bare line this short between two paragraphs of a Markdown page is a subhead; a
# longer one without number or brackets may be a sentence the extraction cut.
_BARE_SUBHEAD_CHARS = 16


_GOES_ON = re.compile(r"下转|转第|转[A-Z\d一二三四五六七八九十]")


def _is_boundary(block: Block | None) -> bool:
    return block is not None and block.kind in (Kind.MARKER, Kind.BOUNDARY, Kind.CREDIT)


def _asks_over_deck_or_byline(block: Block, prev: Block | None, nxt: Block | None) -> bool:
    """A headline may ask or exclaim (托育服务如何更普惠？) when a deck follows it (——…),
    a byline (这个电话，千万别挂！ / 记者 杨蓉) or a dateline (本报讯…): no sentence of a
    story is followed by either, and a dateline opens the story it heads. So it may under
    a column's label (漫画 / “陪跑”变“代跑”？), which opens a piece. It may take two lines,
    the first stopping mid-sentence (小微企业首贷 / 为何越来越“快”？)."""
    wrapped = len(block.lines) == 2 and not is_terminated(block.lines[0].text)
    if not ((len(block.lines) == 1 or wrapped) and len(block.text) <= MAX_QUESTION_HEADLINE
            and block.text[-1:] in "？！?!" and nxt is not None):
        return False
    if nxt.kind is Kind.BYLINE:
        return not nxt.lines[0].signoff
    if nxt.is_para and _under_label(prev):
        return True
    return nxt.is_para and ((nxt.text.startswith("——") and len(nxt.lines) == 1)
                            or bool(starts_dateline(nxt.text)))


MAX_QUESTION_HEADLINE = 30


def _split_heading(block: Block) -> list[Block]:
    if block.text.startswith("—"):
        return [Block(kind=Kind.HEADING, lines=block.lines, text=block.text)]
    pieces: list[Block] = []
    for line in block.lines:
        if pieces and _wrapped_tail(pieces[-1].text, line.text):
            # "铜官窑彩瓷特展亮相湖南博 / 物院": a headline wrapped at a narrow column.
            pieces[-1].lines.append(line)
            pieces[-1].text += line.text
            continue
        pieces.append(Block(kind=Kind.HEADING, lines=[line], text=line.text))
    return pieces


# No kicker, headline or deck is this short; after a long line it is the line's tail.
WRAPPED_TAIL = 3


def _wrapped_tail(above: str, text: str) -> bool:
    """Is ``text`` the tail of the headline ``above`` wrapped (…湖南博 / 物院)? Not a name
    signing under it: 周湘, 彭业忠 (a common surname opens it)."""
    return len(text) <= WRAPPED_TAIL and len(above) >= 3 * WRAPPED_TAIL \
        and not text.startswith("—") and not above.endswith(("——", "：", ":")) \
        and not (BARE_NAMES.match(text) is not None and opens_on_surname(text))
