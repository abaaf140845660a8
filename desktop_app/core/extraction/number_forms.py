"""Number forms around the plain quantity: fractions, scores, signs, currency signs, per-units.

Each function reads one form at a position and says nothing about the rest of the text, so
``numbers.find_numbers`` stays the one place that decides which form wins where.

- ``三分之一`` is a ratio of 1/3 (unit 分之); ``千分之三`` is 3‰ (percent 0.003);
- ``3:1``, ``2∶1`` and ``3比1`` are a score or a ratio (unit 比, no value);
- ``-12℃``, ``零下5℃``, ``负3.2%``: the sign belongs to the number;
- ``¥128``, ``$5亿``, ``HK$300``: the currency sign belongs to the amount and names its unit;
- ``3200元/吨``, ``350公里/小时``, ``186毫克/100毫升``: the unit per unit is one unit;
- ``1亿2000万``, ``3萬3,437``: the part after 万 or 亿 (``AMOUNT_REST``, inside the
  number's own pattern) belongs to one amount;
- ``2小时06分23秒``, ``9秒83``, ``6米72``: one time or length in several units, valued in the
  smallest unit printed.
"""

from __future__ import annotations

import re

from desktop_app.core.extraction.number_units import COUNT, MEASURE
from desktop_app.core.extraction.numerals import (
    CN_DIGITS,
    CN_NUMERAL_CHARS,
    arabic_value,
    chinese_decimal,
    chinese_value,
)

_CN = CN_NUMERAL_CHARS
_CN_DIGITS = "".join(CN_DIGITS)
_FRACTION = re.compile(
    f"(?P<d>\\d+|[{_CN}]+)分之(?P<n>\\d+(?:\\.\\d+)?|[{_CN}]+(?:点[{_CN_DIGITS}]+)?)"
)
# 1/4, 近2/3: a fraction only with a small denominator, so 3/30 (a day) is not one.
_SLASH_FRACTION = re.compile("(?P<n>[1-9])/(?P<d>[2-9]|10)(?![\\d/])")
# A colon between two numbers is a score or a ratio unless it reads as a clock (8:30):
# number_dates takes those first. ∶ (U+2236) is the ratio sign itself.
_SCORE = re.compile(
    "(?P<a>\\d{1,3}(?:\\.\\d+)?)(?P<sep>[:：∶]|比)(?P<b>\\d{1,3})(?![\\d.:：∶])"
    # a ratio of three parts (三次产业结构为3.7∶38.4∶57.9)
    "|\\d{1,3}(?:\\.\\d+)?(?:∶\\d{1,3}(?:\\.\\d+)?){2,}"
    "|\\d{1,3}[投罚攻]\\d{1,3}中"  # 18投9中, 24罚20中, 42攻21中: shots taken and made
)
# A second part in a smaller unit: 2小时06分23秒, 3分30秒, 9秒83 (hundredths), 6米72.
_SMALLER = {
    "小时": re.compile("(?P<a>[0-5]?\\d)分(?P<min>钟)?(?:(?P<b>[0-5]?\\d)秒)?"),
    "分": re.compile("(?P<b>[0-5]?\\d)秒(?P<c>\\d\\d(?![\\d.%]))?"),  # 2分06秒18
    "分钟": re.compile("(?P<b>[0-5]?\\d)秒"),
    # a sentence's years and months: 十一年六个月, 5年6个月 (in months)
    "年": re.compile("(?P<mo>1[01]|[1-9]|十[一]?|[一二三四五六七八九])个月"),
    "秒": re.compile("(?P<c>\\d\\d)(?![\\d.%])"),
    "米": re.compile("(?P<c>\\d\\d)(?![\\d.%])"),
}
_SIGNS = ("零下", "负", "-", "−", "－")
_CURRENCY_SIGNS = (
    ("HK$", "港元"), ("US$", "美元"), ("HK＄", "港元"), ("US＄", "美元"),
    ("¥", "元"), ("￥", "元"), ("$", "美元"), ("＄", "美元"), ("€", "欧元"), ("£", "英镑"),
)
_SIGN_ENDS = frozenset(sign[-1] for sign in _SIGNS)
_CURRENCY_ENDS = frozenset(sign[-1] for sign, _ in _CURRENCY_SIGNS)
# What a price or a speed is per: a unit or a measure word, and the words prices use alone.
_PER_WORDS = sorted(
    {*MEASURE, *COUNT, "斤", "人", "晚", "平", "㎡", "m²", "年", "月", "日", "天", "户", "亩",
     "桶"}
    - {"点", "代", "版", "地"},
    key=len, reverse=True,
)
# …or per so many of it: 186毫克/100毫升, 156mg/100ml (a blood alcohol test's reading).
_PER = re.compile("[/／](?P<per>(?:[1-9]\\d{0,3})?(?:" + "|".join(re.escape(w) for w in _PER_WORDS)
                  + "))(?![A-Za-z])")


