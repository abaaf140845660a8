"""CSV export: notes and highlights (one row each) and, separately, the numbers table.

Files are UTF-8 with a byte-order mark: without it Excel on Windows reads them in the
local code page and shows Chinese as mojibake.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Protocol, TextIO

from desktop_app.core.export.files import numbers_path
from desktop_app.core.export.model import ExportArticle, ExportFormat
from desktop_app.core.export.values import normalised, plain_number

ENCODING = "utf-8-sig"  # writes the BOM when the file is opened with it
ANNOTATION_COLUMNS = (
    "article_id", "title", "date", "page", "tags", "type", "color", "quote", "note",
    "start", "end", "created", "updated",
)
NUMBER_COLUMNS = (
    "article_id", "title", "date", "text", "kind", "value", "value_max", "unit",
    "approx", "normalised", "start", "end",
)
# A cell starting with one of these is run as a formula by Excel and LibreOffice
# (CSV injection); a leading apostrophe makes it text and is hidden by both.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


class _RowWriter(Protocol):
    """What ``csv.writer`` returns (csv has no public name for its type)."""

    def writerow(self, row: Iterable[object], /) -> object: ...
    def writerows(self, rows: Iterable[Iterable[object]], /) -> None: ...


def _writer(out: TextIO) -> _RowWriter:
    # Excel expects CRLF; csv's default, stated here because it matters.
    return csv.writer(out, lineterminator="\r\n")


def annotation_rows(article: ExportArticle) -> list[list[object]]:
    common = [article.id, cell(article.title), article.date or "", article.page or "",
              cell("; ".join(article.tags))]
    rows: list[list[object]] = []
    if article.note.strip():
        rows.append([*common, "note", "", "", cell(article.note), "", "", "", ""])
    rows += [[*common, "highlight", h.color, cell(h.quote), cell(h.note), h.start, h.end,
              h.created, h.updated] for h in article.highlights]
    return rows


def number_rows(article: ExportArticle) -> list[list[object]]:
    return [[
        article.id, cell(article.title), article.date or "", cell(n.text), n.kind,
        "" if n.value is None else plain_number(n.value),
        "" if n.value_max is None else plain_number(n.value_max),
        n.unit, n.approx, cell(normalised(n)), n.start, n.end,
    ] for n in article.numbers]


def write_csv(
    articles: Iterable[ExportArticle], notes_out: TextIO, numbers_out: TextIO | None = None
) -> tuple[int, int]:
    """Both tables in one pass over the articles; returns (note rows, number rows)."""
    notes = _writer(notes_out)
    notes.writerow(ANNOTATION_COLUMNS)
    numbers = _writer(numbers_out) if numbers_out is not None else None
    if numbers:
        numbers.writerow(NUMBER_COLUMNS)
    counts = [0, 0]
    for article in articles:
        rows = annotation_rows(article)
        notes.writerows(rows)
        counts[0] += len(rows)
        if numbers:
            rows = number_rows(article)
            numbers.writerows(rows)
            counts[1] += len(rows)
    return counts[0], counts[1]


def export_csv(articles: Iterable[ExportArticle], out: TextIO, _title: str,
               companions: Sequence[TextIO] = ()) -> int:
    """The registered writer: the numbers table goes to the companion file, when there is
    one (not on standard output); returns the rows of the notes table."""
    return write_csv(articles, out, companions[0] if companions else None)[0]


FORMAT = ExportFormat("csv", "CSV", "csv", export_csv, encoding=ENCODING, newline="",
                      companions=(numbers_path,))
