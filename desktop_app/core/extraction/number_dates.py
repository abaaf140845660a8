"""Dates, quarters, centuries and decades, matched where a numeral starts.

A date span's ``value`` is its year (None when the page does not print one) and ``iso``
holds as much of the date as is printed: ``2025-03-30``, ``2025-03`` or ``2025``. A
quarter (一季度) is a date too, since it places an event in time; its unit is 季度.
Ranges (``6月至11月``, ``4月 2-3日``, ``2024—2026年``, ``1—10月``, ``14日至16日``) are one
span; ``iso`` is then the start and ``value_max`` the closing year when one is printed.
Clocks are dates without a year (``8:30``, ``18时30分``, ``7:30—9:00``, with their day:
``12月10日9时至17时``), unless a game's words around a colon make it a score (以21:15,
21:15战胜). A year of another era is valued in the common era (公元前221年 → -221,
民國113年 → 2024).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from desktop_app.core.extraction.numerals import chinese_value
from desktop_app.core.spans import NumberSpan

_S = "[ \\t\\u3000\\xa0]{0,2}"  # spaces PDF extraction leaves inside "2023 年"; never \n
CONNECTOR = "(?:至|到|~|～|〜|-|－|—{1,2}|–)"
_YEAR = "(?:1[5-9]|2[01])\\d{2}(?!\\d)|[〇零一二三四五六七八九]{4}"
_MONTH = "1[0-2](?!\\d)|0?[1-9](?!\\d)|十[一二]?|[一二三四五六七八九]|元"
_DAY = (
    "3[01](?!\\d)|[12]\\d(?!\\d)|0?[1-9](?!\\d)"
    "|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
)
# 27日18时30分, 26日12:00: the hour belongs to the date. 点 alone is left out (it is also
# index points); 3点40分 and 8点半 are clocks.
_CLOCK = (
    "(?:[01]?\\d|2[0-4])(?!\\d)"
    f"(?:[:：][0-5]\\d(?:[:：][0-5]\\d)?(?!\\d)"
    f"|{_S}时(?![间代期候刻段速节装尚])(?:{_S}[0-5]?\\d(?!\\d){_S}分(?!钟))?"
    "|点(?:[0-5]?\\d(?!\\d)分(?!钟)|半))(?:许|左右)?"
)
_TIME = f"(?:{_S}{_CLOCK})?"
_DAY_TAIL = f"[日号](?![报本常益渐趋均产元内历]){_TIME}"
_MONTH_DAY = (
    f"(?P<m>{_MONTH}){_S}月(?!龄)(?:份)?"  # 6月龄: a baby's age in months
    f"(?:{_S}(?P<d>{_DAY})(?:{_S}{CONNECTOR}{_S}(?P<d2>{_DAY}))?{_S}{_DAY_TAIL})?"
)

_YEAR_RANGE_RX = re.compile(  # 2024—2026年, 2025—2026赛季 (a season, a school year)
    f"(?P<y>{_YEAR})(?:{_S}年)?{_S}{CONNECTOR}{_S}(?P<y2>{_YEAR}){_S}(?:年|赛季|学年)"
)
_MONTH_RANGE = f"(?P<mr>{_MONTH}){_S}{CONNECTOR}{_S}(?P<mr2>{_MONTH}){_S}月(?:份)?"
_YEAR_RX = re.compile(
    f"(?P<y>{_YEAR}){_S}年(?:度)?"
    f"(?:{_S}(?:{_MONTH_RANGE}|{_MONTH_DAY}|(?P<q>[一二三四1-4]){_S}季度))?"
)
_MONTH_RX = re.compile(f"{_MONTH_RANGE}|{_MONTH_DAY}")
# A clock alone (8:30, 18时30分) and a span of clocks (7:30—9:00); a score is not one.
_CLOCK_RX = re.compile(f"{_CLOCK}(?:{_S}{CONNECTOR}{_S}{_CLOCK})?")
_SCORE_AFTER = re.compile("[胜负平]|战胜|击败|力克|取胜|获胜|拿下|告负|落败|险胜|的比分|的总比分")
_SCORE_BEFORE = ("以", "比分", "比分为", "比分是", "比分：")
_WEEK_RX = re.compile(f"{_S}第(?:[1-5]?\\d|[一二三四五六七八九十]{{1,3}})周")
_DAY_RX = re.compile(f"(?P<d>{_DAY})(?:{_S}{CONNECTOR}{_S}(?P<d2>{_DAY}))?{_S}日(?![内历]){_TIME}")
# A bare 日 after a verb of lasting counts days, as 天 does (拘留15日, 连续7日, 近30日,
# 为期3日): a span of time, not the 15th of a month (于15日, 截至15日, 15日上午). Only verbs
# that never take a date: 放假1日至7日, 延期15日举行 and 中共15日宣布 name days of a month.
_DAYS_COUNTED = ("拘留", "刑拘", "关押", "羁押", "隔离", "服刑", "监禁", "连续", "历时", "为期",
                 "长达", "逾", "超过", "住院", "滞留", "留置", "禁闭", "经过", "關押", "羈押",
                 "隔離", "連續", "歷時", "為期", "長達", "近")
_DAYS_OF = ("假期", "长假", "長假", "游", "遊")  # 七日假期, 三日游: a span's length
# 早上七点, 夜里两点多, 早上8点: a clock, after the part of the day it falls in.
_DAY_PARTS = ("早上", "早晨", "清晨", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "夜间",
              "深夜", "半夜", "凌晨", "当晚", "當晚")
# A year before 1500 in brackets, after an era's (洪武元年（1368年）): later ones are _YEAR's.
_OLD_YEAR_RX = re.compile("(?P<y>[1-9]\\d{2}|1[0-4]\\d{2})年[）)]")
# A day of the lunar calendar (正月十五, 腊月二十八, 大年初一, 五月初五, 农历八月十五): a date
# (正月十五元宵节 holds no 十五元).
_D = "一二三四五六七八九"
_LUNAR_DAY = f"(?:初(?:十|[{_D}])|廿[{_D}]|二十[{_D}]?|三十|十[{_D}]?)(?![日号\\d{_D}十])"
_LUNAR_RX = re.compile(f"(?:初(?:十|[{_D}])|廿[{_D}]|二十[{_D}]?|三十|十[{_D}]?)(?![\\d{_D}十])日?")
_LUNAR_MONTH_DAY_RX = re.compile(f"(?:[{_D}]|十[一二]?)月{_LUNAR_DAY}")
_LUNAR_MONTHS = ("正月", "腊月", "冬月", "大年")
_TOLD_DAY_RX = re.compile("(?:[1-9]|[12]\\d|3[01])[）)]日")
_CN_CLOCK_RX = re.compile(
    "(?:十[一二]?|[一二两兩三四五六七八九]|1[0-2]|[1-9])(?![0-9])点(?:半|[一二三四五]十"
    "[一二三四五六七八九]?分|[一二三四五六七八九]分|[0-5]?[0-9]分|多|钟|鐘)?")
_NEAR_AS_WORD = frozenset("附贴靠临亲逼邻")  # 临近15日: nearing the 15th
_QUARTER_RX = re.compile(f"(?P<q>[一二三四1-4]){_S}季度")
# The first months of a year, a period like 前三季度: 前10个月, 前5月, 首9個月 (Hong Kong).
_FIRST_MONTHS_RX = re.compile(
    f"(?:1[01]|[1-9]|十一|[一二两三四五六七八九十]){_S}[个個]?{_S}月(?![份底初末日号])")
# 前 ending another word: 提前两个月 and 两个月之前 are spans of time, not the year's first.
_BEFORE_NOT_FIRST = ("提前", "之前", "以前", "此前", "目前", "事前", "生前", "当前", "空前",
                     "超前", "向前", "日前", "年前", "月前", "往前", "眼前", "赛前", "节前")
# …but a year's first months: 今年前10个月, 2025年前11个月 (not 三年前, years ago).
_YEAR_BEFORE_FIRST = frozenset("今去全本当上明0123456789")
_CENTURY_RX = re.compile(
    "(?P<c>[12]\\d(?!\\d)|二十一|二十|十[一二三四五六七八九]?|[一二三四五六七八九])"
    f"{_S}世纪(?:{_S}(?P<dec>[1-9]0(?!\\d)|[一二三四五六七八九]十){_S}年代)?"
)
_DECADE_RX = re.compile(f"(?P<dec>[1-9]0(?!\\d)|[一二三四五六七八九]十){_S}年代")
_RANGE_JOIN_RX = re.compile(f"{_S}{CONNECTOR}{_S}")
_CENTURY_WORDS = {"上世纪": 20, "本世纪": 21}
_ERAS = (("公元前", -1, 0), ("公元", 1, 0), ("民国", 1, 1911), ("民國", 1, 1911))
_ERA_YEAR_RX = re.compile(f"(?P<n>\\d{{1,4}}){_S}年(?!代)")


def date_at(text: str, p: int, floor: int) -> NumberSpan | None:
    """The date starting at the numeral at ``p``, or None. ``floor`` bounds any prefix."""
    if p > floor and text[p - 1] == "第":
        m = _QUARTER_RX.match(text, p)
        return _quarter(text, p - 1, m) if m else None
    era = _era_year(text, p, floor)
    if era is not None:
        return era
    if p > floor and text[p - 1] in "（(" and (old := _OLD_YEAR_RX.match(text, p)):
        return _span(text, p, old.end("y") + 1, int(old["y"]), None, None)  # 洪武元年（1368年）
    if p - 2 >= floor and text[p - 1] in "（(" and text[p - 2] in "今昨明前":
        told = _TOLD_DAY_RX.match(text, p)  # 今（14）日公布: Taiwan's papers name the day so
        if told:
            return _span(text, p - 1, told.end(), None, None, None)
    if text.endswith(_DAY_PARTS, floor, p) and not _CLOCK_RX.match(text, p):
        clock = _CN_CLOCK_RX.match(text, p)  # (3点40分左右 is read below, with its 左右)
        if clock:
            join = _RANGE_JOIN_RX.match(text, clock.end())  # 早上6点到9点: one span
            until = _CN_CLOCK_RX.match(text, join.end()) if join else None
            return _span(text, p, (until or clock).end(), None, None, None)
    m = _YEAR_RANGE_RX.match(text, p)
    if m:
        y1, y2 = _year(m["y"]), _year(m["y2"])
        if y1 is not None and y2 is not None and y1 < y2:
            return _span(text, p, m.end(), y1, y2, f"{y1:04d}")
    m = _YEAR_RX.match(text, p)
    if m and _year(m["y"]) is not None:
        return _with_range(text, p, m, _year(m["y"]))
    m = _FIRST_MONTHS_RX.match(text, p) if text[p - 1:p] in ("前", "首") else None
    if m and p > floor and (not text.endswith(_BEFORE_NOT_FIRST, 0, p) or (
            text.endswith("年前", 0, p) and text[p - 3:p - 2] in _YEAR_BEFORE_FIRST)):
        return _span(text, p - 1, m.end(), None, None, None)  # 前10个月, 首9個月, 前5月
    lunar = _lunar(text, p, floor)
    if lunar is not None:
        return lunar
    m = _MONTH_RX.match(text, p)
    if m:
        return _with_range(text, p, m, None)
    m = _DAY_RX.match(text, p)
    if m and m["d"] != "一" and not _days_counted(text, p, floor, m):
        join = _RANGE_JOIN_RX.match(text, m.end())
        second = _DAY_RX.match(text, join.end()) if join else None
        return _span(text, p, (second or m).end(), None, None, None)
    m = _QUARTER_RX.match(text, p)
    if m:
        return _quarter(text, p - 1 if p > floor and text[p - 1] == "前" else p, m)
    m = _CLOCK_RX.match(text, p) if text[p - 1:p] not in (":", "：") else None
    if m and not _is_score(text, p, m.end()):
        return _span(text, p, m.end(), None, None, None)
    return _century_or_decade(text, p, floor)


def _lunar(text: str, p: int, floor: int) -> NumberSpan | None:
    """正月十五 (p at 十), 腊月初八 and 大年初一 (p at the day's numeral), 五月初五 (p at 五)."""
    m = _LUNAR_MONTH_DAY_RX.match(text, p)
    if m:
        return _span(text, p, m.end(), None, None, None)
    start = p - 1 if text[p - 1:p] == "初" else p
    if start - 2 >= floor and text.startswith(_LUNAR_MONTHS, start - 2):
        day = _LUNAR_RX.match(text, start)
        if day:
            return _span(text, start - 2, day.end(), None, None, None)
    return None


def _days_counted(text: str, p: int, floor: int, m: re.Match[str]) -> bool:
    """拘留15日, 连续7日: days counted, unless a second day or 前/起 makes it a date."""
    if m["d2"] or text[m.end():m.end() + 1] in ("前", "起", "至", "到"):
        return False
    if text.startswith(_DAYS_OF, m.end()):
        return True
    if not text.endswith(_DAYS_COUNTED, floor, p):
        return False
    return not (text[p - 1] == "近" and text[p - 2:p - 1] in _NEAR_AS_WORD)


def _is_score(text: str, p: int, end: int) -> bool:
    """21:15 after 以 or before 战胜 is a game's score, not a quarter past nine."""
    if text[p:end].isdigit() or not any(c in text[p:end] for c in ":："):
        return False
    return bool(_SCORE_AFTER.match(text, end)) or text.endswith(_SCORE_BEFORE, 0, p)


def _era_year(text: str, p: int, floor: int) -> NumberSpan | None:
    """公元前221年 (-221), 公元8年, 民国38年 / 民國113年 (1949, 2024): a year counted
    from another start, printed with its era, valued in the common era."""
    for era, sign, offset in _ERAS:
        start = p - len(era)
        if start >= floor and text.startswith(era, start):
            m = _ERA_YEAR_RX.match(text, p)
            if m is None:
                return None
            year = sign * int(m["n"]) + offset
            iso = f"{year:04d}" if year > 0 else None
            return _span(text, start, m.end(), year, None, iso)
    return None


def _with_range(text: str, p: int, m: re.Match[str], year: int | None) -> NumberSpan | None:
    iso = _iso(year, m)
    if iso is False:
        return None
    if m.groupdict().get("q"):
        return _span(text, p, m.end(), year, None, None, "季度")
    end, year_max = m.end(), None
    week = _WEEK_RX.match(text, end) if not m.groupdict().get("d") else None
    if week:
        end = week.end()  # 12月第2周, 2025年第12周
    join = _RANGE_JOIN_RX.match(text, end)
    if join:
        second = _YEAR_RX.match(text, join.end()) or _MONTH_RX.match(text, join.end())
        if second is None and m["m"]:
            second = _DAY_RX.match(text, join.end())
        if second is None and m.groupdict().get("d"):
            second = _CLOCK_RX.match(text, join.end())  # 12月10日9时至17时
        if second is not None and _iso(_year(second.groupdict().get("y")), second) is not False:
            end, year_max = second.end(), _year(second.groupdict().get("y"))
    return _span(text, p, end, year, year_max, iso or None)


def _iso(year: int | None, m: re.Match[str]) -> str | Literal[False] | None:
    """ISO text for what is printed; False when the month or day cannot exist."""
    groups = m.groupdict()
    month = _small(groups.get("m") or groups.get("mr"))
    day = _small(groups.get("d"))
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # 2月30日 is still a date the page printed, but has no ISO form


def _quarter(text: str, start: int, m: re.Match[str]) -> NumberSpan:
    return _span(text, start, m.end(), None, None, None, "季度")


def _century_or_decade(text: str, p: int, floor: int) -> NumberSpan | None:
    m = _CENTURY_RX.match(text, p)
    if m:
        century = _small(m["c"])
        assert century is not None  # the pattern admits only numerals _small reads
        decade = _small(m["dec"]) or 0
        return _span(text, p, m.end(), (century - 1) * 100 + decade, None, None)
    m = _DECADE_RX.match(text, p)
    if not m:
        return None
    start, value = p, None
    for word, century in _CENTURY_WORDS.items():
        if p - len(word) >= floor and text.startswith(word, p - len(word)):
            start, value = p - len(word), (century - 1) * 100 + (_small(m["dec"]) or 0)
    return _span(text, start, m.end(), value, None, None)


def _span(
    text: str, start: int, end: int, value: int | None, value_max: int | None,
    iso: str | None, unit: str = "",
) -> NumberSpan:
    return NumberSpan(
        start, end, text[start:end], "date",
        None if value is None else float(value),
        None if value_max is None else float(value_max),
        unit, "", iso,
    )


def _year(chars: str | None) -> int | None:
    if not chars:
        return None
    if chars.isdigit():
        return int(chars)
    value = chinese_value(chars, positional=True)
    return None if value is None else int(value)


def _small(chars: str | None) -> int | None:
    """A month, day, century or decade numeral: ``12``, ``十二``, ``元`` (first month)."""
    if not chars:
        return None
    if chars == "元":
        return 1
    if chars.isdigit():
        return int(chars)
    value = chinese_value(chars)
    return None if value is None else int(value)
