"""Briefs in a narrow column, each under a headline of two lines, as an OCR or PDF tool
prints them: no blank line, no indent, every line 10-12 characters."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.headline_words import words
from desktop_app.core.splitting.split import split_page

PAGE = """醴陵陶瓷
“出海”提速
3月15日，醴陵经济开发
区一家日用陶瓷企业的仓
库里，一批骨质瓷餐具完
成装箱，将通过铁海联运
发往欧洲。今年前两个月，
醴陵陶瓷出口额同比增长
三成，新开拓市场12个。
炎陵黄桃
新增种植面积3000亩
今年以来，炎陵县加快
推进黄桃产业提质扩面，
新建标准化种植基地8个，
预计全县黄桃产量将突破
5万吨，带动果农增收。
（刘洋）
茶陵大蒜
出口订单排到年中
近日，茶陵县一家农产品
企业与东南亚客商签下大
蒜出口订单，货值超过
2000万元。目前，企业生
产线满负荷运转。
"""


def test_a_briefs_headline_over_text_opening_on_its_time_is_a_piece_of_its_own() -> None:
    # 今年以来，… and 近日，… open a brief as 3月15日，… does: the line over them is no
    # first line of their text, and the heading over that no subhead of the brief above.
    articles = split_page(PAGE).articles
    assert [a.title for a in articles][:2] == ["醴陵陶瓷“出海”提速", "炎陵黄桃新增种植面积3000亩"]
    assert [a.text[:4] for a in articles] == ["3月15", "今年以来", "近日，茶"]


COLUMN = """文体速递
湖南选手获全国青年跳水锦标赛金牌
在日前结束的全国青年跳水锦
标赛上,湖南选手周语彤获得
女子B组3米跳板冠军,这是湖
南跳水队今年在全国青年赛事
中收获的第3枚金牌。
岳麓书院推出“夜读书院”线路
即日起至11月30日，岳麓书院
每周五、周六晚开放夜游,游
客可在讲堂聆听书院讲解员讲
述“朱张会讲”等故事，每晚
限流800人，需提前在线预约。
"""


def test_under_a_briefs_columns_name_each_headline_after_a_finished_brief_opens_one() -> None:
    # The first headline is wider than the column, the second as wide: after a finished
    # sentence, a line with none of a sentence's marks is the next brief's headline.
    articles = split_page(COLUMN).articles
    assert [a.title for a in articles] == ["湖南选手获全国青年跳水锦标赛金牌",
                                           "岳麓书院推出“夜读书院”线路"]
    assert articles[1].text.startswith("即日起至11月30日")


def test_a_story_in_a_narrow_column_keeps_its_paragraphs_without_a_briefs_columns_name() -> None:
    page = COLUMN.replace("文体速递\n", "")
    [article] = split_page(page).articles
    assert "岳麓书院推出“夜读书院”线路" in article.text



@pytest.mark.parametrize(("name", "line"), [
    ("灰山港镇", "灰山港镇新建"), ("浮邱山乡", "浮邱山乡茶园"), ("鸬鹚渡镇", "鸬鹚渡镇举办"),
])
def test_a_towns_name_the_tagger_cuts_is_read_as_one_place(name: str, line: str) -> None:
    assert (name, "ns") in words(line)
    assert ("城乡", "n") in words("推进城乡融合")  # a word with 乡 in it stays a word


def test_a_towns_subject_wrapped_over_its_predicate_is_one_brief_headline() -> None:
    page = ("浮邱山乡茶园\n开采春茶\n本报讯（通讯员 周敏）3月15日，浮邱山乡茶园迎来春茶开采，"
            "茶农们忙着采摘鲜叶。\n")
    [article] = split_page(page).articles
    assert article.title.replace(" ", "") == "浮邱山乡茶园开采春茶"
