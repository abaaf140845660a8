"""Entity quality on the PFR sample: P/R/F1 per type, exact and overlap.

    uv run python bench/quality.py [path/to/pfr1998_sample300.jsonl]

The sample only MEASURES: nothing here feeds dictionaries or rules. Overlap matching
counts a predicted span as right when it overlaps a gold span of the same type (each
gold span matched at most once); exact needs the same offsets.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from span_scores import matches, prf  # bench/ is on sys.path: run as a script

from desktop_app.core.extraction.entities import find_entities

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "pfr1998_sample300.jsonl"
TYPES = ("PER", "LOC", "ORG")


def evaluate(path: Path) -> dict[str, dict[str, tuple[float, float, float]]]:
    counts = {m: {t: [0, 0, 0] for t in (*TYPES, "ALL")} for m in ("exact", "overlap")}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        pred = find_entities(item["text"])
        for etype in TYPES:
            g = [(s, e) for s, e, t in item["entities"] if t == etype]
            p = [(x.start, x.end) for x in pred if x.type == etype]
            for mode in ("exact", "overlap"):
                hits = matches(p, g, mode == "exact")
                for key in (etype, "ALL"):
                    c = counts[mode][key]
                    c[0] += hits
                    c[1] += len(p)
                    c[2] += len(g)
    return {m: {t: prf(*c) for t, c in per.items()} for m, per in counts.items()}


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    started = time.perf_counter()
    result = evaluate(path)
    print(f"{path.name}: {time.perf_counter() - started:.1f} s")
    print("| type | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |")
    print("|---|---|---|---|---|---|---|")
    for etype in (*TYPES, "ALL"):
        e, o = result["exact"][etype], result["overlap"][etype]
        cells = " | ".join(f"{x:.2f}" for x in (*e, *o))
        print(f"| {etype} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
