"""Splitting speed: split_page against simple baselines on the same text, same run.

Prints characters per second for the splitter, for a naive paragraph split (the floor:
what reading the text at all costs) and for ``jieba.lcut`` (what analysis will cost
next), and the splitter's time per character as the page grows, which must stay flat
(the headline↔body matching only looks at nearby bodies).

    uv run python bench/split.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from desktop_app.core.splitting.split import split_page

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _rate(func, text: str, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        times.append(time.perf_counter() - start)
    return len(text) / statistics.median(times)


def main() -> None:
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    text = "\n\n".join(pages)
    split_rate = sum(len(p) for p in pages) / sum(len(p) / _rate(split_page, p) for p in pages)
    naive_rate = _rate(lambda t: [p.replace("\n", "") for p in t.split("\n\n")], text)
    import jieba

    jieba.initialize()
    jieba_rate = _rate(jieba.lcut, text, repeat=3)
    print(f"seed pages: {sum(len(p) for p in pages):,} chars")
    print(f"split_page        {split_rate / 1e3:8.0f}k chars/s")
    slower, faster = naive_rate / split_rate, split_rate / jieba_rate
    print(f"naive para split  {naive_rate / 1e3:8.0f}k chars/s  (split is {slower:.0f}x slower)")
    print(f"jieba.lcut        {jieba_rate / 1e3:8.0f}k chars/s  (split is {faster:.1f}x faster)")
    base = None
    for mult in (1, 4, 16):
        big = "\n\n".join([text] * mult)
        per_char = 1 / _rate(split_page, big, repeat=3)
        base = base or per_char
        print(f"page x{mult:<3} {len(big):>9,} chars: time per char {per_char / base:.2f}x of x1")
    line = "算力经济" * 1_250_000
    start = time.perf_counter()
    split_page(line)
    print(f"one 5 MB line: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
