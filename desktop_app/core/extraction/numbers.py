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
- dates are described in :mod:`desktop_app.core.extraction.number_dates`.

Names and slogans are not numbers: plan names (十五五), slogans (三高四新, “五个十大”),
formulas (4×4, 1+4+N), product and grade codes (5G, 5A级, 9S店), orders of magnitude
used as a class (万亿级), a year fused into an event name (2025中国…), idioms with 一
(最后一公里). A newline is a hard boundary: no span crosses one.
"""

from __future__ import annotations

import re

from desktop_app.core.extraction.number_dates import CONNECTOR, date_at
from desktop_app.core.extraction.number_units import (
    CHINESE_DIGIT_BLOCKED,
    PER_UNIT,
    UNIT_PATTERN,
    canonical_unit,
    unit_kind,
)
from desktop_app.core.extraction.numerals import (
    CN_DIGITS,
    CN_NUMERAL_CHARS,
    arabic_value,
    chinese_value,
    is_multiplier_only,
    multiplier_value,
)
from desktop_app.core.spans import NumberSpan

_CN = CN_NUMERAL_CHARS
_S = "[ \\t\\u3000\\xa0]{0,2}"
# Matching runs on a copy with full-width digits folded one-for-one, so offsets hold.
_FOLD = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": "."})

_CANDIDATE = re.compile(f"\\d+(?:\\.\\d+)*|[{_CN}]+")
_AR = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?"
# 千 before 瓦/米/克/伏 is part of the unit (5千瓦 is 5 kW, not 5000 W).
_MULT = "(?:万亿|千亿|百亿|千万|百万|万|亿|千(?![瓦米克伏]))"
_NUMBER = re.compile(
    f"(?:(?P<a>{_AR})(?:{_S}(?P<am>多|余))?(?:{_S}(?P<m>{_MULT})(?P<am2>多|余)?)?"
    f"|(?P<c>[{_CN}]+)(?P<cv>几)?(?:(?P<cm>多|余)(?P<cx>[万亿]{{1,2}})?)?)"
    f"(?:{_S}(?P<u>{UNIT_PATTERN}))?"
    "(?P<um>多(?![少样种元]))?"
    "(?P<post>及以上|及以下|以上|以下|以内|左右|上下(?![游班级文车楼])|开外)?"
)
_NUMBER_GROUPS = ("a", "am", "m", "am2", "c", "cv", "cm", "cx")
_RANGE_JOIN = re.compile(f"{_S}(?P<conn>{CONNECTOR}){_S}")
_BIG_NOUN = re.compile(f"(?P<n>\\d+|[{_CN}]+)大(?P<noun>[\\u4e00-\\u9fff]{{2,4}})")
_SLOGAN_LEN = 6

_PREFIXES = (
    "不超过", "不少于", "将近", "接近", "超过", "不到", "不足", "至少", "最多", "大约",
    "约合", "逾", "近", "超", "约",
)
# Characters before a qualifier that make it the tail of a word: 签约, 附近, 赶超.
_PREFIX_GUARDS = {"约": "签合节预制契邀履违公条相特集简爽", "近": "附贴靠临亲", "超": "赶高"}
_VAGUE = {"数": "十百千万亿", "几": "十百千万亿", "上": "百千万亿"}
_RANK_UNITS = frozenset({"强", "名", "位"})  # 前十强, 前10名
_TIME_UNITS = frozenset({"年", "天", "小时", "个小时", "周", "个月", "分钟", "秒"})
_FORMULA = frozenset("+＋×xX*＊/=÷")
_HEAD_NOUNS = frozenset(
    (
        "产业", "领域", "行业", "板块", "工程", "项目", "平台", "场景", "任务",
        "措施", "企业", "集群", "基地", "中心", "体系", "行动", "战略", "难点",
        "问题", "方向", "赛道", "模块", "功能", "优势", "短板", "片区", "产品",
        "品牌", "市场", "机制", "举措", "目标", "计划", "专项", "园区", "城市",
        "工作", "活动",
    )
)
# 三大核心支撑, 十大重点企业: the first word only qualifies the noun that follows it.
_MODIFIERS = frozenset(("核心", "重点", "新兴", "关键", "主要", "特色", "支柱", "优势", "主导"))
# …and no noun starts with a particle or a conjunction: 十一大的贺词 is a congress's.
_NOT_BIG_NOUN_START = frozenset("类批项型量多部幅小中于约概力学会规楼街道门桥厦众家盘厅胆气"
                                "的地得之和与及或也都将已在是为对把被从向以")
# 十八大以来, 二十大精神: a party congress, not eighteen big things.
_CONGRESS_WORDS = frozenset(
    (
        "以来", "精神", "报告", "代表", "期间", "召开", "胜利", "开幕", "闭幕",
        "以后", "以前", "提出", "强调", "部署", "确立", "要求", "作出", "决策",
        "上的", "和十", "通过", "党章",
    )
)


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in ``text``: sorted by start, non-overlapping, ``text[s:e] == span.text``."""
    work = text.translate(_FOLD)
    spans: list[NumberSpan] = []
    pos = floor = 0
    while (m := _CANDIDATE.search(work, pos)) is not None:
        p = m.start()
        found = _number_at(work, p, floor)
        if found is None:
            # A Chinese run may begin with the tail of a word (统一 + 三个): retry inside it.
            pos = p + 1 if not work[p].isdigit() else m.end()
            continue
        start, end, rest = found
        spans.append(NumberSpan(start, end, text[start:end], *rest))
        pos = floor = end
    return spans


