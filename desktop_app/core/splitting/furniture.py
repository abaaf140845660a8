"""Lines told by where they sit rather than what they say.

A PDF tool prints the page's head one item a line: the running header, the section's
name, the page number, the editors. The section's name alone ("评论", "理论·学习") reads
like a headline and would head the first story; set between two lines of furniture it
is the page's section. A name in brackets alone on a line ("（王亮）") under a finished
paragraph signs the story above, and would otherwise head the next one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import CJK, Kind, Line, is_terminated
from desktop_app.core.splitting.page_heads import (
    closed_up,
    header_and_credits,
    is_page_number,
)

_SECTION = re.compile(rf"^[{CJK}·]{{2,6}}$")
# "（王亮）", "（周帙恒）", "（彭业忠 向民贵）": reporters' names alone in brackets.
_SIGNED = re.compile(rf"^[（(](?P<who>[{CJK}·]{{2,4}}(?:[ \u3000、][{CJK}·]{{2,4}}){{0,3}})[）)]$")
MAX_SECTION_RUN = 3
# A front page's index: "导读", then entries, each a headline of a line or two and the
# page it is on ("2版").
_INDEX = re.compile(r"^(?:今日|本期|本版)?(?:头版|要闻)?(?:导读|要目|提要|目录|目次)$")


def is_index_label(text: str) -> bool:
    """The label of an index of a page's or an issue's pieces (导读, 本期导读, 要目, a
    compilation's 目　　录), bracketed or marked as a newsletter sets it (【今日导读】)."""
    return len(text) <= MAX_INDEX_LABEL \
        and _INDEX.match(closed_up(text).strip("【】[]▍■●◆ ")) is not None


MAX_INDEX_LABEL = 12  # 本期导读, 目　　录: short (a line of text is not closed up to see)


MAX_ENTRY_LINES = 3
# An entry with its page on the same line: "把论文写在大地上 >>04版", "…（6版）"; the
# page is one :func:`is_page_number` reads.
_ENTRY_AND_PAGE = re.compile(
    r"^\S.{1,30}?[ \u3000]*(?:>>|》》|→|…+|\.{2,}|—+)?[ \u3000]*[（(]?(?P<page>\S{1,6}?)[)）]?$")


# The page first: "02版　长株潭都市圈“一小时通勤圈”加速成形".
_PAGE_AND_ENTRY = re.compile(r"^(?P<page>\S{1,6}?)[ \u3000]+\S.{3,40}$")


def is_section_name(text: str) -> bool:
    """"评论", "理论·学习", and letter-spaced as a PDF tool prints it ("市 州")."""
    return _SECTION.match(closed_up(text)) is not None


def section_lines(lines: list[Line]) -> list[Line]:
    """Runs of at most three bare section names between two lines of furniture become
    furniture themselves (their text is the page's section); a running header printed
    with the editors' credits is furniture; a name in brackets under a finished
    paragraph is its signature."""
    out = _public_service_ads(_index_box([part for line in lines
                                          for part in _header_parts(line)]))
    for pos in range(1, len(out)):
        line, above = out[pos], out[pos - 1]
        if line.kind is Kind.TEXT and (names := _SIGNED.match(line.text)) \
                and above.kind is Kind.TEXT and is_terminated(above.text):
            out[pos] = replace(line, kind=Kind.BYLINE, text=names["who"], signoff=True)
    pos = 0
    while pos < len(out):
        end = pos
        while end < len(out) and end - pos < MAX_SECTION_RUN + 1 \
                and out[end].kind is Kind.TEXT and is_section_name(out[end].text):
            end += 1
        run = end - pos
        if 0 < run <= MAX_SECTION_RUN and pos > 0 and end < len(out) \
                and out[pos - 1].kind is Kind.BANNER and out[end].kind is Kind.BANNER:
            out[pos:end] = [replace(x, kind=Kind.BANNER) for x in out[pos:end]]
        pos = max(end, pos + 1)
    return out


def clip_titles(lines: list[Line]) -> list[Line]:
    """A heading right over a line of the page's furniture and a headline under it (a
    clipper's note title: 湖南日报数字报 / 2025年08月27日 | 第04版：评论 / the story's
    headline) names the clip or the page, not the story: furniture too, and so does a
    note's title over it."""
    out = list(lines)
    for pos in range(len(out) - 3, -1, -1):  # from the foot: a note's title over a clip's
        if out[pos].kind is not Kind.HEADING or out[pos + 1].kind is not Kind.BANNER:
            continue
        under = pos + 1
        while under < len(out) and out[under].kind is Kind.BANNER:
            under += 1
        if under < len(out) and out[under].kind is Kind.HEADING:
            out[pos] = replace(out[pos], kind=Kind.BANNER)
    return out


def _header_parts(line: Line) -> list[Line]:
    """A line holding the running header and the editors' credits → the two, as
    furniture (each is then read for the date, the page and the editor). Such a line
    was read as furniture already (``page_heads.is_banner``)."""
    if line.kind is not Kind.BANNER:
        return [line]
    parts = header_and_credits(line.text)
    if parts is None:
        return [line]
    head, credits = parts
    cut = line.text.index(head) + len(head)
    return [replace(line, kind=Kind.BANNER, text=head, end=line.start + cut),
            replace(line, kind=Kind.BANNER, text=credits,
                    start=line.start + line.text.rindex(credits))]


# A newsletter's index numbers its entries instead of giving their pages: 1. 宏远主场大胜….
_NUMBERED = re.compile(r"^(?P<n>\d{1,2})[.．、][ \u3000]*\S.{2,40}$")


def _numbered_entry(text: str, wanted: int) -> bool:
    """Entry number ``wanted`` of an index that numbers them: a headline's length, no
    sentence."""
    entry = _NUMBERED.match(text)
    return entry is not None and int(entry["n"]) == wanted and not is_terminated(text)


def _entry_with_page(text: str) -> bool:
    return any((entry := pattern.match(text)) and is_page_number(entry["page"])
               for pattern in (_ENTRY_AND_PAGE, _PAGE_AND_ENTRY))


def _index_box(lines: list[Line]) -> list[Line]:
    """A front page's index of other pages' headlines is furniture: under its label,
    every entry that ends on the number of its page, or every entry numbered in turn."""
    out = list(lines)
    for pos, line in enumerate(out):
        if line.kind is not Kind.TEXT or not is_index_label(line.text):
            continue
        entries: list[int] = []
        end = pos + 1
        while True:
            if end < len(out) and out[end].kind is Kind.TEXT and _entry_with_page(out[end].text):
                entries.append(end)  # the entry and its page on one line, either way round
                end += 1
                continue
            if end < len(out) and out[end].kind is Kind.TEXT \
                    and _numbered_entry(out[end].text, len(entries) + 1):
                entries.append(end)  # a newsletter's index: numbered, no pages
                end += 1
                continue
            heads = end
            while heads < len(out) and heads - end < MAX_ENTRY_LINES \
                    and out[heads].kind is Kind.TEXT and len(out[heads].text) <= 24 \
                    and not is_terminated(out[heads].text):
                heads += 1
            if heads == end or heads >= len(out) or not is_page_number(out[heads].text):
                break
            entries.extend(range(end, heads))
            end = heads + 1
        if entries:
            for index in [pos, *entries]:
                out[index] = replace(out[index], kind=Kind.BANNER)
    return out


# A public-service ad's signature: who runs it, then 宣 set apart (湖南省水利厅  湖南日报社
# 宣, 慈利县森林防灭火指挥部 宣).
_SPONSORS = re.compile(rf"^[{CJK}·]{{2,20}}(?:[ \u3000]+[{CJK}·]{{2,20}}){{0,3}}[ \u3000]+宣$")
MAX_AD_LINES = 3  # the ad's slogans over its signature (森林防火 人人有责 / 严禁野外用火…)
MAX_SLOGAN_CHARS = 24


def _public_service_ads(lines: list[Line]) -> list[Line]:
    """A public-service ad read as text is its slogans, then its sponsors' signature: all
    furniture. Its slogans read as a headline stack, and would head the story under it."""
    out = list(lines)
    for pos, line in enumerate(out):
        if line.kind is not Kind.TEXT or _SPONSORS.match(line.text) is None:
            continue
        # (It ends the story above it: what follows the ad is another piece.)
        out[pos] = replace(line, kind=Kind.BOUNDARY)
        top = pos
        while top > 0 and pos - top < MAX_AD_LINES and not out[top].after_blank \
                and _slogan(out[top - 1]):
            top -= 1
        # (The ad stands apart: over it a story has ended, or the page's furniture is. A
        # short line under text that goes on is the text's: …（全媒体记者 / 任 远）.)
        while top < pos and top > 0 and not out[top].after_blank \
                and out[top - 1].kind is Kind.TEXT and not is_terminated(out[top - 1].text):
            top += 1
        out[top:pos] = [replace(x, kind=Kind.BANNER) for x in out[top:pos]]
    return out


def _slogan(line: Line) -> bool:
    return line.kind is Kind.TEXT and len(line.text) <= MAX_SLOGAN_CHARS \
        and not is_terminated(line.text) and not line.text.endswith(("）", ")", "”"))
