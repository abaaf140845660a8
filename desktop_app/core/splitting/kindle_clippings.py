"""A Kindle's clippings file (``My Clippings.txt``) of a page sent to the device.

Every clipping is framed the same way: the document's title, a line saying what it is and
where (``- 您在位置 #5-18的标注 | 添加于 …``, ``- Your Highlight on Location 5-18 | Added
on …``), the text, then ``==========``. An article is spread over several highlights in
reading order; the reader's notes and bookmarks are theirs, not the paper's; a highlight
made again longer leaves the first one behind, inside the new one's locations. Read as
text, the frames would cut every article into pieces. :func:`clipping_lines` keeps each
highlight's text as a paragraph of its own and leaves out the rest (the page's text keeps
it all). A highlight over several paragraphs joins them with a space: each sentence-ending
space is a paragraph break again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import Line

SEPARATOR = "=========="
_META = re.compile(
    r"^-\s*(?:您在(?P<zh>.*?)的(?P<zh_kind>标注|笔记|书签)"
    r"|Your (?P<en_kind>Highlight|Note|Bookmark)\b(?P<en>.*?))\s*\|\s*(?:添加于|Added on)",
    re.IGNORECASE)
_LOCATION = re.compile(r"#?\s*(\d+)(?:\s*-\s*(\d+))?\s*$")
_PARAGRAPH_BREAK = re.compile(r"(?<=[。！？!?”」])[ \u3000]+(?=\S)")
MIN_CLIPPINGS = 2


def clipping_lines(lines: list[Line]) -> list[Line]:
    """The highlights' text of a clippings file, a paragraph each; any other page as it is."""
    if sum(line.text == SEPARATOR for line in lines) < MIN_CLIPPINGS \
            or not any(_META.match(line.text) for line in lines[:3]):
        return lines
    clippings: list[tuple[tuple[int, int] | None, list[Line]]] = []
    frame: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.text != SEPARATOR:
            frame.append(line)
            continue
        if (kept := _highlight(frame)) is not None:
            clippings.append(kept)
        frame = []
    out: list[Line] = []
    for pos, (where, text) in enumerate(clippings):
        if where is not None and any(other is not None and other != where
                                     and other[0] <= where[0] and where[1] <= other[1]
                                     for other, _ in clippings[pos + 1:]):
            continue  # made again longer later: the longer one holds it
        for number, line in enumerate(text):
            out.extend(_paragraphs(replace(line, after_blank=True) if number == 0 else line))
    return out


def _highlight(frame: list[Line]) -> tuple[tuple[int, int] | None, list[Line]] | None:
    """A highlight's locations and text lines; None for a note, a bookmark or no text."""
    metas = [(pos, match) for pos, line in enumerate(frame[:3])
             if (match := _META.match(line.text)) is not None]
    if not metas:
        return None
    meta, match = metas[0]
    kind = match["zh_kind"] or (match["en_kind"] or "").lower()
    text = frame[meta + 1:]
    if kind not in ("标注", "highlight") or not text:
        return None
    place = _LOCATION.search((match["zh"] or match["en"] or "").strip())
    where = None if place is None else (int(place[1]), int(place[2] or place[1]))
    return where, text


def _paragraphs(line: Line) -> list[Line]:
    """``line`` cut where a sentence ends before a space: one line per paragraph."""
    out: list[Line] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(line.text):
        out.append(replace(line, text=line.text[start:match.start()],
                           start=line.start + start, end=line.start + match.start(),
                           after_blank=line.after_blank or bool(out)))
        start = match.end()
    out.append(replace(line, text=line.text[start:], start=line.start + start,
                       after_blank=line.after_blank or bool(out)))
    return out
