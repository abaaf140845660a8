"""A headline made of someone's words, quoted again in another story on the page, is
still the headline of its own story when a deck or a byline stands under it (a line set
large beside a story and repeated in it is a pull quote still: test_seed_pages.py)."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

PAGE = """# 全国人大代表 龙建华

全国人大代表龙建华说：“开局之年，湖南要跑出加速度”，这是大家的共同心声。轨道交通装备要在新赛道上抢先机。

# 湘江新区新增3处口袋公园

本报讯（记者 王晗）近日，湘江新区新建的3处口袋公园向市民开放，新增绿地面积1.2万平方米。

# “开局之年，湖南要跑出加速度”

——代表们热议“十五五”开好局起好步

湖南日报北京3月5日电（记者 杨柳青）3月5日下午，湖南代表团分组审议政府工作报告。
"""


def test_a_quotation_headline_over_its_deck_stays_the_headline() -> None:
    articles = split_page(PAGE).articles
    assert [a.title for a in articles] == [
        "全国人大代表 龙建华", "湘江新区新增3处口袋公园", "“开局之年，湖南要跑出加速度”"]
    assert articles[-1].text.startswith("3月5日下午，湖南代表团分组审议政府工作报告")
    assert not any(a.kind == "quote_box" for a in articles)
