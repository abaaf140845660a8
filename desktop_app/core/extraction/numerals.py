"""Values of Arabic and Chinese numerals as newspapers print them.

Standard library only: ``cn2an`` fails on mixed forms such as ``1.7万亿``, which are the
commonest way a Chinese page writes a large amount.
"""

from __future__ import annotations

CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

# Full-width forms survive when a caller hands us text that did not go through
# pages.clean_text; float() reads full-width digits but not these.
_ASCII_NUMBER = str.maketrans({"．": ".", "，": "", ",": "", " ": ""})


def arabic_value(digits: str) -> float:
    """``"8,520"`` → 8520.0, ``"１．５"`` → 1.5 (any Unicode decimal digits)."""
    return float(digits.translate(_ASCII_NUMBER))


def multiplier_value(chars: str) -> float:
    """Product of multiplier characters: ``"万亿"`` → 1e12, ``"千万"`` → 1e7, ``""`` → 1."""
    value = 1.0
    for ch in chars:
        value *= CN_SMALL_UNITS.get(ch) or CN_BIG_UNITS.get(ch) or 1
    return value


def is_multiplier_only(chars: str) -> bool:
    """True for ``万``, ``千亿``, ``万亿``: an order of magnitude with no digit before it."""
    return bool(chars) and all(ch in CN_SMALL_UNITS or ch in CN_BIG_UNITS for ch in chars)


def chinese_value(chars: str, positional: bool = False) -> float | None:
    """Value of a Chinese numeral, or None when it is not a well-formed number.

    ``positional`` accepts digit-by-digit numerals (``二〇二五``), which only years use;
    elsewhere a run of bare digits (``十五五``, ``三五``) is a name or a vague range, and
    refusing it is what keeps plan names such as 十五五 from being read as 155.
    """
    if not chars:
        return None
    if all(ch in CN_DIGITS for ch in chars):
        if len(chars) == 1:
            return float(CN_DIGITS[chars])
        if not positional:
            return None
        return float("".join(str(CN_DIGITS[ch]) for ch in chars))
    return _grouped_value(chars)


def _grouped_value(chars: str) -> float | None:
    total = 0.0  # everything already closed by 万 or 亿
    section = 0.0  # the part below 万 being built
    digit: int | None = None
    last_small = 10_000  # small units must fall within a section: 千 > 百 > 十
    last_big = 10**13
    for ch in chars:
        if ch in CN_DIGITS:
            if CN_DIGITS[ch] == 0:
                continue  # 零 only marks a skipped place: 一百零五
            if digit is not None:
                return None
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[ch]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        else:
            big = CN_BIG_UNITS[ch]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1  # a bare 万 or 亿 means one of them
            if big >= last_big and big == 10_000:
                return None
            if big == 100_000_000:
                total = (total + section) * big
            else:
                total += section * big
            section, digit, last_small, last_big = 0.0, None, 10_000, big
    return total + section + (digit or 0)


def chinese_decimal(chars: str) -> float | None:
    """``三百二十六点八`` → 326.8, ``六点二`` → 6.2: a formal document's decimal point."""
    whole, _, rest = chars.partition("点")
    digits = rest.rstrip("万亿")
    if not digits or any(ch not in CN_DIGITS for ch in digits):
        return None
    base = chinese_value(whole)
    if base is None:
        return None
    value = base + float("0." + "".join(str(CN_DIGITS[ch]) for ch in digits))
    return value * multiplier_value(rest[len(digits):])


def chinese_pair(chars: str) -> tuple[float, float] | None:
    """``三四十`` → (30, 40), ``一两`` → (1, 2), ``四五万`` → (40000, 50000): a vague range.

    Two neighbouring digits side by side are how Chinese says "three or four", and 三五 "a
    few" (三五天 → (3, 5)); other digits that are not neighbours (十五五, 一二三) are names
    and stay unread.
    """
    head = _head_before_pair(chars)
    if head:  # 一千五六百 → 1500–1600, 两万三四千, 一百五六十: a whole part, then the pair
        base, pair = chinese_value(head), chinese_pair(chars[len(head):])
        return None if base is None or pair is None else (base + pair[0], base + pair[1])
    if len(chars) < 2 or chars[0] not in CN_DIGITS or chars[1] not in CN_DIGITS:
        return None
    low, high = CN_DIGITS[chars[0]], CN_DIGITS[chars[1]]
    if low == 0 or (high != low + 1 and chars[:2] != "三五"):
        return None
    rest = chars[2:]
    first = chinese_value(chars[0] + rest)
    second = chinese_value(chars[1] + rest)
    if first is None or second is None:
        return None
    return first, second


def _head_before_pair(chars: str) -> str:
    """一千 of 一千五六百: the part before a pair of digits, ending on 十, 百, 千 or 万."""
    for i in range(1, len(chars) - 1):
        if chars[i - 1] in "十百千万" and chars[i] in CN_DIGITS and chars[i + 1] in CN_DIGITS:
            return chars[:i]
    return ""
