"""Lines an extractor printed twice.

A tool that reads a page's text layer twice, or a column break that repeats a line, leaves
copies: a line printed twice in a row, or a line cut off and printed again whole elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from desktop_app.core.splitting.lines import CJK, Kind, Line, is_terminated


def drop_duplicate_lines(lines: list[Line], min_chars: int = 30) -> list[Line]:
    """Drop a line printed twice in a row, and earlier copies of a cut-off line printed
    again elsewhere on the page.

    A continuation marker left with nothing after it becomes a plain boundary, so the
    text that follows is not mistaken for the continued article.
    """
    # Only a copy that stops mid-sentence is an extraction fault; whole sentences may
    # genuinely repeat in different articles.
    last_seen = {line.text: line.index for line in lines if len(line.text) >= min_chars}
    kept: list[Line] = []
    previous: Line | None = None  # the last kept line that is not page furniture
    for line in lines:
        # (A rule between two stories, ---- or ====, repeats by design: it is no fragment.)
        fragment = len(line.text) >= min_chars and not is_terminated(line.text) \
            and line.kind is not Kind.BOUNDARY
        # A running header between a line and its copy does not make the copy new.
        repeated = (
            previous is not None
            and previous.text == line.text
            and len(line.text) >= 4
            and line.kind is not Kind.BANNER
        )
        if repeated or (fragment and last_seen[line.text] != line.index):
            if kept and kept[-1].kind is Kind.MARKER:
                kept[-1] = replace(kept[-1], kind=Kind.BOUNDARY)
            continue
        kept.append(line)
        if line.kind is not Kind.BANNER:
            previous = line
    return kept


MAX_CHROME_CHARS = 20
# A site's or a paper's name: six CJK characters in a row at least (a column's label of
# four, 图片新闻, parts the stories it is printed over), no mark a sentence or a bracket
# leaves open (a narrow column's dateline wraps alike on each story: 湖南日报3月11日讯（全).
_CHROME = re.compile(rf"^[{CJK}A-Za-z0-9·：: ]*[{CJK}]{{6}}[{CJK}A-Za-z0-9·：: ]*$")
MIN_CHROME_COPIES = 3


def repeated_chrome(lines: list[Line]) -> list[Line]:
    """A short line printed word for word three times or more, each time beside the
    page's furniture, is the page's chrome, and is dropped.

    A site's name over each article a browser copied (湖南日报数字报 over its date line), a
    running head a PDF tool prints on every column: no headline is printed three times
    on one page, while chrome is printed wherever the route repeats it and reads like a
    headline. A line of a story printed again (a tool that read a column twice) sits
    among the story's lines, not beside furniture.
    """
    counts = Counter(line.text for line in lines
                     if line.kind is Kind.TEXT and len(line.text) <= MAX_CHROME_CHARS)
    chrome = {text for text, n in counts.items()
              if n >= MIN_CHROME_COPIES and _chrome_like(text)}
    for pos, line in enumerate(lines):
        if line.text in chrome and not _beside_furniture(lines, pos):
            chrome.discard(line.text)
    if not chrome:
        return lines
    return [line for line in lines if line.kind is not Kind.TEXT or line.text not in chrome]


_FURNITURE = (Kind.BANNER, Kind.BOUNDARY)


def _beside_furniture(lines: list[Line], pos: int) -> bool:
    return pos == 0 or lines[pos - 1].kind in _FURNITURE \
        or (pos + 1 < len(lines) and lines[pos + 1].kind in _FURNITURE)


def _chrome_like(text: str) -> bool:
    return _CHROME.match(text) is not None and "讯" not in text
