"""Who signs a story or a photo: bylines (湖南日报全媒体记者 王某 通讯员 李某), photo
credits (…记者 易昂 摄), the paper's commentator, and the names in them.

Read by the line classifier (:mod:`desktop_app.core.splitting.lines`) and by the PDF
reader's roles; kept apart because the names' forms (a two-character name set with a
space, 唐 婷; a role word before them; a place before a reader's name) are their own
subject.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from desktop_app.core.surnames import COMMON_SURNAMES

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A two-character name is often set with a space in it, to the width of three (唐 婷).
SPACED_NAME = rf"[{CJK}][ \u3000]{{1,2}}[{CJK}](?![{CJK}])"
# OCR breaks a three-character name with a space it read in the print (黄利 飞, 黄 利飞): one
# character alone is no name.
_BROKEN_NAME = rf"[{CJK}]{{2}}[ \u3000][{CJK}](?![{CJK}])|[{CJK}][ \u3000][{CJK}]{{2}}(?![{CJK}])"
_NAME = rf"(?:[{CJK}·]{{2,5}}|{SPACED_NAME}|{_BROKEN_NAME})"


def _compiled(pattern: str) -> Callable[[], re.Pattern[str]]:
    """``pattern``, compiled the first time it is asked for, not at import: each class of
    Chinese characters costs the compiler about a millisecond (it walks the class's 28,000
    code points), and the byline patterns hold dozens of them: 120 ms that every command,
    and the window's first query, paid at import before anything was split."""
    return functools.cache(lambda: re.compile(pattern))


_spaced_name = _compiled(rf"(?<![{CJK}])([{CJK}])[ \u3000]{{1,2}}([{CJK}])(?![{CJK}])")
_broken = _compiled(rf"(?<![{CJK}])([{CJK}]{{2}})[ \u3000]([{CJK}])(?![{CJK}])"
                    rf"|(?<![{CJK}])([{CJK}])[ \u3000]([{CJK}]{{2}})(?![{CJK}])")
# Names in a byline are set apart by spaces or 、; a comma belongs to a sentence
# ("记者坦言，来湖南布…" is a wrapped line of text, not a byline).
_NAMES = rf"{_NAME}(?:[ \u3000、]+{_NAME})*"
_BULLETS = "▶►■●◆★□"
_ROLES = "记者|评论员|通讯员|撰稿人|实习生|读者"
# Who wrote and who photographed, before the names or before the whole byline (文/图
# 湖南日报全媒体记者 向莉 通讯员 杨玲, 摄影/刘子墨).
_MADE_BY = r"(?:文/图|图/文|文·图|文|图|摄影|摄)[ \u3000/：:]+"
# Who they write for and as what: 湖南日报全媒体记者, 通讯员 (OCR reads spaces into a
# byline's words too: 湖南日报全媒体 记者 黄利 飞).
# The paper, or the paper and its app or site, a reporter writes for (扬子晚报/紫牛新闻记者,
# 农民日报·中国农网记者).
_OUTLET = rf"[{CJK}]{{0,8}}?(?:[/·][{CJK}]{{2,8}}?)?"
_CREDITED_FOR = rf"[{CJK}]{{0,10}}?(?:/[{CJK}]{{2,10}}?)?"  # (a credit's, as long as before)
_AS = rf"{_OUTLET}(?:[ \u3000]?(?:全媒体|首席|特约|实习))?[ \u3000]?(?:{_ROLES})"
_byline = _compiled(
    rf"^(?:[{_BULLETS}]\s*)?(?:(?:{_MADE_BY})?{_AS}[ \u3000/：:]+|{_MADE_BY})"
    # (and the next group after the first one's names: 通讯员 蒋文辉 湖南日报全媒体记者 唐亚新)
    rf"(?P<names>{_NAMES}(?:[ \u3000]+{_AS}[ \u3000/：:]+{_NAMES})*)$"
)
_commentator = _compiled(rf"^(?:[{CJK}]{{2,8}}?)(?:特约)?评论员$")
_paren_credit = _compiled(
    rf"[（(][ \u3000]*(?P<who>(?:{_CREDITED_FOR}(?:记者|通讯员))?[ \u3000]*{_NAMES})"
    r"[ \u3000]*/?[ \u3000]*(?:摄影报道|摄影|摄|供图)[ \u3000]*[）)]$"
)
_credit = _compiled(
    rf"(?:^|[。！？”\s])(?P<who>(?:{_CREDITED_FOR}(?:记者|通讯员))?[ \u3000]*(?:{_NAMES})?)"
    r"[ \u3000]*/?[ \u3000]*(?:摄影报道|摄影|摄|供图|制图)"
    r"[ \u3000]*(?:[（(][^）)]{1,12}[）)])?$"
)


