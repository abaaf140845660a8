"""Headline stacks whose lines are labelled (a clipping service's record, a draft)."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

CLIPPINGS = """标题：湘江新区发布低空经济十条
引题：抢抓新赛道
副标题：三年内建成50个起降点
来源：湖南日报
版次：第03版
作者：记者 刘明
4月1日，湘江新区出台支持低空经济发展十条措施，提出三年内建成起降点50个。
措施明确，对新落户的整机制造企业给予最高2000万元奖励。

【标题】醴陵陶瓷出口首季增长两成 【作者】王芳 【版次】第04版 【日期】2026-05-12
一季度，醴陵日用陶瓷出口额同比增长21.3%，产品销往90多个国家和地区。
当地企业负责人说，今年订单已排到了7月。
"""


def test_labelled_lines_are_read_as_the_stack_they_name() -> None:
    first, second = split_page(CLIPPINGS).articles
    assert first.title == "湘江新区发布低空经济十条"
    assert "抢抓新赛道" in first.subtitle and "三年内建成50个起降点" in first.subtitle
    assert first.byline == "记者 刘明"
    assert first.paragraphs[0].startswith("4月1日，湘江新区")
    assert second.title == "醴陵陶瓷出口首季增长两成"
    assert second.paragraphs[-1] == "当地企业负责人说，今年订单已排到了7月。"


def test_a_label_without_a_headline_stays_text() -> None:
    page = """湖南日报编辑谈新闻写作
湖南日报全媒体记者 李明
好标题要短。他举例说：
标题：一句话说清新闻
这样的标题，读者一眼就懂。
"""
    (article,) = split_page(page).articles
    assert "标题：一句话说清新闻" in "".join(article.paragraphs + article.subheads)
