"""The records' JSON shapes are spelled out field by field (for the type checker and so a
new field is a choice); they must print exactly what ``dataclasses.asdict`` printed."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from desktop_app.core.spans import EntitySpan, NumberSpan
from desktop_app.storage.records import (
    ArticleDetail,
    ArticleRow,
    Highlight,
    ImportReport,
    SearchHit,
)

HIGHLIGHT = Highlight(7, "a-1", 2, 5, "长沙市", "在", "召开", "yellow", "注", "t0", "t1", True)


def _printed(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def test_each_record_prints_what_asdict_printed() -> None:
    records = [
        HIGHLIGHT,
        ArticleRow("a-1", "标题", "2025-03-30", "04", "article", ["经济"], 12, 1),
        ArticleDetail(
            id="a-1", title="标题", subtitle="副题", byline="记者", authors=["甲"],
            dateline="长沙讯", kind="article", subheads=["一"], paragraphs=["在长沙市召开"],
            text="在长沙市召开", date="2025-03-30", page="04", section="要闻",
            source_path="/p.txt",
            numbers=[NumberSpan(0, 2, "三成", "percent", 30.0, None, "%", "约", None)],
            entities=[EntitySpan(1, 4, "长沙市", "place")], note="笔记", tags=["经济"],
            highlights=[HIGHLIGHT], retired=True,
        ),
        ImportReport(1, 2, 3, 4, ["bad.txt: unreadable"], [7], True),
    ]
    for record in records:
        # An article prints its subheads with their positions as one list (below).
        names = [f.name for f in fields(record) if f.name != "subhead_positions"]
        expected = {k: v for k, v in asdict(record).items() if k != "subhead_positions"}
        if isinstance(record, ArticleDetail):
            expected["subheads"] = [{"text": "一", "before_paragraph": None}]
        assert names == list(record.to_dict())
        assert _printed(record.to_dict()) == _printed(expected)


def test_an_article_prints_each_subhead_with_the_paragraph_it_heads() -> None:
    detail = ArticleDetail(
        id="a-1", title="标题", subtitle="", byline="", authors=[], dateline="",
        kind="article", subheads=["一、抓项目", "二、稳增长"], paragraphs=["甲。", "乙。", "丙。"],
        text="甲。\n乙。\n丙。", date=None, page=None, section=None, source_path="/p.txt",
        subhead_positions=[1, 2],
    )
    printed = detail.to_dict()
    assert printed["subheads"] == [{"text": "一、抓项目", "before_paragraph": 1},
                                   {"text": "二、稳增长", "before_paragraph": 2}]
    assert "subhead_positions" not in printed
    expected = {k: v for k, v in asdict(detail).items() if k != "subhead_positions"}
    assert _printed(printed) == _printed({**expected, "subheads": printed["subheads"]})


def test_a_search_hit_prints_its_hits_as_lists() -> None:
    hit = SearchHit("a-1", "标题", None, "article", "…长沙…", [(1, 3), (5, 6)], 1.5)
    expected = {**asdict(hit), "snippet_hits": [[1, 3], [5, 6]]}
    assert _printed(hit.to_dict()) == _printed(expected)


def test_to_dict_hands_out_copies_of_the_lists() -> None:
    row = ArticleRow("a-1", "标题", None, None, "article", ["经济"], 0, 0)
    row.to_dict()["tags"].append("改了")
    assert row.tags == ["经济"]
