"""Levers of the sixteenth round (docs/quality.md): where a name begins and ends in
personnel notices and company news.

- A body the model cut short of its unit or its kind: the unit a notice names after it,
  before the post or the deed (省纪委监委|第二监督检查室主任, 国家新闻出版署|印刷发行司日前,
  香港特区立法|会议员) is the body's own (a unit stays with its parent).
- A word that says how someone holds a post or how a firm is held, glued before a name
  (现任|娄底市人民政府, 全资子公司|泰山玻璃纤维有限公司, 汇聚了|腾讯): no part of it.
- A name read as a person and followed by a firm's officer and the officer's name (贝莱德
  首席执行官拉里·芬克) is the firm, here and wherever else the text names it.
- A place and a trade read as the place, where the text tells of the firm's shares or
  figures (长江|电力三季度发电量…, 黄山|旅游股价上涨), is the listed firm.
- A list's 等 ("and others") closing it is no part of its last person (…佐藤裕一|等。).
- A person named whole once and cut short again later (欧阳志明 … 欧阳志|明说) is named
  whole there too.
- A "body" that is only places the tables name, one after the other (江苏昆山, 山西省忻州
  市), is those places.
- A deputy's congress is named before the post ([全国人大]代表, [郑州市人大]代表), however
  the post's word 人大代表 took its 人大.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from desktop_app.core.extraction.candidate_sets import Taken, in_place_of
from desktop_app.core.extraction.dictionaries import Lexicon
from desktop_app.core.extraction.entity_rules import Candidate

_CJK = "\u4e00-\u9fff"
# A unit's or a kind's last word: a bureau's division (处, 司, 室, 办), a commission, a
# bureau, a council (立法会).
_UNIT = re.compile(rf"[{_CJK}]{{0,7}}?(?:委员会|处|司|室|办|局|会)")
# What follows a unit's name in a notice: its post, or the unit acting (日前, 近日).
_AFTER_UNIT = ("有关负责人", "日前", "近日")
# A body whose name already ends in its kind takes a one-character kind no more (…委员会
# 会议 is a meeting of the committee).
_BODY_END = re.compile(r"[会局委办院部厅司处室署社所]$")
# What a unit's name never opens on: counting and linking words (各处, 和…, 等单位).
_NOT_UNIT_START = "各等和与及的在对向从为"


def units_of_bodies(text: str, chosen: list[Candidate],
                    titles: frozenset[str]) -> list[Candidate]:
    """``chosen`` with each body run on over the unit or the kind the text names right
    after it, when a post (``titles``) or the unit's deed follows the unit."""
    taken = Taken(chosen)
    out = []
    for cand in chosen:
        unit = _UNIT.match(text, cand.end) if cand.type == "ORG" else None
        if unit is not None and text[cand.end] not in _NOT_UNIT_START \
                and taken.free(cand.end, unit.end()) \
                and not (unit.end() - cand.end == 1 and _BODY_END.search(text, 0, cand.end)) \
                and _post_or_deed(text, unit.end(), titles):
            cand = Candidate(cand.start, unit.end(), "ORG", cand.strength)
        out.append(cand)
    return out


def _post_or_deed(text: str, at: int, titles: frozenset[str]) -> bool:
    if text.startswith(_AFTER_UNIT, at):
        return True
    # The longest post the shipped titles hold (副主任 as well as 主任; 议员).
    return any(text[at:at + size] in titles for size in range(2, 6)) \
        or text.startswith("议员", at)


# How a post is held or a firm owned, before the name (the notice's 现任, the filing's
# 全资子公司); 了 closes a verb (汇聚了腾讯).
_HOLDING = re.compile(r"(?:现任|原任|曾任|拟任|兼任|担任|出任|调任|全资子公司|控股子公司|"
                      r"子公司|旗下|了)")


