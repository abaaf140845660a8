"""What the window's charts show, as plain data (no Qt): mentions over time, top names.

:func:`mentions_over_time` counts, per week or month of page date, the articles about one
subject within the current filters: a name (by its key, so 湖南省 and 湖南 count as one),
a tag, or a search as typed in the search field. :func:`top_names` lists the names of
most articles among those the filters let through. Both run in the window's query thread
(ui/chart_queries.py) and in tests; they only read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desktop_app.core.calendar_periods import PERIOD_UNITS, count_by_period, period_end
from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.storage import chart_counts

if TYPE_CHECKING:
    from desktop_app.service import LibraryService

SUBJECTS = ("name", "tag", "search")  # what a chart over time can follow
TOP_NAMES = 15


@dataclass(frozen=True)
class Subject:
    """What a chart over time follows: ``kind`` one of SUBJECTS; ``value`` the name's key
    (``LOC:长株潭``), the tag, or the search as typed; ``label`` what the title shows."""

    kind: str
    value: str
    label: str = ""

    def __post_init__(self) -> None:
        if self.kind not in SUBJECTS:
            raise ValueError(f"unknown subject {self.kind!r}; use one of {', '.join(SUBJECTS)}")

    @property
    def shown(self) -> str:
        if self.label:
            return self.label
        return self.value.split(":", 1)[-1] if self.kind == "name" else self.value


@dataclass(frozen=True)
class PeriodCount:
    start: str  # ISO date of the period's first day (a Monday, or the 1st)
    end: str  # ISO date of its last day
    articles: int
    mentions: int  # 0 where the library does not count mentions (see has_mentions)


@dataclass(frozen=True)
class MentionSeries:
    subject: Subject
    unit: str  # one of core/calendar_periods.PERIOD_UNITS
    filters: Filters  # the filters it was counted within
    points: list[PeriodCount]
    has_mentions: bool  # mentions were counted (a name, in a library that stores them)

    @property
    def total_articles(self) -> int:
        return sum(p.articles for p in self.points)

    def filters_for(self, point: PeriodCount) -> Filters:
        """The list's filters that show the articles of ``point`` (a name or tag subject
        goes into the filters; a search stays the search field's)."""
        narrowed = replace(self.filters, date_from=point.start, date_to=point.end)
        if self.subject.kind == "name":
            return replace(narrowed, entity=None, entity_key=self.subject.value)
        if self.subject.kind == "tag":
            return replace(narrowed, tag=self.subject.value)
        return narrowed


@dataclass(frozen=True)
class TopName:
    key: str  # name key (core/extraction/name_keys.py)
    text: str  # the variant most articles use
    type: str  # PER, LOC or ORG
    articles: int
    mentions: int


def mentions_over_time(service: LibraryService, subject: Subject, unit: str = "month",
                       filters: Filters = NO_FILTERS) -> MentionSeries:
    """Articles (and, for a name, mentions) per ``unit`` about ``subject`` within
    ``filters``: every period from the first to the last article, empty ones as 0."""
    if unit not in PERIOD_UNITS:
        raise ValueError(f"unknown period {unit!r}; use one of {', '.join(PERIOD_UNITS)}")
    mentions = False
    if subject.kind == "name":
        mentions = service.read(chart_counts.has_mentions)
        days = service.read(lambda c: chart_counts.name_per_day(c, subject.value, filters))
    elif subject.kind == "tag":
        tagged = replace(filters, tag=subject.value)
        days = service.read(lambda c: chart_counts.articles_per_day(c, tagged))
    else:
        # The search's own matching (terms, exclusions, notes), every hit, not the 200 the
        # list shows; hits carry their date.
        hits = service.search(subject.value, filters, limit=None)
        per_day = Counter(hit.date for hit in hits if hit.date)
        days = [(day, count, 0) for day, count in sorted(per_day.items())]
    points = [PeriodCount(start, period_end(start, unit), articles, count)
              for start, articles, count in count_by_period(
                  days, unit, filters.date_from, filters.date_to)]
    return MentionSeries(subject, unit, filters, points, mentions)


def top_names(service: LibraryService, filters: Filters = NO_FILTERS, limit: int = TOP_NAMES,
              entity_type: str | None = None) -> list[TopName]:
    """The ``limit`` names in most of the articles ``filters`` lets through, most first."""
    rows = service.read(lambda c: chart_counts.top_names(c, filters, limit, entity_type))
    return [TopName(key, text, key.split(":", 1)[0], articles, mentions)
            for key, text, articles, mentions in rows]
