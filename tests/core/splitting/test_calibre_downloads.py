"""A paper as calibre's news download prints it: a table of contents, then each article
between its navigation lines (| Previous | Next | Section Menu | Main Menu |)."""

from __future__ import annotations

from desktop_app.core.splitting.signatures import byline_names, is_byline
from desktop_app.core.splitting.split import split_page

PAGE = """湘潭大学报 [Sat, 18 Apr 2026]

Table of Contents

  1. 琴湖春深
     文/张雨桐（文学与新闻学院2023级）
  2. 樱花大道
     摄影/刘子墨（物理与光电工程学院2024级）

| Main Menu |



琴湖春深

文/张雨桐（文学与新闻学院2023级）

三月的最后一场雨停了，琴湖的水涨起来一些，岸边的柳条垂得更低。

又是一年春深，琴湖静静地在那里，把每一个人的青春都收进水光里。

| Next | Section Menu | Main Menu |

This article was downloaded by calibre from http://xtdxb.xtu.edu.cn/html/2026-04/18/content_4_1.htm



樱花大道

摄影/刘子墨（物理与光电工程学院2024级）

四月，湘大樱花大道上的樱花次第盛开，吸引不少师生和市民前来赏花留影。

| Previous | Next | Section Menu | Main Menu |
"""


def test_each_article_keeps_its_headline_between_the_navigation_lines() -> None:
    articles = split_page(PAGE).articles
    assert [a.title for a in articles] == ["琴湖春深", "樱花大道"]
    assert articles[1].authors == ["刘子墨"]
    text = "".join(p for a in articles for p in [a.title, a.kicker, *a.paragraphs])
    assert "Menu" not in text and "Next" not in text


def test_a_photographer_signing_before_the_name_is_a_byline() -> None:
    assert is_byline("摄影/刘子墨（物理与光电工程学院2024级）")
    assert byline_names("摄影/刘子墨") == ["刘子墨"]