# start, end and the rest of NumberSpan's fields: (kind, value, value_max, unit, approx, iso).
_Found = tuple[int, int, tuple[str, float | None, float | None, str, str, str | None]]


def _number_at(text: str, p: int, floor: int) -> _Found | None:
    if text[p].isdigit() and not _arabic_start_ok(text, p):
        return None
    if p > floor and text[p - 1] == "第":
        return _from_span(date_at(text, p, floor)) or _ordinal(text, p)
    return (
        _from_span(date_at(text, p, floor))
        or _big_noun(text, p)
        or _quantity(text, p, floor)
    )


def _from_span(span: NumberSpan | None) -> _Found | None:
    if span is None:
        return None
    return span.start, span.end, (span.kind, span.value, span.value_max, span.unit,
                                  span.approx, span.iso)


def _arabic_start_ok(text: str, p: int) -> bool:
    if not p:
        return True
    prev = text[p - 1]
    if (prev.isascii() and (prev.isalnum() or prev in "._")) or prev in _FORMULA:
        return False
    return not (prev == "-" and p >= 2 and text[p - 2].isascii() and text[p - 2].isalpha())


def _ordinal(text: str, p: int) -> _Found | None:
    m = _NUMBER.match(text, p)
    if m is None or m["cv"] or text.startswith("时间", m.end("c") if m["c"] else p):
        return None
    value = _arabic(m) if m["a"] else chinese_value(m["c"])
    if value is None:
        return None
    end = m.end("u") if m["u"] else (m.end("a") if m["a"] else m.end("c"))
    unit = canonical_unit(m["u"]) if m["u"] else ""
    return p - 1, end, ("ordinal", value, None, unit, "", None)


def _big_noun(text: str, p: int) -> _Found | None:
    m = _BIG_NOUN.match(text, p)
    if m is None or m["n"] == "一":
        return None
    noun = m["noun"]
    if noun[0] in _NOT_BIG_NOUN_START or noun[:2] in _CONGRESS_WORDS:
        return None
    if text.endswith(("党的", "中共"), 0, p):
        return None  # 党的十五大文件, 中共十五大确定: the congress
    if p and (text[p - 1].isdigit() or text[p - 1] in _CN):
        return None  # the tail of a longer numeral (二十大 read from 十)
    value = float(m["n"]) if m["n"].isdigit() else chinese_value(m["n"])
    if value is None or value != int(value) or not 2 <= value < 100:
        return None
    long_noun = noun[2:] in _HEAD_NOUNS or noun[:2] in _MODIFIERS
    noun = noun if len(noun) == 4 and long_noun else noun[:2]
    if len(noun) < 2:
        return None
    end = m.start("noun") + len(noun)
    if not m["n"].isdigit() and _looks_like_slogan(text, p, end, m["n"]):
        return None
    return p, end, ("count", value, None, noun, "", None)


def _quantity(text: str, p: int, floor: int) -> _Found | None:
    m = _NUMBER.match(text, p)
    if m is None:
        return None
    value = _value(m)
    if value is None:
        return None
    start, approx = _prefix(text, p, floor, m)
    end, unit, suffix = _extent(m)
    value_max = None
    if not suffix:
        ranged = _range(text, m, value, unit)
        if ranged:
            value, value_max, end, unit, suffix = ranged
    approx += suffix
    if not unit and text.endswith("百分之", floor, p):
        return p - 3, end, ("percent", _tidy(value / 100), None, "%", approx, None)
    if not _plausible(text, m, start, end, unit, approx):
        return _top_rank(text, p, floor, m, value, end, unit)
    if unit in _RANK_UNITS and p > floor and text[p - 1] == "前":
        return p - 1, end, ("ordinal", value, None, unit, approx, None)
    kind = unit_kind(unit) if unit else "measure"
    scale = PER_UNIT.get(unit, 1.0)
    if value_max is not None:
        value_max = _tidy(value_max / scale)
    return start, end, (kind, _tidy(value / scale), value_max, canonical_unit(unit), approx, None)


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


def _value(m: re.Match[str]) -> float | None:
    if m["a"]:
        return _arabic(m)
    chars = m["c"]
    if m["cv"] and chars[-1] not in "十百千":
        return None
    value = chinese_value(chars)
    if value is None:
        return None
    return value * multiplier_value(m["cx"] or "")


def _arabic(m: re.Match[str]) -> float:
    return arabic_value(m["a"]) * multiplier_value(m["m"] or "")


