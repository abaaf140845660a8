"""Search narrowed by tag, kind, date range and entity, alone and together.

The expected sets come from reading each article (its kind, date, tags and corrected
entities), not from the filter SQL that search itself uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.service import ArticleDetail, LibraryService

# A second dated page: among the seeds only 000 prints a date (2025-03-30).
APRIL_PAGE = """05

2025年4月1日 星期二
责任编辑 周明 版式设计 王芳

## 算力券助力中小企业上云

湖南日报全媒体记者 李明

本报长沙3月31日讯 长沙市今年将发放算力券，帮助中小企业使用智能算力，降低上云成本。\
市工业和信息化局介绍，首批算力券面向制造业企业，每家企业最高可申领十万元。

湖南大学教授表示，算力券让企业更快用上人工智能，湖南的算力产业也将因此受益。

## 湘江边的春天

湖南日报记者 王华

四月的湘江边，桃花盛开，市民三三两两沿江散步。岳麓山下，游客络绎不绝，湖南的春天来了。
"""
QUERIES = ("湖南", "算力", "的", "产业 发展")


@pytest.fixture(scope="module")
def dated(copy_library: Callable[[Path], Path], tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[LibraryService]:
    folder = tmp_path_factory.mktemp("filters")
    page = folder / "april.txt"
    page.write_text(APRIL_PAGE, encoding="utf-8")
    service = LibraryService.open(copy_library(folder / "lib"), import_seeds=False)
    assert service.import_paths([page]).added_pages == 1
    yield service
    service.close()


@pytest.fixture(scope="module")
def details(dated: LibraryService) -> dict[str, ArticleDetail]:
    return {i: dated.article(i) for i in dated.article_ids()}


def hits(lib: LibraryService, query: str, **filters: str) -> set[str]:
    return {h.article_id for h in lib.search(query, limit=None, **filters)}


def expected(lib: LibraryService, details: dict[str, ArticleDetail], query: str,
             keep: Callable[[ArticleDetail], bool]) -> set[str]:
    return {i for i in hits(lib, query) if keep(details[i])}


def test_the_library_has_two_dated_pages_and_undated_ones(
        details: dict[str, ArticleDetail]) -> None:
    dates = {d.date for d in details.values()}
    assert {"2025-03-30", "2025-04-01", None} <= dates


@pytest.mark.parametrize("query", QUERIES)
def test_kind_filter_keeps_exactly_that_kind(dated: LibraryService, details: dict, query: str
                                             ) -> None:
    everything = hits(dated, query)
    kinds = {details[i].kind for i in everything}
    assert len(kinds) >= 2, "the query must span kinds for the filter to show"
    for kind in kinds:
        found = hits(dated, query, kind=kind)
        assert found and found == expected(dated, details, query, lambda d, k=kind: d.kind == k)
    assert set().union(*(hits(dated, query, kind=k) for k in kinds)) == everything


@pytest.mark.parametrize(("date_from", "date_to", "dates"), [
    ("2025-04-01", None, {"2025-04-01"}),
    (None, "2025-03-30", {"2025-03-30"}),
    ("2025-03-30", "2025-03-30", {"2025-03-30"}),
    (None, "2025-03", {"2025-03-30"}),  # a month as the upper bound means all of it
    ("2025-03-31", "2025-12-31", {"2025-04-01"}),
    ("2025-01-01", None, {"2025-03-30", "2025-04-01"}),
    ("2025-04-02", None, set()),
])
@pytest.mark.parametrize("query", ["湖南", "算力"])
def test_date_range_keeps_dated_articles_inside_it(
    dated: LibraryService, details: dict, query: str, date_from: str | None,
    date_to: str | None, dates: set[str],
) -> None:
    found = hits(dated, query, date_from=date_from, date_to=date_to)
    assert found == expected(dated, details, query, lambda d: d.date in dates)
    # Undated pages (seeds 001–004) never satisfy a date filter.
    assert all(details[i].date is not None for i in found)
    if dates:
        assert found


def test_tag_filter_keeps_tagged_matches_only(lib_path: Path) -> None:
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        matching = sorted(hits(lib, "湖南"))
        other = next(i for i in lib.article_ids() if i not in matching)
        chosen = matching[:2]
        for article_id in [*chosen, other]:
            lib.tag(article_id, "待读")
        assert hits(lib, "湖南", tag="待读") == set(chosen)
        assert hits(lib, "湖", tag="待读") == {i for i in [*chosen, other]
                                              if "湖" in _all_text(lib.article(i))}
        assert hits(lib, "湖南", tag="没有这个标签") == set()
        lib.untag(chosen[0], "待读")
        assert hits(lib, "湖南", tag="待读") == {chosen[1]}


def _all_text(d: ArticleDetail) -> str:
    return "\n".join([d.title, d.subtitle, d.byline, d.dateline, *d.subheads, d.text,
                      d.note, *d.tags])


def _common_entity(lib: LibraryService, details: dict, query: str) -> str:
    counts: dict[str, int] = {}
    for i in hits(lib, query):
        for text in {e.text for e in details[i].entities}:
            counts[text] = counts.get(text, 0) + 1
    everything = len(hits(lib, query))
    # An entity in some but not all matches, so that the filter visibly narrows.
    return max((n, t) for t, n in counts.items() if 1 < n < everything)[1]


@pytest.mark.parametrize("query", ["湖南", "的"])
def test_entity_filter_keeps_articles_naming_it(dated: LibraryService, details: dict,
                                                query: str) -> None:
    entity = _common_entity(dated, details, query)
    found = hits(dated, query, entity=entity)
    assert found == expected(dated, details, query,
                             lambda d: any(e.text == entity for e in d.entities))
    assert 1 < len(found) < len(hits(dated, query))


@pytest.mark.parametrize("query", ["湖南", "的"])
def test_filters_combine_as_an_intersection(lib_path: Path, query: str) -> None:
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        page = lib_path.parent / "april.txt"
        page.write_text(APRIL_PAGE, encoding="utf-8")
        lib.import_paths([page])
        details = {i: lib.article(i) for i in lib.article_ids()}
        april = [i for i, d in details.items() if d.date == "2025-04-01"]
        march = [i for i, d in details.items() if d.date == "2025-03-30"]
        for article_id in [*april, *march[::2]]:
            lib.tag(article_id, "专题")
        narrowed = 0
        for filters in (
            {"tag": "专题", "date_from": "2025-04-01"},
            {"tag": "专题", "date_to": "2025-03-31"},
            {"kind": "brief", "date_from": "2025-03-30", "date_to": "2025-04-30"},
            {"kind": "article", "tag": "专题"},
            {"entity": "湖南", "tag": "专题"},
            {"entity": "湖南", "kind": "article", "date_to": "2025-03"},
        ):
            singles = [hits(lib, query, **{k: v}) for k, v in filters.items()]
            combined = hits(lib, query, **filters)
            assert combined == set.intersection(*singles), filters
            narrowed += bool(combined) and all(combined < s for s in singles)
        assert narrowed >= 3, "most combinations must narrow beyond each filter alone"
        assert hits(lib, query, tag="专题", date_from="2025-04-01") == {
            i for i in april if query in _all_text(details[i])}
