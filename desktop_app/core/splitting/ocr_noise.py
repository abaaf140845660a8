"""Lines OCR reads off what is no text: a photo's edge, a rule's dots, a fold.

A phone photo of a page, read by an OCR engine, gives such lines between the stories:
a few marks and stray strokes ("| 、一 ’ ‖", "_ 丨 二 ;", "。! 、 I"), no character of a
word. Kept, they stand as a photo's title or a story's heading. ``lines.page_lines``
asks of a line set apart by a blank line (a column's wrapped tail, "）。”", never is);
a ring or a bar alone on its line (:func:`is_lone_mark`) wherever it stands.
"""

from __future__ import annotations

import re
import unicodedata

# A line of noise is short, and holds at least this many different marks (a rule
# repeats one: ----, * * *).
_NOISE_CHARS = 12
_NOISE_MARKS = 3
_STROKES = frozenset("一丨二丶丿乙亅")
_LIST_NUMBER = re.compile(r"^[（(【\[]?[一二三四五六七八九十\d]{1,3}[）)】\]、.．]?$")  # （一）


def is_ocr_noise(text: str) -> bool:
    """Is ``text`` marks and strokes only, no word, no figure? Or a few Latin letters a
    photo's texture gave, alone or among strokes ("丨 一 ee", "EE", "Wr i")?"""
    chars = [char for char in text if not char.isspace()]
    if len(chars) > _NOISE_CHARS or _LIST_NUMBER.match(text):
        return False
    if any(char.isdigit() for char in chars):
        return False  # a figure's end the column wrapped ("3%。")
    words = sum(unicodedata.category(char)[0] == "L" and not char.isascii()
                and char not in _STROKES for char in chars)
    latin = sum(char.isascii() and char.isalpha() for char in chars)
    if words == 0 and 1 <= latin <= _STRAY_LETTERS and len(chars) <= _STRAY_CHARS:
        return True
    return words == 0 and latin <= 1 and len(set(chars)) >= _NOISE_MARKS \
        and sum(unicodedata.category(char)[0] in "PS" for char in chars) >= 2


# A line of Latin letters this short, no word of Chinese on it, is no headline of a
# Chinese page (an abbreviation stands inside one: AI赋能…).
_STRAY_LETTERS = 4
_STRAY_CHARS = 6


# A ring or a bar alone on its line: OCR's reading of a photo's dot or a rule (a scan's "O").
_RING_OR_BAR = frozenset({"O", "o", "I", "l", "|", "丨"})


def is_lone_mark(text: str, above: str) -> bool:
    """Is ``text`` a ring or a bar OCR read alone on its line, wherever it stands? Not when
    the line above ends in a Latin letter it could finish (A / I wrapped from "AI")."""
    return text in _RING_OR_BAR and not (above[-1:].isascii() and above[-1:].isalpha())