# What follows a lone 万 or 亿 inside one amount, always less than it: 1亿2000万元, 1億2,000萬,
# 5亿3千万, 2万5000元, 3萬3,437美元. Not a bare digit after 亿 (1亿2: said for 1.2亿), nor
# after a decimal (1.2亿3000万 is two figures run together), nor a year (5万2019年).
_WHOLE = "".join(f"(?<!\\.\\d{{{n}}}[万亿])" for n in (1, 2, 3))
_UNDER_WAN = "(?:[1-9]\\d{2,3}|[1-9][,，]\\d{3})(?![\\d,，.年月日号])"  # 5000, 5,678
AMOUNT_REST = (
    f"(?:{_WHOLE}(?<=[^千百万亿]亿)(?P<ar>[1-9]\\d{{0,3}}|[1-9][,，]\\d{{3}})(?P<rm>多|余)?"
    f"(?P<mr>千?万)(?P<ar3>{_UNDER_WAN})?"  # 3億1,234萬5,678元: three parts
    f"|{_WHOLE}(?<=[^千百万亿]万)(?P<ar2>{_UNDER_WAN}|[1-9]千(?![\\d年月日号])))")


def fraction_at(text: str, p: int) -> tuple[int, str, float, str] | None:
    """``三分之一`` at ``p``: (end, kind, value, unit), or None."""
    if "分之" not in text[p:p + 12] and "/" not in text[p:p + 3]:
        return None  # most numbers: no fraction to read
    m = _FRACTION.match(text, p)
    if m is None:
        slash = _SLASH_FRACTION.match(text, p)
        if slash is None or int(slash["n"]) >= int(slash["d"]) or _counter(text, p, slash.end()) \
                or text.startswith("决赛", slash.end()):
            return None  # 1/4决赛 is a round's name
        return slash.end(), "ratio", round(int(slash["n"]) / int(slash["d"]), 6), "分之"
    d, n = _read(m["d"]), _read(m["n"])
    if d is None or n is None or d == 0:
        return None
    if d == 100:
        return m.end(), "percent", n / 100, "%"
    if d == 1000:
        return m.end(), "percent", n / 1000, "‰"
    return m.end(), "ratio", round(n / d, 6), "分之"


def score_at(text: str, p: int) -> int | None:
    """Where a score or a ratio printed at ``p`` (``3:1``, ``3比1``) ends, or None."""
    m = _SCORE.match(text, p)
    if m is None or text[p - 1:p] in (":", "："):
        return None  # the minutes of 08:41:19, not a score
    if m["sep"] == "比" and text[m.end():m.end() + 1] in ("%", "％", "."):
        return None  # 3比1%: not a score
    return m.end()


def sign_before(text: str, p: int, floor: int) -> tuple[int, float]:
    """(start, factor): where a minus sign printed before the number at ``p`` starts."""
    if text[p - 1:p] not in _SIGN_ENDS:
        return p, 1.0  # most numbers: nothing to look for
    for sign in _SIGNS:
        s = p - len(sign)
        if s < floor or not text.startswith(sign, s):
            continue
        if sign == "负" and not text[p].isdigit():
            return p, 1.0  # 负一层 is a floor's name as often as a figure
        before = text[s - 1:s] if s else ""
        if sign in "-−－" and ((before.isascii() and before.isalnum()) or before in ")）]】"):
            return p, 1.0  # a hyphen: 0731-8888, A-5, 3-5
        return s, -1.0
    return p, 1.0


