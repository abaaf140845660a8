"""Numbers in raw Chinese text, as a reader would mark them, with normalised values.

A span covers the qualifier, the number and its unit or measure word together
(``近80家``, ``2万亿元左右``, ``5%至10%``). Conventions:

- money is in units of the currency printed: ``8520亿元`` → 8.52e11, unit 元;
- percent is a fraction: ``19.2%`` → 0.192; ``1.1 个百分点`` → 0.011, unit 个百分点;
- ``成`` and ``倍`` are ratios: ``近七成`` → 0.7 (approx 近), ``500倍`` → 500;
- durations (``两年多``, ``5天``, ``2个月``) and physical quantities are ``measure``, with
  only the Chinese multiplier applied (``5亿度`` → 5e8, unit 度; ``1.3万PF`` → 13000 PF);
- a number with no unit (``指数为89.3``, ``突破2亿``) is a ``measure`` with unit "";
- ``N大`` + noun (``三大难点``, ``7大板块``, ``六大新兴产业``) is a ``count`` whose unit is the
  noun; the noun is two characters, or four when the last two are a head noun (产业, 领域…);
- ``第…`` is an ordinal (``第8.6代`` → 8.6, unit 代); ``500强`` is an ordinal too;
- dates and clocks are described in :mod:`desktop_app.core.extraction.number_dates`;
  fractions, scores, signs, currency signs, prices per unit and times in several units in
  :mod:`desktop_app.core.extraction.number_forms`;
- an amount printed in two parts is one (``1亿2000万元`` → 1.2e8, ``3萬3,437美元``); halves
  (``两个半小时`` → 2.5, ``半个月`` → 0.5) are in
  :mod:`desktop_app.core.extraction.number_halves`, the qualifiers before a number
  (``近``, ``超过``) in :mod:`desktop_app.core.extraction.number_qualifiers`;
- a vague range (``三四十个``, ``七八成``) has ``value_max``; a formal document's decimal
  point (``三百二十六点八亿元``) is read; thousands apart by spaces (``24 016.8 亿元``, as PDF
  copies print them) or by a full-width comma are one number.

Names and slogans are not numbers: plan names (十五五), slogans (三高四新, “五个十大”),
formulas (4×4, 1+4+N), product and grade codes (5G, 5A级, 9S店), orders of magnitude
used as a class (万亿级), a year fused into an event name (2025中国…), idioms with 一
(最后一公里). A newline is a hard boundary: no span crosses one.
"""

from __future__ import annotations

import re

from desktop_app.core.extraction.number_big_nouns import big_noun_at
from desktop_app.core.extraction.number_dates import CONNECTOR, date_at
from desktop_app.core.extraction.number_forms import (
    AMOUNT_REST,
    currency_before,
    fold_formal,
    fraction_at,
    per_unit,
    score_at,
    sign_before,
    smaller_units,
    spoken_yuan,
)
from desktop_app.core.extraction.number_guards import FORMULA, code_end, idiom_end, plausible
from desktop_app.core.extraction.number_halves import half_after, half_alone
from desktop_app.core.extraction.number_qualifiers import qualifier_before
from desktop_app.core.extraction.number_units import (
    PER_UNIT,
    UNIT_PATTERN,
    canonical_unit,
    printed_unit,
    unit_kind,
)
from desktop_app.core.extraction.numerals import (
    CN_DIGITS,
    CN_NUMERAL_CHARS,
    arabic_value,
    chinese_decimal,
    chinese_pair,
    chinese_value,
    multiplier_value,
)
from desktop_app.core.spans import NumberSpan

