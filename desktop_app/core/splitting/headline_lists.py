"""A site's list of the page's headlines says which line of a stack is the headline.

An e-paper site prints the page's headlines as a list (本版标题导航) ahead of the
articles; each article then prints its stack, a kicker over the headline, as two bare
lines the splitter cannot tell apart by their look (岳阳城陵矶港去年集装箱吞吐量创新高 /
通江达海，“黄金水道”更繁忙). The line the list names is the headline; the unlisted line
right over it is its kicker, marked as :mod:`labelled` marks one (ending on "："). A
headline the list gives whole that the page prints on two lines (佛山主场逼平广州 /
“粤超”德比看台爆满) is one line again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line, is_terminated
from desktop_app.core.splitting.stacks import is_column_name
from desktop_app.core.splitting.titles import LEAD_NUMBER

LIST_LABELS = frozenset({"本版标题导航", "标题导航", "本版导读", "本版文章", "本期导读"})
# A paper's own list (今日导读 on a front page) may list other pages' headlines, and its
# lines over a listed one need be no kicker; a listed headline on two lines is one still.
TEASER_LABELS = frozenset({"今日导读", "导读", "本期要目", "本版要目"})
MAX_HEADLINE = 40
MIN_LISTED = 2


def listed_stacks(lines: list[Line]) -> list[Line]:
    """The lines, with the kicker over each listed headline marked as a kicker."""
    listed, end = _listed(lines, LIST_LABELS | TEASER_LABELS)
    if len(listed) < MIN_LISTED:
        return lines
    out = _rejoined(lines, {_bare(text) for text in listed}, end)
    listed, end = _listed(out, LIST_LABELS)
    for at in range(end + 1, len(out)):
        line, above = out[at], out[at - 1]
        if line.text.strip() not in listed or line.after_blank:
            continue
        text = above.text.strip()
        if above.kind in (Kind.TEXT, Kind.HEADING) and text not in listed \
                and len(text) <= MAX_HEADLINE and not is_terminated(text) \
                and not text.endswith(("：", ":")) and not text.startswith("—") \
                and not is_column_name(text):
            out[at - 1] = replace(above, text=text + "：")
    return out


def _rejoined(lines: list[Line], listed: set[str], end: int) -> list[Line]:
    """``lines`` with each listed headline the page prints on two lines as one line."""
    out = list(lines[:end + 1])
    for line in lines[end + 1:]:
        above = out[-1] if len(out) > end + 1 else None
        if above is not None and not line.after_blank and above.kind is line.kind \
                and _bare(above.text + line.text) in listed \
                and _bare(above.text) not in listed and _bare(line.text) not in listed:
            out[-1] = replace(above, text=f"{above.text.strip()} {line.text.strip()}",
                              end=line.end)
            continue
        out.append(line)
    return out


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


# A list's entries are numbered as a title's list is (1. 宏远主场大胜…) or bulleted (①…,
# ▶…), its label may be bracketed (【今日导读】).
_NUMBERED = re.compile(rf"{LEAD_NUMBER.pattern}|^[①-⑳▶►●·•]\s*")
_LABEL_MARKS = re.compile(r"^[【\[]|[】\]]$")
_LONGEST_LABEL = 8  # 【本版标题导航】


def _listed(lines: list[Line], labels: frozenset[str]) -> tuple[set[str], int]:
    """The headlines the page lists under one of ``labels``, and where the list ends."""
    for at, line in enumerate(lines):
        text = line.text.strip()
        if len(text) > _LONGEST_LABEL or _LABEL_MARKS.sub("", text) not in labels:
            continue
        listed: set[str] = set()
        end = at
        for entry in lines[at + 1:]:
            headline = _NUMBERED.sub("", entry.text.strip())
            if entry.after_blank or not headline or len(headline) > MAX_HEADLINE \
                    or is_terminated(headline):
                break
            listed.add(headline)
            end += 1
        if len(listed) >= MIN_LISTED:
            return listed, end
    return set(), -1