def without_holding_words(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a word of holding taken off the start of a name, when two
    characters or more are left."""
    out = []
    for cand in chosen:
        held = _HOLDING.match(text, cand.start, cand.end)
        if held is not None and cand.end - held.end() >= 2:
            cand = Candidate(held.end(), cand.end, cand.type, cand.strength)
        out.append(cand)
    return out


# A firm's officers, whose name follows the post: the name before the post is the firm's.
_OFFICERS = ("首席执行官", "首席财务官", "首席技术官", "董事长", "总裁", "总经理", "创始人",
             "行长", "CEO")


def firms_before_officers(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a "person" right before a firm's officer and the officer's name
    read as the firm, with every other place the text reads the same word as a person."""
    ordered = sorted(chosen, key=lambda c: c.start)
    starts = {c.start: c for c in ordered}
    firms = set()
    for cand in ordered:
        if cand.type != "PER":
            continue
        post = next((p for p in _OFFICERS if text.startswith(p, cand.end)), None)
        officer = starts.get(cand.end + len(post)) if post else None
        if officer is not None and officer.type == "PER":
            firms.add(text[cand.start:cand.end])
    if not firms:
        return chosen
    return [Candidate(c.start, c.end, "ORG", c.strength)
            if c.type == "PER" and text[c.start:c.end] in firms else c for c in chosen]


def persons_named_whole(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a person that is the start of a longer person the text names, and
    that the text goes on with the rest of, read as the longer one (欧阳志|明说)."""
    whole = {text[c.start:c.end] for c in chosen if c.type == "PER" and c.end - c.start >= 3}
    taken = Taken(chosen)
    out = []
    for cand in chosen:
        if cand.type == "PER":
            name = text[cand.start:cand.end]
            longer = [w for w in whole if len(w) > len(name) and w.startswith(name)
                      and text.startswith(w, cand.start)
                      and taken.free(cand.end, cand.start + len(w))]
            if longer:
                cand = Candidate(cand.start, cand.start + len(max(longer, key=len)), "PER",
                                 cand.strength)
        out.append(cand)
    return out


# The congress a deputy sits in, named before 代表: 全国人大, 省人大, 郑州市人大.
# (A place's name holds no word of a clause: 也是本届|自治区人大.)
_CONGRESS = re.compile(rf"(?:全国|(?:(?![是的为在和与届本也还及任系])[{_CJK}]){{0,8}}?"
                       r"(?:省|市|县|区|州|盟|旗|自治区|自治州))人大(?=代表)")


def congresses_of_deputies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the congress before each deputy's 代表 a body, in place of the
    names read inside it."""
    return in_place_of(chosen, [Candidate(m.start(), m.end(), "ORG", 3)
                                for m in _CONGRESS.finditer(text)
                                if not text.startswith("代表团", m.end())])


def bodies_of_places(text: str, chosen: list[Candidate], lex: Lexicon,
                     tags: Mapping[str, str]) -> list[Candidate]:
    """``chosen`` with each body whose name is two places or more of the shipped tables,
    one after the other and nothing else, read as those places; and so each place read as
    one that is two places or more the tables name in full (印尼|雅加达). No new area counts
    (上海|浦东新区 is a body, as development zones are); a county's short name counts in a
    body only when jieba's dictionary (``tags``) holds it as a place (湖南|吉利 is a firm),
    and never in a place (成都平原 is one plain, not 成都 and the county 平原)."""
    def full_place(word: str) -> bool:
        return lex.listed_place(word) and not word.endswith("新区") \
            and lex.places.get(word) != "county_short"

    def body_place(word: str) -> bool:
        return full_place(word) or (lex.places.get(word) == "county_short"
                                    and tags.get(word) == "ns")

    out: list[Candidate] = []
    for cand in chosen:
        counts = body_place if cand.type == "ORG" else full_place
        parts = _places_end_to_end(text[cand.start:cand.end], counts) \
            if cand.type in ("ORG", "LOC") else None
        if parts and len(parts) >= 2:
            at = cand.start
            for part in parts:
                out.append(Candidate(at, at + len(part), "LOC", cand.strength))
                at += len(part)
        else:
            out.append(cand)
    return out


def _places_end_to_end(name: str, listed_place: Callable[[str], bool]) -> list[str] | None:
    """``name`` cut into listed places, the longest first at each step, or None."""
    parts: list[str] = []
    at = 0
    while at < len(name):
        size = next((n for n in range(min(8, len(name) - at), 1, -1)
                     if listed_place(name[at:at + n])), 0)
        if not size:
            return None
        parts.append(name[at:at + size])
        at += size
    return parts


# What follows a list closed by 等: the clause's end, or whom the list counts (等人, 等3人).
_AFTER_OTHERS = re.compile(r"[。，；、！？）)]|人|\d|[一二三四五六七八九十几]+人|$")


def without_and_others(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the 等 closing a list cut off the person it was read with."""
    return [Candidate(c.start, c.end - 1, c.type, c.strength)
            if c.type == "PER" and c.end - c.start >= 3 and text[c.end - 1] == "等"
            and _AFTER_OTHERS.match(text, c.end) else c for c in chosen]


# A listed firm's short name: a place and its trade (长江电力, 黄山旅游, 湖南黄金), told
# of by its shares or its figures right after.
_LISTED = re.compile(r"(?:电力|旅游|能源|股份|科技|控股|银行|证券|黄金|电子|医药|汽车|传媒|"
                     r"航空|钢铁|化工|集团|环保|水务|高速|港口|机场)"
                     r"(?=股价|股票|[A-H]股|公告|涨停|跌停|市值|净利润|营收|三季度|上半年|"
                     r"前三季度|年报|半年报|发电量)")


def listed_firms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each place read before a trade its shares or figures follow (the
    place and the trade a listed firm's short name) read as that firm."""
    out = []
    for cand in chosen:
        trade = _LISTED.match(text, cand.end) if cand.type == "LOC" else None
        if trade is not None:
            cand = Candidate(cand.start, trade.end(), "ORG", cand.strength)
        out.append(cand)
    return out
