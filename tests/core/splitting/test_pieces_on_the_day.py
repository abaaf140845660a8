"""A heading whose text opens on the day it tells of opens a piece (a brief, a photo),
not a section of the story above it."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

STORY = """托育点开到了家门口
本报讯（全媒体记者 周阳乐）
株洲市普惠托育服务实现城区
街道全覆盖，每千人口拥有托
位数达到4.5个。“我们将继续
增加普惠托位供给，守护好
“一小”的幸福。”
"""
BRIEFS = """暖心的哥送还钱包
6月10日晚，长沙出租车司机刘
建军在车后座发现一个钱包，他
通过派出所联系上失主。
消防安全进校园
6 月12日，衡阳市消防救援支队
走进雁峰区白沙洲小学，为800
余名师生上了一堂安全课。
"""


def test_briefs_opening_on_their_day_under_a_story_are_pieces_of_their_own() -> None:
    articles = split_page(STORY + BRIEFS).articles
    assert [a.title for a in articles] == [
        "托育点开到了家门口", "暖心的哥送还钱包", "消防安全进校园"]
    assert articles[1].paragraphs == [
        "6月10日晚，长沙出租车司机刘建军在车后座发现一个钱包，他通过派出所联系上失主。"]


def test_a_bracketed_subhead_over_a_paragraph_opening_on_its_day_stays_a_subhead() -> None:
    page = STORY + ("【在车间】\n3月10日，中车株洲电力机车有限公\n司转向架车间，代表刚下班"
                    "组就\n被工友们围住了。\n")
    [article] = split_page(page).articles
    assert article.subheads == ["【在车间】"]
