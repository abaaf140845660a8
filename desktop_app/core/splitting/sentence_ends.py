"""Where a sentence ends, and with it possibly a paragraph.

A leaf (nothing of the splitter's): reading a page into reading order
(:mod:`desktop_app.core.reading.text_columns`) asks it too, on the path that opens a
library, where the line classifier is not loaded.
"""

from __future__ import annotations

import re

TERMINAL = "。！？!?…"
CLOSERS = "”’」』）)》"


def is_terminated(text: str) -> bool:
    """Does ``text`` end a sentence (and so possibly a paragraph)? A note in brackets
    after the last sentence ends it too: "…开赛。（李鑫）", "…上涨。（据新华社）"."""
    text = text.rstrip()
    if _WHOLE_NOTE.match(text):
        return True  # a note in brackets on its own: （作者单位：湘潭大学公共管理学院）
    text = _AFTER_NOTE.sub("", text)
    while text and text[-1] in CLOSERS:
        text = text[:-1]
    return bool(text) and (text[-1] in TERMINAL or _HALF_WIDTH_STOP.search(text) is not None)


# A full stop a tool or an OCR engine set half-width ("…李春林说."): after Chinese, it
# ends the sentence as "。" would; after a digit or a Latin letter it may be a number's
# or an abbreviation's ("第3.", "No.").
_HALF_WIDTH_STOP = re.compile(rf"[\u3400-\u9fff{CLOSERS}]\.$")
# A note in brackets on its own: who wrote it, where it comes from or was taken from
# (（作者单位：…）, （据新华社）, （摘编自《新湘评论》2026年第4期）).
_WHOLE_NOTE = re.compile(
    r"^[（(](?:作者|本文|注|编者|据|来源|文章来源|摘编自|摘自|原载|转自|选自)[^（()）]{1,40}[）)]$")
_AFTER_NOTE = re.compile(r"(?<=[。！？!?”’」』])[（(][^（()）。！？]{1,24}[）)]$")


# Marks that open what a later mark closes: quotations, brackets, a work's title.
PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("（", "）"), ("《", "》"), ("(", ")"))


def leaves_open(text: str) -> bool:
    """Does ``text`` open a quotation, a bracket or a title it does not close?"""
    return any(text.count(left) > text.count(right) for left, right in PAIRS)


def closes_what_was_open(line: str, under: str) -> bool:
    """Does ``under`` close a mark ``line`` left open (“让一季稻多收一茬， / 是我们这代人的
    考题”)?"""
    return any(line.count(left) > line.count(right) and under.count(right) > under.count(left)
               for left, right in PAIRS)


def is_closing_note(text: str) -> bool:
    """A note in brackets on a line of its own that closes a story: （作者单位：…）."""
    return _WHOLE_NOTE.match(text.rstrip()) is not None
