"""Span matching and P/R/F1, shared by the quality benchmarks.

Exact: same offsets. Overlap: the predicted span overlaps a gold span (each gold span
matched at most once).
"""

from __future__ import annotations

Span = tuple[int, int]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def matches(pred: list[Span], gold: list[Span], exact: bool) -> int:
    used: set[int] = set()
    hits = 0
    for ps, pe in pred:
        for k, (gs, ge) in enumerate(gold):
            ok = (ps, pe) == (gs, ge) if exact else ps < ge and gs < pe
            if ok and k not in used:
                used.add(k)
                hits += 1
                break
    return hits
