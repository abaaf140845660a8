"""Dates typed into the date filter: every shape a Chinese reader types, and why one is refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.date_input import DateRefusal, parse_date

LIBRARY = (date(2025, 3, 28), date(2025, 3, 31))
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@pytest.mark.parametrize("typed", [
    "2025-03-30", "2025-3-30", "2025/3/30", "2025/03/30", "2025.3.30", "20250330",
    "2025年3月30日", "2025 年 3 月 30 日", "3月30日", "3月30号", "3月30", " 2025-03-30 ",
    "２０２５－０３－３０", "３月３０日",
])
def test_the_shapes_a_reader_types(typed):
    assert parse_date(typed, LIBRARY, fallback_year=1999) == date(2025, 3, 30)


@pytest.mark.parametrize(("typed", "why"), [
    ("", DateRefusal.UNREADABLE),
    ("昨天", DateRefusal.UNREADABLE),
    ("30.3.2025", DateRefusal.UNREADABLE),
    ("2025-3", DateRefusal.UNREADABLE),
    ("2025-02-30", DateRefusal.NO_SUCH_DAY),
    ("2025-13-01", DateRefusal.NO_SUCH_DAY),
    ("13月1日", DateRefusal.NO_SUCH_DAY),
    ("2月29日", DateRefusal.NO_SUCH_DAY),  # the library's only year, 2025, has no 29 February
    ("0025-03-30", DateRefusal.OUT_OF_RANGE),
    ("3025-03-30", DateRefusal.OUT_OF_RANGE),
])
def test_a_refusal_says_why(typed, why):
    assert parse_date(typed, LIBRARY, fallback_year=2025) is why


def test_a_day_without_a_year_falls_inside_the_library():
    spanning = (date(2024, 6, 1), date(2025, 3, 31))
    assert parse_date("12月31日", spanning, 2030) == date(2024, 12, 31)
    assert parse_date("1月5日", spanning, 2030) == date(2025, 1, 5)
    assert parse_date("2月29日", spanning, 2030) == date(2024, 2, 29)
    # Outside the range: the range's last year that has the day.
    assert parse_date("5月1日", spanning, 2030) == date(2025, 5, 1)
    # An empty library: the caller's year.
    assert parse_date("3月30日", None, 2026) == date(2026, 3, 30)


@given(DATES)
def test_every_written_form_of_a_date_reads_back(day):
    y, m, d = day.year, day.month, day.day
    for typed in (day.isoformat(), f"{y}/{m}/{d}", f"{y}.{m}.{d}", f"{y}{m:02}{d:02}",
                  f"{y}年{m}月{d}日", f"{y}-{m}-{d}"):
        assert parse_date(typed, LIBRARY, 2025) == day


@given(DATES, DATES, st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)))
def test_a_day_without_a_year_takes_a_year_of_the_library(a, b, day):
    first, last = min(a, b), max(a, b)
    got = parse_date(f"{day.month}月{day.day}日", (first, last), 1990)
    if isinstance(got, DateRefusal):
        # Only 29 February in a range without a leap year.
        assert (day.month, day.day) == (2, 29)
        assert all(not _leap(y) for y in range(first.year, last.year + 1))
        return
    assert (got.month, got.day) == (day.month, day.day)
    assert first.year <= got.year <= last.year
    fits = [y for y in range(first.year, last.year + 1)
            if (day.month, day.day) != (2, 29) or _leap(y)]
    if any(first <= date(y, day.month, day.day) <= last for y in fits):
        assert first <= got <= last


@given(st.text(max_size=20))
def test_any_text_gives_a_date_or_a_reason(text):
    got = parse_date(text, LIBRARY, 2025)
    assert isinstance(got, date | DateRefusal)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