_CN = CN_NUMERAL_CHARS
_S = "[ \\t\\u3000\\xa0]{0,2}"
# Matching runs on a copy folded one-for-one (offsets hold): full-width digits, and Hong
# Kong's and Taiwan's 萬, 億, 約, 點 … as the patterns read them.
_FOLD = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "．": ".", "萬": "万", "億": "亿", "約": "约", "點": "点",
    "兩": "两", "個": "个", "隻": "只", "時": "时", "門": "门", "歲": "岁", "級": "级",
    "項": "项", "週": "周", "噸": "吨", "畝": "亩", "張": "张", "輛": "辆", "間": "间",
    "場": "场", "屆": "届", "條": "条", "筆": "笔", "樓": "楼", "餘": "余", "幾": "几",
})
# OCR reads 0 as O and 1 as l inside a figure (38O．6万亩, l20户): read back one for one.
_OCR_DIGIT = re.compile("(?<![A-Za-z])[Ol](?=[0-9.])|(?<=[0-9])[Ol](?![A-Za-z])")

_RUN_WORDS = ("三五", "一五一十")
_ROOM = re.compile("[\u4e00-\u9fff]{0,2}[厅庭室]|人民医院|中学|小学|中心|附属")  # 第二人民医院
_CANDIDATE = re.compile(f"\\d+(?:\\.\\d+)*|[{_CN}]+|半")
# Thousands apart by commas, or by spaces as PDF copies print them (1 285.6, 24 016.8).
_AR = "(?:\\d{1,3}(?:(?:,|，|[ \\xa0\\u2009](?=\\d{3}(?!\\d)))\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?"
# 千 before 瓦/米/克/伏 is part of the unit (5千瓦 is 5 kW, not 5000 W).
_MULT = "(?:万亿|千亿|百亿|千万|百万|万|亿|千(?![瓦米克伏]))"
_POST_TEXT = "及以上|及以下|以上|以下|以内|左右|上下(?![游班级文车楼])|开外|许|(?<=万)\\+(?!\\d)"
_NUMBER = re.compile(
    f"(?:(?P<a>{_AR})(?:{_S}(?P<am>多|余))?(?:{_S}(?P<m>{_MULT})(?:{AMOUNT_REST})?(?P<am2>多|余)?)?"
    f"|(?P<c>[{_CN}]+(?:点[{''.join(CN_DIGITS)}]+(?![点滴])[万亿]{{0,2}})?)"
    f"(?P<cv>几|来)?(?:(?P<cm>多|余)(?P<cx>[万亿]{{1,2}})?)?)"
    f"(?:{_S}(?P<u>{UNIT_PATTERN}))?"
    "(?P<um>多(?![少样种元]))?"
    f"(?P<post>{_POST_TEXT})?"
)
_POST = re.compile(_POST_TEXT)
_NUMBER_GROUPS = ("a", "am", "m", "ar", "rm", "mr", "ar3", "ar2", "am2", "c", "cv", "cm", "cx")
_RANGE_SIGNS = ("零下", "-", "−", "－")
_RANGE_JOIN = re.compile(f"{_S}(?P<conn>{CONNECTOR}){_S}")

_VAGUE = {"数": "十百千万亿", "几": "十百千万亿", "上": "百千万亿"}
_RANK_UNITS = frozenset({"强", "名", "位"})  # 前十强, 前10名
_TIME_UNITS = frozenset({"年", "天", "小时", "个小时", "周", "个月", "分钟", "秒"})

