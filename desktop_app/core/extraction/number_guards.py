"""Guards that tell a numeral inside a name, a slogan or a code from a figure.

三高四新, 一带一部, 三位一体, “五个十大”: numerals alternating with words, or a short quoted
phrase around a Chinese numeral, are names, not quantities (:func:`looks_like_slogan`).
Codes that name rather than count (a case's number, a phone, a card's tail, a listed
company's code) are skipped whole (:func:`code_end`); :func:`plausible` decides whether a
matched number with its unit is a figure at all (十分, 5G, 2号线, Mate 70 are not).
"""

from __future__ import annotations

import re

from desktop_app.core.extraction.number_units import (
    ARABIC_ONLY,
    CHINESE_DIGIT_BLOCKED,
    UNIT_PATTERN,
    unit_kind,
)
from desktop_app.core.extraction.numerals import CN_DIGITS, CN_NUMERAL_CHARS, is_multiplier_only

_SLOGAN_LEN = 6
FORMULA = frozenset("+＋×xX*＊/=÷")
_MODEL_BEFORE = re.compile("[A-Za-z]{2,} ?\\Z")
_MODEL_CHARS = 24  # how far back a model's name is looked for: never the whole text
_LINE_NAMES = ("号线", "路公交", "路车", "路汽车", "路电车")
_LABELLED = ("分球", "急救", "救护", "报警", "指挥中心", "消防")
# Numbers that name, not count: a case's number （2024）湘0903刑初215号, a phone
# number 0731-84327000, a hotline after 拨打 (12333), a code with a leading zero (0318).
_CASE = re.compile("[（(]\\d{4}[）)][\\u4e00-\\u9fff]{1,2}\\d{1,6}[\\u4e00-\\u9fff]{1,4}\\d{1,6}号")
# Phones: an area code and number, a service number (400-889-6688), a mobile (13812345678).
_PHONE = re.compile("0\\d{2,3}[-－]\\d{7,8}(?!\\d)|0\\d{2,}(?![\\d.])"
                    "|[48]00[-－ ]?\\d{3}[-－ ]?\\d{4}(?!\\d)|1[3-9]\\d{9}(?!\\d)")
# After a word that dials: a hotline, or several (拨打110或12345).
_HOTLINE = re.compile("\\d{3,}(?:[或、/]\\d{3,})*(?![\\d.])")
# A service named by its number: 12306网站, 12345热线.
_SERVICE = re.compile("\\d{5}(?=网站|App|APP|平台|热线|客服|小程序)")
_DIGITS = re.compile("\\d+")
_COUNTED = re.compile(f"[万亿千百]|{UNIT_PATTERN}")
_STOCK_CODE = re.compile("[（(]\\d{6}[）)]")  # 恒远新材（688312）: a listed company's code
_DIALLED = ("热线", "拨打", "电话", "致电", "电话：", "热线：", "电话:", "热线:", "详询")


def looks_like_slogan(text: str, p: int, end: int, chars: str) -> bool:
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
        # 说三道四 ends a sentence as often as it goes on: a stop after the 四 is the same.
        if end - p == 2 and after[:1] in CN_DIGITS and after[:1] and (
                len(after) == 1 or _is_han(after[1]) or not after[1].isalnum()) \
                and not years_and_months(text, end):
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


def years_and_months(text: str, end: int) -> bool:
    """``text[:end]`` ends on 年 and months follow: 五年六个月, a sentence or a term."""
    return text[end - 1:end] == "年" and text[end:end + 1] in (*CN_DIGITS, "十") \
        and "个月" in text[end + 1:end + 4]


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in CN_NUMERAL_CHARS


def code_end(text: str, p: int) -> int:
    """Where a code that starts at ``p`` (or at the bracket before it) ends, or 0."""
    if p and text[p - 1] in "（(":
        m = _CASE.match(text, p - 1) or _STOCK_CODE.match(text, p - 1)
        if m:
            return m.end()
    if text.endswith(("尾号", "卡号", "账号", "编号", "工号", "学号"), 0, p):
        m = _DIGITS.match(text, p)
        return m.end() if m else 0  # 尾号6628: the card's, not a count
    if not text[p].isdigit() or text[p - 1:p] == "第":
        return 0  # 第002版: a page's number
    m = _PHONE.match(text, p)
    if m:
        return m.end()
    m = _HOTLINE.match(text, p)
    if m and text.endswith(_DIALLED, max(0, p - 6), p) and not _COUNTED.match(text, m.end()):
        return m.end()  # but 诈骗电话2860万个: calls counted, no number dialled
    m = _SERVICE.match(text, p)
    return m.end() if m else 0


# What 三五 ("a few") counts in news: days, years, people, times.
_A_FEW_OF = frozenset({"天", "年", "个", "人", "家", "次", "分钟", "小时", "个小时", "个月", "周",
                       "名", "位", "辆", "户", "条", "遍", "日"})


