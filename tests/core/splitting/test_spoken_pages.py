"""A page as a screen reader spoke it (NVDA's speech viewer log): role words before each
element's text."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

LOG = """检察日报数字报-第03版：检察新闻 - Google Chrome
检察日报数字报-第03版：检察新闻  文档
图形  检察日报
链接  首页
链接  上一版
标题  级别 2  第03版：检察新闻
列表  包含 2 项
链接  最高检发布一批涉农检察公益诉讼典型案例
链接  河北：“小案快办”跑出司法加速度
退出列表
检察日报数字报-河北：“小案快办”跑出司法加速度 - Google Chrome
链接  返回版面
标题  级别 2  第03版：检察新闻
半年来平均办案周期缩短近三成
标题  级别 1  河北：“小案快办”跑出司法加速度
本报讯（记者 闫晶）“从案发到判决只用了12天，没想到这么快。”近日，一名被告人说。
今年4月以来，河北省检察院会同省法院出台工作指引，推动轻微刑事案件快速办理。
链接  上一篇：最高检发布一批涉农检察公益诉讼典型案例
"""


def test_a_spoken_pages_headings_are_headlines_and_its_links_furniture() -> None:
    [article] = split_page(LOG).articles
    assert (article.title, article.kicker) == ("河北：“小案快办”跑出司法加速度",
                                               "半年来平均办案周期缩短近三成")
    assert article.paragraphs[0].startswith("“从案发到判决只用了12天")
    assert not any("链接" in p or "Chrome" in p for p in article.paragraphs)


def test_a_story_that_mentions_links_is_no_spoken_page() -> None:
    page = ("链接 城乡的纽带\n\n本报讯 链接 城乡的公交线路今年新开12条。\n"
            "图形 化的宣传栏也进了村。\n按钮 一按，路灯就亮了。\n")
    text = "".join(p for a in split_page(page).articles for p in [a.title, *a.paragraphs])
    for words in ("城乡的公交线路今年新开12条", "化的宣传栏也进了村", "一按，路灯就亮了"):
        assert words in text  # no heading's level spoken: no line taken for furniture