def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in ``text``: sorted by start, non-overlapping, ``text[s:e] == span.text``."""
    work = _OCR_DIGIT.sub(lambda m: "0" if m.group() == "O" else "1",
                          fold_formal(text.translate(_FOLD)))
    spans: list[NumberSpan] = []
    pos = floor = 0
    while (m := _CANDIDATE.search(work, pos)) is not None:
        p = m.start()
        skip = code_end(work, p) or idiom_end(work, p)
        if skip:
            pos = floor = skip  # a case's or a record's number, a phone, a bus line
            continue
        found = _number_at(work, p, floor)
        if found is None:
            # A Chinese run may begin with the tail of a word (统一 + 三个): retry inside it,
            # unless the run is a word itself (三五成群 holds no 五成, 一五一十 no 一十).
            whole = work[p].isdigit() or work.startswith(_RUN_WORDS, p)
            pos = m.end() if whole else p + 1
            continue
        start, end, (kind, value, top, unit, approx, iso) = found
        unit = printed_unit(unit, text[start:end], work[start:end])  # 個, 歲, 澳門元
        spans.append(NumberSpan(start, end, text[start:end], kind, value, top, unit, approx, iso))
        pos = floor = end
    return spans


# start, end and the rest of NumberSpan's fields: (kind, value, value_max, unit, approx, iso).
_Found = tuple[int, int, tuple[str, float | None, float | None, str, str, str | None]]


def _number_at(text: str, p: int, floor: int) -> _Found | None:
    if text[p] == "半":
        return _half(text, p, floor)
    if text[p].isdigit() and not _arabic_start_ok(text, p):
        return None
    if p > floor and text[p - 1] == "第":
        return _from_span(date_at(text, p, floor)) or _ordinal(text, p)
    return (
        _from_span(date_at(text, p, floor))
        or _fraction(text, p, floor)
        or _score(text, p)
        or _big_noun(text, p)
        or _quantity(text, p, floor)
    )


def _fraction(text: str, p: int, floor: int) -> _Found | None:
    """三分之一, 百分之六点二, 近2/3, with the qualifiers around them."""
    found = fraction_at(text, p)
    if found is None:
        return None
    end, kind, value, unit = found
    start, approx = qualifier_before(text, p, floor)
    post = _POST.match(text, end)
    if post:
        end, approx = post.end(), approx + post.group()
    return start, end, (kind, _tidy(value), None, unit, approx, None)


def _half(text: str, p: int, floor: int) -> _Found | None:
    """半个月, 半个多月, 近半年: half of one unit."""
    found = half_alone(text, p, floor)
    if found is None:
        return None
    start, approx = qualifier_before(text, p, floor)
    return start, *_tail(text, found[0], 0.5, None, found[1], approx + found[2])


def _a_name(text: str, after: int) -> bool:
    """第一产业, 第三方: a sector's and a party's names (第一方阵 is a rank)."""
    return text.startswith("产业", after) or (
        text.startswith("方", after) and text[after + 1:after + 2] not in ("阵", "面", "案", "向"))


def _big_noun(text: str, p: int) -> _Found | None:
    found = big_noun_at(text, p)
    return None if found is None else (p, found[0], ("count", found[1], None, found[2], "", None))


def _score(text: str, p: int) -> _Found | None:
    end = score_at(text, p)
    return None if end is None else (p, end, ("ratio", None, None, "比", "", None))


def _from_span(span: NumberSpan | None) -> _Found | None:
    if span is None:
        return None
    return span.start, span.end, (span.kind, span.value, span.value_max, span.unit,
                                  span.approx, span.iso)


def _arabic_start_ok(text: str, p: int) -> bool:
    if not p:
        return True
    prev = text[p - 1]
    if (prev.isascii() and (prev.isalnum() or prev in "._")) or prev in FORMULA:
        return text.endswith(("GB+", "TB+"), 0, p)  # 12GB+256GB: memory and storage
    return not (prev == "-" and p >= 2 and text[p - 2].isascii() and text[p - 2].isalpha())


def _ordinal(text: str, p: int) -> _Found | None:
    m = _NUMBER.match(text, p)
    after = m.end("c") if m and m["c"] else p
    if m is None or m["cv"] or text.startswith("时间", after) or _a_name(text, after) \
            or (not m["u"] and _ROOM.match(text, _number_end(m))):
        return None  # 第七法庭, 第三展厅: a room's name
    value = _arabic(m) if m["a"] else chinese_value(m["c"])
    if value is None or len(m["a"] or "") > 5:
        return None  # 第2025131期: a draw's or an issue's number, no rank
    end = m.end("u") if m["u"] else (m.end("a") if m["a"] else m.end("c"))
    unit = canonical_unit(m["u"]) if m["u"] else ("号" if text.startswith("号", end) else "")
    end += len(unit) if unit == "号" and not m["u"] else 0  # 第12号台风
    return p - 1, end, ("ordinal", value, None, unit, "", None)


def _quantity(text: str, p: int, floor: int) -> _Found | None:
    m = _NUMBER.match(text, p)
    if m is None:
        return None
    value, value_max = _value(m)
    if value is None:
        return None
    if value_max is not None and p > floor and text[p - 1] in _CN:
        return None  # 十一二点: the tail of a longer numeral, not a range of its own
    start, approx, sign, currency = _prefix(text, p, floor, m)
    if sign < 0 and not (m["u"] or "." in (m["a"] or "")):
        start, sign = p, 1.0  # 号-1: a record's suffix; a bare negative prints its decimals
    if currency and text[m.end():m.end() + 1] in ("\\", "^", "$"):
        start, currency = p, ""  # $12.4\%$: a formula's dollar, not a currency
    value *= sign
    end, unit, suffix = _extent(m)
    half = half_after(text, end, unit) if unit and value_max is None and not suffix else None
    if half:  # 两个半小时, 一年半
        end, unit, value = half[0], half[1], value + 0.5
    if currency and unit and unit_kind(unit) != "money":
        end, unit, suffix = _number_end(m), "", ""  # HK$300起: 起 is the word after the price
    if not suffix and value_max is None:
        ranged = _range(text, m, value, unit)
        if ranged:
            value, value_max, end, unit, suffix = ranged
    approx += suffix
    if not unit and text.endswith("百分之", floor, p):
        return p - 3, end, ("percent", _tidy(value / 100), None, "%", approx, None)
    yuan = spoken_yuan(text, end) if unit == "块" else None
    if yuan and (value_max is None or not yuan[1]):  # 三块八: said, not counted; unit 块
        tail = _tail(text, yuan[0], value + yuan[1], value_max, unit, approx)
        return start, tail[0], ("money", *tail[1][1:])
    if currency:
        unit = unit or currency
    elif not plausible(text, m, start, end, _number_end(m), unit, approx):
        return _top_rank(text, p, floor, m, value, end, unit)
    if unit in _RANK_UNITS and p > floor and text[p - 1] == "前":
        return p - 1, end, ("ordinal", value, None, unit, approx, None)
    return start, *_tail(text, end, value, value_max, unit, approx)


def _tail(
    text: str, end: int, value: float, value_max: float | None, unit: str, approx: str
) -> tuple[int, tuple[str, float | None, float | None, str, str, str | None]]:
    """The parts after the unit (06分23秒, /吨), and the value in the unit's scale."""
    kind = unit_kind(unit) if unit else "measure"
    scale = PER_UNIT.get(unit, 1.0)
    shown = canonical_unit(unit)
    smaller = smaller_units(text, end, value, unit) if value_max is None else None
    if smaller:
        end, value, shown = smaller
    per = per_unit(text, end) if unit else None
    if per:
        end, shown = per[0], f"{shown}/{per[1]}"
        post = _POST.match(text, end)
        if post:
            end, approx = post.end(), approx + post.group()
    if kind == "money" and text.startswith("整", end) and (
            end + 1 == len(text) or not text[end + 1].isalnum()):
        end += 1  # 壹佰贰拾伍万元整: the amount as a cheque writes it, "and no more"
    top = None if value_max is None else _tidy(value_max / scale)
    return end, (kind, _tidy(value / scale), top, shown, approx, None)


