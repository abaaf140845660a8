"""Speed of the whole analysis against the jieba-only pipeline and ``jieba.lcut``, same run.

    uv run python bench/extract.py [--repeat 3] [--all-cores]

Not a test: prints time to first result (tagger, model and dictionaries loading), characters
per second over the seed pages of ``analyse()`` (model + jieba + rules), of
``analyse(use_model=False)`` (jieba + rules: the pipeline before the model) and of
``jieba.lcut``, their ratios; then the import's way: the articles of each seed page
(as the splitter gives them) through ``analyse_many`` (one batched model pass a page,
``page_import.analyse_articles``) against the jieba-only pipeline on the same articles;
the same on one line of 200,000 characters (bad input: it must stay linear), and the peak
resident memory. Times are CPU seconds of this process (``time.process_time``: on a shared
machine wall time measures the neighbours too). The process is pinned to one core
(``--all-cores`` to lift that) and ONNX Runtime uses one thread.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


def _best(fns: list, texts: list, repeat: int) -> list[float]:
    """Best CPU time of each function over ``texts``, the functions taking turns round by
    round: a neighbour's burst or a slower spell of the machine then falls on every one of
    them, not on whichever happened to run during it (ratios of one run hold better)."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            started = time.process_time()
            for text in texts:
                fn(text)
            best[k] = min(best[k], time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--all-cores", action="store_true")
    args = parser.parse_args()
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
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

    def rules_only(text: str):
        return analyse(text, use_model=False)

    t_analyse, t_rules, t_jieba = _best([analyse, rules_only, jieba.lcut], texts,
                                        args.repeat)
    cores = "all cores" if args.all_cores else "one core"
    print(f"seed pages: {len(texts)} files, {chars} chars, best of {args.repeat}, {cores}")
    print(f"time to first result: analyse {first:.2f} s, jieba.lcut {first_jieba:.2f} s "
          f"({first / first_jieba:.1f}x)")
    print(f"analyse() (model + jieba + rules): {chars / t_analyse / 1000:.1f}k chars/s")
    print(f"analyse(use_model=False) (jieba + rules): {chars / t_rules / 1000:.1f}k chars/s")
    print(f"jieba.lcut: {chars / t_jieba / 1000:.0f}k chars/s")
    print(f"throughput of analyse() vs the jieba-only pipeline: {t_rules / t_analyse:.2f}x "
          "(goal >= 0.5x)")
    print(f"analyse() is {t_analyse / t_jieba:.1f}x the time of jieba.lcut")

    from desktop_app.core.extraction.analysis import analyse_many
    from desktop_app.core.splitting.split import split_page

    pages = [[a.text for a in split_page(text).articles] for text in texts]
    article_chars = sum(len(t) for page in pages for t in page)

    def page_batched(articles: list[str]):
        return list(analyse_many(articles))

    def page_rules(articles: list[str]):
        return [analyse(text, use_model=False) for text in articles]

    t_pages, t_page_rules = _best([page_batched, page_rules], pages, args.repeat)
    print(f"articles of each page ({sum(map(len, pages))} articles, {article_chars} chars): "
          f"analyse_many {article_chars / t_pages / 1000:.1f}k chars/s, jieba-only "
          f"{article_chars / t_page_rules / 1000:.1f}k chars/s: "
          f"{t_page_rules / t_pages:.2f}x (goal >= 0.5x)")
    unit = "湖南省长沙市人民政府与中国科学院签署了协议李鹏出席"  # 25 chars, no punctuation
    for size in (20_000, 200_000):
        line = unit * (size // len(unit))
        started = time.process_time()
        analyse(line)
        took = time.process_time() - started
        print(f"one line of {size:,} chars without punctuation: {took:.2f} s "
              f"({size / took / 1000:.1f}k chars/s)")
    print(f"peak RSS: {rss0:.0f} MiB before, {rss_analysis:.0f} MiB after loading the tagger, "
          f"{_rss_mib():.0f} MiB at the end (global jieba loaded too)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
