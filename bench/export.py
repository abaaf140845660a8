"""Export speed and memory on a library of 10,000+ highlights, against baselines in the
same run.

    uv run python bench/export.py [--copies 28] [--per-article 10]

Not a test. Builds a temporary library (the seed pages, their articles copied ``copies``
times by SQL, ``per-article`` highlights and one note each), then for each format:
time, and that time as a multiple of only *reading* the same articles through the
service (the floor any exporter pays); output size; peak Python memory (tracemalloc)
for a quarter of the library and for all of it, against building the same JSON in
memory first and writing it at once.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.export.annotation_json import annotations_of  # noqa: E402
from desktop_app.core.export.scope import ExportScope  # noqa: E402
from desktop_app.service import LibraryService  # noqa: E402
from desktop_app.service_export import ExportRequest, ExportService  # noqa: E402
from tests.helpers.library_content import multiply_articles  # noqa: E402

FORMATS = ("json", "md", "html", "csv")


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _peak_mib(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=28)
    parser.add_argument("--per-article", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="xiangyue-bench-"))
    path = folder / "library.sqlite3"
    LibraryService.open(path, import_seeds=True).close()
    highlights = multiply_articles(path, args.copies, args.per_article)
    library = LibraryService.open(path, import_seeds=False)
    exporter = ExportService(library)
    ids = exporter.resolve(ExportScope.everything())
    print(f"library: {len(ids)} articles, {highlights} highlights, {len(ids)} notes")

    read = _timed(lambda: sum(1 for _ in exporter.articles(ids)))
    print(f"baseline, reading every article through the service: {read:.2f} s\n")
    print("| format | time | × reading | output |")
    print("|---|---|---|---|")
    for fmt in FORMATS:
        out = folder / f"all.{fmt}"
        seconds = _timed(lambda f=fmt, o=out: exporter.export(
            ExportRequest(f, destination=o), force=True))
        size = sum(p.stat().st_size for p in folder.glob(f"all*.{fmt}")) / 2**20
        print(f"| {fmt} | {seconds:.2f} s | {seconds / read:.1f}× | {size:.1f} MiB |")

    def streamed(part: list[str]) -> None:
        exporter.export(ExportRequest("json", ExportScope.selected(part),
                                      folder / "part.json"), force=True)

    def eager() -> None:
        items = [a for article in exporter.articles(ids) for a in annotations_of(article)]
        (folder / "eager.json").write_text(json.dumps({"items": items}, ensure_ascii=False),
                                           encoding="utf-8")

    quarter = _peak_mib(lambda: streamed(ids[: len(ids) // 4]))
    whole = _peak_mib(lambda: streamed(ids))
    in_memory = _peak_mib(eager)
    print(f"\npeak Python memory, JSON: quarter of the library {quarter:.1f} MiB, "
          f"all of it {whole:.1f} MiB (×{whole / quarter:.2f} for ×4 the output); "
          f"building it in memory first: {in_memory:.1f} MiB "
          f"(streaming uses {whole / in_memory:.1%} of that)")
    exporter.close()
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