# A whole line of credit with no space left in it (a page OCR spaced, closed up): each
# role, then a name of two or three characters, then 摄.
_REPORTER = "(?:记者|通讯员|实习生)"
_ROLE_AND_NAME = rf"{_REPORTER}[{CJK}]{{2,3}}"
_credit_run_together = _compiled(
    rf"^[{CJK}]{{0,10}}?{_ROLE_AND_NAME}(?:{_ROLE_AND_NAME})*(?:摄影报道|摄影|摄)$")


def byline_names(text: str) -> list[str]:
    """The personal names in a byline or credit, in printed order."""
    # (a photographer signing before the name, 摄影/刘子墨, as after it, 刘子墨 摄)
    names = re.sub(r"^(?:摄影|摄)[ \u3000]*[/：:][ \u3000]*", "", _BOX.sub("", text, count=1))
    names = re.sub(r"[ \u3000]*/?[ \u3000]*(?:摄影报道|摄影|摄|供图|制图).*$", "", names)
    # Role words introduce names and are none, nor is what precedes them (长沙市读者 刘芳).
    names = re.sub(rf"^[^ \u3000]*?(?:{_ROLES})", "", names, count=1)
    names = _broken().sub(lambda m: "".join(g for g in m.groups() if g),
                          _spaced_name().sub(r"\1\2", names))
    parts = re.split(rf"[ \u3000、，,/：:（）()]+|(?:{_ROLES})", names)
    return [
        part
        for part in parts
        if re.fullmatch(_NAME, part) and part[-1] not in _PLACE_ENDS  # 韶山市 陈晨: 陈晨
        and not re.search(rf"{_ROLES}|日报|本报|新华社|全媒体|漫画|插图|绘图", part)
    ]


def is_byline(text: str) -> bool:
    """A byline, the paper's commentator signing without a name (湖南日报评论员), a
    contributor signing with their place (龙山县洗洛镇 彭晓峰, 韶山市 陈晨), or a
    commentary's author after the page's box (□ 龙文泱)."""
    return len(text) <= 48 and (_byline().match(_AFFILIATION.sub("", text, count=1))
                                or _commentator().match(text)
                                or _place_signed().match(text) or _boxed_name(text)
                                or _run_together(text) or _spaced_alone(text)) is not None


# A byline with no space left in it (a page OCR spaced, closed up): 本报记者谢娟通讯员卢平.
# Each name must open on a surname: a narrow column's line can stop two characters after
# 记者 too (本报记者了解到).
_run_together_byline = _compiled(
    rf"^[{CJK}]{{0,10}}?(?:全媒体)?{_REPORTER}(?P<first>[{CJK}]{{2,3}})"
    rf"(?:{_REPORTER}(?P<second>[{CJK}]{{2,3}}))?$")


def _run_together(text: str) -> re.Match[str] | None:
    match = _run_together_byline().match(text)
    if match is None:
        return None
    names = [name for name in (match["first"], match["second"]) if name]
    return match if all(name[0] in COMMON_SURNAMES for name in names) else None


# Who the author is, in brackets after the byline (a school paper's
# 文/谢明远（机械工程学院2022级）): no name, so the byline is read without it.
_AFFILIATION = re.compile(r"[ \u3000]*[（(][^（()）]{2,24}[）)]$")


def _boxed_name(text: str) -> re.Match[str] | None:
    """A commentary's author after the page's box or mark, nothing else on the line
    (□ 龙文泱, ○ 刘晓岚, ■张弛; ■获嘉县　李晓东); a column's name after it (■ 湘江短评)
    has no surname. A literary page's author after its box may be named without one
    (□ 拉毛措, □ 才让卓玛: Tibetan names): after □, a name that is no label's word is
    taken too."""
    if text[:1] not in _BOXES:
        return None
    match = _boxed_name_pattern().match(text)
    if match is None:
        return _place_signed().match(_BOX.sub("", text, count=1))
    name = match["name"].replace(" ", "").replace("\u3000", "")
    if text.startswith("■"):
        # ■ opens briefs too (■ 高新区…): only a name of two or three characters on a
        # surname, alone, signs (■张弛, ■ 陈 明).
        from desktop_app.core.splitting.headline_words import is_place

        return match if len(name) <= 3 and name[0] in COMMON_SURNAMES \
            and not _LABEL_WORD.search(name) and name[-1] not in _PLACE_ENDS \
            and not is_place(name) else None
    if name[0] in COMMON_SURNAMES:
        return match
    return match if text.startswith("□") and not _LABEL_WORD.search(name) else None


