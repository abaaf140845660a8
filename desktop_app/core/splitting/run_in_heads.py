"""A headline run into its story's dateline on one line.

A tool that joins a brief's lines (a reader's highlight, a copy of a briefs column, an
office program's text) prints its headline, a space and its dateline as one paragraph:
``岳阳破获一起跨境电诈案 本报讯（通讯员 黄涛）近日，…``. No sentence runs into a dateline
after a space, so the words before it, when they end no sentence, are the headline of a
story of its own: a boundary, the headline, then the story.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.blocks import Block, starts_dateline
from desktop_app.core.splitting.bullet_briefs import cut_lines
from desktop_app.core.splitting.lines import Kind, is_byline

MAX_HEAD = 40
# A dateline says 讯 or 电 (本报讯, 湖南日报12月3日讯, 新华社北京5月3日电) within this many
# characters of its start.
_DATELINE_WORD = re.compile(r"[讯电]")
_DATELINE_CHARS = 24
_SPACE = re.compile(r"[ \u3000]+")
# Punctuation no headline holds before its end (a question or an exclamation may end it).
_IN_SENTENCE = re.compile(r"[。，,；;：:]")


def cut_heads_run_into_datelines(blocks: list[Block]) -> list[Block]:
    """Each paragraph opening on a headline run into its dateline → a boundary, the
    headline, the paragraph from its dateline on."""
    out: list[Block] = []
    for block in blocks:
        cut = _head_end(block.text) if block.is_para else None
        if cut is not None:
            heads, rest = cut_lines(block.lines, cut)
            if heads and rest:
                head = block.text[:cut].strip()
                out.append(Block(kind=Kind.BOUNDARY, lines=[replace(
                    heads[0], text="", kind=Kind.BOUNDARY, end=heads[0].start)]))
                out.append(Block(kind=Kind.HEADING, lines=heads, text=head))
                out.append(replace(block, lines=rest, text=block.text[cut:].lstrip()))
                continue
        out.append(block)
    return out


def _head_end(text: str) -> int | None:
    """Where the headline ends, when ``text`` opens on one run into its dateline."""
    if not _DATELINE_WORD.search(text, 0, MAX_HEAD + _DATELINE_CHARS):
        return None  # (most paragraphs: one scan, no dateline tried at each space)
    for space in _SPACE.finditer(text[:MAX_HEAD + 1]):
        head, rest = text[:space.start()], text[space.end():]
        if len(head) >= 4 and starts_dateline(rest) and not _IN_SENTENCE.search(head) \
                and not is_byline(head) and not starts_dateline(head + rest):
            # (湖南日报 5月7日讯: a dateline OCR spaced after the paper's name.)
            return space.start()
    return None
