"""The e-paper PDFs of the blind layout sets as ``pdftotext`` prints them, split as text.

    uv run python bench/pdf_text_sets.py        # needs pdftotext (poppler-utils)

A user may hold a page as the text poppler's ``pdftotext`` made of the PDF, with
``-layout`` (columns side by side, as printed) or without (poppler's reading order).
Each PDF page of the development PDF sets (``pdffiles``, ``pdfoffice``, ``pdfpress``:
real layouts, made by several engines, with their gold) is extracted by the real tool,
decoded as the import decodes a text page (``decode_page``: columns side by side read one
after the other) and split; the scores are ``bench/split_blind.py``'s, next to those of
the app reading the PDF itself. The held-out PDF sets are not run.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.split import split_page
from tests.core.splitting.layout_blind import HELD_OUT, measure

SETS = ("pdffiles", "pdfoffice", "pdfpress")
MODES: dict[str, list[str] | None] = {"the PDF (the app)": None, "-layout": ["-layout"],
                                      "reading order": []}


def _as_text(flags: list[str]):
    def read(path: Path) -> list[Any]:
        text = subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, check=True).stdout
        return list(split_page(decode_page(text).text).articles)
    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=[m for m, f in MODES.items() if f is not None],
                        help="print the misses of a mode")
    args = parser.parse_args()
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext is not installed (Debian: poppler-utils)")
    assert not HELD_OUT & set(SETS)
    print("| set | route | items | boundary | headline | precision | exact |")
    print("|---|---|---|---|---|---|---|")
    for name in SETS:
        for mode, flags in MODES.items():
            result, misses = measure(name, None if flags is None else _as_text(flags))
            print(f"| {name} | {mode} | {result.row()} |")
            if mode == args.show:
                print("\n".join(misses))


if __name__ == "__main__":
    main()
