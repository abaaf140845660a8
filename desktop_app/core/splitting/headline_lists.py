"""A site's list of the page's headlines says which line of a stack is the headline.

An e-paper site prints the page's headlines as a list (本版标题导航) ahead of the
articles; each article then prints its stack, a kicker over the headline, as two bare
lines the splitter cannot tell apart by their look (岳阳城陵矶港去年集装箱吞吐量创新高 /
通江达海，“黄金水道”更繁忙). The line the list names is the headline; the unlisted line
right over it is its kicker, marked as :mod:`labelled` marks one (ending on "：").
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line, is_terminated
from desktop_app.core.splitting.stacks import is_column_name

LIST_LABELS = frozenset({"本版标题导航", "标题导航", "本版导读", "本版文章", "本期导读"})
MAX_HEADLINE = 40
MIN_LISTED = 2


def listed_stacks(lines: list[Line]) -> list[Line]:
    """The lines, with the kicker over each listed headline marked as a kicker."""
    listed, end = _listed(lines)
    if len(listed) < MIN_LISTED:
        return lines
    out = list(lines)
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


def _listed(lines: list[Line]) -> tuple[set[str], int]:
    """The headlines the page lists under a list's label, and where the list ends."""
    for at, line in enumerate(lines):
        if line.text.strip() not in LIST_LABELS:
            continue
        listed: set[str] = set()
        end = at
        for entry in lines[at + 1:]:
            text = entry.text.strip()
            if entry.after_blank or not text or len(text) > MAX_HEADLINE \
                    or is_terminated(text):
                break
            listed.add(text)
            end += 1
        if len(listed) >= MIN_LISTED:
            return listed, end
    return set(), -1
