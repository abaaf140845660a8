"""A chart's labels and a table's rows, as a tool that reads a page's text prints them.

A bar or line chart leaves its ticks, its bars' values and its categories one to a line
(1800 / 1200 / 600 / 一季度 / 二季度 … / 1362 / 1488), under its title and over its
source. Read as text they make a headline stack of a dozen lines that claims the story
after it; they are the page's furniture. A table set in a story keeps its cells apart by
tabs (年份→生产企业（家）→…, 2022→98→72→38.5): short lines that end no sentence, which
would read as a headline stack too; they are the story's, each row a line of its text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import YEAR, Kind, Line, is_terminated

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


_CELLS = re.compile(r"\t+")
MIN_CELLS = 3


def tables_in_stories(lines: list[Line]) -> list[Line]:
    """A table's rows, tabs between their cells, the figures' rows and the header over
    them, stay in the story's text: each opens a paragraph of its own."""
    out = list(lines)
    for pos, line in enumerate(out):
        if line.kind is not Kind.TEXT or not _figures_row(line.text):
            continue
        out[pos] = replace(line, indent=True, block_start=False)
        if pos > 0 and out[pos - 1].kind is Kind.TEXT \
                and len(_CELLS.split(out[pos - 1].text)) >= MIN_CELLS:
            out[pos - 1] = replace(out[pos - 1], indent=True, block_start=False)
    return out


def _figures_row(text: str) -> bool:
    if "\t" not in text:
        return False
    cells = [cell.strip() for cell in _CELLS.split(text.strip())]
    figures = [cell for cell in cells if _FIGURE.match(cell)]
    # (Years alone are a header's or a timeline's: 2024→2025→2026 over a site's calendar.)
    return len(cells) >= MIN_CELLS and 2 * len(figures) >= len(cells) \
        and not all(_YEAR.match(cell) for cell in figures)


_YEAR = re.compile(rf"^{YEAR}$")
