"""A dateline printed on a line of its own opens the story under it and loses nothing.

Extraction puts the dateline ("湖南日报长沙1日讯", "本报讯", "新华社北京8日电") on a line
of its own, sometimes wrapped inside its brackets; the story's first wrapped line must
join the rest of its paragraph, and the dateline must never read as a headline.
"""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

CASES = [
    # (page, dateline, body)
    (
        "算力经济湖南瞄准世界一流\n——聚焦高质量发展\n湖南日报长沙1日讯\n"
        "全省绿色智能计算产业规模\n达8520亿元，同比增长\n19.2%。\n",
        "湖南日报长沙1日讯",
        "全省绿色智能计算产业规模达8520亿元，同比增长19.2%。",
    ),
    (
        "省政府常务会议研究部署防汛抗旱工作\n湖南日报长沙4月24日讯（全媒体记者 伍思涵）\n"
        "今天，省长主持召开省政府常\n务会议，研究部署今年防汛抗\n旱工作，审议有关文件。\n",
        "湖南日报长沙4月24日讯（全媒体记者 伍思涵）",
        "今天，省长主持召开省政府常务会议，研究部署今年防汛抗旱工作，审议有关文件。",
    ),
    (
        "湘潭启动城市更新十大工程\n湖南日报湘潭5月5日讯（\n全媒体记者 罗曼青） 湘潭市日\n"
        "前启动城市更新十大工程，今年\n计划改造老旧小区一百二十个。\n",
        "湖南日报湘潭5月5日讯（全媒体记者 罗曼青）",
        "湘潭市日前启动城市更新十大工程，今年计划改造老旧小区一百二十个。",
    ),
    (
        "张家界开通直飞新加坡航线\n本报讯\n4月30日，张家界至新加坡国际\n航线正式开通，每周执飞两班。\n",
        "本报讯",
        "4月30日，张家界至新加坡国际航线正式开通，每周执飞两班。",
    ),
    (
        "标题一二三四五\n\n新华社北京5月8日电（记者 王五）\n\n今天，国务院新闻办公室举行\n\n"
        "发布会，介绍有关情况。\n",
        "新华社北京5月8日电（记者 王五）",
        "今天，国务院新闻办公室举行发布会，介绍有关情况。",
    ),
]


@pytest.mark.parametrize(("page", "dateline", "body"), CASES)
def test_a_dateline_on_its_own_line_opens_the_whole_story(
    page: str, dateline: str, body: str
) -> None:
    [article] = split_page(page).articles
    assert article.dateline == dateline
    assert article.text == body
    assert article.title == page.split("\n")[0]


def test_a_datelines_brackets_broken_in_a_narrow_column_stay_one_dateline() -> None:
    # OCR of a narrow column: the reporters' bracket closes on the next line, which OCR
    # indents like a new paragraph.
    page = split_page(
        "晚稻开镰“机”声隆隆\n湖南日报10月15日讯（全媒体记者\n 孙恒 通讯员 彭艳）金秋十月，洞庭湖\n"
        "畔稻浪翻滚。今天，在南县三仙湖镇万\n元桥村，6台大型收割机在田间来回穿\n梭，一派繁忙景象。\n"
        " “今年雨水调匀，晚稻长势好，亩产\n比去年高出五十来斤。”种粮大户刘建\n"
        "军说，他的合作社流转了两千多亩地。\n"
        " 为确保颗粒归仓，南县组织农机合作\n社统筹调度收割机1800多台，开展代收\n代烘服务。\n"
        " 截至目前，全县已收获晚稻40万亩，\n收获进度快于去年同期。\n")
    [article] = page.articles
    assert article.authors == ["孙恒", "彭艳"]
    assert article.paragraphs[0].startswith("金秋十月")
