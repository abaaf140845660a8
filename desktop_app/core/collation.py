"""Titles in the order a Chinese index uses: by pinyin, tone, then character.

Pure Python on purpose. The list sorts in its query thread, and Qt's QCollator there
crashed the process (a segfault inside ``sortKey`` while the UI thread switched the
default QLocale); a key made of plain tuples cannot. The readings are pypinyin's
character table (``pinyin_dict.json``, MIT), read as data: importing the pypinyin package
would also load its 2.5 MB phrase table, which a sort does not need.

Order of kinds, as in ICU's root collation that Chinese collation builds on: spaces and
punctuation, then numbers (compared by value, so 第2版 comes before 第10版), then Latin
letters (case-insensitive), then Han characters by reading; Han characters without a
reading come last, in code-point order.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

_PUNCT, _NUMBER, _LATIN, _HAN, _OTHER = range(5)

# Tone marks as pypinyin writes them, to a plain letter and the tone's number.
_TONED = {
    "ā": ("a", 1), "á": ("a", 2), "ǎ": ("a", 3), "à": ("a", 4),
    "ē": ("e", 1), "é": ("e", 2), "ě": ("e", 3), "è": ("e", 4),
    "ī": ("i", 1), "í": ("i", 2), "ǐ": ("i", 3), "ì": ("i", 4),
    "ō": ("o", 1), "ó": ("o", 2), "ǒ": ("o", 3), "ò": ("o", 4),
    "ū": ("u", 1), "ú": ("u", 2), "ǔ": ("u", 3), "ù": ("u", 4),
    "ǖ": ("v", 1), "ǘ": ("v", 2), "ǚ": ("v", 3), "ǜ": ("v", 4), "ü": ("v", 5),
    "ń": ("n", 2), "ň": ("n", 3), "ǹ": ("n", 4), "ḿ": ("m", 2),
    "ế": ("e", 2), "ề": ("e", 4), "ê": ("e", 5),
}


def readings_file() -> Path:
    """pypinyin's character table: in the installed package, or in a frozen bundle's
    folder of that name (scripts/freeze_config.py puts it there)."""
    import importlib.util

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "pypinyin" / "pinyin_dict.json").is_file():
        return Path(bundle) / "pypinyin" / "pinyin_dict.json"
    spec = importlib.util.find_spec("pypinyin")  # finds the folder without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pypinyin")
    return Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"


def numbered(syllable: str) -> str:
    """``zhōng`` → ``zhong1``; a syllable without a mark is the light tone, 5."""
    letters = []
    tone = 5
    for char in unicodedata.normalize("NFC", syllable):
        plain = _TONED.get(char)
        if plain is None:
            letters.append(char)
        else:
            letters.append(plain[0])
            tone = min(tone, plain[1])
    return "".join(letters) + str(tone)


# Where the table's first reading is not the one titles use: 长沙, 长江, 长期 are cháng.
_PREFERRED = {"长": "chang2", "長": "chang2"}


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    with readings_file().open(encoding="utf-8") as handle:
        table = json.load(handle)
    # The first reading is the common one (中 zhōng, not zhòng), with the exceptions above.
    readings = {int(code): numbered(value.split(",")[0]) for code, value in table.items()}
    readings.update((ord(char), reading) for char, reading in _PREFERRED.items())
    return readings


def load_readings() -> None:
    """Load the readings table now, off the UI thread (ui/warm_up.py), rather than at
    the first title compared (0.1-0.2 s of CPU)."""
    _readings()


@lru_cache(maxsize=65536)
def _char_key(char: str) -> tuple[int, str, str]:
    reading = _readings().get(ord(char))
    if reading is not None:
        return (_HAN, reading, char)
    if char.isalpha() and char.isascii():
        return (_LATIN, char.lower(), char)
    category = unicodedata.category(char)
    if category[0] in "PZSC":
        return (_PUNCT, "", char)
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and len(folded) == 1 and folded.isascii() and folded.isalpha():
        return (_LATIN, folded.lower(), char)  # full-width Ａ sorts with A
    return (_OTHER, "", char)


SortKey = tuple[tuple[int, object, str], ...]


def title_key(title: str) -> SortKey:
    """A key whose order is the index order of ``title`` (see the module doc)."""
    parts: list[tuple[int, object, str]] = []
    digits = ""
    for char in title:
        value = unicodedata.decimal(char, None)
        if value is not None:
            digits += str(value)
            continue
        if digits:
            parts.append((_NUMBER, int(digits), digits))
            digits = ""
        parts.append(_char_key(char))
    if digits:
        parts.append((_NUMBER, int(digits), digits))
    return tuple(parts)


# -- the same order as one string, for sorting many titles fast -------------------------
# ``title_key`` builds a tuple per character in Python; sorting 100,000 titles by it takes
# about a second. ``title_sort_string`` gives a string whose plain order is the same:
# ``str.translate`` turns each character into a self-delimiting code (a kind character,
# then what the key compares within the kind), and each run of digits into its value's
# length and digits, so no code is the beginning of another of the same kind.
_KIND_MARK = tuple(chr(1 + kind) for kind in range(5))
_HAN_BASE = 0xF0000  # Plane 15 private use: no digit there, room for every reading
_DIGITS = re.compile(r"\d+")  # decimal digits, as unicodedata.decimal knows them


@lru_cache(maxsize=1)
def _han_codes() -> dict[int, str]:
    readings = _readings()
    ordered = sorted(readings, key=lambda code: (readings[code], chr(code)))
    return {code: chr(_HAN_BASE + rank) for rank, code in enumerate(ordered)}


class _Codes(dict[int, str]):
    """What ``str.translate`` puts for each character: filled in as characters come."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if unicodedata.decimal(char, None) is not None:
            found = char  # left for _DIGITS: runs of digits compare by value
        else:
            kind, plain, _char = _char_key(char)
            if kind == _HAN:
                found = _KIND_MARK[_HAN] + _han_codes()[code]
            elif kind == _LATIN:
                found = _KIND_MARK[_LATIN] + str(plain) + char
            else:
                found = _KIND_MARK[kind] + char
        self[code] = found
        return found


_CODES = _Codes()


def _number_code(match: re.Match[str]) -> str:
    digits = "".join(str(unicodedata.decimal(c)) for c in match.group())
    value = digits.lstrip("0") or "0"
    # The value's length, then its digits, compare as numbers do; then the digits as
    # written ("02" before "2"), ended by a character below any digit.
    return _KIND_MARK[_NUMBER] + chr(0x100 + len(value)) + value + digits + "\0"


def title_sort_string(title: str) -> str:
    """A string that sorts as ``title_key(title)`` does (see the block comment above)."""
    return _DIGITS.sub(_number_code, title.translate(_CODES))
