"""One subject's figures across periods, as a chart takes them: plain data, checked.

The figures table (issue #14 item 1) gives each number a subject, a period and a value
normalised to its unit (8520亿元 → 852,000,000,000 元). A chart of one subject draws one
bar per point; points in different units cannot share an axis (元 and % on one scale
would mislead), so :func:`check_units` refuses them with the units named, and the chart
says so instead of drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class FigurePoint(NamedTuple):
    period: str  # as shown under its bar: 2024年, 一季度, 2025-03-30
    value: float  # normalised to ``unit``
    unit: str  # 元, %, 吨, 个 …
    article_id: str  # the article the figure was printed in (a click opens it)


class MixedUnitsError(ValueError):
    """The points are in more than one unit; ``units`` lists them, most used first."""

    def __init__(self, units: list[str]) -> None:
        super().__init__(f"figures in more than one unit: {', '.join(units)}")
        self.units = units


def check_units(points: Sequence[FigurePoint]) -> str:
    """The one unit every point is in; :class:`MixedUnitsError` if there are several."""
    counts: dict[str, int] = {}
    for point in points:
        counts[point.unit] = counts.get(point.unit, 0) + 1
    if len(counts) > 1:
        raise MixedUnitsError(sorted(counts, key=lambda unit: (-counts[unit], unit)))
    return next(iter(counts), "")
