"""Number-span quality on the PFR sample and speed on the seed pages.

    uv run python bench/number_quality.py [--show-errors N]

PFR marks numbers its own way (qualifiers outside, 小时/人 as nouns, 一个/许多 as numerals),
so exact-span figures understate what a reader sees; overlap is reported beside them. The
digit subset (gold spans holding an Arabic digit) is closest to what a reader of these
pages marks. The file is an evaluation fixture only: nothing here learns from it.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop_app.core.extraction.numbers import find_numbers

REPO = Path(__file__).resolve().parent.parent
PFR = Path("/work/shared/eval/pfr1998_sample300.jsonl")
SEEDS = REPO / "seeds"

Span = tuple[int, int]


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlaps(a: Span, spans: Iterable[Span]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def score(rows: list[tuple[list[Span], list[Span]]]) -> dict[str, tuple[float, float, float]]:
    """Exact and overlap P/R/F1 over (predicted, gold) pairs."""
    n_pred = sum(len(p) for p, _ in rows)
    n_gold = sum(len(g) for _, g in rows)
    exact = sum(len(set(p) & set(g)) for p, g in rows)
    pred_hit = sum(sum(_overlaps(s, g) for s in p) for p, g in rows)
    gold_hit = sum(sum(_overlaps(s, p) for s in g) for p, g in rows)
    return {
        "exact": prf(exact, n_pred, exact, n_gold),
        "overlap": prf(pred_hit, n_pred, gold_hit, n_gold),
    }


def _has_digit(text: str, span: Span) -> bool:
    return any(ch.isdigit() for ch in text[span[0]:span[1]])


def evaluate_pfr(show_errors: int) -> None:
    docs = [json.loads(line) for line in PFR.read_text(encoding="utf-8").splitlines() if line]
    every, digits = [], []
    errors: list[str] = []
    for doc in docs:
        text = doc["text"]
        pred = [(s.start, s.end) for s in find_numbers(text)]
        gold = [tuple(g) for g in doc["numbers"]]
        every.append((pred, gold))
        pred_d = [s for s in pred if _has_digit(text, s)]
        gold_d = [tuple(g) for g in doc["numbers_digit"]]
        digits.append((pred_d, gold_d))
        if set(pred_d) != set(gold_d) and len(errors) < show_errors:
            errors.append(
                f"  pred {[text[a:b] for a, b in pred_d]}  gold {[text[a:b] for a, b in gold_d]}"
            )
    print(f"PFR sample: {len(docs)} sentences")
    for name, rows in (("all numbers", every), ("digit subset", digits)):
        n_gold = sum(len(g) for _, g in rows)
        for how, (p, r, f) in score(rows).items():
            print(f"  {name:13} {how:8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n_gold})")
    if errors:
        print("differences on the digit subset:")
        print("\n".join(errors))


def chars_per_second(fn: Callable[[str], object], text: str, min_seconds: float = 1.0) -> float:
    runs, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < min_seconds:
        fn(text)
        runs += 1
    return runs * len(text) / elapsed


def evaluate_speed() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    ours = chars_per_second(find_numbers, text)
    baseline = chars_per_second(lambda t: re.findall(r"\d+", t), text)
    spans = len(find_numbers(text))
    print(f"speed on the seed pages ({len(text):,} chars, {spans} numbers):")
    print(f"  find_numbers        {ours / 1e6:6.2f} M chars/s")
    print(f"  re.findall(r'\\d+')  {baseline / 1e6:6.2f} M chars/s  ({baseline / ours:.0f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = parser.parse_args()
    if PFR.exists():
        evaluate_pfr(args.show_errors)
    else:
        print(f"{PFR} not found: skipping the PFR figures")
    evaluate_speed()


if __name__ == "__main__":
    main()
