"""Weeks and months of page dates: the periods a chart of mentions over time counts in.

One definition, used by the service (counting articles per period) and by the window
(turning a clicked bar back into the date range the article list is filtered to): a week
runs Monday to Sunday and is named by its Monday; a month by its first day. Dates are
ISO strings (``2025-03-14``), as the library stores them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta

PERIOD_UNITS = ("week", "month")


def period_start(day: str, unit: str) -> str:
    """The first day of the week (its Monday) or month holding ``day``."""
    when = date.fromisoformat(day[:10])
    if unit == "week":
        return (when - timedelta(days=when.weekday())).isoformat()
    if unit == "month":
        return when.replace(day=1).isoformat()
    raise ValueError(f"unknown period {unit!r}; use one of {', '.join(PERIOD_UNITS)}")


def period_end(start: str, unit: str) -> str:
    """The last day of the period that begins on ``start``."""
    return (_next(date.fromisoformat(start), unit) - timedelta(days=1)).isoformat()


def _day(partial: str) -> str:
    """A filter's date, which may be a month (``2025-03``) or a year, as its first day."""
    return partial + "-01-01"[len(partial) - 4:] if len(partial) < 10 else partial


def _next(start: date, unit: str) -> date:
    if unit == "week":
        return start + timedelta(days=7)
    if start.month == 12:
        return date(start.year + 1, 1, 1)
    return date(start.year, start.month + 1, 1)


def periods_between(first: str, last: str, unit: str) -> Iterator[str]:
    """Every period start from the one holding ``first`` to the one holding ``last``."""
    current = date.fromisoformat(period_start(first, unit))
    end = date.fromisoformat(period_start(last, unit))
    while current <= end:
        yield current.isoformat()
        current = _next(current, unit)


def count_by_period(days: Iterable[tuple[str, int, int]], unit: str,
                    first: str | None = None, last: str | None = None,
                    ) -> list[tuple[str, int, int]]:
    """``(day, articles, mentions)`` summed into ``(period start, articles, mentions)``,
    every period from the first to the last present (or from ``first`` to ``last``, the
    filter's dates, when given), empty ones with zeros: a chart over time must show the
    weeks nobody wrote about it. Nothing counted: no periods."""
    totals: dict[str, list[int]] = {}
    for day, articles, mentions in days:
        entry = totals.setdefault(period_start(day, unit), [0, 0])
        entry[0] += articles
        entry[1] += mentions
    if not totals:
        return []
    low = period_start(_day(first), unit) if first else min(totals)
    high = period_start(_day(last), unit) if last else max(totals)
    counted: list[tuple[str, int, int]] = []
    for start in periods_between(min(low, min(totals)), max(high, max(totals)), unit):
        articles, mentions = totals.get(start, (0, 0))
        counted.append((start, articles, mentions))
    return counted
