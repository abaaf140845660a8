"""Check a blind PDF set before it is handed in (conventions-pdf.md)::

    .venv/bin/python tests/gold/layouts/check_pdf.py FOLDER

For each pageNN.pdf with its pageNN.json: the PDF has exactly one page, and every title,
kicker, deck, first and last of the gold is in the page's text as PDFium extracts it,
all whitespace removed; ``first`` occurs once. Exits 1 when anything is wrong.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pypdfium2 as pdfium
from check_text import item_problems, squash  # (this folder: run as a script)


def page_problems(pdf_path: Path) -> tuple[int, list[str]]:
    gold_path = pdf_path.with_suffix(".json")
    if not gold_path.exists():
        return 0, [f"{pdf_path.name}: no {gold_path.name}"]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = pdfium.PdfDocument(str(pdf_path))
    problems = [f"{pdf_path.name}: {len(doc)} pages (one page per file)"] if len(doc) != 1 else []
    text = squash(doc[0].get_textpage().get_text_range())
    problems += item_problems(pdf_path.name, gold, text, "the PDF's text")
    return len(gold.get("items", [])), problems


def main(folder: str) -> int:
    total, problems = 0, []
    for pdf_path in sorted(Path(folder).glob("page*.pdf")):
        count, found = page_problems(pdf_path)
        total += count
        problems += found
    print("\n".join([*problems, f"{total} items; {len(problems)} problems"]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
