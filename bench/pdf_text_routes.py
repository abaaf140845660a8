"""Text that poppler's pdftotext makes of e-paper PDFs, split as a text page is.

    uv run python bench/pdf_text_routes.py            # needs pdftotext (poppler-utils)
    uv run python bench/pdf_text_routes.py --seeds 12

A user given a page as text may hold what ``pdftotext`` printed of the PDF: with
``-layout`` (the columns side by side, as printed) or without (pdftotext's own reading
order). Generated issues (tests/helpers/newspaper_pdf.py: one to six columns, photos,
continuations, known gold) are written, each page is extracted both ways by the real tool,
decoded as the import decodes a text page (``decode_page``: columns side by side read one
after the other) and split; the scores are those of the PDF route's test
(tests/helpers/pdf_scores.py). For the revision before a change, run the same file in a
worktree of that revision.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.split import split_page
from tests.helpers.newspaper_pdf import paper
from tests.helpers.pdf_scores import score

MODES = {"-layout": ["-layout"], "reading order": []}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=8)
    parser.add_argument("--show", choices=sorted(MODES), help="print the misses of a mode")
    args = parser.parse_args()
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext is not installed (Debian: poppler-utils)")
    pairs: dict[str, list[tuple[object, dict]]] = {mode: [] for mode in MODES}
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(1, args.seeds + 1):
            path = Path(folder) / f"paper{seed}.pdf"
            golds = paper(path, seed, pages=3, columns=[1 + (seed + n) % 6 for n in range(3)])
            for number, gold in enumerate(golds, start=1):
                for mode, flags in MODES.items():
                    text = subprocess.run(
                        ["pdftotext", *flags, "-enc", "UTF-8", "-f", str(number), "-l",
                         str(number), str(path), "-"], capture_output=True, check=True).stdout
                    split = split_page(decode_page(text).text)
                    pairs[mode].append((gold, split.to_dict()))
    print("| pdftotext | gold articles | boundary | title | precision | page fields |")
    print("|---|---|---|---|---|---|")
    for mode, found in pairs.items():
        result = score(found)  # type: ignore[arg-type]
        print(f"| {mode} | {result.gold} | {result.boundary:.3f} | {result.title:.3f} | "
              f"{result.precision:.3f} | {result.meta:.3f} |")
        if mode == args.show:
            print("\n".join(result.misses))


if __name__ == "__main__":
    main()
