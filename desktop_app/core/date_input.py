"""A date as a reader types it into the date filter: ``2025-03-30``, ``2025/3/30``,
``2025.3.30``, ``20250330``, ``2025年3月30日`` or ``3月30日`` (the year taken from the
library's dates).

Pure: the filter bar calls :func:`parse_date` and words the refusal in the UI's
language; :class:`DateRefusal` says which of a few things went wrong, and the text.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import Enum


class DateRefusal(Enum):
    UNREADABLE = "unreadable"  # not one of the accepted shapes
    NO_SUCH_DAY = "no-such-day"  # 2025-02-30, month 13
    OUT_OF_RANGE = "out-of-range"  # a year before 1900 or after 2099


# The years a newspaper page in this library may carry; a wider year is a typing slip.
FIRST_YEAR, LAST_YEAR = 1900, 2099

_SEP = r"\s*[-/.]\s*"
_FULL = re.compile(rf"(?P<y>\d{{4}}){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<d>\d{{1,2}})")
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_CHINESE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?")


def parse_date(text: str, library_range: tuple[date, date] | None,
               fallback_year: int) -> date | DateRefusal:
    """The date ``text`` names, or why it names none.

    A date without a year (``3月30日``) takes the latest year of ``library_range`` in
    which that day falls inside the range, else the range's last year; with no range,
    ``fallback_year`` (the caller's current year). Full-width digits and punctuation
    read as their ASCII forms; surrounding spaces are ignored.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    match = (_FULL.fullmatch(folded) or _COMPACT.fullmatch(folded)
             or _CHINESE.fullmatch(folded))
    if match is None:
        return DateRefusal.UNREADABLE
    month, day = int(match["m"]), int(match["d"])
    if match["y"] is not None:
        year = int(match["y"])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return DateRefusal.OUT_OF_RANGE
        return _make(year, month, day)
    return _without_year(month, day, library_range, fallback_year)


def _make(year: int, month: int, day: int) -> date | DateRefusal:
    try:
        return date(year, month, day)
    except ValueError:
        return DateRefusal.NO_SUCH_DAY


def _without_year(month: int, day: int, library_range: tuple[date, date] | None,
                  fallback_year: int) -> date | DateRefusal:
    if library_range is None:
        return _make(fallback_year, month, day)
    first, last = library_range
    # 2月29日 exists only in some years: refused only when no year of the range has it.
    candidates = [d for year in range(last.year, first.year - 1, -1)
                  if isinstance(d := _make(year, month, day), date)]
    if not candidates:
        return DateRefusal.NO_SUCH_DAY
    inside = [d for d in candidates if first <= d <= last]
    return (inside or candidates)[0]