def plausible(
    text: str, m: re.Match[str], start: int, end: int, number_end: int, unit: str, approx: str
) -> bool:
    """Whether the number ``m`` matched (its unit, qualifier and what surrounds it) is a figure."""
    after = text[end:end + 1]
    if m["a"]:
        return _arabic_plausible(text, m, start, end, number_end, unit)
    chars = m["c"]
    if after == "级":
        return False
    if not unit:
        # 超百亿, 近千万: a qualified magnitude is a figure even without a unit.
        return bool(approx) and start < m.start("c") and any(ch in "万亿" for ch in chars)
    kind = unit_kind(unit)
    if unit in ARABIC_ONLY:
        return False  # 十分重要, 三级医院, 十字路口
    if (chars == "一" and not approx and not years_and_months(text, end)
            and "半" not in text[m.end("c"):end]) or chars[0] in "零〇":
        return False  # 最后一公里, 零部件 (but 有期徒刑一年六个月, 一个半小时)
    if chars in ("万", "亿") and start == m.start("c") and not m["cm"]:
        return False  # 亿元订单, 万家灯火: an order of magnitude, not an amount
    if chars == "两" and unit == "天" and text[start - 1:start] in ("这", "那"):
        return False  # 这两天: these days
    if len(chars) == 1 and chars in CN_DIGITS and unit in CHINESE_DIGIT_BLOCKED \
            and not (unit == "周" and chars in "两三五六七八九"):
        return False  # 四周 is all around, 周一 a weekday; 两周, 三周 are weeks
    if chars.startswith("三五") and unit not in _A_FEW_OF:
        return False  # 三五成群, 三五好友: idioms; 三五天, 三五个人: a few
    if is_multiplier_only(chars) and chars != "十" and not approx \
            and kind in ("count", "measure"):
        return False  # 百货, 千家, 万家灯火; but 十年, 十天 are ten
    return not looks_like_slogan(text, m.start("c"), end, chars)


def _arabic_plausible(
    text: str, m: re.Match[str], start: int, end: int, number_end: int, unit: str
) -> bool:
    nxt = text[number_end:number_end + 1]
    if nxt in FORMULA and text[number_end + 1:number_end + 2].isalnum() \
            and not (m["m"] and nxt == "+"):
        return False  # 4×4, 1+4+N (not 10万+阅读)
    if not unit and text.startswith(_LINE_NAMES, number_end):
        return False  # 2号线, 2路公交车: a line's name
    if unit == "级" and (m["m"] or len(m["a"]) == 4):
        return False  # 千亿级 is a class of size, 2023级 a year's intake
    if unit in ("金", "银", "铜") and len(m["a"]) == 4:
        return False  # 2025金陵国际马拉松: an event's year
    if unit:
        return True
    if _a_label(text, m["a"], start, number_end, nxt):
        return False
    if _MODEL_BEFORE.search(text, max(0, start - _MODEL_CHARS), start) and "." not in m["a"]:
        return False  # Mate 70, iPhone 16: a product's model
    if (nxt.isascii() and nxt.isalpha()) or nxt == "级":
        return False  # 5G, 5A级, 9S店
    digits = m["a"]
    year_like = len(digits) == 4 and digits.isdigit() and not m["m"] and 1500 <= int(digits) < 2200
    if year_like and "\u4e00" <= nxt <= "\u9fff":
        return False  # 2025中国产业转移发展对接活动: the year is part of a name
    # A page number: a bare figure alone on its line (1亿2000万 there is a table's cell).
    return bool(m["m"]) or not _alone_on_its_line(text, start, end)


def _a_label(text: str, digits: str, start: int, number_end: int, nxt: str) -> bool:
    """A bare number that labels, not counts: 23号王浩 (a shirt, a house, a booth), a
    ball's or a page's 03, a list's 1. or 2、 before its words, 表1, a quoted “985”."""
    if nxt == "号" or (digits[:1] == "0" and digits[1:2].isdigit()):
        return True
    if text.startswith(_LABELLED, number_end):
        return True  # 3分球 is a shot's name, 120急救车 an ambulance's number
    if (nxt == "·" and text[number_end + 1:number_end + 2].isdigit()) or (
            text[start - 1:start] == "·" and text[start - 2:start - 1].isdigit()):
        return True  # 3·15, 5·12: a day's name
    if nxt in ".．、" and _is_han(text[number_end + 1:number_end + 2] or "0"):
        return True
    before = text[start - 1:start]
    if nxt and nxt in "”」" and _is_han(before or "0"):
        opened = max(text.rfind("“", 0, start), text.rfind("「", 0, start))
        inside = text[opened + 1:start] if opened >= 0 else ""
        if len(inside) >= 2 and all(_is_han(ch) for ch in inside):
            return True  # “玄武9000”: the number ends a product's name (not “满200减30”)
    return before in ("表", "图") or (before in "“「" and nxt in "”」" and bool(before))


# Idioms whose numerals read as durations (三天打鱼两天晒网: now and then, not 3 and 2 days).
_IDIOMS = ("三天打鱼两天晒网", "三天两头", "十年寒窗", "三年五载")


def idiom_end(text: str, p: int) -> int:
    """Where an idiom with numerals that starts at ``p`` ends, or 0."""
    return next((p + len(idiom) for idiom in _IDIOMS if text.startswith(idiom, p)), 0)


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Only spaces between ``text[start:end]`` and the line's ends (looked at from the
    number outwards, so a page printed on one line costs no more per number)."""
    before = start
    while before > 0 and text[before - 1] in " \t\u3000\xa0\r":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t\u3000\xa0\r":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")
