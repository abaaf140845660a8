"""Name quality on every dev set in one run: MSRA news, the PFR sample, the seed gold and
the rest of the seed pages.

    uv run python bench/name_quality.py [--sets msra,pfr,seed,rest] [--markdown] [--errors N]

For each set: P/R/F1 per type and for all types, exact and overlap, and the same again
without one-character names (gold and predicted spans of length 1 left out on both sides:
MSRA and PFR mark 中/美 in 中美 as places, a reader's highlighter need not). The sets only
MEASURE (shared/eval/README.md): nothing is built from them.

Exact: same offsets and type. Overlap: the predicted span overlaps a gold span of its type
(each gold span matched once).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from span_scores import matches, prf  # bench/ is on sys.path: run as a script

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent.parent / "shared" / "eval"
if not EVAL.is_dir():
    EVAL = ROOT.parent / "shared" / "eval"
SETS = {
    "msra": EVAL / "msra_dev1500.jsonl",
    "pfr": EVAL / "pfr1998_sample300.jsonl",
    "seed": ROOT / "tests" / "gold" / "seed_gold.jsonl",
    # The seed pages' other paragraphs, annotated blind after the rules were written.
    "rest": ROOT / "tests" / "gold" / "rest_gold.jsonl",
    # News of other provinces, countries and trades, written and annotated blind.
    "news": ROOT / "tests" / "gold" / "news_gold.jsonl",
    # A second blind set, other beats: courts and law, health, the world, the countryside.
    "beats": ROOT / "tests" / "gold" / "beats_gold.jsonl",
    # A third blind set, held out: measured, its errors not read when rules are written.
    "desks": ROOT / "tests" / "gold" / "desks_gold.jsonl",
    # A fourth blind set: 1990s-style national news, dispatches from abroad, city life, firms.
    "styles": ROOT / "tests" / "gold" / "styles_gold.jsonl",
    # A fifth blind set, held out too: history, Hong Kong/Macao/Taiwan, law, health.
    "fields": ROOT / "tests" / "gold" / "fields_gold.jsonl",
    "regions": ROOT / "tests" / "gold" / "regions_gold.jsonl",
    "wires": ROOT / "tests" / "gold" / "wires_gold.jsonl",
    "sectors": ROOT / "tests" / "gold" / "sectors_gold.jsonl",
    # A ninth blind set, held out too: schools, travel and food, city building, science.
    "civic": ROOT / "tests" / "gold" / "civic_gold.jsonl",
    # A tenth: ecology and weather, transport and customs, civil affairs, markets.
    "public": ROOT / "tests" / "gold" / "public_gold.jsonl",
    # An eleventh: personnel notices, culture, labour, listed companies.
    "circles": ROOT / "tests" / "gold" / "circles_gold.jsonl",
    # A twelfth, held out: foreign affairs, water and forests, travel, sport.
    "afield": ROOT / "tests" / "gold" / "afield_gold.jsonl",
    "walks": ROOT / "tests" / "gold" / "walks_gold.jsonl",
    # A fourteenth, held out: legislatures, housing, cars, weather and disasters.
    "lanes": ROOT / "tests" / "gold" / "lanes_gold.jsonl",
    # A fifteenth: ports and airlines, police and prosecutors, overseas Chinese, trade.
    "borders": ROOT / "tests" / "gold" / "borders_gold.jsonl",
    # A sixteenth, held out: medicine, mining, the press, charity.
    "callings": ROOT / "tests" / "gold" / "callings_gold.jsonl",
}
TYPES = ("PER", "LOC", "ORG")
Spans = list[tuple[int, int, str]]


def load(path: Path) -> list[tuple[str, Spans]]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        gold = [(e["start"], e["end"], e["type"]) if isinstance(e, dict) else tuple(e)
                for e in item["entities"]]
        items.append((item["text"], gold))
    return items


def evaluate(items: list[tuple[str, Spans]], find: Callable[[str], Spans],
             errors: Counter | None = None) -> dict[tuple[str, str, bool], tuple[float, ...]]:
    """(mode, type, without one-character names) → (P, R, F1)."""
    counts: dict[tuple[str, str, bool], list[int]] = {}
    for text, gold in items:
        pred = find(text)
        for short in (False, True):
            g_all = [s for s in gold if not short or s[1] - s[0] > 1]
            p_all = [s for s in pred if not short or s[1] - s[0] > 1]
            for etype in TYPES:
                g = [(s, e) for s, e, t in g_all if t == etype]
                p = [(s, e) for s, e, t in p_all if t == etype]
                for mode in ("exact", "overlap"):
                    hits = matches(p, g, mode == "exact")
                    for key in (etype, "ALL"):
                        row = counts.setdefault((mode, key, short), [0, 0, 0])
                        row[0] += hits
                        row[1] += len(p)
                        row[2] += len(g)
        if errors is not None:
            gs, ps = set(gold), set(pred)
            for s, e, t in ps - gs:
                errors[f"extra  {t} {text[s:e]}"] += 1
            for s, e, t in gs - ps:
                errors[f"missed {t} {text[s:e]}"] += 1
    return {key: prf(*row) for key, row in counts.items()}


def default_finder() -> Callable[[str], Spans]:
    from desktop_app.core.extraction.entities import find_entities

    return lambda text: [(x.start, x.end, x.type) for x in find_entities(text)]


def table(result: dict, short: bool) -> list[str]:
    lines = ["| type | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |",
             "|---|---|---|---|---|---|---|"]
    for etype in (*TYPES, "ALL"):
        cells = [*result[("exact", etype, short)], *result[("overlap", etype, short)]]
        lines.append(f"| {etype} | " + " | ".join(f"{x:.2f}" for x in cells) + " |")
    return lines


def main(find: Callable[[str], Spans] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets",
                        default="msra,pfr,seed,rest,news,beats,desks,styles,fields,regions,wires,sectors,civic,public,circles,afield,walks,lanes,borders,callings")
    parser.add_argument("--short", action="store_true", help="only the ALL rows, one line a set")
    parser.add_argument("--errors", type=int, default=0, help="print the N most common errors")
    args = parser.parse_args()
    find = find or default_finder()
    for name in args.sets.split(","):
        items = load(SETS[name])
        errors: Counter | None = Counter() if args.errors else None
        started = time.perf_counter()
        result = evaluate(items, find, errors)
        took = time.perf_counter() - started
        e, o = result[("exact", "ALL", False)], result[("overlap", "ALL", False)]
        e1, o1 = result[("exact", "ALL", True)], result[("overlap", "ALL", True)]
        per = " ".join(f"{t} {result[('exact', t, False)][2]:.3f}/"
                       f"{result[('overlap', t, False)][2]:.3f}" for t in TYPES)
        print(f"{name}: exact F1 {e[2]:.3f} (P {e[0]:.3f} R {e[1]:.3f}), overlap F1 {o[2]:.3f}; "
              f"without 1-char: {e1[2]:.3f} / {o1[2]:.3f}; {per}  [{took:.1f} s]")
        if not args.short:
            print("\n".join(table(result, False)))
            print("without one-character names:")
            print("\n".join(table(result, True)))
        if errors:
            for what, n in errors.most_common(args.errors):
                print(f"  {n:3d} {what}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
