"""Page furniture told by where a line sits rather than what it says.

A PDF tool prints the page's head one item a line: the running header, the section's
name, the page number, the editors. The section's name alone ("评论", "理论·学习") reads
like a headline and would head the first story; set between two lines of furniture it
is the page's section.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import CJK, Kind, Line

_SECTION = re.compile(rf"^[{CJK}·]{{2,6}}$")
MAX_SECTION_RUN = 3  # "专版 / 健康": a page's kind and its section, one a line


def is_section_name(text: str) -> bool:
    return _SECTION.match(text) is not None


def section_lines(lines: list[Line]) -> list[Line]:
    """Runs of at most three bare section names between two lines of furniture become
    furniture themselves (their text is the page's section)."""
    out = list(lines)
    pos = 0
    while pos < len(out):
        end = pos
        while end < len(out) and end - pos < MAX_SECTION_RUN + 1 \
                and out[end].kind is Kind.TEXT and _SECTION.match(out[end].text):
            end += 1
        run = end - pos
        if 0 < run <= MAX_SECTION_RUN and pos > 0 and end < len(out) \
                and out[pos - 1].kind is Kind.BANNER and out[end].kind is Kind.BANNER:
            out[pos:end] = [replace(x, kind=Kind.BANNER) for x in out[pos:end]]
        pos = max(end, pos + 1)
    return out
