"""Subject, relation and period quality of core/facts on the hand-made figures gold.

    uv run python bench/facts_quality.py [--heldout] [--show-errors]
    uv run python bench/facts_quality.py --blind [--heldout] [--show-errors]

The gold (tests/gold/facts_gold.jsonl, see tests/gold/README.md) holds paragraphs of the
seed pages and texts written for it in other styles, each fact with its subject, relation
and period by hand. The system reads each text as the importer does: ``find_numbers``,
then ``find_facts`` with the page date. A gold number the number finder does not find
with the same span counts as wrong on every measure.

- subject exact: the predicted subject's text equals the gold's (spaces ignored);
- subject overlap: character F1 between the two subjects' texts (characters counted as a
  multiset; two empty subjects score 1, one empty scores 0), averaged over numbers;
- relation, period, period ISO: exact equality of the strings (period spaces ignored).

The trivial baseline takes the six characters before the number (within its paragraph)
as the subject, no relation and no period. The gold is split: ``dev`` was looked at while
writing the rule, ``heldout`` only measured at the end (``--heldout``). ``--blind``
measures the blind sets instead (tests/gold/facts_blind: texts written by sessions that
never saw the rule; ``gauges`` is read, ``ledgers`` held out and never shown).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.facts.facts import Fact, find_facts

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "facts_gold.jsonl"
BLIND = GOLD.parent / "facts_blind"
Predict = Callable[[dict[str, object]], dict[tuple[int, int], Fact]]


def _squash(s: str | None) -> str:
    return "".join((s or "").split())


def char_f1(pred: str, gold: str) -> float:
    p, g = Counter(_squash(pred)), Counter(_squash(gold))
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    return 2 * common / (sum(p.values()) + sum(g.values())) if common else 0.0


def system(doc: dict[str, object]) -> dict[tuple[int, int], Fact]:
    text = str(doc["text"])
    page_date = doc["page_date"] if isinstance(doc["page_date"], str) else None
    return {(f.start, f.end): f for f in find_facts(text, find_numbers(text), page_date)}


def baseline(doc: dict[str, object]) -> dict[tuple[int, int], Fact]:
    text = str(doc["text"])
    out = {}
    for n in find_numbers(text):
        lo = max(text.rfind("\n", 0, n.start) + 1, n.start - 6)
        out[(n.start, n.end)] = Fact(n.start, n.end, n.text, n.kind, n.value, n.unit,
                                     text[lo:n.start], lo, n.start, "", "", None)
    return out


def score(docs: list[dict[str, object]], predict: Predict, errors: list[str] | None = None
          ) -> dict[str, float]:
    sums = Counter[str]()
    n = 0
    for doc in docs:
        predicted = predict(doc)
        for g in doc["facts"]:  # type: ignore[attr-defined]
            n += 1
            p = predicted.get((g["start"], g["end"]))
            subject = p.subject if p else ""
            exact = _squash(subject) == _squash(g["subject"])
            sums["subject exact"] += exact
            sums["subject overlap"] += char_f1(subject, g["subject"])
            sums["relation"] += (p.relation if p else None) == g["relation"]
            sums["period"] += _squash(p.period if p else None) == _squash(g["period"])
            sums["period ISO"] += (p.period_iso if p else "?") == g["period_iso"]
            if errors is not None and (not exact or (p and p.relation != g["relation"])
                                       or _squash(p.period if p else "") != _squash(g["period"])):
                got = (f"{p.subject!r} {p.relation!r} {p.period!r} {p.period_iso}" if p
                       else "number not found")
                errors.append(f"{doc['doc']} [{g['text']}] gold {g['subject']!r} "
                              f"{g['relation']!r} {g['period']!r} {g['period_iso']} | {got}")
    return {k: v / n for k, v in sums.items()} | {"numbers": n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heldout", action="store_true", help="measure the held-out part")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--blind", action="store_true", help="the blind sets instead")
    args = parser.parse_args()
    if args.blind:
        blind(args.heldout, args.show_errors)
        return
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    splits = ("dev", "heldout") if args.heldout else ("dev",)
    cols = ("numbers", "subject exact", "subject overlap", "relation", "period", "period ISO")
    print(f"| split | set | rule | {' | '.join(cols)} |")
    print("|---" * (len(cols) + 3) + "|")
    errors: list[str] = []
    for split in splits:
        for set_ in ("seed", "own", "all"):
            part = [d for d in docs if d["split"] == split and set_ in (d["set"], "all")]
            for name, predict in (("rule", system), ("6 chars before", baseline)):
                found = score(part, predict, errors if name == "rule" and set_ == "all"
                              else None)
                cells = [f"{found[c]:.0f}" if c == "numbers" else f"{found[c]:.2f}"
                         for c in cols]
                print(f"| {split} | {set_} | {name} | {' | '.join(cells)} |")
    if args.show_errors:
        print("\n".join(errors))


def blind(heldout: bool, show_errors: bool) -> None:
    cols = ("numbers", "subject exact", "subject overlap", "relation", "period", "period ISO")
    print(f"| set | split | rule | {' | '.join(cols)} |")
    print("|---" * (len(cols) + 3) + "|")
    for path in sorted(BLIND.glob("*.jsonl")):
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        split = docs[0]["split"]
        if split == "heldout" and not heldout:
            continue
        errors: list[str] = []
        for name, predict in (("rule", system), ("6 chars before", baseline)):
            found = score(docs, predict, errors if name == "rule" else None)
            cells = [f"{found[c]:.0f}" if c == "numbers" else f"{found[c]:.2f}" for c in cols]
            print(f"| {path.stem} | {split} | {name} | {' | '.join(cells)} |")
        if show_errors and split == "dev":
            print("\n".join(errors))


if __name__ == "__main__":
    main()
