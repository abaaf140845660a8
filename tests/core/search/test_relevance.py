"""Ranking as a reader would judge it: queries on the sample library with the articles a
reader expects at the top (title first, then how densely the text holds the terms)."""

from __future__ import annotations

import pytest

from desktop_app.core.search.relevance import relevance

# query, how many results to look at, titles (their start) that must all be among them.
EXPECTED_TOP = [
    ("算", 3, ("绿色智能计算", "“算力券”", "适度超前 湖南“立体计算”")),
    ("算", 1, ("绿色智能计算",)),
    ("算力", 1, ("“算力券”",)),
    ("汽车", 1, ("湖南是吉利汽车",)),
    ("吉利", 2, ("湖南是吉利汽车", "3月22日，位于湘潭经开区的吉利汽车")),
    ("长沙", 2, ("建强用好科创平台 助推长沙",)),
    ("新材料", 2, ("新材料产业是突破口", "新材料项目产业链专场")),
    ("制造", 1, ("湘江潮涌 制造向新",)),
    ("湖南 算力", 2, ("绿色智能计算", "适度超前 湖南“立体计算”")),
]


@pytest.mark.parametrize(("query", "top", "titles"), EXPECTED_TOP)
def test_expected_articles_rank_first(shared_lib, query: str, top: int,
                                      titles: tuple[str, ...]) -> None:
    found = [hit.title for hit in shared_lib.search(query)[:top]]
    for title in titles:
        assert any(t.startswith(title) for t in found), (query, found)


def test_scores_fall_down_the_list(shared_lib) -> None:
    scores = [hit.score for hit in shared_lib.search("湖南")]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[-1]  # not all equal: the order says something


def test_title_beats_a_passing_mention() -> None:
    body = "今天天气很好。" * 100
    assert relevance(["算力"], "算力网络", body) > relevance(["算力"], "天气", body + "算力")


def test_dense_article_beats_a_long_one_mentioning_the_term_once() -> None:
    dense = ("算力" + "很重要。" * 10) * 20
    sparse = "算力" + "别的事情。" * 400
    assert relevance(["算力"], "", dense) > relevance(["算力"], "", sparse)


def test_a_short_caption_does_not_outrank_an_article_about_the_term() -> None:
    caption = "工人在车间调试算力设备。"
    article = ("算力" + "支撑产业发展，" * 8) * 12
    assert relevance(["算力"], "", article) > relevance(["算力"], "", caption)


def test_a_note_counts() -> None:
    assert relevance(["算力"], "", "正文", "我的笔记：算力") > relevance(["算力"], "", "正文")
