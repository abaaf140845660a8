"""A slide deck made from a page and copied from its outline view (PowerPoint 大纲视图):
the handout's issue, the reprinted page's editors in brackets and its index are the deck's
furniture; each slide's title is a headline stack, unindented over the indented text, its
deck indented as the text is. (The deck's own heading, 学报用报 · 读懂电力经济, still joins
the first slide's kicker.)"""

from __future__ import annotations

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.split import split_page

OUTLINE = (
    "学报用报 · 读懂电力经济\n"
    "\t《中国电力报》2025年7月8日 第3版 经济\n"
    "\t国网湘潭县供电公司党委党建部  学习材料第27期\n"
    "\t（原版责任编辑：李 想  版式：张 敏）\n"
    "本期导读\n"
    "\t1. 迎峰度夏 大电网“顶”得住\n"
    "\t2. 新疆首座构网型储能电站并网投运\n"
    "多地用电负荷创历史新高\x0b迎峰度夏 大电网“顶”得住\n"
    "\t——国家电网经营区最大用电负荷达11.2亿千瓦，同比增长6.8%\n"
    "\t本报记者 孙 悦\n"
    "\t7月以来，受持续高温天气影响，全国多地用电负荷快速攀升。\n"
    "\t面对一轮高过一轮的负荷高峰，电网“顶”得住吗？\n"
    "新疆首座构网型储能电站并网投运\n"
    "\t本报讯（通讯员 阿依古丽 记者 刘 畅）7月5日，新疆首座构网型储能电站并网投运。\n"
    "\t据测算，该电站投运后，可提升哈密地区新能源送出能力约30万千瓦。\n")


def test_each_slide_is_a_story_under_its_stack_and_the_handouts_head_is_no_story() -> None:
    articles = split_page(decode_page(OUTLINE.encode("utf-8")).text).articles
    assert [a.title for a in articles] == [
        "迎峰度夏 大电网“顶”得住", "新疆首座构网型储能电站并网投运"]
    assert articles[0].kicker.endswith("多地用电负荷创历史新高")
    first = articles[0]
    assert first.subtitle.endswith("同比增长6.8%")
    assert first.authors == ["孙悦"]
    assert first.paragraphs[0].startswith("7月以来")
