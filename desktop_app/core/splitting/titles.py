"""What the list shows as an article's title: a headline without what a site or an app
prints around it, or an untitled piece's opening words.

Kept apart from the splitter's heavier modules (it imports none of them): a fixed split
and the PDF reader name articles the same way, and opening a library imports no
splitting rules.
"""

from __future__ import annotations

import re
import unicodedata

from desktop_app.core.splitting.signatures import CJK

# A list's number before a headline (二、桃源红茶开采…, 3. …), a label in 【】 before it
# (【株洲观察】年货市场里…), an account's place tag before a bar (郴州｜…).
LEAD_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))\s*")
_LEAD_LABEL = re.compile(r"^【[^【】]{1,8}】\s*(?=\S{4})")
_PLACE_BAR = re.compile(rf"^[{CJK}]{{2,6}}\s*[｜|]\s*(?=\S{{4}})")
_DECORATION = "•·*"


def bare_title(text: str) -> str:
    """A headline without what a site, an app or an account prints around it (see
    :func:`title_and_label`)."""
    return title_and_label(text)[0]


def title_and_label(text: str) -> tuple[str, str]:
    """A headline without what a site, an app or an account prints around it: emoji,
    bullets and bars before it (📍 ● ▍ 🔥), a list's number, a label in 【】 or before a
    bar (【株洲观察】, 春耕一线｜), a headline set whole in 【】; and the label's words,
    which say what series the story is in. What the paper printed stays: 衡南：新增2家…,
    “十五五”开局."""
    printed, previous, labels = text, None, []
    while previous != text:
        previous = text
        text = text.strip()
        while text and (unicodedata.category(text[0]) in ("So", "Sk", "Mn", "Cf", "Co")
                        or text[0] in _DECORATION):
            text = text[1:].lstrip()
        for pattern in (_PLACE_BAR, _LEAD_LABEL):
            if match := pattern.match(text):
                labels.append(match.group().strip(" 【】｜|"))
                text = text[match.end():]
        text = LEAD_NUMBER.sub("", text)
        if text.startswith("【") and text.endswith("】") and text.count("【") == 1:
            text = text[1:-1]
    return (text, " ".join(labels)) if text else (printed.strip(), "")


def derived_title(text: str) -> str:
    """What an untitled piece is listed by: the opening words of its first paragraph, up
    to its first full stop (the splitter's, the PDF reader's and a fixed split's alike)."""
    first = re.split(r"(?<=[。！？])", text.split("\n", 1)[0], maxsplit=1)[0]
    first = first.rstrip("。！？") or text.strip()
    return first if len(first) <= 28 else first[:26].rstrip("，、；：") + "…"


def has_words(text: str) -> bool:
    """Does the text say anything: a letter or a digit, not marks alone (a stray 。)?"""
    return any(ch.isalnum() for ch in text)
