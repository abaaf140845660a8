"""Plain character records for the PDF layout tests (test_pdf_lines.py,
test_pdf_headlines.py, test_pdf_captions_and_furniture.py): a printed line, a column of
printed lines, and a page of them laid out into its articles."""

from __future__ import annotations

from desktop_app.core.reading.pdf_layout import Char, PageGeometry, lay_out


def _run(text: str, x: float, baseline: float, size: float = 10.0, bold: bool = False,
         spacing: float = 0.0) -> list[Char]:
    """One printed line: full-width cells for Chinese and marks, half cells for digits,
    ``spacing`` added after each character (a justified line)."""
    out, cursor = [], x
    for ch in text:
        width = size if ord(ch) > 0x2E80 or ch in "“”" else size * 0.5
        out.append(Char(ch, cursor, baseline - size * 0.88, cursor + width,
                        baseline + size * 0.12, size, bold))
        cursor += width + spacing
    return out


def _column(lines: list[str], x: float, top: float, bold_first: bool = False) -> list[Char]:
    chars: list[Char] = []
    for i, line in enumerate(lines):
        indent = 20.0 if line.startswith("  ") else 0.0
        chars += _run(line.strip(), x + indent, top + (i + 1) * 15.5,
                      bold=bold_first and i == 0)
    return chars


def _page(chars: list[Char], images: tuple = ()) -> list:
    return lay_out(PageGeometry(842, 1191, tuple(chars), images)).split.articles
