"""Lines an extractor printed twice.

A tool that reads a page's text layer twice, or a column break that repeats a line, leaves
copies: a line printed twice in a row, or a line cut off and printed again whole elsewhere.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line, is_terminated


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

