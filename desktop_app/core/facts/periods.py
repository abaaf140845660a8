"""Periods: the time a figure belongs to, as printed (``2024年``, ``今年前2个月``,
``1-9月``, ``到2030年``, ``一季度末``), with an ISO form where one can be derived.

A figure's period is the last period printed before it in its paragraph, so
``2024年，…规模达8520亿元，同比增长19.2%`` gives both numbers ``2024年``, and a sentence
starting ``其中，`` keeps the period of the one before. Periods that are a comparison's base
(``比去年四季度上升``, ``较2023年增长``) are not the figure's period and are skipped.

ISO forms: ``2024``, ``2024-03``, ``2024-03-29``, ``2024-Q1``, ranges with a slash
(``2024-01/2024-09`` for 1-9月 or 前9个月, ``2024-Q1/2024-Q3`` for 前三季度, the halves
as month ranges); 末 and 底 on a bare year give its December. 今年, 去年, 明年 and a year
left out (``3月29日``) are counted from the page date; without one they stay None, as do
spans that name no calendar time (``近5年来``, ``春节期间``). ``今天`` and ``目前`` are the
page date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.core.extraction.numerals import chinese_value
from desktop_app.core.facts.words import PLAN_WORDS

_SP = "[ \\u3000\\xa0]?"
_N12 = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_YEAR = f"(?P<y>(?:19|20)\\d{{2}}){_SP}年(?:度)?"
_REL = "(?P<rel>今年|去年|明年|前年|上年|当年|本年)"
_TO = "(?:-|－|—|–|~|～|至|到)"
_DAY = "(?:[12]\\d|3[01]|0?[1-9])"
# The hour or the part of a day after a day: 截至7日18时, 11月29日晚, 截至10日上午.
_HOUR = "(?:(?:[01]?\\d|2[0-4])时(?:[0-5]?\\d分)?|上午|下午|晚上?|早上?|晚间|凌晨|中午|傍晚)?"
_SUB = (
    f"(?:(?P<m1>{_N12}){_SP}(?:月(?:份)?)?{_SP}{_TO}{_SP}(?P<m2>{_N12}){_SP}月(?:份)?"
    # 前10个月; Hong Kong and Taiwan pages: 首十个月, 首9個月
    f"|[前首]{_SP}(?P<first>{_N12}|两){_SP}[个個]{_SP}?月"
    f"|前(?P<firstq>[二两三])季度"
    f"|(?P<m>{_N12}){_SP}月(?:份)?(?:{_SP}(?P<d>{_DAY}){_SP}[日号]{_HOUR}"
    f"(?:{_SP}{_TO}{_SP}(?:(?P<dm>{_N12}){_SP}月{_SP})?(?P<d2>{_DAY}){_SP}[日号]{_HOUR})?)?"
    # A day of the page's month (9日23时15分, 8日至9日), not a span of days (15日内).
    f"|(?<![\\d月])(?P<bd>{_DAY})日{_HOUR}(?:{_SP}{_TO}{_SP}(?P<bd2>{_DAY})日{_HOUR})?"
    "(?![内后])"
    f"|第?(?P<q>[一二三四1-4]){_SP}季度"
    "|第(?P<qh>[一二三四1-4])季(?![节度])"  # 第三季: a quarter as Hong Kong prints it
    "|(?P<half>上半年|下半年|全年))"
)
_SUFFIX = "(?P<suffix>末|底|初|以来|上旬|中旬|下旬)?"
_PERIOD_RX = re.compile(
    "(?P<now>截至目前|今天|目前|当前)|(?P<yday>昨日|昨天)"
    "|(?P<vague>年初至报告期末|近?\\d{1,2}年来|近(?:\\d{1,2}|[两三四五六七八九十]{1,2})个月"
    "|近[两三四五六七八九十]{1,2}年(?:来|以来)?|春节(?:假期|期间)"
    # A season or a holiday as the time of the figures: 国庆节假期期间, “五一”期间, 麦收期间.
    "|“?(?:春节|国庆节?|五一|劳动节|端午节?|中秋节?|元旦|清明节?|春运|暑期|暑假|寒假|麦收|秋收"
    "|三夏|三秋|汛期)”?(?:(?:假期|黄金周|小长假)(?:\\d{1,2}天|期间)?|期间)"
    "|(?:假期|黄金周|小长假)期间"
    "|过去(?:\\d{1,2}|[一两三四五六七八九十])年|截至(?:记者)?发稿|截至(?:当天|当日)?收盘"
    "|连日来|近日|(?:当日|当天|次日)(?:上午|下午|晚上?|早上?)?|春运(?:\\d{1,3}天|期间)"
    "|节前|节后"
    # a season of a sport, an event's days, a share's first day: 本赛季, 赛事期间, 上市首日
    "|本赛季|(?:赛事|比赛|赛会|展会|会议|活动)期间|上市首日)"
    # Every other period starts with one of these characters: without the look-ahead the
    # all-optional branch below would be tried (and match nothing) at every character.
    "|(?=[0-9一二三四五六七八九十两今去明前上下当本截到至全第进])(?P<pre>截至|截止|到|至|进入)?"
    f"(?P<cal>(?:(?:{_YEAR}|{_REL}){_SP})?(?:{_SUB})?){_SUFFIX}"
)
# A comparison's base, not the figure's time: 比去年, 较2023年, 同比上年, 与去年相比.
_BASE_BEFORE = ("比", "较", "与", "同比", "环比", "相比", "比上")
_RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    text: str
    iso: str | None


def find_periods(text: str, page_date: str | None = None) -> list[Period]:
    """Every period printed in ``text``, in order, comparison bases left out."""
    found = []
    for m in _PERIOD_RX.finditer(text):
        if not (m.group("cal") or m.group("vague") or m.group("now") or m.group("yday")):
            continue
        if _is_base(text, m.start()):
            continue
        if m.group("rel") and text[m.end():m.end() + 2] == "同期":
            continue  # 去年同期: always a base
        if text.startswith(PLAN_WORDS, m.end()) or _names_an_event(text, m.end()):
            continue  # 2026年行动计划, 2026年一季度…开工活动: a plan's or an event's name
        if text.startswith(_NAMES_A_CONTRACT, m.end()):
            continue  # 2026年1月交货的原油期货: the contract's month, not the figure's time
        start, end = m.start(), m.end()
        if m.group("cal") and text.startswith("起", end) \
                and not text.startswith(_NOT_FROM, end + 1):
            end += 1  # 5月18日起, 自7月1日起: from then on, as printed
            if start > 0 and text[start - 1] in "自从":
                start -= 1
        found.append(Period(start, end, text[start:end], _iso(m, page_date)))
    return found


# 起 after a date that starts another word: 2025年起步, 3月起草.
_NOT_FROM = ("步", "草", "点", "源", "飞", "诉", "伏", "跑", "航", "来")


# What names an event a period's year opens (…集中开工活动, …工作会议): the name goes on from
# it, no 的 between (2025年3月举办的…活动 dates the event, and its figures).
_EVENT_NAME = re.compile(
    "(?:(?!的)[\u4e00-\u9fff“”]){0,14}?(?:活动|仪式|大会|会议|论坛|博览会|展览会|峰会)")


# A month a contract or a bond is named by (its delivery or its term), not when it traded.
_NAMES_A_CONTRACT = ("交货的", "交割的", "到期的", "合约")


def _names_an_event(text: str, end: int) -> bool:
    return _EVENT_NAME.match(text, end) is not None


def _is_base(text: str, start: int) -> bool:
    before = text[max(0, start - 2):start]
    return any(before.endswith(word) for word in _BASE_BEFORE)


def _num(raw: str) -> int:
    if raw.isdigit():
        return int(raw)
    value = chinese_value("二" if raw == "两" else raw)
    return int(value) if value is not None else 0


def _iso(m: re.Match[str], page_date: str | None) -> str | None:
    if m.group("vague"):
        return None
    if m.group("now"):
        return page_date
    if m.group("yday"):
        return _day_before(page_date)
    year = _year(m, page_date)
    if year is None:
        return None
    y = f"{year:04d}"
    suffix = m.group("suffix") or ""
    if m.group("m1"):
        return f"{y}-{_num(m.group('m1')):02d}/{y}-{_num(m.group('m2')):02d}"
    if m.group("first"):
        return f"{y}-01/{y}-{_num(m.group('first')):02d}"
    if m.group("firstq"):
        return f"{y}-Q1/{y}-Q{_num(m.group('firstq'))}"
    if m.group("bd"):
        month = _month_of_day(page_date, int(m.group("bd")))
        if month is None:
            return None
        day = f"{month}-{int(m.group('bd')):02d}"
        return f"{day}/{month}-{int(m.group('bd2')):02d}" if m.group("bd2") else day
    if m.group("m"):
        month = f"{y}-{_num(m.group('m')):02d}"
        if not m.group("d"):
            return month
        day = f"{month}-{int(m.group('d')):02d}"
        if not m.group("d2"):
            return day
        last = f"{y}-{_num(m.group('dm')):02d}" if m.group("dm") else month
        return f"{day}/{last}-{int(m.group('d2')):02d}"  # 10月1日至7日
    if m.group("q") or m.group("qh"):
        return f"{y}-Q{_num(m.group('q') or m.group('qh'))}"
    half = m.group("half")
    if half == "上半年":
        return f"{y}-01/{y}-06"
    if half == "下半年":
        return f"{y}-07/{y}-12"
    if suffix in ("末", "底"):
        return f"{y}-12"
    if suffix == "以来" and page_date and page_date.startswith(y) and len(page_date) >= 7:
        return f"{y}-01/{page_date[:7]}"  # 今年以来: January to the page's month
    return y


def _month_of_day(page_date: str | None, day: int) -> str | None:
    """The month a day of the month printed without one falls in: the page's, or the one
    before when the day is still to come (a page of 1 December telling of 30日)."""
    try:
        page = dt.date.fromisoformat(page_date or "")
    except ValueError:
        return None
    if day > page.day:
        page = page.replace(day=1) - dt.timedelta(days=1)
    return f"{page.year:04d}-{page.month:02d}"


def _day_before(page_date: str | None) -> str | None:
    try:
        return (dt.date.fromisoformat(page_date or "") - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _year(m: re.Match[str], page_date: str | None) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    page_year = int(page_date[:4]) if page_date and page_date[:4].isdigit() else None
    if page_year is None:
        return None
    return page_year + _RELATIVE.get(m.group("rel") or "今年", 0)
