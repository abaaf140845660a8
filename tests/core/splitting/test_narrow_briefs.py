"""Briefs in a narrow column, each under a headline of two lines, as an OCR or PDF tool
prints them: no blank line, no indent, every line 10-12 characters."""

from __future__ import annotations

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
