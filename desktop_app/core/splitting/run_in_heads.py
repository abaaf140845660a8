"""A headline run into its story's text, cut off once the story's lines are joined.

The ways a page prints it, each told by what cannot be a sentence's middle:

- **A bulleted brief in a briefs column** (简讯, 经济快讯, 县域快讯…): each brief opens
  with a bullet, its headline runs into its text set apart by a space, and the narrow
  column wraps both (``●省政府召开常务 / 会议 11月17日，/ 省政府召开常务会议，…``). A
  bulleted paragraph with no such headline (``●日前，我省第二批…``) is left as printed;
  ``web_chrome`` reads a run-in line that is whole (a web page's or a wide column's).
- **A headline run into its dateline** (``岳阳破获一起跨境电诈案 本报讯（通讯员 黄涛）近日，
  …``), as a reader's highlight, a copy of a briefs column or an office program prints
  it: no sentence runs into a dateline after a space.

- **A headline under a column's name in a narrow column** (``财经快讯 / 9月全省CPI同比下降
  0.1% / 据国家统计局…``, ``短评 / “ 开 门 红 ” 成 色 足 / 一季度…``): the column's
  name says a headline comes next, and the line under it is one when it stands apart
  from the text (a blank line under it) or is much narrower than the column (as a
  letter-spaced headline closed up is) or wider, and holds no sentence's punctuation.
  Under a briefs column's name, each next brief's headline follows a finished brief: a
  line with no sentence's marks that no wrapped line of the text could be (narrower or
  wider than the column, or over text opening as a brief's does), until a blank line or
  an indented paragraph ends the column.

- **A headline set apart by an ideographic space** (``益阳农村客运综合服务站陆续启用　12月以来，
  …``), as an app prints a briefs column's bold run-in headlines: the typesetter's full-width
  space never falls inside a sentence. Taken when the text after it opens on its day, its
  time or a dateline, or when a paragraph next to it is set the same way.

- **A headline set in emphasis** (``*全国青少年攀岩锦标赛在贵州落幕* 10月19日，…``), as a
  mail or a note marks a briefs column's bold run-in headlines, a space after the marks.

- **A headline in square brackets or after a digest's number** (``【衡阳：“小院议事”化解
  群众急难愁盼】“楼道灯…”``, ``1. 常德桃花源机场新开通至西安、厦门航线：3月10日起，…``),
  as a morning digest or a post runs its items: the brackets close the headline; after a
  number, the colon does when the day, a dateline or 记者 opens the text, or the headline
  is a place's (``4. 娄底涟源：…：涟源市在…``); a notice's numbered point (``1.
  加强组织领导：各地要…``) is neither.

Each way the paragraph becomes a boundary, the headline (the line the space falls on cut
in two) and the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.blocks import ON_ITS_TIME, Block, join_lines, starts_dateline
from desktop_app.core.splitting.lines import Kind, Line, is_byline, is_terminated
from desktop_app.core.splitting.stacks import is_briefs_column, is_column_name
from desktop_app.core.splitting.widths import display_width

BULLETS = "●■◆▶►"
# A bulleted brief's run-in headline: 4–30 characters before the first space, no
# sentence's punctuation.
_BULLETED_HEAD = re.compile(r"(?P<head>[^\s。！？，,；;]{4,30})[ \u3000]+(?=\S)")
# A headline before its dateline: this long at most, none of a sentence's punctuation
# before its end (a question or an exclamation may end it).
MAX_HEAD = 40
MIN_HEAD = 4
_IN_SENTENCE = re.compile(r"[。，,；;：:]")
# A dateline says 讯 or 电 (本报讯, 湖南日报12月3日讯, 新华社北京5月3日电) within this many
# characters of its start.
_DATELINE_WORD = re.compile(r"[讯电]")
_DATELINE_CHARS = 24
_SPACE = re.compile(r"[ \u3000]+")


def cut_run_in_heads(blocks: list[Block]) -> list[Block]:
    """Each paragraph that runs its headline into its text → a boundary, the headline,
    the text."""
    out: list[Block] = []
    briefs = False  # inside a column of bulleted briefs
    # Under a briefs column's first headline (its text wrapped: a narrow column's).
    narrow = False
    spaced = [_spaced_head_end(block) for block in blocks]
    for number, block in enumerate(blocks):
        named = bool(out) and _names_a_column(out[-1])
        if not block.is_para or block.lines[0].after_blank or block.lines[0].indent:
            narrow = False  # (a blank line or an indented paragraph: the column is over)
        if not block.is_para:
            out.append(block)
            continue
        if is_briefs_column(re.sub(r"[ \u3000]", "", block.text).strip(BULLETS)):
            briefs = True
        elif block.text[:1] not in BULLETS:
            briefs = False  # anything but a bulleted paragraph ends the column
        # The first way that finds a headline cuts it (its cut may fall outside the lines).
        if briefs and (cut := _bulleted_head_end(block.text)) is not None:
            out.extend(_cut(block, cut))
        elif named and (cut := _head_under_column_name(block)) is not None:
            name = out.pop()
            cut_up = _cut_first_line(name, block, cut)
            narrow = is_briefs_column(_SPACE.sub("", name.text))
            if narrow and cut_up[-1].is_para:
                cut_up[-1:] = _narrow_briefs(cut_up[-1], after_a_stop=False)
            out.extend(cut_up)
        elif narrow:
            out.extend(_narrow_briefs(block, after_a_stop=out[-1].terminated))
        elif (cut := _head_before_dateline(block.text)) is not None \
                or (cut := _spaced_cut(spaced, number, block.text)) is not None:
            out.extend(_cut(block, cut))
        elif (marked := _marked_head(block.text)) is not None:
            start, end, cut = marked
            out.extend(_cut(block, cut, head=block.text[start:end]))
        else:
            out.append(block)
    return out


def _bulleted_head_end(text: str) -> int | None:
    if text[:1] not in BULLETS:
        return None
    bullets = len(text) - len(text.lstrip(BULLETS + " \u3000"))
    head = _BULLETED_HEAD.match(text, bullets)  # (match: anchored where the bullets end)
    return head.end("head") if head is not None else None


def _names_a_column(block: Block) -> bool:
    return block.kind in (Kind.TEXT, Kind.HEADING) and len(block.lines) == 1 \
        and len(block.text) <= MAX_COLUMN_NAME \
        and is_column_name(_SPACE.sub("", block.text).strip("【】[]"))


MAX_COLUMN_NAME = 16  # 湖南日报短评, 市州快讯（两条）, set with spaces or not


# A headline's line this much narrower than the text's lines under it, or this much
# wider (set across columns): no line of the column's text.
NARROWER, WIDER = 0.7, 1.25


def _head_under_column_name(block: Block) -> int | None:
    """Where the headline set under a column's name ends, when ``block`` opens on one."""
    line = block.lines[0].text.strip()  # (letter-spaced, it was closed up when read)
    if _EMPHASISED.match(block.text):
        return None  # (its marks say where it ends: :func:`_marked_head`)
    if not MIN_HEAD <= len(line) <= MAX_HEAD or not block.text.startswith(line) \
            or _IN_SENTENCE.search(line) or is_terminated(line) or is_byline(line):
        return None
    if len(block.lines) == 1:
        return len(line)  # on a line of its own (【编辑手记】 / 把两会精神转化为实干动力)
    column = max(display_width(under.text) for under in block.lines[1:4])
    width = display_width(line)
    apart = block.lines[1].after_blank or width < NARROWER * column \
        or width > min(WIDER * column, column + HANGS)
    return len(line) if apart else None


