"""Entity and number quality on the hand-made seed gold (Hunan Daily economic news).

    uv run python bench/seed_quality.py [--errors] [--pages 000,001] [path/to/gold.jsonl]

Prints P/R/F1 per entity type, exact and overlap, and exact-span F1 for numbers, on
``tests/gold/seed_gold.jsonl`` (conventions in ``tests/gold/README.md``); then ALL-type F1
per page and per article kind, so a gain on one page that is a loss on another shows.
``--errors`` lists every wrong or missed span. Numbers are skipped, with a note, when
``desktop_app.core.extraction.numbers`` is not there.

Exact: same offsets and type. Overlap: the predicted span overlaps a gold span of its type
(each gold span matched once) — it may be a fragment (`长沙` for `长沙经开区`) or run over.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from span_scores import matches, prf  # bench/ is on sys.path: run as a script

from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.numbers import find_numbers

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "gold" / "seed_gold.jsonl"
TYPES = ("PER", "LOC", "ORG")



def load(path: Path = DEFAULT) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class Counts:
    """tp/pred/gold counters keyed by (mode, group)."""

    def __init__(self) -> None:
        self.c: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])

    def add(self, mode: str, groups: tuple[str, ...], tp: int, n_pred: int, n_gold: int) -> None:
        for group in groups:
            row = self.c[(mode, group)]
            row[0] += tp
            row[1] += n_pred
            row[2] += n_gold

    def prf(self, mode: str, group: str) -> tuple[float, float, float]:
        return prf(*self.c[(mode, group)])


def evaluate_entities(items: list[dict], errors: list[str] | None = None) -> Counts:
    counts = Counts()
    for item in items:
        text = item["text"]
        pred = find_entities(text)
        page = item["page"][:3]
        for etype in TYPES:
            g = [(s, e) for s, e, t in item["entities"] if t == etype]
            p = [(x.start, x.end) for x in pred if x.type == etype]
            for mode in ("exact", "overlap"):
                hits = matches(p, g, mode == "exact")
                groups = (etype, "ALL", f"page {page}", f"kind {item['kind']}")
                counts.add(mode, groups, hits, len(p), len(g))
            if errors is not None:
                errors.extend(f"{item['id']} {etype} extra  {text[s:e]}"
                              for s, e in p if (s, e) not in g)
                errors.extend(f"{item['id']} {etype} missed {text[s:e]}"
                              for s, e in g if (s, e) not in p)
    return counts


def evaluate_numbers(items: list[dict], find: Callable[[str], list],
                     errors: list[str] | None = None) -> Counts:
    counts = Counts()
    for item in items:
        text = item["text"]
        g = [(s, e) for s, e in item["numbers"]]
        p = [(n.start, n.end) for n in find(text)]
        for mode in ("exact", "overlap"):
            counts.add(mode, ("ALL",), matches(p, g, mode == "exact"), len(p), len(g))
        if errors is not None:
            errors.extend(f"{item['id']} NUM extra  {text[s:e]}" for s, e in p if (s, e) not in g)
            errors.extend(f"{item['id']} NUM missed {text[s:e]}" for s, e in g if (s, e) not in p)
    return counts


def _row(label: str, counts: Counts, group: str) -> str:
    if not any(counts.c[("overlap", group)]):
        return f"| {label} | " + " | ".join(["–"] * 6) + " |"  # nothing to find, none found
    cells = [*counts.prf("exact", group), *counts.prf("overlap", group)]
    return f"| {label} | " + " | ".join(f"{x:.2f}" for x in cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list wrong and missed spans")
    parser.add_argument("--pages", help="only these page prefixes, comma-separated")
    args = parser.parse_args()
    items = load(args.gold)
    if args.pages:
        wanted = set(args.pages.split(","))
        items = [i for i in items if i["page"][:3] in wanted]
    errors: list[str] | None = [] if args.errors else None
    ents = evaluate_entities(items, errors)
    n_gold = sum(len(i["entities"]) for i in items)
    print(f"{args.gold.name}: {len(items)} paragraphs, {n_gold} entities")
    header = "| {} | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |"
    print(header.format("type"))
    print("|---|---|---|---|---|---|---|")
    for group in (*TYPES, "ALL"):
        print(_row(group, ents, group))
    groups = sorted({g for _, g in ents.c if g.startswith(("page", "kind"))})
    print("\n" + header.format("subset (ALL types)"))
    print("|---|---|---|---|---|---|---|")
    for group in groups:
        print(_row(group, ents, group))
    nums = evaluate_numbers(items, find_numbers, errors)
    print("\n" + header.format("numbers"))
    print("|---|---|---|---|---|---|---|")
    print(_row(f"spans ({sum(len(i['numbers']) for i in items)})", nums, "ALL"))
    if errors:
        print("\n" + "\n".join(sorted(errors)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
