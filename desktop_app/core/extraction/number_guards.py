"""Guards that tell a numeral inside a name or a slogan from a figure.

三高四新, 一带一部, 三位一体, “五个十大”: numerals alternating with words, or a short quoted
phrase around a Chinese numeral, are names, not quantities.
"""

from __future__ import annotations

from desktop_app.core.extraction.numerals import CN_DIGITS, CN_NUMERAL_CHARS

_SLOGAN_LEN = 6


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
