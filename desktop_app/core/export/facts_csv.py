"""The figures as CSV (``xiangyue facts --csv`` and the window's figures table): one row
per number, Excel-safe like the notes CSV (UTF-8 with BOM, CRLF, formula-looking cells
made text)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Protocol, TextIO

from desktop_app.core.export.csv_export import cell
from desktop_app.core.export.values import plain_number

CSV_COLUMNS = ("article_id", "date", "page", "title", "text", "value", "unit", "kind",
               "subject", "relation", "period", "period_iso", "start", "end",
               "subject_start", "subject_end")


class FigureLike(Protocol):
    """What a figure row offers (storage's FactRow); core does not import storage."""

    # Read-only (properties): FactRow is a frozen dataclass.
    @property
    def article_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def subject_start(self) -> int | None: ...
    @property
    def subject_end(self) -> int | None: ...
    @property
    def relation(self) -> str: ...
    @property
    def period(self) -> str: ...
    @property
    def period_iso(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def page(self) -> str | None: ...
    @property
    def title(self) -> str: ...


def csv_row(r: FigureLike) -> list[object]:
    return [r.article_id, r.date or "", r.page or "", cell(r.title), cell(r.text),
            "" if r.value is None else plain_number(r.value), cell(r.unit), r.kind,
            cell(r.subject), cell(r.relation), cell(r.period), r.period_iso or "",
            r.start, r.end, "" if r.subject_start is None else r.subject_start,
            "" if r.subject_end is None else r.subject_end]


def write_facts_csv(out: TextIO, rows: Iterable[FigureLike], *, bom: bool = True) -> None:
    """The header and ``rows``; ``bom``: start with the mark Excel needs to read UTF-8
    (False when ``out`` was opened with ``utf-8-sig``, which writes it)."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")  # Excel expects CRLF
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_row(r) for r in rows)
