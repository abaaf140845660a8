"""A story's first character set large (a drop cap), printed by a tool on a line of its
own, opens the story's first paragraph; a column's wrapped last character stays where
it was."""

from __future__ import annotations

from desktop_app.core.splitting.lines import page_lines
from desktop_app.core.splitting.split import split_page

PAGE = """理论
在推动中部地区崛起中彰显湖南担当
□ 罗文杰
党
的二十届四中全会对促进区域协调发展作出重要部署。湖南在推动中部地区崛起中肩负着重要使命。
进入“十五五”，湖南要准确把握自身定位，在服务全国大局中展现新担当。
"""


def test_a_drop_cap_opens_the_first_paragraph() -> None:
    [article] = split_page(PAGE).articles
    assert article.title == "在推动中部地区崛起中彰显湖南担当"
    assert article.paragraphs[0].startswith("党的二十届四中全会对促进区域协调发展")


def test_a_character_a_narrow_column_wrapped_is_left_to_its_line() -> None:
    # After a line that runs on, a lone character is a wrapped tail, no drop cap.
    lines = page_lines("田间地头一派繁忙\n景\n象越来越好，农民笑开颜。\n")
    assert [line.text for line in lines] == ["田间地头一派繁忙", "景", "象越来越好，农民笑开颜。"]
