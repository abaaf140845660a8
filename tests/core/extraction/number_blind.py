"""The blind number sets (tests/gold/numbers): spans, kinds, values and units, measured.

Each set is a JSONL file written by a helper session that never saw the extractor, following
``tests/gold/numbers/conventions.md``: one text per line with its numbers in order of
appearance (span text, kind, value, value_max, unit). Offsets are found here, each span
searched for after the one before, so the writer never counts characters.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.spans import NumberSpan

ROOT = Path(__file__).resolve().parents[2] / "gold" / "numbers"
SETS = ("tallies", "sums", "amounts", "gathered", "strands", "reckoned", "counted")
# Read seldom and never shown: a figure only, to see the rules on text they were not written on.
HELD_OUT = frozenset({"reckoned", "counted"})


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    kind: str
    value: float | None
    value_max: float | None
    unit: str


@dataclass
class Item:
    doc: str
    text: str
    gold: list[Gold]


def load(name: str) -> list[Item]:
    items = []
    for line in (ROOT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, pos, gold = row["text"], 0, []
        for number in row["numbers"]:
            start = text.index(number["text"], pos)
            pos = start + len(number["text"])
            gold.append(Gold(start, pos, number["kind"], number["value"],
                             number.get("value_max"), number["unit"]))
        items.append(Item(row["doc"], text, gold))
    return items


# One unit printed two ways: the product keeps 个 (1.1 个百分点 reads as Chinese does), and
# reads a Hong Kong page's 點 as 点.
_SAME_UNIT = {"个百分点": "百分点", "个基点": "基点", "點": "点"}


def same_unit(a: str, b: str) -> bool:
    return _SAME_UNIT.get(a, a) == _SAME_UNIT.get(b, b)


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    gold: int = 0
    found: int = 0
    exact: int = 0
    found_overlapping: int = 0
    gold_overlapping: int = 0
    kind_right: int = 0
    value_right: int = 0
    unit_right: int = 0
    all_right: int = 0
    recall_by_kind: Counter[str] = field(default_factory=Counter)
    gold_by_kind: Counter[str] = field(default_factory=Counter)

    @property
    def exact_prf(self) -> tuple[float, float, float]:
        p = self.exact / self.found if self.found else 0.0
        r = self.exact / self.gold if self.gold else 0.0
        return p, r, _f1(p, r)

    @property
    def overlap_prf(self) -> tuple[float, float, float]:
        p = self.found_overlapping / self.found if self.found else 0.0
        r = self.gold_overlapping / self.gold if self.gold else 0.0
        return p, r, _f1(p, r)

    @property
    def all_right_share(self) -> float:
        """Gold numbers found with the right span, kind, value, range and unit."""
        return self.all_right / self.gold if self.gold else 0.0

    def row(self) -> str:
        ep, er, ef = self.exact_prf
        op, orr, of = self.overlap_prf

        def share(n: int) -> str:
            return f"{n / self.exact:.3f}" if self.exact else "-"

        return (f"{self.gold} | {ep:.3f} / {er:.3f} / **{ef:.3f}** | {op:.3f} / {orr:.3f} / "
                f"**{of:.3f}** | {share(self.kind_right)} | {share(self.value_right)} | "
                f"{share(self.unit_right)} | **{self.all_right_share:.3f}**")

    def kinds_row(self) -> str:
        return " · ".join(
            f"{kind} {self.recall_by_kind[kind]}/{n}"
            for kind, n in self.gold_by_kind.most_common()
        )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure(name: str) -> tuple[Result, list[str]]:
    """The set's figures, and its misses as lines for a reader (development sets only)."""
    result, misses = Result(), []
    for item in load(name):
        found = find_numbers(item.text)
        by_span: dict[tuple[int, int], NumberSpan] = {(s.start, s.end): s for s in found}
        gold_spans = {(g.start, g.end) for g in item.gold}
        result.gold += len(item.gold)
        result.found += len(found)
        result.found_overlapping += sum(
            any(_overlaps((s.start, s.end), g) for g in gold_spans) for s in found)
        for g in item.gold:
            result.gold_by_kind[g.kind] += 1
            got = by_span.get((g.start, g.end))
            span_text = item.text[g.start:g.end]
            if any(_overlaps((g.start, g.end), (s.start, s.end)) for s in found):
                result.gold_overlapping += 1
            if got is None:
                near = [s.text for s in found if _overlaps((g.start, g.end), (s.start, s.end))]
                misses.append(f"{item.doc} MISS {span_text!r} ({g.kind}) found {near}")
                continue
            result.exact += 1
            result.recall_by_kind[g.kind] += 1
            checks = (got.kind == g.kind, same_value(got.value, g.value),
                      same_unit(got.unit, g.unit), same_value(got.value_max, g.value_max))
            result.kind_right += checks[0]
            result.value_right += checks[1]
            result.unit_right += checks[2]
            result.all_right += all(checks)
            if not all(checks):
                misses.append(
                    f"{item.doc} WRONG {span_text!r}: {got.kind} {got.value} {got.value_max} "
                    f"{got.unit!r}; gold {g.kind} {g.value} {g.value_max} {g.unit!r}")
        for s in found:
            if (s.start, s.end) not in gold_spans:
                tag = "EXTRA" if not any(
                    _overlaps((s.start, s.end), g) for g in gold_spans) else "EDGE"
                if tag == "EXTRA":
                    context = item.text[max(0, s.start - 6):s.end + 6]
                    misses.append(f"{item.doc} {tag} {s.text!r} in …{context}…")
    return result, misses
