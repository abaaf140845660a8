"""Qualifiers printed before a number (近80家, 超过3000人, 约合3.3万美元): where the span
starts and the word kept as its approx, unless the qualifier is the tail of a word
(签约, 附近, 赶超, 不得超过)."""

from __future__ import annotations

_PREFIXES = (
    "不超过", "不少于", "不低于", "不高于", "将近", "接近", "超过", "不到", "不足", "不满", "至少",
    "最多", "大约", "约合", "逾", "近", "超", "约",
)
# Characters before a qualifier that make it the tail of a word: 签约, 附近, 赶超.
_PREFIX_GUARDS = {
    "约": "签合节预制契邀履违公条相特集简爽", "近": "附贴靠临亲逼", "超": "赶高",
    "超过": "得能会可",  # 不得超过: a rule's verb, not a qualifier
}
_PREFIX_ENDS = frozenset(word[-1] for word in _PREFIXES)


def qualifier_before(text: str, start: int, floor: int) -> tuple[int, str]:
    """(start, qualifier) of 近, 超过, 约合 … printed before the number at ``start``."""
    q = start - 1 if start - 1 > floor and text[start - 1] in " \u3000" else start
    if text[q - 1:q] not in _PREFIX_ENDS:
        return start, ""
    for word in _PREFIXES:
        s = q - len(word)
        if s >= floor and text.startswith(word, s):
            if s and text[s - 1] in _PREFIX_GUARDS.get(word, "") \
                    and not text.endswith("折合", 0, s):  # 折合约8元: 折合, then 约
                break
            return s, word
    return start, ""
