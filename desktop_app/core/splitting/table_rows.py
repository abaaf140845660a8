"""A spreadsheet of clippings copied as text: a header row, then one clipping per row.

A library's or a newsroom's register of clippings (WPS 表格, Excel) names its columns
(序号, 见报日期, 引题, 标题, 副题, 作者, 正文, 备注); copied and pasted, each row is one
line of cells apart by tabs, and a cell holding line breaks or quotes is set in double
quotes, its own quotes doubled, so a body of many paragraphs runs over many lines.
Read as a page, every row would be one long line. :func:`table_lines` reads such a page
row by row into the stack a page prints (kicker, headline, deck, byline, then the body's
paragraphs, one piece per row); any other page is left to the line reader.

The cells are cut here rather than by the ``csv`` module because every line keeps its
offsets into the page (highlights and search point into the page's text), which the
module does not report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop_app.core.splitting.lines import Kind, Line, classify

# A column's name → the part of a clipping it holds.
_COLUMNS = {
    "引题": "kicker", "肩题": "kicker", "眉题": "kicker",
    "标题": "title", "主题": "title", "主标题": "title", "题目": "title", "题名": "title",
    "篇名": "title", "文章标题": "title", "title": "title",
    "副题": "deck", "副标题": "deck", "子标题": "deck", "副题名": "deck",
    "作者": "byline", "记者": "byline", "署名": "byline", "author": "byline",
    "正文": "body", "内容": "body", "全文": "body", "content": "body", "text": "body",
}
_MIN_COLUMNS = 3
_HEADER_WITHIN = 5  # lines: a sheet may print its own name over the header row
_MAX_CELL = 20_000  # characters: a quote not closed by then opens no cell, and is text
_PARAGRAPH = re.compile(r"[^\r\n]+")


@dataclass
class _Cell:
    text: str  # as the sheet holds it (a quoted cell's doubled quotes single)
    start: int  # offsets of the cell's content in the page text (inside its quotes)
    end: int
    raw: str  # as printed: text[start:end]


def table_lines(text: str) -> list[Line] | None:
    """The page's lines when it is a table of clippings under a header naming their
    headline column; None for any other page."""
    header = _header(text)
    if header is None:
        return None
    roles, position = header
    lines: list[Line] = []
    for row in _rows(text, position, len(roles)):
        if not any(cell.text.strip() for cell in row):
            continue
        lines.extend(_clipping(row, roles, len(lines)))
    return lines


def _header(text: str) -> tuple[list[str], int] | None:
    """The role of each column and where the first row starts, if a header row (with a
    headline column, among three or more) opens the page."""
    position = 0
    for _ in range(_HEADER_WITHIN):
        end = text.find("\n", position)
        line = text[position:] if end < 0 else text[position:end]
        names = [name.strip().strip('"').lower() for name in line.rstrip("\r").split("\t")]
        roles = [_COLUMNS.get(name, "other") for name in names]
        if len(names) >= _MIN_COLUMNS and "title" in roles:
            return roles, (len(text) if end < 0 else end + 1)
        if end < 0 or "\t" in line:
            return None  # a page of tabs whose first row names no headline
        position = end + 1
    return None


def _rows(text: str, position: int, columns: int) -> list[list[_Cell]]:
    """The rows from ``position`` on, each cut to the header's ``columns``."""
    rows: list[list[_Cell]] = []
    row: list[_Cell] = []
    while position < len(text):
        cell, position, ends = _cell(text, position)
        if len(row) < columns:
            row.append(cell)
        if ends:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


def _cell(text: str, start: int) -> tuple[_Cell, int, bool]:
    """The cell at ``start``, where the next one starts, and whether it ends its row."""
    if text.startswith('"', start):
        close = start + 1
        while (close := text.find('"', close)) >= 0 and close - start <= _MAX_CELL:
            if text.startswith('""', close):
                close += 2
                continue
            if text[close + 1:close + 2] in ("\t", "\r", "\n", ""):
                raw = text[start + 1:close]
                cell = _Cell(raw.replace('""', '"'), start + 1, close, raw)
                return cell, *_past(text, close + 1)
            break  # a lone quote inside: not a quoted cell, but text that opens on a quote
    tab = text.find("\t", start)
    stop = len(text) if tab < 0 else tab
    if (newline := text.find("\n", start, stop)) >= 0:  # (searched up to the tab only)
        stop = newline
    raw = text[start:stop].rstrip("\r")
    return _Cell(raw, start, start + len(raw), raw), *_past(text, stop)


def _past(text: str, position: int) -> tuple[int, bool]:
    """Past the tab or the line break at ``position``: the next cell, and whether the row
    ended."""
    if text.startswith("\t", position):
        return position + 1, False
    if text.startswith("\r\n", position):
        return position + 2, True
    return position + 1, True


def _clipping(row: list[_Cell], roles: list[str], index: int) -> list[Line]:
    """One row as a page prints its clipping: the row's first cell apart as a boundary,
    kicker, headline, deck, byline, the other cells as furniture, then the body."""
    fields: dict[str, _Cell] = {}
    furniture: list[_Cell] = []
    for role, cell in zip(roles, row, strict=False):  # (a short row: its cells)
        if not cell.text.strip():
            continue
        if role == "other" or role in fields:
            furniture.append(cell)
        else:
            fields[role] = cell
    out = [_line(index, row[0], Kind.BOUNDARY, "")]  # one clipping's row ends the last
    for role, kind in (("kicker", Kind.TEXT), ("title", Kind.TEXT), ("deck", Kind.TEXT),
                       ("byline", Kind.BYLINE)):
        if role in fields:
            value = " ".join(fields[role].text.split())
            shown = "——" + value.lstrip("—") if role == "deck" else value
            out.append(_line(index + len(out), fields[role], kind, shown))
    out.extend(_line(index + len(out) + k, cell, Kind.BANNER, " ".join(cell.text.split()))
               for k, cell in enumerate(furniture))
    if "body" in fields:
        out.extend(_paragraphs(fields["body"], index + len(out)))
    return out


def _paragraphs(cell: _Cell, index: int) -> list[Line]:
    """The body cell's paragraphs, read as any page's lines are (a continuation's
    marker, a closing byline), each with its offsets in the page: found in the cell as
    printed, where a quote may be doubled."""
    out: list[Line] = []
    for match in _PARAGRAPH.finditer(cell.raw):
        line = classify(index + len(out), match.group().replace('""', '"'),
                        cell.start + match.start())
        if line is not None:
            out.append(replace(line, end=cell.start + match.end(), after_blank=True))
    return out


def _line(index: int, cell: _Cell, kind: Kind, text: str) -> Line:
    return Line(index=index, start=cell.start, end=cell.end, text=text, kind=kind,
                after_blank=True)
