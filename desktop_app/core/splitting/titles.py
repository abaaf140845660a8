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
# A column's or a kind's name before a colon (短评：, 三湘时评：, 图片：, 标题：): a label,
# where a place before one (衡南：新增2家…) is the headline's own.
_KIND_LABEL = re.compile(
    rf"^(?:[{CJK}]{{0,4}}(?:时评|短评|快评|评论|图片|组图|快讯|简讯|速递)|标题|题目)\s*[：:]\s*"
    rf"(?=\S{{4}})")


def bare_title(text: str) -> str:
    """A headline without what a site, an app or an account prints around it (see
    :func:`title_and_label`)."""
    return title_and_label(text)[0]


def title_and_label(text: str) -> tuple[str, str]:
    """A headline without what a site, an app or an account prints around it: emoji,
    bullets and bars before it (📍 ● ▍ 🔥), a list's number, a label in 【】 or before a
    bar (【株洲观察】, 春耕一线｜) or a colon (短评：, 图片：), a headline set whole in 【】 or
    《》; and the label's words, which say what series the story is in. What the paper
    printed stays: 衡南：新增2家…, “十五五”开局."""
    printed, previous, labels = text, None, []
    while previous != text:
        previous = text
        text = text.strip()
        while text and (unicodedata.category(text[0]) in ("So", "Sk", "Mn", "Cf", "Co")
                        or text[0] in _DECORATION):
            text = text[1:].lstrip()
        for pattern in (_PLACE_BAR, _LEAD_LABEL, _KIND_LABEL):
            if match := pattern.match(text):
                labels.append(match.group().strip(" 【】｜|：:"))
                text = text[match.end():]
        text = LEAD_NUMBER.sub("", text)
        for opens, closes in ("【】", "《》"):
            # A headline set whole in brackets (【…】, or 《…》 as a list of titles sets it).
            if text.startswith(opens) and text.endswith(closes) and text.count(opens) == 1:
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
