"""Clean a paragraph's text: extraction spacing, half-width punctuation, repeated clauses;
and a headline's: the marks a site or an account sets before it."""

from __future__ import annotations

import re
import unicodedata

from desktop_app.core.splitting.blocks import starts_dateline
from desktop_app.core.splitting.lines import CJK

_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】…—·"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}{_CJK_PUNCT}])[ \u3000]+(?=[{CJK}{_CJK_PUNCT}])")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_PUNCT = re.compile(r"[,;:?!()]")
_CJK_CHAR = re.compile(rf"[{CJK}{_CJK_PUNCT}]")
# A clause is what sits between two pieces of clause punctuation; the lookbehind keeps
# the punctuation with the clause it ends.
_CLAUSES = re.compile(r"[^，。；！？,;!?]+[，。；！？,;!?]*")
MIN_REPEAT = 4


def clean_paragraph(text: str) -> str:
    # A dateline keeps its spaces: they separate the reporters' names.
    dateline = starts_dateline(text)
    if dateline:
        return dateline + clean_paragraph(text[len(dateline) :])
    text = _SPACE_BETWEEN_CJK.sub("", text)
    text = _fold_punctuation(text)
    return collapse_repeats(text)


def clean_heading(text: str) -> str:
    """Headings keep their deliberate spaces ("湘江潮涌 制造向新") but lose doubling, and
    what OCR did to them: a character a part ("全 省 重 大 项 目") and a deck's dash read
    as 一一 or --."""
    text = re.sub(r"[ \u3000]{2,}", " ", text.strip())
    text = _OCR_DASH.sub("——", _fold_punctuation(text))
    parts = [_undouble_whole(part) for part in text.split(" ")]
    parts = [part for part in parts if part]
    if len(parts) >= SPACED_OUT and sum(len(p) == 1 for p in parts) >= 0.7 * len(parts):
        return "".join(parts)
    return " ".join(parts)


_OCR_DASH = re.compile(r"^(?:一一|--|－－)(?=[^一\-－\s])")
SPACED_OUT = 4  # parts of one character each, at least: a line OCR spaced out


def _fold_punctuation(text: str) -> str:
    """Half-width punctuation touching Chinese text becomes full-width, as printed."""

    def replace(match: re.Match[str]) -> str:
        pos = match.start()
        before = text[pos - 1] if pos else ""
        after = text[pos + 1] if pos + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            return match.group()  # 1,000 and 3:30 stay as they are
        if _CJK_CHAR.match(before or " ") or _CJK_CHAR.match(after or " "):
            return _HALF_TO_FULL[match.group()]
        return match.group()

    return _HALF_PUNCT.sub(replace, text)


def collapse_repeats(text: str) -> str:
    """Drop a clause that the extractor printed several times in a row.

    "…平台，布局建设…平台，布局建设…平台。" keeps one copy and the last punctuation.
    """
    clauses = _CLAUSES.findall(text)
    if len(clauses) < 2:
        return text
    kept: list[str] = []
    for clause in clauses:
        body = clause.rstrip("，。；！？,;!?")
        if kept and len(body) >= MIN_REPEAT and kept[-1].rstrip("，。；！？,;!?") == body:
            kept[-1] = clause
            continue
        kept.append(clause)
    # findall skips punctuation that opens the text; put it back so nothing is lost.
    lead = len(text) - len(text.lstrip("，。；！？,;!?"))
    return text[:lead] + "".join(kept)


def _undouble_whole(part: str) -> str:
    half = len(part) // 2
    if len(part) >= 8 and len(part) % 2 == 0 and part[:half] == part[half:]:
        return part[:half]
    return part


# A list's number before a headline (二、桃源红茶开采…, 3. …), a label in 【】 before it
# (【株洲观察】年货市场里…), an account's place tag before a bar (郴州｜…).
_LEAD_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))\s*")
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
        text = _LEAD_NUMBER.sub("", text)
        if text.startswith("【") and text.endswith("】") and text.count("【") == 1:
            text = text[1:-1]
    return (text, " ".join(labels)) if text else (printed.strip(), "")
