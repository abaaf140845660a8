"""What the charts count (service_charts.py): mentions over time and the top names, each
checked against what the article list shows for the same filters."""

from __future__ import annotations

import itertools
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService
from desktop_app.service_charts import Subject, mentions_over_time, top_names
from tests.helpers.dated_library import spread_dates


@pytest.fixture(scope="module")
def dated(copy_library, tmp_path_factory):
    path = copy_library(tmp_path_factory.mktemp("dated"))
    spread_dates(path)
    service = LibraryService.open(path, import_seeds=False, daily_backup=False)
    yield service
    service.close()


def test_a_name_over_time_counts_each_article_naming_any_variant_once(dated):
    top = top_names(dated, limit=1)[0]
    series = mentions_over_time(dated, Subject("name", top.key), "month")
    assert series.total_articles == dated.entity_article_count(key=top.key) == top.articles
    for point in series.points:
        # Clicking the bar lists exactly the articles it counts.
        assert len(dated.article_ids(series.filters_for(point))) == point.articles
    starts = [p.start for p in series.points]
    assert starts == sorted(starts) and all(s.endswith("-01") for s in starts)


def test_weeks_are_consecutive_mondays_and_add_up_to_the_months(dated):
    key = top_names(dated, limit=1)[0].key
    weeks = mentions_over_time(dated, Subject("name", key), "week").points
    months = mentions_over_time(dated, Subject("name", key), "month").points
    assert sum(p.articles for p in weeks) == sum(p.articles for p in months)
    days = [date.fromisoformat(p.start) for p in weeks]
    assert all(d.weekday() == 0 for d in days)
    assert all((b - a).days == 7 for a, b in itertools.pairwise(days))
    assert any(p.articles == 0 for p in weeks)  # quiet weeks are drawn, as zero


def test_a_tag_over_time_counts_the_tagged_articles_in_their_months(dated, tmp_path):
    ids = dated.article_ids(order="date")
    chosen = [ids[0], ids[-1]]
    for article_id in chosen:
        dated.tag(article_id, "跟踪")
    try:
        series = mentions_over_time(dated, Subject("tag", "跟踪"), "month")
        assert series.total_articles == 2 and not series.has_mentions
        assert series.points[0].articles == series.points[-1].articles == 1
        assert all(p.articles == 0 for p in series.points[1:-1])
        first = dated.article_ids(series.filters_for(series.points[0]))
        assert first == [chosen[0]]
    finally:
        for article_id in chosen:
            dated.untag(article_id, "跟踪")


def test_a_search_over_time_counts_every_hit_not_just_the_first_page(dated):
    hits = dated.search("湖南", limit=None)
    series = mentions_over_time(dated, Subject("search", "湖南"), "month")
    assert series.total_articles == len(hits) > 10
    point = max(series.points, key=lambda p: p.articles)
    narrowed = dated.search("湖南", series.filters_for(point), limit=None)
    assert len(narrowed) == point.articles


def test_the_current_filters_narrow_what_is_counted(dated):
    key = top_names(dated, limit=1)[0].key
    everything = mentions_over_time(dated, Subject("name", key), "month")
    spring = Filters(date_from="2025-03-01", date_to="2025-04")
    narrowed = mentions_over_time(dated, Subject("name", key), "month", spring)
    assert 0 < narrowed.total_articles < everything.total_articles
    assert [p.start for p in narrowed.points] == ["2025-03-01", "2025-04-01"]
    kind = dated.kinds()[0][0]
    by_kind = mentions_over_time(dated, Subject("name", key), "month", Filters(kind=kind))
    assert by_kind.total_articles == len(dated.article_ids(Filters(kind=kind, entity_key=key)))


def test_top_names_are_those_of_most_articles_within_the_filters(dated):
    names = top_names(dated, limit=8)
    assert len(names) == 8
    counts = [n.articles for n in names]
    assert counts == sorted(counts, reverse=True)
    for name in names:
        assert dated.entity_article_count(key=name.key) == name.articles
        assert name.key.startswith(f"{name.type}:")
    places = top_names(dated, limit=3, entity_type="LOC")
    assert places and all(n.type == "LOC" for n in places)
    ids = dated.article_ids(order="date")
    late = Filters(date_from=dated.article(ids[-10]).date)
    for name in top_names(dated, late, limit=5):
        assert name.articles == len(dated.article_ids(replace(late, entity_key=name.key)))


def test_mentions_are_summed_where_the_library_counts_them(copy_library, tmp_path):
    path = copy_library(tmp_path)
    spread_dates(path)
    conn = sqlite3.connect(path)
    with conn:  # as the names index (migration 7) stores them: one count per article row
        if "mentions" not in {r[1] for r in conn.execute("PRAGMA table_info(article_entities)")}:
            conn.execute("ALTER TABLE article_entities ADD COLUMN mentions INTEGER"
                         " NOT NULL DEFAULT 1")
        conn.execute("UPDATE article_entities SET mentions = 3")
    conn.close()
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        top = top_names(lib, limit=1)[0]
        series = mentions_over_time(lib, Subject("name", top.key), "week")
        assert series.has_mentions
        variants = sum(n for _t, _ty, n in lib.entity_variants(top.key))
        assert sum(p.mentions for p in series.points) == top.mentions == 3 * variants


def test_unknown_periods_and_subjects_are_refused(dated):
    with pytest.raises(ValueError, match="week, month"):
        mentions_over_time(dated, Subject("tag", "x"), "year")
    with pytest.raises(ValueError, match="name, tag, search"):
        Subject("figure", "x")
