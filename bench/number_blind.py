"""Number quality on the blind number sets (tests/gold/numbers), per set.

    uv run python bench/number_blind.py             # the development sets
    uv run python bench/number_blind.py --held-out  # and the held-out set's figures
    uv run python bench/number_blind.py --show sums # the misses of a development set

exact: the span as the gold marks it; overlap: any shared character. kind, value and unit
are the shares right among exact spans; all right is the share of gold numbers found with
the right span, kind, value, range and unit. ``reckoned`` and ``counted`` are held out:
their misses are never shown, and their figures only when asked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.core.extraction.number_blind import HELD_OUT, SETS, measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=sorted(set(SETS) - HELD_OUT))
    parser.add_argument("--held-out", action="store_true", help="also the held-out set")
    parser.add_argument("--kinds", action="store_true", help="exact recall per gold kind")
    args = parser.parse_args()
    print("| set | numbers | exact P / R / F1 | overlap P / R / F1 | kind | value | unit "
          "| all right |")
    print("|---|---|---|---|---|---|---|---|")
    for name in SETS:
        if name in HELD_OUT and not args.held_out:
            continue
        if not (Path(__file__).resolve().parent.parent / "tests/gold/numbers"
                / f"{name}.jsonl").exists():
            continue
        result, misses = measure(name)
        held = " (held out)" if name in HELD_OUT else ""
        print(f"| {name}{held} | {result.row()} |")
        if args.kinds:
            print(f"|  | {result.kinds_row()} |")
        if name == args.show:
            print("\n".join(misses))


if __name__ == "__main__":
    main()
