"""Splitter quality on the blind layout sets (tests/gold/layouts), per set.

    uv run python bench/split_blind.py             # the development sets
    uv run python bench/split_blind.py --held-out  # and the held-out sets' figures
    uv run python bench/split_blind.py --show web  # the misses of a development set

boundary: an item's first and last words land in one article; headline: the article
holding an item's first words carries its printed headline and no other item's;
precision: an article holds the start of exactly one item; exact: the article's title
is the printed headline and nothing more. ``pdffiles`` and ``pdfheld`` are e-paper PDF
files, read and laid out as the app imports them. ``mixed``, ``fresh``, ``pdfheld``,
``unseen``, ``pdfblind``, ``tools``, ``mixed2``, ``everyday``, ``inland``, ``assorted`` and
``yonder`` are held out: their misses are never shown, and their figures only when asked
(read them seldom: each reading after a change makes them a little less blind).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.core.splitting.layout_blind import HELD_OUT, SETS, measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=sorted(set(SETS) - HELD_OUT))
    parser.add_argument("--held-out", action="store_true", help="also the held-out sets")
    args = parser.parse_args()
    print("| set | items | boundary | headline | precision | exact |")
    print("|---|---|---|---|---|---|")
    for name in SETS:
        if name in HELD_OUT and not args.held_out:
            continue
        result, misses = measure(name)
        held = " (held out)" if name in HELD_OUT else ""
        print(f"| {name}{held} | {result.row()} |")
        if name == args.show:
            print("\n".join(misses))


if __name__ == "__main__":
    main()
