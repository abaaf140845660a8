"""LibraryService.facts / count_facts: the figures of the articles the list's filters
select, narrowed by kind, unit and subject, in a chosen order, a page at a time."""

from __future__ import annotations

import pytest

from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService


def test_filters_narrow_the_figures_to_their_articles(shared_lib: LibraryService) -> None:
    lib = shared_lib
    every = lib.facts()
    assert lib.count_facts() == len(every) > 300
    article_id = lib.article_ids()[0]
    lib.tag(article_id, "算力")
    try:
        tagged = lib.facts(Filters(tag="算力"))
        assert tagged and {r.article_id for r in tagged} == {article_id}
        assert lib.count_facts(Filters(tag="算力")) == len(tagged)
    finally:
        lib.untag(article_id, "算力")
    naming = set(lib.article_ids(Filters(entity="长沙")))
    rows = lib.facts(Filters(entity="长沙"))
    assert rows and {r.article_id for r in rows} <= naming
    assert len(rows) == sum(1 for r in every if r.article_id in naming)
    dated = lib.facts(Filters(date_from="2025-03-30", date_to="2025-03-30"))
    assert dated and all(r.date == "2025-03-30" for r in dated)


def test_kind_unit_and_subject(shared_lib: LibraryService) -> None:
    every = shared_lib.facts()
    percents = shared_lib.facts(kind="percent")
    assert percents == [r for r in every if r.kind == "percent"]
    yuan = shared_lib.facts(unit="元", subject="投资")
    assert yuan == [r for r in every if r.unit == "元" and "投资" in r.subject]
    assert yuan and shared_lib.count_facts(unit="元", subject="投资") == len(yuan)
    in_2024 = shared_lib.facts(period=("2024", "2024"))
    assert in_2024 == [r for r in every if (r.period_iso or "").startswith("2024")]
    assert in_2024 and shared_lib.count_facts(period=("2024", "2024")) == len(in_2024)
    with pytest.raises(ValueError, match="unknown number kind"):
        shared_lib.facts(kind="colour")


def test_orders_and_pages(shared_lib: LibraryService) -> None:
    money = shared_lib.facts(kind="money", order="value", descending=True)
    values = [r.value for r in money]
    assert values == sorted(values, reverse=True)  # type: ignore[type-var]
    pages = [shared_lib.facts(kind="money", order="value", descending=True, limit=10,
                              offset=k) for k in range(0, len(money), 10)]
    assert [r for page in pages for r in page] == money
    by_subject = [r.subject for r in shared_lib.facts(order="subject")]
    assert by_subject == sorted(by_subject)
    with pytest.raises(ValueError, match="unknown order"):
        shared_lib.facts(order="colour")


def test_title_order_and_each_figures_sentence(shared_lib: LibraryService) -> None:
    titles = [r.title for r in shared_lib.facts(order="title", descending=True)]
    assert titles == sorted(titles, reverse=True)
    rows = shared_lib.facts(kind="money", limit=20)
    sentences = shared_lib.fact_sentences(rows)
    assert len(sentences) == len(rows)
    for row, sentence in zip(rows, sentences, strict=True):
        text = shared_lib.article(row.article_id).text
        assert row.text in sentence and sentence in text
        # Whole: it ends at a full stop (or the paragraph's end), starts after one.
        at = text.index(sentence)
        assert at == 0 or text[at - 1] in "。！？!?\n"
        assert sentence[-1] in "。！？!?" or text[at + len(sentence):][:1] in ("", "\n")
