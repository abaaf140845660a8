"""Spans read as names that name nobody (docs/quality.md, "Tenth round"), each a kind of
error seen on the blind dev sets:

1. **A country's side is the country, not a person**: 巴方欢迎…, 与葡方就… (the model reads
   巴方, 葡方 as people); as 中方 gives 中, the side gives its country's one character.
2. **A typhoon is no person**: 台风“杜苏芮” (the storms are given people's names).
3. **A counted body of a kind is no name**: 当地一家丝绸公司, 一家生物科技公司 (a firm of a
   trade, not named); not when the trade is a name (一家长沙公司, 一家富士康工厂 keep
   theirs).
4. **Rain and snow are no person** (twelfth round): 有小雪或雨夹雪, 将有小雨夹雪 (the model
   reads 小雪, 小雨 as girls' names): a size and 雨 or 雪 after 有 or before more weather
   (夹雪, 转晴, 或中雨), where the text tells weather elsewhere too (a girl called 小雨
   转身离开, 只有小雪知道: no weather told).
5. **A party's role is no party's name** (twelfth round): 执政党, 参政党, 反对党, 在野党 (the
   ruling party, the parties in consultation, the opposition), which jieba lists as
   bodies; 保守党 and 工党 are names (fusion keeps them).
6. **A place's nickname names what it is known for, not a place** (twelfth round): 花炮之乡,
   湘莲之乡, 工程机械之都 ("the home of …"): neither the thing before 之乡, 之都, 之城 or
   之源 when jieba knows it as an everyday word, nor the nickname read whole as a place.
7. **Coming to a province is no body** (twelfth round): 浙商来湘, 粤企赴琼 read as one body;
   a name of five characters or fewer that ends in a verb of going or staying (来, 赴,
   到, 在, 驻, 回) and a province's one-character name is that province.

Each is a shape (a character, quotation marks, a count), not a list of names. (Tried and
left out: a work's whole title read as a person, 《龙凤呈祥》, is no person; but a work is
often named after one: 《潘汉年》 on PFR.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_levers import COUNTRY_CHARS, PARTNER_CHARS

_SIDE_COUNTRIES = frozenset(COUNTRY_CHARS + PARTNER_CHARS)
# What a side does (欢迎, 表示, 愿 …) and what a side is acted with (与, 同, 向 …).
_SIDE_AFTER = re.compile(r"欢迎|表示|愿|就|同|对|希望|认为|已|将|重视|坚决|支持|主张|方面|强调"
                         r"|高度|代表|官员|人员|项目|业主|企业|负责人")
_SIDE_BEFORE = frozenset("与同和向对跟请促")
_STORM = re.compile(r"(?:台风|热带风暴|飓风)[“\"]$")
_COUNT = re.compile(r"(?:[一这那该每几多]|\d+)(?:家|所|个)$")
_KINDS = re.compile(r"(?:公司|工厂|企业|医院|学校|合作社)$")
_FALL = re.compile(r"[小中大暴][雨雪]")
_MORE_WEATHER = re.compile(r"(?:夹|转|或者?)(?:[小中大暴]?[雨雪]|晴|阴|多云|雨夹雪)")
# Weather told beyond the span (a bare 雨 or 雪 may be another girl's name: 小雨、小雪).
_WEATHER = re.compile(r"雨夹雪|夹[雨雪]|转[雨雪]|[阵暴][雨雪]|降[雨雪水温]|[晴阴雾霜雹]|多云|气温"
                      r"|预报|天气")
# A party's role (the ruling party, the parties in consultation, the opposition …).
_PARTY_ROLES = ("执政", "参政", "反对", "在野", "少数", "多数")
_PARTY_ROLE = re.compile(f"(?:{'|'.join(_PARTY_ROLES)})党")
_HOME_OF = re.compile(r"之[乡都城源]")
_PROVINCES = "湘粤沪京津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙港澳台"
_TO_PROVINCE = re.compile(rf".{{1,3}}[来赴到在驻回]([{_PROVINCES}])")


def sides_as_countries(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each person that is a country's one character and 方 read as that
    country (kind 1), where a side acts or is acted with (巴方欢迎, 与葡方就): 韩, 方
    and 老 are surnames, and 编辑：韩方 is a person."""
    def side(c: Candidate) -> bool:
        return c.type == "PER" and c.end - c.start == 2 and text[c.start + 1] == "方" \
            and text[c.start] in _SIDE_COUNTRIES and (
                _SIDE_AFTER.match(text, c.end) is not None
                or text[c.start - 1:c.start] in _SIDE_BEFORE)
    return [Candidate(c.start, c.start + 1, "LOC", c.strength) if side(c) else c
            for c in chosen]