def _prefix(text: str, p: int, floor: int, m: re.Match[str]) -> tuple[int, str]:
    start, approx = p, ""
    if m["c"] and p > floor and m["c"][0] in _VAGUE.get(text[p - 1], ""):
        start, approx = p - 1, text[p - 1]
    q = start - 1 if start - 1 > floor and text[start - 1] in " \u3000" else start
    for word in _PREFIXES:
        s = q - len(word)
        if s >= floor and text.startswith(word, s):
            if s and text[s - 1] in _PREFIX_GUARDS.get(word, ""):
                break
            return s, word + approx
    return start, approx


def _extent(m: re.Match[str]) -> tuple[int, str, str]:
    """Where the span ends, its unit and the qualifiers printed after the number."""
    mid = m["am"] or m["am2"] or m["cv"] or m["cm"] or ""
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
    m2 = _NUMBER.match(text, join.end())
    if m2 is None or not m2["u"] or m2["cv"] or m2["cm"] or m2["am"] or m2["am2"]:
        return None
    unit2 = m2["u"]
    if unit1 and canonical_unit(unit1) != canonical_unit(unit2):
        return None
    if join["conn"] in "-－–" and (not m1["a"] or not m2["a"] or join.group() != join["conn"]):
        return None
    v2 = _value(m2)
    if v2 is None or (m1["c"] is None) != (m2["c"] is None):
        return None
    if not unit1 and m2["m"] and not m1["m"]:
        v1 *= multiplier_value(m2["m"])  # 3至4万元: the 万 belongs to both ends
    if not v1 < v2:
        return None
    end, unit2, suffix = _extent(m2)
    return v1, v2, end, unit2, suffix


def _number_end(m: re.Match[str]) -> int:
    return max(m.end(g) for g in _NUMBER_GROUPS if m[g])


def _plausible(text: str, m: re.Match[str], start: int, end: int, unit: str, approx: str) -> bool:
    after = text[end:end + 1]
    if m["a"]:
        return _arabic_plausible(text, m, start, end, unit)
    chars = m["c"]
    if after == "级":
        return False
    if not unit:
        # 超百亿, 近千万: a qualified magnitude is a figure even without a unit.
        return bool(approx) and start < m.start("c") and any(ch in "万亿" for ch in chars)
    kind = unit_kind(unit)
    if (chars == "一" and not approx) or chars[0] in "零〇":
        return False  # 最后一公里, 零部件
    if chars in ("万", "亿") and not approx:
        return False  # 亿元订单, 万家灯火: an order of magnitude, not an amount
    if len(chars) == 1 and chars in CN_DIGITS and unit in CHINESE_DIGIT_BLOCKED:
        return False
    if is_multiplier_only(chars) and not approx and kind in ("count", "measure"):
        return False
    return not _looks_like_slogan(text, m.start("c"), end, chars)


def _arabic_plausible(text: str, m: re.Match[str], start: int, end: int, unit: str) -> bool:
    number_end = _number_end(m)
    nxt = text[number_end:number_end + 1]
    if nxt in _FORMULA and text[number_end + 1:number_end + 2].isalnum():
        return False  # 4×4, 1+4+N
    if unit:
        return True
    if (nxt.isascii() and nxt.isalpha()) or nxt == "级":
        return False  # 5G, 5A级, 9S店
    digits = m["a"]
    year_like = len(digits) == 4 and digits.isdigit() and not m["m"] and 1500 <= int(digits) < 2200
    if year_like and "\u4e00" <= nxt <= "\u9fff":
        return False  # 2025中国产业转移发展对接活动: the year is part of a name
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip() != text[start:end]  # a page number alone on its line


def _looks_like_slogan(text: str, p: int, end: int, chars: str) -> bool:
    """三高四新, 一带一部, 三位一体, “五个十大”: numerals alternating with words."""
    if len(chars) == 1:
        before = text[max(0, p - 3):p]
        # The slogan starts at a boundary: 鲍一用八个字 is a name, then a count.
        if (
            len(before) >= 2 and before[-2] in CN_DIGITS and _is_han(before[-1])
            and (len(before) == 2 or not "\u4e00" <= before[0] <= "\u9fff")
        ):
            return True
        after = text[end:end + 2]
        if end - p == 2 and len(after) == 2 and after[0] in CN_DIGITS and _is_han(after[1]):
            return True
    return _in_short_quote(text, p, end)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """A short quoted phrase around a Chinese numeral is a slogan: “五个十大”, “两个确立”."""
    before = text[max(0, start - _SLOGAN_LEN):start]
    opened = max(before.rfind(q) for q in "“‘「")
    if opened < 0 or any(q in before[opened:] for q in "”’」"):
        return False
    after = text[end:end + _SLOGAN_LEN]
    closed = min((i for i in (after.find(q) for q in "”’」") if i >= 0), default=-1)
    if closed < 0 or any(q in after[:closed] for q in "“‘「"):
        return False
    return (len(before) - opened - 1) + (end - start) + closed <= _SLOGAN_LEN


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in CN_NUMERAL_CHARS
