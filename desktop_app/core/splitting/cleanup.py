"""Clean a paragraph's text: extraction spacing, half-width punctuation, repeated clauses."""

from __future__ import annotations

import re

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
    text = _LEFT_OUT.sub("", text).strip() or text  # 【漫画】（图略）: where a picture was
    text = re.sub(r"[ \u3000]{2,}", " ", text.strip())
    text = _OCR_DASH.sub("——", _fold_punctuation(text))
    parts = [_undouble_whole(part) for part in text.split(" ")]
    parts = [part for part in parts if part]
    if len(parts) >= SPACED_OUT and sum(len(p) == 1 for p in parts) >= 0.7 * len(parts):
        return "".join(parts)
    return " ".join(parts)


_LEFT_OUT = re.compile(r"[（(\[【](?:图略|图片略|照片略)[）)\]】]")
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
