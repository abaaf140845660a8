"""A site's list of the page's headlines, each printed again over its article, is no text
of any article: the list goes, the copy over each article stays."""

from __future__ import annotations

from desktop_app.core.splitting.lines import Kind, page_lines
from desktop_app.core.splitting.split import split_page
from desktop_app.core.splitting.web_chrome import web_lines

HEADER = "人民日报\n2025年11月12日 星期三\n第05版：评论\n"
INDEX = "本版新闻\n让“冷资源”变成“热经济”\n以科技创新引领产业焕新\n往期回顾\n\n"
ARTICLES = ("人民时评\n让“冷资源”变成“热经济”\n王 清\n　　入冬以来，冰雪旅游预订量明显回升。\n\n"
            "评论员观察\n以科技创新引领产业焕新\n本报评论员\n　　一块屏幕能折叠上万次。\n\n")


def _texts(page: str) -> list[str]:
    """The page's text lines, its furniture (the list among it) left out."""
    return [line.text.strip() for line in web_lines(page_lines(page))
            if line.kind is not Kind.BANNER]


def test_the_list_of_headlines_goes_and_each_headline_stays_over_its_article() -> None:
    texts = _texts(HEADER + INDEX + ARTICLES)
    assert texts.count("让“冷资源”变成“热经济”") == 1
    assert texts.index("让“冷资源”变成“热经济”") == texts.index("人民时评") + 1
    assert texts.index("以科技创新引领产业焕新") == texts.index("评论员观察") + 1


def test_a_headline_the_papers_list_gives_whole_is_one_though_printed_on_two_lines() -> None:
    page = ("【今日导读】\n1. 宏远主场大胜 大比分扳成1比1\n"
            "2. 佛山主场逼平广州 “粤超”德比看台爆满\n\n佛山主场逼平广州\n“粤超”德比看台爆满\n\n"
            "本报讯 昨晚，佛山队主场与广州队战成1比1，现场球迷超过两万人。\n")
    titles = [article.title for article in split_page(page).articles]
    assert titles[-1] == "佛山主场逼平广州 “粤超”德比看台爆满"
