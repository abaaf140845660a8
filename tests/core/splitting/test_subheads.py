"""Subheads (小标题) inside an article: found where papers print them, never taken from
a headline, dateline or caption, and placed above the paragraph they head.

Measured on the layout generator (tests/core/splitting/layouts.py): the ``subheads``
family prints sections headed as papers head them (marked like the page's headings,
numbered 一、 or （一）, in 【】, or bare); every family prints the subheads its stories
have. bench/split_layouts.py prints the same scores per family.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.core.splitting.blocks import starts_dateline
from desktop_app.core.splitting.split import split_page
from desktop_app.core.splitting.subhead_forms import subhead_form
from tests.core.splitting.layouts import (
    Page,
    SubheadScores,
    corpus,
    norm,
    pages,
    score_subheads,
)


@cache
def _per_family() -> dict[str, SubheadScores]:
    table: dict[str, SubheadScores] = {}
    for page in corpus(30):
        scores = table.setdefault(page.family, SubheadScores())
        scores.add(score_subheads(page, split_page(page.text).articles))
    return table


def _scores(family: str | None) -> SubheadScores:
    total = SubheadScores()
    for name, scores in _per_family().items():
        if family is None or name == family:
            total.add(scores)
    return total


@pytest.mark.thorough  # a floor over a whole generated set: CI's second run (--tier thorough)
def test_subheads_printed_in_every_form_are_found_above_their_paragraph() -> None:
    scores = _scores("subheads")
    assert scores.printed >= 100
    assert scores.precision >= 0.95 and scores.recall >= 0.8, scores


@pytest.mark.thorough  # a floor over a whole generated set: CI's second run (--tier thorough)
def test_few_headlines_or_paragraphs_are_taken_for_subheads_on_any_layout() -> None:
    # Most wrong ones are a headline printed with no byline right under a story's last
    # paragraph (0.905 and 0.83 when measured).
    scores = _scores(None)
    assert scores.precision >= 0.88 and scores.recall >= 0.8, scores


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_a_subhead_is_a_printed_line_placed_inside_its_article(page: Page) -> None:
    text = norm(page.text)
    captions = {norm(s) for item in page.items if item.kind == "photo" for s in item.sentences}
    for article in split_page(page.text).articles:
        assert len(article.subheads) == len(article.subhead_positions)
        assert article.subhead_positions == sorted(article.subhead_positions)
        for subhead, before in zip(article.subheads, article.subhead_positions, strict=True):
            assert 0 <= before <= len(article.paragraphs)
            assert norm(subhead).strip("*#") in text, (page.describe(), subhead)
            assert not starts_dateline(subhead), (page.describe(), subhead)
            assert norm(subhead) not in captions, (page.describe(), subhead)


BODY = "长沙市今年新开工重点项目120个，总投资超过800亿元。"
MORE = "市发改委负责人介绍，项目涵盖先进制造、城市更新和民生保障等领域。"


def test_numbered_and_bracketed_subheads_left_bare_on_a_markdown_page() -> None:
    page = split_page(
        f"## 长沙重点项目建设提速\n\n湖南日报全媒体记者 张三\n\n{BODY}\n\n"
        f"一、抓项目 稳增长\n\n{MORE}\n\n【服务跟着需求走】\n\n今年还将新建便民服务站30个。\n"
    )
    [article] = page.articles
    assert article.subheads == ["一、抓项目 稳增长", "【服务跟着需求走】"]
    assert article.subhead_positions == [1, 2]
    assert article.paragraphs == [BODY, MORE, "今年还将新建便民服务站30个。"]


def test_a_numbered_subhead_in_a_narrow_column_does_not_take_the_next_line() -> None:
    lines = ["本报讯（记者 张三）长沙市今年", "新开工重点项目120个，总投", "资超过800亿元。",
             "（一）政策红利释放", "市发改委负责人介绍，项目涵", "盖先进制造和城市更新等领域。"]
    [article] = split_page("\n".join(lines) + "\n").articles
    assert article.subheads == ["（一）政策红利释放"]
    assert article.paragraphs[1] == "市发改委负责人介绍，项目涵盖先进制造和城市更新等领域。"


def test_a_numbered_paragraph_that_fills_its_column_is_not_a_subhead() -> None:
    lines = ["本报讯（记者 张三）长沙市今年", "新开工重点项目120个，总投", "资超过800亿元。",
             "一、加强组织领导，各区县要", "建立工作专班，压实主体责任。"]
    [article] = split_page("\n".join(lines) + "\n").articles
    assert article.subheads == []
    assert article.paragraphs[-1] == "一、加强组织领导，各区县要建立工作专班，压实主体责任。"


def test_short_paragraphs_and_datelines_are_not_subhead_forms() -> None:
    assert subhead_form("一、抓项目 稳增长") and subhead_form("（二）人才引得进留得住")
    assert subhead_form("【守住绿水青山】") and subhead_form("3.数字赋能见实效")
    assert not subhead_form("一、加强组织领导，压实责任。")
    assert not subhead_form("2025年全省经济稳中向好")  # a year is no number of a section
    assert not subhead_form("3.5亿元投向乡村")
    assert not subhead_form("本报讯（记者 张三）")


CASE = """虚报收购数量套取补贴如何定性

本报记者 李明 通讯员 周晓

【基本案情】
王某，中共党员，某县国有粮食购销公司收购站站长，伙同张某虚报收购数量。
【分歧意见】
第一种意见认为，王某与张某共同骗取国家补贴资金，应认定为诈骗罪共犯。
【评析意见】
笔者同意第二种意见。
"""


def test_a_cases_first_bracketed_section_under_its_signed_headline_opens_the_story() -> None:
    [article] = split_page(CASE).articles
    assert article.title == "虚报收购数量套取补贴如何定性"
    assert article.subheads == ["【基本案情】", "【分歧意见】", "【评析意见】"]
    assert article.subtitle == ""


def test_a_bracketed_line_under_a_byline_with_no_section_after_it_heads_a_piece() -> None:
    page = CASE.split("【分歧意见】")[0] + "\n【图说】\n\n4月6日，游客在公园赏花。 陈杰 摄\n"
    titles = [a.title for a in split_page(page).articles]
    assert titles[0] == "虚报收购数量套取补贴如何定性"
