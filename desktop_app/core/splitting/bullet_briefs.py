"""A column of briefs set in a narrow column, each brief opened by a bullet.

Under a briefs column's name (简讯, 经济快讯, 县域快讯…), each brief opens with a bullet;
its headline, if it has one, runs into its text, set apart by a space, and the narrow
column wraps both::

    简讯
    ●省政府召开常务
    会议 11月17日，
    省政府召开常务会议，…

Such a brief is a piece of its own: once its lines are joined into a paragraph, the
words before the space, however many lines they took, are cut off into its headline,
with a boundary before it. A bulleted paragraph with no such headline ("●日前，我省
第二批…") is left as the column printed it. ``web_chrome`` reads a brief whose run-in
line is whole ("● 衡山：…通车 9月20日，…", a web page's or a wide column's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.blocks import Block
from desktop_app.core.splitting.lines import Kind, Line
from desktop_app.core.splitting.stacks import is_briefs_column

BULLETS = "●■◆▶►"
# A run-in headline: 4–30 characters before the first space, no sentence's punctuation.
_HEAD = re.compile(r"^(?P<head>[^\s。！？，,；;]{4,30})[ \u3000]+(?=\S)")


def cut_run_in_heads(blocks: list[Block]) -> list[Block]:
    """In a column of briefs, each bulleted paragraph that runs its headline into its
    text opens a brief: a boundary, the headline (the line the space falls on cut in
    two), then the text."""
    out: list[Block] = []
    briefs = False
    for block in blocks:
        if not block.is_para:
            out.append(block)
            continue
        if is_briefs_column(re.sub(r"[ \u3000]", "", block.text).strip(BULLETS)):
            briefs = True
        elif block.text[:1] not in BULLETS:
            briefs = False  # anything but a bulleted paragraph ends the column
        elif briefs and (head := _run_in_head(block.text)) is not None:
            cut = len(block.text) - len(block.text.lstrip(BULLETS + " \u3000")) \
                + head.end("head")
            heads, rest = cut_lines(block.lines, cut)
            if heads and rest:
                out.append(Block(kind=Kind.BOUNDARY, lines=[replace(
                    heads[0], text="", kind=Kind.BOUNDARY, end=heads[0].start)]))
                out.append(Block(kind=Kind.HEADING, lines=heads, text=head["head"]))
                # (The text as joined, less a name signing it that joining took off.)
                out.append(replace(block, lines=rest, text=block.text[cut:].lstrip()))
                continue
        out.append(block)
    return out


def _run_in_head(text: str) -> re.Match[str] | None:
    return _HEAD.match(text.lstrip(BULLETS + " \u3000"))


def cut_lines(lines: list[Line], cut: int) -> tuple[list[Line], list[Line]]:
    """``lines`` cut where the block's text reaches ``cut`` characters."""
    done = 0
    for number, line in enumerate(lines):
        text = line.text.strip()
        if done + len(text) > cut:
            into = cut - done
            own = line.text.index(text) + into  # (the line's text may keep a space)
            head = [*lines[:number], replace(line, text=text[:into], end=line.start + own)]
            after = text[into:].lstrip()
            rest = replace(line, text=after, start=line.start + own + len(text[into:]) - len(after))
            return [part for part in head if part.text], [rest, *lines[number + 1:]]
        done += len(text)
    return [], []
