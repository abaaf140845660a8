"""Lines an extractor printed twice.

A tool that reads a page's text layer twice, or a column break that repeats a line, leaves
copies: a line printed twice in a row, or a line cut off and printed again whole elsewhere.
A site's list of the page's headlines (本版新闻 / 让“冷资源”变成“热经济” / 答好民生…) is
printed again too: each entry over its article, further down.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import pairwise

from desktop_app.core.splitting.lines import Kind, Line, is_terminated


def drop_duplicate_lines(lines: list[Line], min_chars: int = 30) -> list[Line]:
    """Drop a line printed twice in a row, and earlier copies of a cut-off line printed
    again elsewhere on the page.

    A continuation marker left with nothing after it becomes a plain boundary, so the
    text that follows is not mistaken for the continued article.
    """
    lines = _without_index(lines)
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


# An index entry is a headline: short, no sentence's end.
MIN_ENTRY, MAX_ENTRY = 4, 40
MIN_ENTRIES = 2


def _without_index(lines: list[Line]) -> list[Line]:
    """``lines`` less each run of headline-like lines that are all printed again further
    down, each copy apart from the others: a list of the page's headlines, whose entries
    would otherwise name the wrong stories (the copy over each article does). A passage
    printed twice is copied as a run, its lines in a row."""
    texts = [line.text.strip() for line in lines]
    last = {text: number for number, text in enumerate(texts)}
    # Two lines in a row printed in a row again: a passage copied, not two entries.
    pairs = Counter(pairwise(texts))
    listed = [
        MIN_ENTRY <= len(text) <= MAX_ENTRY and not is_terminated(text)
        and line.kind in (Kind.TEXT, Kind.HEADING) and last[text] > number
        for number, (line, text) in enumerate(zip(lines, texts, strict=True))
    ]
    drop: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and listed[end] \
                and (end == start or pairs[texts[end - 1], texts[end]] == 1):
            end += 1
        if end - start >= MIN_ENTRIES:
            drop.update(range(start, end))
        start = max(end, start + 1)
    return [line for number, line in enumerate(lines) if number not in drop] if drop else lines
