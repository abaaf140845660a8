"""Blocks, and the text rules every step of unwrapping shares.

A :class:`Block` is what ``unwrap`` makes of the classified lines: a paragraph, a
heading, a caption or one line of page furniture. Here too are the patterns that mark
where a story opens (a dateline) and where it is signed (a name after its last
sentence), and :func:`join_lines`, which puts wrapped fragments back together. They
live apart from the joining rules and the width measurement so both can use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.splitting.lines import CJK, Kind, Line, credit_split, is_terminated

# A tool may print spaces around a dateline's digits ("湖南日报 12 月 8 日讯": an office
# program's spacing between Chinese and digits) or between all its characters (a
# justified line letter-spaced: "湖 南 日 报 1 月 19 日 讯").
LOOSE = r"[ \u3000]?"
_PLACE = rf"(?:[{CJK}]{LOOSE}){{2,12}}?"
DAY = rf"\d{LOOSE}(?:\d{LOOSE})?"
# A brief's or a photo's text opens on the day it tells of: "6月10日晚，…", "3月8日，…".
_THE_DAY = rf"{DAY}月{LOOSE}{DAY}日[晚上下午凌]{{0,2}}"
ON_THE_DAY = re.compile(rf"^{_THE_DAY}[，,]")
# Or on its time or its source, as news opens (近日，今年以来，据统计，…): a story's or a
# brief's first words.
ON_ITS_TIME = re.compile(
    rf"^(?:{_THE_DAY}|近日|日前|近期|今年以来|近年来|连日来|入冬以来|入夏以来|据统计|据了解)[，,]")
# A paper's dateline names the paper (本报讯, and where it was sent from: 本报钦州讯) or,
# in other papers' pages, the paper by its name (湖北日报讯, 长沙晚报讯, 新华社讯), or the
# place and the day it was sent.
_DATELINE = re.compile(
    rf"^(?:本{LOOSE}报{LOOSE}讯|[{CJK}]{{2,8}}?[报社]{LOOSE}讯|本{LOOSE}报{LOOSE}{_PLACE}讯"
    rf"|(?:{_PLACE}{DAY}日|(?:{_PLACE})?{DAY}月{LOOSE}{DAY}日){LOOSE}"
    r"(?:讯|电))"
    r"(?:[ \u3000]*[（(][^）)]{0,40}[）)])?[ \u3000]*"
)
SIGNOFF = re.compile(
    rf"(?<=[。！？”])[ \u3000]+(?P<names>[{CJK}]{{2,4}}(?:[ \u3000][{CJK}]{{2,4}})?)$"
)
# A brief signed in brackets after its last sentence: "…开赛。（李鑫）", "（全媒体记者 王卓
# 通讯员 刘璐）". Names only: "（张三 摄）" credits a photo, "（试行）" closes no sentence.
_BRACKET_SIGNED = re.compile(
    rf"(?<=[。！？”])[（(][ \u3000]*(?:[{CJK}]{{0,10}}?(?:记者|通讯员|实习生)[ \u3000]*)?"
    rf"[{CJK}·]{{2,5}}(?:[ \u3000、]+(?:(?:记者|通讯员|实习生)[ \u3000]*)?[{CJK}·]{{2,5}})*"
    r"[ \u3000]*[）)]$"
)


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


# A place's headline: the place, its colon, a phrase with no other mark (甘肃白银：“检察+
# 税务”协作机制落地); over text opening on its day or time, a brief's (:func:`heads_brief`).
# A place and its colon opening a headline (衡阳：“铜”心协力…); the place is named.
PLACE_AND_COLON = rf"(?P<place>[{CJK}]{{2,6}})[：:]"
PLACES_HEADLINE = re.compile(rf"^{PLACE_AND_COLON}[^，。、；：,;:！？!?]{{4,30}}$")


def heads_brief(line: str, text: str) -> bool:
    """Is ``line`` a place's headline over a brief whose ``text`` opens on its time?"""
    return PLACES_HEADLINE.match(line.strip()) is not None and ON_ITS_TIME.match(text) is not None


# A photo's title over its caption (写春联 送祝福, 返乡路上) is this short at most, counted
# without the spaces OCR sets between characters, and holds no clause; one of two phrases
# set apart (这个儿童节  博物馆里“寻宝”), or indented as the text is, this long.
PHOTO_TITLE_CHARS = 10
LONG_PHOTO_TITLE_CHARS = 16
CLAUSE_MARK = re.compile(r"[，。、；：！？,;:!?]")


def signed_in_brackets(text: str) -> bool:
    """Does the paragraph end its story with the reporters' names in brackets?"""
    return _BRACKET_SIGNED.search(text) is not None and not text.endswith(("摄）", "摄)"))


def starts_dateline(text: str) -> str:
    match = _DATELINE.match(text)
    return match.group(0) if match else ""


def dateline_reporters(dateline: str) -> str:
    """The names in a dateline's bracket (本报讯（记者 叶伟） → 记者 叶伟)."""
    match = re.search(r"[（(]([^）)]*)[）)]", dateline)
    return match.group(1).strip() if match else ""


def ends_with_credit(text: str) -> bool:
    """"…一角。（黄利飞 摄）": a photo credit closes its caption like a full stop."""
    split = credit_split(text)
    return split is not None and bool(split[0]) and is_terminated(split[0])


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
