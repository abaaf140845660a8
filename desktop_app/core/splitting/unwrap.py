"""Rejoin hard-wrapped lines into paragraphs, and tell wrapped text from short headings.

Pages come in three wrapping styles, often mixed: one paragraph per line; a narrow
column (12–20 characters) with or without blank lines between wrapped lines; and long
lines cut by a column break. A line that does not end a sentence is joined with the
next one, except when its width says it was a heading or the end of a block (in narrow
columns, a line much wider than the column is set across columns: a headline). Photo
captions and running page headers may fall inside a sentence: the sentence goes on
after them, and a caption takes only its own lines.

This module walks the lines and finds the captions; whether a line is joined lives in
``joining``, the width measurement in ``widths``, and :class:`Block` with the dateline,
sign-off and line-joining text rules in ``blocks`` (its public names are re-exported
here).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from desktop_app.core.splitting.blocks import (
    CLAUSE_MARK,
    COLUMN_BREAK_LINE,
    LONG_PHOTO_TITLE_CHARS,
    PHOTO_TITLE_CHARS,
    SIGNOFF,
    Block,
    ends_with_credit,
    join_lines,
    starts_dateline,
)
from desktop_app.core.splitting.joining import (
    CUT_CLAUSE,
    CUT_SENTENCE_TAIL,
    Bigrams,
    can_join,
    continues_across_photo,
    in_dateline_brackets,
    opens_on_dateline,
)
from desktop_app.core.splitting.lines import Kind, Line, credit_split, is_terminated
from desktop_app.core.splitting.widths import (
    ACROSS_COLUMNS,
    FULL_LINE,
    MAX_HEADING_WIDTH,
    NARROW_COLUMN,
    SHORT_HEADING_WIDTH,
    SHORT_RATIO,
    column_width,
    column_widths,
    display_width,
    first_lines,
    narrow_page,
)

__all__ = [
    "ACROSS_COLUMNS",
    "COLUMN_BREAK_LINE",
    "CUT_CLAUSE",
    "CUT_SENTENCE_TAIL",
    "FULL_LINE",
    "MAX_HEADING_WIDTH",
    "NARROW_COLUMN",
    "SHORT_HEADING_WIDTH",
    "SHORT_RATIO",
    "Block",
    "build_blocks",
    "display_width",
    "join_lines",
    "starts_dateline",
]


def build_blocks(lines: list[Line], markdown_page: bool) -> list[Block]:
    """Group classified lines into blocks; TEXT lines become paragraphs or headings."""
    page_column = column_width(lines)
    narrow = page_column if narrow_page(lines, page_column) else 0.0
    caption_lines = _caption_lines(lines, page_column, bool(narrow))
    column = column_widths(lines, narrow)
    first = first_lines(lines, column, narrow)
    words = Bigrams(lines)
    heads = _heads_over_datelines(lines)
    blocks: list[Block] = []
    open_para: Block | None = None  # the body paragraph that may still continue
    for line in lines:
        if line.kind is Kind.BYLINE and open_para is not None and in_dateline_brackets(open_para):
            line = replace(line, kind=Kind.TEXT)  # the names inside a dateline's bracket
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
            # A caption ends on its credit: the next caption is another photo's.
            if (
                last is not None
                and last.is_para
                and last.caption
                and not last.credit
                and not ends_with_credit(last.lines[-1].text)
            ):
                last.lines.append(line)
            else:
                blocks.append(Block(kind=Kind.TEXT, lines=[line], caption=True))
            continue
        if (
            open_para is not None
            and line.index not in heads
            and _only_captions_after(blocks, open_para)
            and (
                (can_join(open_para, line, markdown_page, column, narrow, first)
                 and not _titles_photo(open_para, blocks))
                or continues_across_photo(open_para, line, blocks, words)
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


# A story's heads over its dateline: a kicker and a headline of two lines at most.
MAX_HEAD_LINES = 3
_SENTENCE_END = re.compile(r"[。！？]")


def _heads_over_datelines(lines: list[Line]) -> set[int]:
    """The first line of each story's heads printed right over its dateline.

    Heads hold no sentence's end; the story above them ended one, or a blank line stands
    between them. A story cut off above (continued elsewhere) ends in mid-sentence, and
    in a column of text without blank lines its last line would read on into the heads
    under it: they are never its text. Where neither a full stop nor a blank line
    says where the heads begin, nothing is said."""
    found: set[int] = set()
    text = [line for line in lines if line.kind is Kind.TEXT]
    # A page that sets blank lines between wrapped lines (a tool printing each line as a
    # block) says only that the line right over the dateline stands apart.
    wrapped = [line for above, line in itertools.pairwise(text) if not is_terminated(above.text)]
    blanks_part = 2 * sum(line.after_blank for line in wrapped) < len(wrapped)
    datelines = [line.kind is Kind.TEXT and opens_on_dateline(line.text) for line in lines]
    for at in (at for at, dateline in enumerate(datelines) if dateline):
        first = None
        for back in range(at - 1, max(at - 1 - MAX_HEAD_LINES, -1), -1):
            head = lines[back]
            # Anywhere in the line: an author's name may sign the sentence after its stop.
            ends = _SENTENCE_END.search(head.text) is not None
            if head.kind is not Kind.TEXT or ends or datelines[back]:
                first = back + 1 if back + 1 < at and ends else None
                break
            if head.after_blank:
                first = back
                break
            if not blanks_part:
                break
        if first is not None:
            found.add(lines[first].index)
    return found


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
        elif line.kind is Kind.TEXT and ends_with_credit(line.text):
            last = pos
        elif (
            line.kind is Kind.TEXT
            and pos > 0
            and lines[pos - 1].kind is Kind.TEXT
            and ends_with_credit(join_lines([lines[pos - 1].text, line.text]))
            and not ends_with_credit(lines[pos - 1].text)
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
            # (Over the caption's last line, a short tail, any width: a caption set
            # across its photo is wider than the page's column.)
            widest = after_width if back < last else float("inf")
            if not 0.8 * after_width <= width <= 1.25 * max(widest, column):
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
    return marked | _pointed_captions(lines)


# "▲" points up at the photo: a caption, credited or not; "①…", "②…" under it caption
# the photos of its set.
_POINTER = "▲△"
_SET_NUMBER = "①②③④⑤⑥⑦⑧⑨⑩"


# A note's label after the pointer (▲点评：…) makes it a reader's note, not a caption.
_NOTE_LABEL = re.compile(r"^[▲△]\s*(?!图)[\u4e00-\u9fff]{1,4}[：:]")


def _pointed_captions(lines: list[Line]) -> set[int]:
    marked: set[int] = set()
    in_set = False
    for line in lines:
        text = line.text
        if line.kind is Kind.TEXT and text[:1] in _POINTER and is_terminated(text) \
                and not _NOTE_LABEL.match(text):
            marked.add(line.index)
            in_set = True
        elif in_set and line.kind is Kind.TEXT and text[:1] in _SET_NUMBER:
            marked.add(line.index)
        else:
            in_set = False
    return marked


# A photo's title over its caption is a short line of its own (``PHOTO_TITLE_CHARS``), or
# one a post marks with a camera (📷 湘江边“银杏大道”金黄一片), however long.
CAMERAS = ("📷", "📸")


def _titles_photo(para: Block, blocks: list[Block]) -> bool:
    """Is the paragraph one short line with a caption, a credit or the page's running
    header under it: a photo's title (or a headline), which the line after them (the next
    photo's title) does not go on by its width? A sentence a photo cut goes on past it
    by :func:`continues_across_photo`."""
    if blocks[-1] is para or len(para.lines) != 1:
        return False
    text = para.lines[0].text  # (counted without the spaces OCR set between characters)
    bare = "".join(text.split())
    return len(bare) <= PHOTO_TITLE_CHARS or text.lstrip().startswith(CAMERAS) \
        or (len(bare) <= LONG_PHOTO_TITLE_CHARS and _PHRASES_APART.search(text) is not None
            and CLAUSE_MARK.search(bare) is None)


# Two phrases set apart by a wide space (湘江风光带  夜跑正当时): a headline's form.
_PHRASES_APART = re.compile(r"\S(?: {2,}|\u3000)\S")


def _only_captions_after(blocks: list[Block], para: Block) -> bool:
    index = len(blocks) - 1
    while index >= 0 and blocks[index] is not para:
        block = blocks[index]
        if not (block.caption or block.kind in (Kind.CREDIT, Kind.BANNER)):
            return False
        index -= 1
    return True


def _finish(block: Block) -> None:
    if block.kind is not Kind.TEXT:
        return
    block.text = join_lines([line.text for line in block.lines])
    if match := SIGNOFF.search(block.text):
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
