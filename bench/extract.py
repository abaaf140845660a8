"""Speed of the whole analysis against plain ``jieba.lcut`` on the same text, same run.

    uv run python bench/extract.py [--repeat 3]

Not a test: prints time to first result (tagger and dictionaries loading), characters
per second of ``analyse()`` and of ``jieba.lcut`` over the seed pages, their ratio, and
the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


def _best(fn, texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from desktop_app.core.reading.pages import read_page

    texts = [read_page(p).text for p in sorted((ROOT / "seeds").glob("*.txt"))]
    chars = sum(map(len, texts))
    rss0 = _rss_mib()

    started = time.perf_counter()
    from desktop_app.core.extraction.analysis import analyse

    analyse("中科曙光高级副总裁任京暘表示。")
    first = time.perf_counter() - started
    rss_analysis = _rss_mib()

    started = time.perf_counter()
    import jieba

    jieba.setLogLevel(60)
    jieba.lcut("中科曙光高级副总裁任京暘表示。")
    first_jieba = time.perf_counter() - started

    t_analyse = _best(analyse, texts, args.repeat)
    t_jieba = _best(jieba.lcut, texts, args.repeat)
    print(f"seed pages: {len(texts)} files, {chars} chars, best of {args.repeat}")
    print(f"time to first result: analyse {first:.2f} s, jieba.lcut {first_jieba:.2f} s "
          f"({first / first_jieba:.1f}x)")
    print(f"analyse():  {chars / t_analyse / 1000:.0f}k chars/s")
    print(f"jieba.lcut: {chars / t_jieba / 1000:.0f}k chars/s")
    print(f"analyse() is {t_analyse / t_jieba:.1f}x the time of jieba.lcut")
    print(f"peak RSS: {rss0:.0f} MiB before, {rss_analysis:.0f} MiB after loading the tagger, "
          f"{_rss_mib():.0f} MiB at the end (global jieba loaded too)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