def _top_rank(
    text: str, p: int, floor: int, m: re.Match[str], value: float, end: int, unit: str
) -> _Found | None:
    """全球前三: a rank among the first few, when nothing after it makes it a period."""
    after = text[end:end + 1]
    if unit or p <= floor or text[p - 1] != "前" or m["am"] or m["cm"] or m["cv"]:
        return None
    if "\u4e00" <= after <= "\u9fff" or (m["a"] and after.isascii() and after.isalnum()):
        return None
    return p - 1, end, ("ordinal", value, None, "", "", None)


def _tidy(value: float) -> float:
    """Drop binary noise from scaling: 1.1 个百分点 is 0.011, not 0.011000000000000001."""
    return float(f"{value:.15g}")


def _value(m: re.Match[str]) -> tuple[float | None, float | None]:
    """The number's value, and the top of a vague range (三四十, 一两) when it is one."""
    if m["a"]:
        return _arabic(m), None
    chars = m["c"]
    if m["cv"] and chars[-1] not in "十百千":
        return None, None
    scale = multiplier_value(m["cx"] or "")
    if "点" in chars:
        value = chinese_decimal(chars)
        return (None if value is None else value * scale), None
    value = chinese_value(chars)
    if value is None:
        pair = chinese_pair(chars)
        return (None, None) if pair is None else (pair[0] * scale, pair[1] * scale)
    return value * scale, None