def currency_before(text: str, p: int, floor: int) -> tuple[int, str] | None:
    """(start, unit) of a currency sign printed right before the number at ``p``."""
    if text[p - 1:p] not in _CURRENCY_ENDS:
        return None
    for sign, unit in _CURRENCY_SIGNS:
        s = p - len(sign)
        if s >= floor and text.startswith(sign, s):
            return s, unit
    return None


def per_unit(text: str, end: int) -> tuple[int, str] | None:
    """``/吨`` after a unit ending at ``end``: (new end, the part after the slash)."""
    m = _PER.match(text, end)
    return (m.end(), m["per"]) if m else None


def _counter(text: str, start: int, end: int) -> bool:
    """[1/6], 记录 2/5: a counter of parts standing apart, not a share of something."""
    before, after = text[start - 1:start], text[end:end + 1]
    return (not before or before.isspace() or before in "[(（【") and (
        not after or after.isspace() or after in "])）】页")


def smaller_units(text: str, end: int, value: float, unit: str) -> tuple[int, float, str] | None:
    """``06分23秒`` after ``2小时``: (new end, value in the smallest unit, that unit)."""
    pattern = _SMALLER.get(unit)
    m = pattern.match(text, end) if pattern else None
    if m is None:
        return None
    parts = m.groupdict()
    if parts.get("mo"):
        months = _read(parts["mo"]) or 0
        return m.end(), value * 12 + months, "个月"
    if parts.get("c") and not parts.get("b"):
        return m.end(), value + int(parts["c"]) / 100, unit
    minutes = value * 60 if unit == "小时" else value
    if parts.get("a"):
        minutes += int(parts["a"])
    if not parts.get("b"):
        return m.end(), minutes, "分钟" if parts.get("min") else "分"
    seconds = minutes * 60 if unit == "小时" else value * 60
    hundredths = int(parts["c"]) / 100 if parts.get("c") else 0
    return m.end(), seconds + int(parts["b"]) + hundredths, "秒"


def spoken_yuan(text: str, end: int) -> tuple[int, float] | None:
    """块 as the yuan people say (三块八, 3块5, 十六块左右, 三四百块。): (new end, tenths
    added). 块 before a noun counts pieces (三块石头, 两块地, 三块五花肉)."""
    after, beyond = text[end:end + 1], text[end + 1:end + 2]
    if after and ((after in _CN_DIGITS and after not in "零〇") or after in "123456789") \
            and (beyond in _CN_DIGITS or not ("\u4e00" <= beyond <= "\u9fff" or beyond.isdigit())):
        return end + 1, (CN_DIGITS.get(after) or int(after)) / 10  # 三块八, 十三块五一斤
    if (not "\u4e00" <= after <= "\u9fff" and not after.isdigit()) \
            or text.startswith(_SAID_AFTER_YUAN, end):
        return end, 0.0
    return None


_SAID_AFTER_YUAN = ("钱", "左右", "上下", "多", "出头", "一斤", "一个", "一碗", "一份")


def _read(chars: str) -> float | None:
    if chars[0].isdigit():
        return arabic_value(chars)
    return chinese_decimal(chars) if "点" in chars else chinese_value(chars)


# The formal numerals of cheques, contracts and court rulings (大写: 壹佰贰拾伍万元整), read
# as the everyday ones. Only a run of two or more that holds a formal digit and a formal
# place and is followed by a money word: alone, 陆 and 伍 are names and 陆续 a word.
_FORMAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
_FORMAL_DIGIT = re.compile("[壹贰貳叁參肆伍陆陸柒捌玖]")
_FORMAL_CHARS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零〇万萬亿億"
_FORMAL_RUN = re.compile(
    f"(?=[{_FORMAL_CHARS}]*?[壹贰貳叁參肆伍陆陸柒捌玖])(?=[{_FORMAL_CHARS}]*?[拾佰仟万萬亿億])"
    f"[{_FORMAL_CHARS}]{{2,}}(?=[元圆圓角整])")


def fold_formal(text: str) -> str:
    """``text`` with formal numerals before a money word written the everyday way (the
    same length: offsets stay those of ``text``)."""
    if not _FORMAL_DIGIT.search(text):
        return text
    return _FORMAL_RUN.sub(lambda m: m.group().translate(_FORMAL), text)
