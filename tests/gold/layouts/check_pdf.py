"""Check a blind PDF set before it is handed in (conventions-pdf.md)::

    .venv/bin/python tests/gold/layouts/check_pdf.py FOLDER

For each pageNN.pdf with its pageNN.json: the PDF has exactly one page, and every title,
kicker, deck, first and last of the gold is in the page's text as PDFium extracts it,
all whitespace removed; ``first`` occurs once. Exits 1 when anything is wrong.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium

KINDS = ("story", "brief", "commentary", "photo", "continuation")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_problems(pdf_path: Path) -> tuple[int, list[str]]:
    gold_path = pdf_path.with_suffix(".json")
    if not gold_path.exists():
        return 0, [f"{pdf_path.name}: no {gold_path.name}"]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = pdfium.PdfDocument(str(pdf_path))
    problems = [f"{pdf_path.name}: {len(doc)} pages (one page per file)"] if len(doc) != 1 else []
    text = squash(doc[0].get_textpage().get_text_range())
    problems += [f"{pdf_path.name}: gold lacks {key!r}" for key in ("tool", "notes", "items")
                 if key not in gold]
    items = gold.get("items", [])
    for n, item in enumerate(items):
        where = f"{pdf_path.name} item {n}"
        if item.get("kind") not in KINDS:
            problems.append(f"{where}: kind {item.get('kind')!r}")
        for key in ("title", "kicker", "deck", "first", "last"):
            value = squash(item.get(key, ""))
            if key in ("first", "last") and not 6 <= len(value) <= 24:
                problems.append(f"{where}: {key} should be 10-20 characters: {value!r}")
            if value and value not in text:
                problems.append(f"{where}: {key} not in the PDF's text: {value!r}")
        first = squash(item.get("first", ""))
        if first and text.count(first) > 1:
            problems.append(f"{where}: first occurs {text.count(first)} times")
    return len(items), problems


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