def _arabic(m: re.Match[str]) -> float:
    value = arabic_value(m["a"]) * multiplier_value(m["m"] or "")
    if m["ar"]:
        value += arabic_value(m["ar"]) * multiplier_value(m["mr"])
        return value + (arabic_value(m["ar3"]) if m["ar3"] else 0.0)
    if m["ar2"]:
        rest = m["ar2"]
        return value + (arabic_value(rest[0]) * 1000 if rest.endswith("千")
                        else arabic_value(rest))
    return value


def _prefix(
    text: str, p: int, floor: int, m: re.Match[str]
) -> tuple[int, str, float, str]:
    """Where the span starts, its qualifier, the sign (1 or -1) and a currency sign's unit."""
    start, approx = p, ""
    if m["c"] and p > floor and m["c"][0] in _VAGUE.get(text[p - 1], ""):
        start, approx = p - 1, text[p - 1]
        if approx == "几" and start > floor and text[start - 1] == "好":
            start, approx = start - 1, "好几"  # 好几万元: several, said warmly
    start, sign = sign_before(text, start, floor)
    currency = currency_before(text, start, floor)
    if currency:
        start = currency[0]
    start, qualifier = qualifier_before(text, start, floor)
    return start, qualifier + approx, sign, currency[1] if currency else ""


def _extent(m: re.Match[str]) -> tuple[int, str, str]:
    """Where the span ends, its unit and the qualifiers printed after the number."""
    mid = m["am"] or m["rm"] or m["am2"] or m["cv"] or m["cm"] or ""
    unit = m["u"] or ""
    end = m.end("u") if unit else _number_end(m)
    suffix = mid
    if m["um"]:
        if unit not in _TIME_UNITS:
            return end, unit, suffix
        end, suffix = m.end("um"), suffix + "多"
    if m["post"]:
        end, suffix = m.end("post"), suffix + m["post"]
    return end, unit, suffix


def _range(
    text: str, m1: re.Match[str], v1: float, unit1: str
) -> tuple[float, float, int, str, str] | None:
    """``5%至10%``, ``3至4元``, ``10亿元—50亿元``: value, value_max, end, unit, suffix."""
    join = _RANGE_JOIN.match(text, m1.end("u") if unit1 else _number_end(m1))
    if join is None:
        return None
    at, sign = join.end(), 1.0
    for mark in _RANGE_SIGNS:
        if text.startswith(mark, at):
            at, sign = at + len(mark), -1.0  # −3℃~-1℃, 零下5℃至零下1℃
            break
    m2 = _NUMBER.match(text, at)
    if m2 is None or not m2["u"] or m2["cv"] or m2["cm"] or m2["am"] or m2["am2"]:
        return None
    unit2 = m2["u"]
    if unit1 and canonical_unit(unit1) != canonical_unit(unit2):
        return None
    if join["conn"] in "-－–" and (not m1["a"] or not m2["a"] or join.group() != join["conn"]):
        return None
    v2, top = _value(m2)
    if v2 is None or top is not None or (m1["c"] is None) != (m2["c"] is None):
        return None
    v2 *= sign
    if not unit1 and m2["m"] and not m1["m"]:
        v1 *= multiplier_value(m2["m"])  # 3至4万元: the 万 belongs to both ends
    if not v1 < v2:
        return None
    end, unit2, suffix = _extent(m2)
    return v1, v2, end, unit2, suffix


def _number_end(m: re.Match[str]) -> int:
    return max(m.end(g) for g in _NUMBER_GROUPS if m[g])
