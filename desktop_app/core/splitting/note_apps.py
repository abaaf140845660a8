"""A page pasted into a note app's Markdown (Obsidian and the like) with the reader's own
notes around it: the note's properties (YAML front matter between two ``---``), callouts
(``> [!note] 我的笔记``), lines of tags (``#三农 #申论素材``), the reader's own section
headings (``## 1️⃣ 三夏·油菜 [[粮食安全]]``) and ``==marked==`` words. The notes are the
reader's, no part of any article, and no break in one either (a callout between two of a
story's paragraphs): they are left out of the lines read, their text stays in the page's.
Read only on a page that shows a note app's own syntax (front matter with keys, a callout
or a ``[[link]]``); elsewhere a ``>`` line is a quotation and ``#`` a heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line

_FENCE = "---"
_PROPERTY = re.compile(r"^(?:[A-Za-z_][\w-]*:(?:\s.*)?|-\s+\S.*)$")
MAX_PROPERTIES = 40
_CALLOUT = re.compile(r"^>\s*\[![\w-]+\][+-]?")
_TAGS = re.compile(r"^#[^\s#]+(?:\s+#[^\s#]+)*$")
_WIKILINK = re.compile(r"\[\[[^\]]+\]\]")
# The reader's numbering of their own sections: 1️⃣ (a digit and the keycap sign), 📌.
_OWN_HEADING = re.compile(r"^(?:\d\ufe0f?\u20e3|[\U0001F300-\U0001FAFF])")
_MARKED = re.compile(r"==(?=\S)(.+?)(?<=\S)==")


def note_lines(lines: list[Line]) -> list[Line]:
    """The reader's notes left out and ``==marks==`` taken off, on a note app's page; any
    other page as it is."""
    front = _front_matter(lines)
    if not front and not any(_is_callout(line) or ("[[" in line.text
                                                    and _WIKILINK.search(line.text))
                             for line in lines):
        return lines
    out: list[Line] = []
    in_callout = False
    for pos, line in enumerate(lines):
        text = line.text
        if line.kind is Kind.TEXT and in_callout and text.startswith(">"):
            continue
        in_callout = _is_callout(line)
        if pos < front or in_callout or (line.kind is Kind.TEXT and _TAGS.match(text)) \
                or (line.kind is Kind.HEADING and (_WIKILINK.search(text)
                                                   or _OWN_HEADING.match(text))):
            continue
        if "==" in text:
            out.append(replace(line, text=_MARKED.sub(r"\1", text)))
        else:
            out.append(line)
    return out


def _is_callout(line: Line) -> bool:
    return line.text[:1] == ">" and line.kind is Kind.TEXT \
        and _CALLOUT.match(line.text) is not None


def _front_matter(lines: list[Line]) -> int:
    """How many lines the note's properties take at its top (fences included), 0 if none."""
    if not lines or lines[0].text != _FENCE:
        return 0
    for pos in range(1, min(len(lines), MAX_PROPERTIES + 2)):
        if lines[pos].text == _FENCE:
            return pos + 1 if pos > 1 else 0
        if not _PROPERTY.match(lines[pos].text):
            return 0
    return 0