# A wrapped line of a column is as wide as the column, or a mark wider (a stop may hang).
HANGS = 2


def _narrow_briefs(block: Block, after_a_stop: bool) -> list[Block]:
    """A narrow briefs column's text after its first brief's headline, cut at each next
    brief's: a line after a finished sentence that holds none of a sentence's marks and
    is no wrapped line of the text, being narrower or wider than the column, or over text
    that opens as a brief's does (文体速递 / 湖南选手获… / 在日前结束的… / …第3枚金牌。
    / 岳麓书院推出“夜读书院”线路 / 即日起至11月30日，…). ``after_a_stop``: the text
    above ``block`` ended a sentence."""
    lines = block.lines
    widths = sorted(display_width(line.text) for line in lines)
    column = widths[len(widths) // 2]  # (a story's wider headline may be run in below)
    heads = [i for i in range(len(lines) - 1)
             if (is_terminated(lines[i - 1].text) if i else after_a_stop)
             and _brief_head(lines[i].text, lines[i + 1].text, column)]
    if not heads:
        return [block]
    out = [_part(block, lines[:heads[0]], last=False)] if heads[0] else []
    for head, end in zip(heads, [*heads[1:], len(lines)], strict=True):
        first = lines[head]
        out += [Block(kind=Kind.BOUNDARY, lines=[replace(first, text="", kind=Kind.BOUNDARY,
                                                         end=first.start)]),
                Block(kind=Kind.HEADING, lines=[first], text=first.text.strip()),
                _part(block, lines[head + 1:end], last=end == len(lines))]
    return out


def _part(block: Block, lines: list[Line], last: bool) -> Block:
    """``block``'s text on ``lines``; only its last part keeps its signature."""
    return replace(block, lines=lines, text=join_lines([line.text for line in lines]),
                   signoff=block.signoff if last else "")


def _brief_head(line: str, under: str, column: float) -> bool:
    line = line.strip()
    if not MIN_HEAD <= len(line) <= MAX_HEAD or _IN_SENTENCE.search(line) \
            or _LISTING.search(line) or is_terminated(line) or is_byline(line) \
            or line.count("“") != line.count("”") or line.count("《") != line.count("》"):
        return False  # (a headline closes what it opens: 本次活动还设置了“湘品直 does not)
    width = display_width(line)
    return abs(width - column) >= HANGS or _opens_on_its_time(under.strip()) \
        or under.lstrip().startswith(_A_BRIEFS_OPENING)


# A brief's text may open on what it announces: 即日起，…
_A_BRIEFS_OPENING = ("即日起", "记者从", "记者近日从")
_LISTING = re.compile(r"[、,]")


# 【headline】 then the text (after a post's #topics#): no sentence's end inside the
# brackets, some text after.
_BRACKETED = re.compile(r"^(?:#[^#\s]{1,20}#\s*)*【(?P<head>[^】。！？]{6,40})】(?=\S.{8,})")
# 1. headline：the day, a dateline or 记者, then the text (a place and its colon may open
# the headline).
_NUMBERED = re.compile(
    r"^\d{1,2}[.．、]\s*(?P<head>(?P<place>[^\s：:。！？，,]{2,8}[：:])?[^：:。！？，,]{6,40})[：:]"
    r"(?P<opens>(?=\d{1,2}月\d{1,2}日|\d{4}年|近日|日前|今年|本报讯|记者|\S{0,12}[讯电]（))?")


# *headline* or **headline** then the text: a mail's or a note's emphasis run in.
_EMPHASISED = re.compile(r"^(?P<marks>\*{1,2})(?P<head>[^*\s。！？][^*。！？]{3,40}?)(?P=marks)"
                         r"[ \u3000]+(?=[^*\s].{8,})")  # (apart: *稳粮保供*是… is a sentence)


def _marked_head(text: str) -> tuple[int, int, int] | None:
    """Where the headline a digest marks starts and ends, and where its text starts."""
    match = _BRACKETED.match(text) or _EMPHASISED.match(text)
    if match is None and (numbered := _NUMBERED.match(text)) \
            and (numbered["place"] or numbered["opens"] is not None):
        match = numbered  # (a place's headline, 娄底涟源：…：, is a digest's too)
    if match is None or not _A_STOP.search(text, match.end()):
        return None  # (a label, 【图说】 or 【新湖南】, is shorter; text ends a sentence)
    return match.start("head"), match.end("head"), match.end()


_A_STOP = re.compile(r"[。！？]")


# A headline, the typesetter's full-width space, and text that ends a sentence.
_SPACED_HEAD = re.compile(
    r"(?P<head>[^\s。！？，,；;：:]{4,30})\u3000{1,2}(?=[^\s\u3000].*[。！？])")


def _spaced_head_end(block: Block) -> int | None:
    if not block.is_para or block.caption:
        return None
    match = _SPACED_HEAD.match(block.text)
    return match.end("head") if match is not None else None


def _spaced_cut(spaced: list[int | None], number: int, text: str) -> int | None:
    """Where paragraph ``number``'s spaced headline ends, when its text opens on its time
    or a paragraph next to it is set the same way."""
    cut = spaced[number]
    if cut is None:
        return None
    beside = any(spaced[i] is not None for i in (number - 1, number + 1) if 0 <= i < len(spaced))
    return cut if beside or _opens_on_its_time(text[cut:].lstrip("\u3000")) else None


def _opens_on_its_time(text: str) -> bool:
    return bool(ON_ITS_TIME.match(text) or _SINCE.match(text) or starts_dateline(text))


_SINCE = re.compile(r"^\d{1,2}月(?:份)?以来[，,]")


def _head_before_dateline(text: str) -> int | None:
    """Where the headline ends, when ``text`` opens on one run into its dateline."""
    if not _DATELINE_WORD.search(text, 0, MAX_HEAD + _DATELINE_CHARS):
        return None  # (most paragraphs: one scan, no dateline tried at each space)
    for space in _SPACE.finditer(text[:MAX_HEAD + 1]):
        head, rest = text[:space.start()], text[space.end():]
        if len(head) >= MIN_HEAD and starts_dateline(rest) and not _IN_SENTENCE.search(head) \
                and not is_byline(head) and not starts_dateline(head + rest):
            # (湖南日报 5月7日讯: a dateline OCR spaced after the paper's name.)
            return space.start()
    return None


def _cut(block: Block, cut: int, head: str = "") -> list[Block]:
    """A boundary, the headline (``head``, else ``block``'s text up to ``cut``, its bullets
    left out) and the text after it; ``block`` as it is when the cut falls outside its
    lines."""
    heads, rest = _cut_lines(block.lines, cut)
    if not heads or not rest:
        return [block]
    head = head or block.text[:cut].lstrip(BULLETS + " \u3000").strip()
    return [Block(kind=Kind.BOUNDARY, lines=[replace(heads[0], text="", kind=Kind.BOUNDARY,
                                                     end=heads[0].start)]),
            Block(kind=Kind.HEADING, lines=heads, text=head),
            # (The text as joined, less a name signing it that joining took off.)
            replace(block, lines=rest, text=block.text[cut:].lstrip())]


def _cut_first_line(name: Block, block: Block, cut: int) -> list[Block]:
    """A boundary, the column's ``name`` and ``block``'s first line (``cut`` characters
    of its joined text) as a headline's stack, and the text after them."""
    first = name.lines[0]
    stack = [Block(kind=Kind.BOUNDARY, lines=[replace(first, text="", kind=Kind.BOUNDARY,
                                                      end=first.start)]),
             replace(name, kind=Kind.HEADING),
             Block(kind=Kind.HEADING, lines=block.lines[:1], text=block.text[:cut])]
    if len(block.lines) == 1:
        return stack
    return [*stack, replace(block, lines=block.lines[1:], text=block.text[cut:].lstrip())]


def _cut_lines(lines: list[Line], cut: int) -> tuple[list[Line], list[Line]]:
    """``lines`` cut where the block's text reaches ``cut`` characters."""
    done = 0
    for number, line in enumerate(lines):
        text = line.text.strip()
        if done + len(text) > cut:
            into = cut - done
            own = line.text.index(text) + into  # (the line's text may keep a space)
            head = [*lines[:number], replace(line, text=text[:into], end=line.start + own)]
            after = text[into:].lstrip()
            rest = replace(line, text=after, start=line.start + own + len(text[into:]) - len(after))
            return [part for part in head if part.text], [rest, *lines[number + 1:]]
        done += len(text)
    return [], []