def _spaced_alone(text: str) -> re.Match[str] | None:
    """A two-character name set to the width of three, alone on its line, opening on a
    surname (王 清, 刘 阳): the author under a commentary's title. No headline's last line
    and no line of text is two characters with a space between them."""
    if len(text) > _SPACED_NAME_CHARS:
        return None  # (most lines: no pattern tried)
    text = text.strip()
    match = _spaced_alone_pattern().fullmatch(text)
    return match if match is not None and match[1] in COMMON_SURNAMES else None


_SPACED_NAME_CHARS = 8  # 王 清, 王　清 and the spaces round them
_spaced_alone_pattern = _compiled(rf"([{CJK}])[ \u3000]{{1,2}}[{CJK}]")


# What a column's or a note's name ends on (编者按, 湘江短评, 新春走基层), never a name.
_LABEL_WORD = re.compile(r"[按语评论记讯谈说话言观察层线]$|编者|本报|快讯|简讯")


# (A supplement marks its authors with a circle: ○ 刘晓岚, ◎ 周礼; ■, ◆ and ● open briefs.)
_boxed_name_pattern = _compiled(rf"^[□○◎■][ \u3000]*(?P<name>[{CJK}]{{2,4}}|{SPACED_NAME})$")
_PLACE_ENDS = "省市县区州镇乡村"  # ■ 高新区, ■ 张家界: a brief on a place, not a name
# …or a contributor with their place after it (■获嘉县　李晓东).
_BOXES = "□○◎■"
_BOX = re.compile(rf"^[{_BOXES}][ \u3000]*")
_place_signed = _compiled(
    rf"^[{CJK}]{{1,10}}(?:省|市|县|区|镇|乡|村|街道|社区)[ \u3000]+[{CJK}]{{2,3}}$")


# Who drew a cartoon or a drawing, at a caption's end or on a line of its own: 漫画 李想,
# 插图：王某, or the name and 作 after a space (左川 作).
_DRAWN_BY = rf"(?:[{CJK}]{{2,3}}|{SPACED_NAME})"
_drawn = _compiled(rf"(?:^|(?<=[。！？”\s]))[ \u3000]*(?:(?:漫画|插图|绘图)[ \u3000：:/]+"
                   rf"{_DRAWN_BY}(?:[ \u3000、]+{_DRAWN_BY})*|{_DRAWN_BY}[ \u3000]+作)[ \u3000]*$")


def credit_split(text: str) -> tuple[str, str] | None:
    """Split a caption paragraph into (caption, credit) when it ends with a photo credit.

    Only the last 60 characters are searched: a credit is a formula of 40 at most, and
    the patterns backtrack without end over a long run of spaces (a hostile line)."""
    cut = max(0, len(text) - 60)
    if drawn := _drawn().search(text, cut):  # who drew a cartoon or a drawing
        return text[: drawn.start()].rstrip(), drawn.group(0).strip()
    if paren := _paren_credit().search(text, cut):
        return text[: paren.start()].rstrip(), paren.group(0).strip("（）() \u3000")
    if text.endswith(("摄", "摄影", "摄影报道")) and _credit_run_together().match(text):
        return "", text  # an OCR'd credit, its spaces gone: 湖南日报全媒体记者向新通讯员舒宁摄
    match = _credit().search(text, cut)  # ("^" matches only where the text begins)
    if not match:
        return None
    credit_start = match.start("who")
    if credit_start < len(text) and text[credit_start] in " \u3000":
        credit_start += 1
    credit = text[credit_start:].strip()
    caption = text[:credit_start].rstrip()
    # A credit is a short formula; a long tail ending in 摄 is a sentence, not a credit.
    if len(credit) > 40:
        return None
    return caption, credit
