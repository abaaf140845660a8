"""PDF pages: reading characters (pypdfium2 against pdfminer.six), laying them out, and
what analysing the page's text costs, in one run.

    uv run python bench/pdf.py                      # pypdfium2 only
    uv run --with pdfminer.six python bench/pdf.py  # both candidates

Makes a six-page issue (1–6 columns, filled as a real page is) with
tests/helpers/newspaper_pdf.py, then per page:
- read: every character with its box and font size (pypdfium2: what
  core/reading/pdf_file.py does; pdfminer.six: its interpreter with no layout analysis);
- CJK: share of the gold text's characters (a multiset) found in what was read, as read
  and after core/reading/normalise.py;
- layout: core/reading/pdf_layout.lay_out on the characters read;
- analyse: core/extraction/analysis.analyse on the page's articles (jieba and the rules),
  the step the issue compares against ("parsing costs at most half of analysing").
Also: each candidate's installed size with its dependencies, and its licence. Times are
CPU time of this process (``time.process_time``), best of three reads, so other jobs on a
shared machine disturb the ratios less.
"""

from __future__ import annotations

import importlib.metadata as md
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.reading.normalise import normalise_text  # noqa: E402
from desktop_app.core.reading.pdf_file import PdfFile  # noqa: E402
from desktop_app.core.reading.pdf_layout import lay_out  # noqa: E402
from tests.helpers.newspaper_pdf import paper  # noqa: E402

DEPENDENCIES = {"pypdfium2": ["pypdfium2"],
                "pdfminer.six": ["pdfminer.six", "charset-normalizer", "cryptography", "cffi",
                                 "pycparser"]}


def _installed_mb(names: list[str]) -> float | None:
    total = 0
    for name in names:
        try:
            files = md.distribution(name).files or []
        except md.PackageNotFoundError:
            return None
        total += sum(f.size or 0 for f in files)
    return total / 1e6


def _licence(name: str) -> str:
    try:
        meta = md.distribution(name).metadata
    except md.PackageNotFoundError:
        return "–"
    return (meta.get("License-Expression") or meta.get("License") or "?").split("\n")[0][:40]


def _recall(found: str, gold: str) -> float:
    want = Counter(ch for ch in gold if not ch.isspace())
    have = Counter(ch for ch in found if not ch.isspace())
    return sum(min(n, have[ch]) for ch, n in want.items()) / max(1, sum(want.values()))


def _pdfium_pages(path: Path) -> tuple[list[float], list[str], list[object]]:
    times, texts, geometries = [], [], []
    with PdfFile(path) as pdf:
        for index in range(pdf.page_count):
            start = time.process_time()
            geometry = pdf.read_page(index)
            times.append(time.process_time() - start)
            texts.append("".join(c.text for c in geometry.chars))
            geometries.append(geometry)
    return times, texts, geometries


def _pdfminer_pages(path: Path) -> tuple[list[float], list[str]] | None:
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LTChar
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
    except ImportError:
        return None
    times, texts = [], []
    with path.open("rb") as handle:
        document = PDFDocument(PDFParser(handle))
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        for page in PDFPage.create_pages(document):
            start = time.process_time()
            interpreter.process_page(page)
            chars = [(o.get_text(), o.bbox, o.size, o.fontname)
                     for o in device.get_result() if isinstance(o, LTChar)]
            times.append(time.process_time() - start)
            texts.append("".join(c[0] for c in chars))
    return times, texts


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="xiangyue-bench-pdf-"))
    path = folder / "issue.pdf"
    golds = paper(path, seed=2026, pages=6, columns=[1, 2, 3, 4, 5, 6], dense=True)
    gold_texts = ["".join(a.title + a.kicker + a.deck + a.text for a in g.articles)
                  for g in golds]
    print(f"{path.stat().st_size / 1e3:.0f} kB, {len(golds)} pages, "
          f"{sum(len(t) for t in gold_texts):,} gold characters")

    from desktop_app.core.extraction.analysis import analyse
    from desktop_app.core.spans import Corrections

    analyse("预热", Corrections())  # dictionaries and tagger loaded outside the timing
    rows = []
    pdfium_times, pdfium_texts, geometries = _pdfium_pages(path)
    for _ in range(2):
        pdfium_times = [min(a, b) for a, b in zip(pdfium_times, _pdfium_pages(path)[0],
                                                  strict=True)]
    miner = _pdfminer_pages(path)
    layout_times, analyse_times, chars = [], [], []
    for geometry in geometries:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            laid = lay_out(geometry)  # type: ignore[arg-type]
            best = min(best, time.process_time() - start)
        layout_times.append(best)
        start = time.process_time()
        for article in laid.split.articles:
            analyse(article.text, Corrections())
        analyse_times.append(time.process_time() - start)
        chars.append(len(geometry.chars))  # type: ignore[attr-defined]
    for name, result in (("pypdfium2", (pdfium_times, pdfium_texts)), ("pdfminer.six", miner)):
        if result is None:
            rows.append(f"| {name} | not installed (uv run --with {name}) | | | | |")
            continue
        times, texts = result
        raw = statistics.mean(_recall(t, g) for t, g in zip(texts, gold_texts, strict=True))
        norm = statistics.mean(_recall(normalise_text(t), g)
                               for t, g in zip(texts, gold_texts, strict=True))
        size = _installed_mb(DEPENDENCIES[name])
        rows.append(f"| {name} | {statistics.median(times) * 1e3:.0f} ms | "
                    f"{raw:.3f} / {norm:.3f} | "
                    f"{'–' if size is None else f'{size:.1f} MB'} | {_licence(name)} |")
    print(f"\nper page: median {statistics.median(chars):,.0f} characters\n")
    print("| library | read a page (chars, boxes, sizes) | CJK recall raw / normalised |"
          " installed with dependencies | licence |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    read = statistics.median(pdfium_times)
    layout = statistics.median(layout_times)
    analysis = statistics.median(analyse_times)
    print("\n| step, per page (median, same run) | time | × analyse |")
    print("|---|---|---|")
    print(f"| read characters (pypdfium2) | {read * 1e3:.0f} ms | {read / analysis:.2f} |")
    print(f"| lay out (pdf_layout) | {layout * 1e3:.0f} ms | {layout / analysis:.2f} |")
    print(f"| **parse = read + lay out** | {(read + layout) * 1e3:.0f} ms | "
          f"**{(read + layout) / analysis:.2f}** |")
    print(f"| analyse the page's articles | {analysis * 1e3:.0f} ms | 1.00 |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