def without_storms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the persons that are a storm's name (kind 2)."""
    return [c for c in chosen
            if not (c.type == "PER" and _STORM.search(text, max(0, c.start - 5), c.start))]


def without_rain_and_snow(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the persons that are a forecast's rain or snow (kind 4)."""
    weather: list[tuple[int, int]] | None = None  # the text's words of weather, read once

    def told_beyond(c: Candidate) -> bool:
        nonlocal weather
        if weather is None:
            weather = [m.span() for m in _WEATHER.finditer(text)]
        # A word of weather not inside the span (雨夹雪 of 小雨夹雪 runs past it).
        return any(start < c.start or end > c.end for start, end in weather[:2]) \
            or len(weather) > 2

    def fall(c: Candidate) -> bool:
        return c.type == "PER" and c.end - c.start == 2 and _FALL.fullmatch(
            text, c.start, c.end) is not None and (
                text[c.start - 1:c.start] == "有" or _MORE_WEATHER.match(text, c.end)
                is not None) and told_beyond(c)
    return [c for c in chosen if not fall(c)]


def without_party_roles(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the bodies that are a party's role (kind 5)."""
    return [c for c in chosen
            if not (c.type == "ORG" and _PARTY_ROLE.fullmatch(text, c.start, c.end))]


def without_homes_of_things(text: str, chosen: list[Candidate],
                            everyday: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` less the things a place is known for and the nicknames themselves
    (kind 6); ``everyday``: the span is jieba's everyday words only."""
    def nickname(c: Candidate) -> bool:
        if c.type == "PER":
            return False
        if _HOME_OF.match(text, c.end) and everyday(c.start, c.end):
            return True
        return c.type == "LOC" and c.end - c.start >= 4 and _HOME_OF.match(
            text, c.end - 2) is not None
    return [c for c in chosen if not nickname(c)]


def provinces_come_to(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each body or person that is someone coming to a province read as
    that province (kind 7)."""
    out = []
    for c in chosen:
        come = _TO_PROVINCE.fullmatch(text, c.start, c.end) if c.type != "LOC" else None
        out.append(Candidate(come.start(1), come.end(1), "LOC", c.strength) if come else c)
    return out


def without_counted_kinds(text: str, chosen: list[Candidate],
                          trade: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` less the bodies of six characters or fewer, counted right before (一家,
    这所), that are a trade and a kind of body (kind 3); ``trade``: whether a span of the
    text is made of jieba's everyday words only (丝绸, 生物科技; not 富士康, 长沙: a
    name then stays)."""
    def unnamed(c: Candidate) -> bool:
        if c.type != "ORG" or c.end - c.start > 6 \
                or not _COUNT.search(text, max(0, c.start - 4), c.start):
            return False
        kind = _KINDS.search(text, c.start, c.end)
        return kind is not None and kind.start() > c.start and trade(c.start, kind.start())
    return [c for c in chosen if not unnamed(c)]


# A party's role, not its name: 执政党 (the ruling party), 反对党, 参政党, 政党.
_ROLE_OPENINGS = (*_PARTY_ROLES, "兄弟", "友", "政", "同", "入", "建", "整", "退", "脱", "大",
                  "小", "各", "全", "本", "该", "我")


def named_party(word: str) -> bool:
    """``word`` is a party named by what it stands for (保守党, 工党, 自由党, 绿党: everyday
    words and 党, the name in its country's news), not by its role: fusion keeps the
    model's body though jieba reads it as everyday words (kind 5's other side)."""
    return 2 <= len(word) <= 4 and word.endswith("党") and not word.startswith(_ROLE_OPENINGS)
