"""Halves: 两个半小时, 一年半, 3个半月 (a number and a half) and 半个月, 半年, 半勺 (half
of one), as a reader counts them: 2.5 小时, 1.5 年, 3.5 个月, 0.5 个月.

半 alone is a figure only before a unit of time or a measure a kitchen or a road uses;
上半年 and 下半年 are halves of a year (periods, not amounts), 大半年 is most of one, and
半导体, 半岛, 半决赛, 半月刊, 半年报 are words.
"""

from __future__ import annotations

import re

# After a number's unit: 两年半, 两天半, 3小时半 (a half more of the same unit).
# 七成半 is 75 %: a half of 成 (a tenth) more.
_HALF_MORE_UNITS = frozenset({"年", "天", "小时", "个小时", "个月", "周", "个钟头", "钟头", "成",
                              "斤"})  # 一斤半
# 两个半小时, 3个半月: the half sits between 个 and the unit it belongs to.
_AFTER_GE = re.compile("半(?P<u>小时|钟头|月(?![板亮]))")
_GE_UNITS = {"小时": "个小时", "钟头": "个钟头", "月": "个月"}
# 半 starting a word of its own after the unit: 两年半导体 would be a list, not a half;
# 十天半个月, 一年半载, 一天半晌, 两年半工半读 are idioms of a while.
_WORD_AFTER = frozenset("导岛径决程价数山夜壁边身成个月载晌工")
# 半天 alone is left out: 想了半天, 半天没说话 say "a long while" more often than half a day.
# 半年线 is a share price's moving average, 半个月亮 a half moon, 半月板 a knee's meniscus.
_ALONE = re.compile(
    "半(?:(?P<ge>个)(?P<more>多)?(?P<gu>月(?![亮板])|小时|钟头)"
    "|(?P<u>小时|年(?![报度线刊])|勺|斤|公里))")
# 上半年, 大半年, 一半, 过半; 十天半个月 is an idiom of a while.
_NOT_HALF_BEFORE = frozenset("上下前后大多一过天")


def half_after(text: str, end: int, unit: str) -> tuple[int, str] | None:
    """(end, unit) of 两个半小时 or 一年半 when a half follows the unit ending at ``end``."""
    if text[end:end + 1] != "半":
        return None
    if unit == "个":
        m = _AFTER_GE.match(text, end)
        return (m.end(), _GE_UNITS[m["u"]]) if m else None
    if unit in _HALF_MORE_UNITS and text[end + 1:end + 2] not in _WORD_AFTER:
        return end + 1, unit
    return None


def half_alone(text: str, p: int, floor: int) -> tuple[int, str, str] | None:
    """(end, unit, qualifier after) of 半个月, 半个多月, 半年, 半勺 at ``p``."""
    if (p > 0 and text[p - 1] in _NOT_HALF_BEFORE) or text.startswith("半斤八两", p):
        return None  # 上半年, 大半年; 半斤八两 is an idiom (six of one, half a dozen)
    m = _ALONE.match(text, p)
    if m is None:
        return None
    if m["ge"]:
        return m.end(), _GE_UNITS[m["gu"]], "多" if m["more"] else ""
    return m.end(), m["u"], ""
