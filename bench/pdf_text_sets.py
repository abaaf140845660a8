"""The e-paper PDFs of the blind layout sets as PDF text tools print them, split as text.

    uv run python bench/pdf_text_sets.py        # needs pdftotext (poppler-utils)
    uv run python bench/pdf_text_sets.py --show pdfium   # the misses of one tool

A user may hold a page as the text a PDF tool made of it: poppler's ``pdftotext`` with
``-layout`` (columns side by side, as printed), without (poppler's reading order) or with
``-raw`` (the content stream's order); PDFium's text page (as Chrome's viewer copies it;
``pypdfium2``, which the app uses); MuPDF's ``mutool draw -F txt`` (each line a block);
pdfminer.six's ``pdf2txt.py`` (its text boxes). Each PDF page of the development PDF sets
(``pdffiles``, ``pdfoffice``, ``pdfpress``: real layouts, made by several engines, with
their gold) is extracted by the real tool, decoded as the import decodes a text page
(``decode_page``: letter-spaced lines closed up, columns side by side read one after the
other) and split; the scores are ``bench/split_blind.py``'s, next to those of the app
reading the PDF itself. A tool not installed (``mutool``: Debian mupdf-tools;
``pdf2txt.py``: ``pip install pdfminer.six``, anywhere on PATH) is left out and named.
The held-out PDF sets are not run.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.split import split_page
from tests.core.splitting.layout_blind import HELD_OUT, measure

SETS = ("pdffiles", "pdfoffice", "pdfpress")


def _run(*command: str) -> Callable[[Path], bytes]:
    """A tool run on a file: ``{}`` in ``command`` stands for the file."""
    def text(path: Path) -> bytes:
        run = [str(path) if part == "{}" else part for part in command]
        return subprocess.run(run, capture_output=True, check=True).stdout
    return text


def _pdfium(path: Path) -> bytes:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document).encode()
    finally:
        document.close()


_PDFTOTEXT = ("pdftotext", "-enc", "UTF-8")
# Each tool: the program it needs (None: a library the app has), and how it reads a file.
TOOLS: dict[str, tuple[str | None, Callable[[Path], bytes]]] = {
    "-layout": ("pdftotext", _run(*_PDFTOTEXT, "-layout", "{}", "-")),
    "reading order": ("pdftotext", _run(*_PDFTOTEXT, "{}", "-")),
    "-raw": ("pdftotext", _run(*_PDFTOTEXT, "-raw", "{}", "-")),
    "pdfium": (None, _pdfium),
    "mutool": ("mutool", _run("mutool", "draw", "-F", "txt", "-o", "-", "{}")),
    "pdfminer": ("pdf2txt.py", _run("pdf2txt.py", "{}")),
}


def _as_text(extract: Callable[[Path], bytes]) -> Callable[[Path], list[Any]]:
    def read(path: Path) -> list[Any]:
        return list(split_page(decode_page(extract(path)).text).articles)
    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=list(TOOLS), help="print the misses of a tool")
    args = parser.parse_args()
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext is not installed (Debian: poppler-utils)")
    assert not HELD_OUT & set(SETS)
    tools = {name: extract for name, (program, extract) in TOOLS.items()
             if program is None or shutil.which(program)}
    if missing := [name for name in TOOLS if name not in tools]:
        print(f"left out (not installed): {', '.join(missing)}\n")
    print("| set | route | items | boundary | headline | precision | exact |")
    print("|---|---|---|---|---|---|---|")
    for name in SETS:
        result, _ = measure(name)
        print(f"| {name} | the PDF (the app) | {result.row()} |")
        for tool, extract in tools.items():
            result, misses = measure(name, _as_text(extract))
            print(f"| {name} | {tool} | {result.row()} |", flush=True)
            if tool == args.show:
                print("\n".join(misses))


if __name__ == "__main__":
    main()
