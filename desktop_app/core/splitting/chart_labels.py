"""A chart's labels, as a tool that reads a page's text prints them.

A bar or line chart leaves its ticks, its bars' values and its categories one to a line
(1800 / 1200 / 600 / 一季度 / 二季度 … / 1362 / 1488), under its title and over its
source. Read as text they make a headline stack of a dozen lines that claims the story
after it; they are the page's furniture.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line, is_terminated

# A tick or a bar's value: a figure alone, a percent sign at most after it.
_FIGURE = re.compile(r"^[-+]?\d[\d.,]*[ \u3000]*[%％]?$")
MAX_LABEL_CHARS = 8  # 一季度, 2025年, 单位：亿元: a chart's labels are short
MIN_FIGURES = 4
MAX_TITLE_CHARS = 30
_SOURCE = re.compile(r"^(?:数据来源|资料来源|来源|制图|注)[ \u3000]*[：:/／]")


def chart_lines(lines: list[Line]) -> list[Line]:
    """Runs of short lines, half of them figures alone and four at least, become
    furniture, with the title over them and the source line under them."""
    if sum(line.kind is Kind.TEXT and _FIGURE.match(line.text) is not None
           for line in lines) < MIN_FIGURES:
        return lines  # (most pages: no chart to look for)
    out = list(lines)
    pos = 0
    while pos < len(out):
        end = pos
        while end < len(out) and _label(out[end]) and not _SOURCE.match(out[end].text):
            end += 1
        labels = [line for line in out[pos:end] if line.kind is Kind.TEXT]
        figures = sum(_FIGURE.match(line.text) is not None for line in labels)
        if figures >= MIN_FIGURES and 2 * figures >= len(labels):
            start = pos - 1 if pos > 0 and _title(out[pos - 1]) else pos
            if end < len(out) and _SOURCE.match(out[end].text):
                end += 1
            out[start:end] = [replace(line, kind=Kind.BANNER) for line in out[start:end]]
            pos = end
        else:
            pos = max(end, pos + 1)
    return out


def _label(line: Line) -> bool:
    # (A tick of 0, or a year alone, reads as a page number: furniture already.)
    return line.kind is Kind.BANNER or (
        line.kind is Kind.TEXT and len(line.text) <= MAX_LABEL_CHARS
        and not is_terminated(line.text))


def _title(line: Line) -> bool:
    return line.kind is Kind.TEXT and len(line.text) <= MAX_TITLE_CHARS \
        and not is_terminated(line.text)
