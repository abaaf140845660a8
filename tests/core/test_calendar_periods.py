"""Weeks and months of page dates (core/calendar_periods.py): what a chart over time counts in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.calendar_periods import (
    count_by_period,
    period_end,
    period_start,
    periods_between,
)


def test_a_week_runs_monday_to_sunday_and_a_month_from_its_first_to_its_last_day():
    assert period_start("2025-03-30", "week") == "2025-03-24"  # a Sunday
    assert period_start("2025-03-24", "week") == "2025-03-24"
    assert period_end("2025-03-24", "week") == "2025-03-30"
    assert period_start("2024-02-29", "month") == "2024-02-01"
    assert period_end("2024-02-01", "month") == "2024-02-29"
    assert period_end("2025-12-01", "month") == "2025-12-31"
    with pytest.raises(ValueError, match="week, month"):
        period_start("2025-03-30", "day")


@given(st.dates(date(1950, 1, 1), date(2100, 12, 1)), st.sampled_from(["week", "month"]))
def test_every_day_lies_in_its_period(day: date, unit: str):
    start = period_start(day.isoformat(), unit)
    assert start <= day.isoformat() <= period_end(start, unit)
    # The day after the period's end starts the next period.
    following = date.fromisoformat(period_end(start, unit)) + timedelta(days=1)
    assert period_start(following.isoformat(), unit) == following.isoformat()


def test_periods_without_articles_are_counted_as_zero_not_left_out():
    days = [("2025-01-15", 2, 5), ("2025-01-20", 1, 1), ("2025-04-02", 3, 4)]
    assert count_by_period(days, "month") == [
        ("2025-01-01", 3, 6), ("2025-02-01", 0, 0), ("2025-03-01", 0, 0),
        ("2025-04-01", 3, 4)]
    assert list(periods_between("2024-12-30", "2025-01-13", "week")) == [
        "2024-12-30", "2025-01-06", "2025-01-13"]
    assert count_by_period([], "week") == []
    # The filter's dates (a month or a day) widen the range, so quiet ends show too.
    assert count_by_period([("2025-03-05", 1, 0)], "month", "2025-02", "2025-04-30") == [
        ("2025-02-01", 0, 0), ("2025-03-01", 1, 0), ("2025-04-01", 0, 0)]
