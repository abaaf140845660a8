"""Lines a tool broke after every character, joined: "省\\n十\\n四\\n届…" read as "省十四届…".

Some PDF engines place each character on its own (a press's typesetting system does, to
justify its narrow columns); MuPDF's text output (``mutool draw -F txt``) then prints
every character as a line of its own, each printed line a block of such lines, blocks
one blank line apart. Read as it is, a page of 2,000 one-character lines has no
sentence, headline or byline: every character would be a heading. A block of lines
that holds one character each (a figure kept whole, "11月", "2013", or a dash with its
character, "——拟", now and then; a space character alone on its line) is one printed
line, and the blank lines between such blocks only end a printed line.

A page is read so only when several of its blocks are like that: a list of short items,
set one per line by its writer, is kept as written. A run of many lone wide characters,
one per line (a headline set vertically, which every tool prints down the page), is
joined on any page: no prose sets six characters one under the other.
"""

from __future__ import annotations

import re

# A line of a broken printed line holds one character, now and then a few more: a
# number with its unit or a word in Latin letters the engine kept whole ("3000项"), a
# dash and its character.
_MOST_CHARS = 8
# Of a block's lines, at least this share hold one character or none (a space).
_SINGLE_SHARE = 0.7
# Blocks of at least this many lines, and at least this many of them on a page, say the
# page was broken at every character; a list of short items is no such page.
_PAGE_BLOCK_LINES = 3
_PAGE_BLOCKS = 3
# A run of this many lone wide characters, one per line, is joined on any page (a
# headline set vertically).
_VERTICAL_LINES = 6
_LONE_WIDE = re.compile(r"^[ \t\u3000]*[^\x00-\x7f\s][ \t\u3000]*$", re.MULTILINE)


def join_glyph_lines(text: str) -> str:
    """``text`` with each block of one-character lines joined into the line it prints."""
    if len(_LONE_WIDE.findall(text)) < min(_VERTICAL_LINES, 2 * _PAGE_BLOCKS):
        # Either reading needs this many lines of one wide character at least (a broken
        # page two in each of its blocks): most pages have none, found in one scan.
        return text
    lines = text.split("\n")
    blocks = _blocks(lines)
    broken = [_is_broken(block) for block in blocks]
    if sum(ok and len(block) >= _PAGE_BLOCK_LINES
           for ok, block in zip(broken, blocks, strict=True)) < _PAGE_BLOCKS:
        return _join_vertical(lines)
    out: list[str] = []
    last_joined = False
    for ok, block in zip(broken, blocks, strict=True):
        if not block:  # an empty line between blocks
            out.append("")
            continue
        if ok and last_joined and out and out[-1] == "":
            out.pop()  # the blank line only ended the printed line before
        out.append("".join(block).strip() if ok else "\n".join(block))
        last_joined = ok
    return "\n".join(out)


def _join_vertical(lines: list[str]) -> str:
    """Runs of lone wide characters, one per line, joined: a headline set vertically."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if _is_lone_wide(line):
            run.append(line)
            continue
        if len(run) >= _VERTICAL_LINES:
            out.append("".join(char.strip() for char in run))
        else:
            out.extend(run)
        run = []
        out.append(line)
    return "\n".join(out[:-1])


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of lines between empty lines; each empty line is a block of its own (``[]``)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
            continue
        if current:
            blocks.append(current)
            current = []
        blocks.append([])
    if current:
        blocks.append(current)
    return blocks


def _is_broken(block: list[str]) -> bool:
    if len(block) < 2 or any(len(line.strip()) > _MOST_CHARS for line in block):
        return False
    singles = sum(len(line.strip()) <= 1 for line in block)
    return singles >= _SINGLE_SHARE * len(block) and _wide_singles(block) >= 2


def _wide_singles(block: list[str]) -> int:
    return sum(_is_lone_wide(line) for line in block)


def _is_lone_wide(line: str) -> bool:
    return _LONE_WIDE.fullmatch(line) is not None
