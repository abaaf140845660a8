"""A dateline printed on a line of its own opens the story under it and loses nothing.

Extraction puts the dateline ("湖南日报长沙1日讯", "本报讯", "新华社北京8日电") on a line
of its own, sometimes wrapped inside its brackets; the story's first wrapped line must
join the rest of its paragraph, and the dateline must never read as a headline.
"""

from __future__ import annotations

import pytest

from desktop_app.core.reading.pages import decode_page
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


# Two stories in a narrow column as a PDF text tool prints them: no blank lines, an
# office program's spaces around the digits, and justified lines letter-spaced.
_SPACED = (
    "业内人士认为，随着订单集中交\n付，全年产值有望再创新高。\n"
    "前 11 个月我省新能源汽车产量增长 21.5%\n"
    "湖南日报 12 月 8 日讯（记者 陈\n"
    "小明）据省统计局消息，今年前\n11 个月，全省新能源汽车产量\n"
    "达到 86.2 万辆，同比增长 21.5%。\n"
    "岳阳港外贸航线增至十二条\n"
    "湖 南 日 报 12 月 9 日 讯 （ 全\n"
    "媒 体 记 者 李 华 ） 记 者 从 岳 阳\n"
    "市港务部门获悉，城陵矶港新开\n通至东南亚的外贸航线两条。\n"
)


def test_datelines_spaced_as_pdf_tools_print_them_open_their_stories() -> None:
    page = decode_page(_SPACED.encode()).text
    articles = split_page(page).articles
    titles = [article.title for article in articles]
    assert "前 11 个月我省新能源汽车产量增长 21.5%" in titles
    assert "岳阳港外贸航线增至十二条" in titles
    harbour = articles[titles.index("岳阳港外贸航线增至十二条")]
    assert harbour.dateline.startswith("湖南日报12月9日讯（全媒体记者")
    assert harbour.text.startswith("记者从岳阳市港务部门获悉")


# A story cut off in mid-sentence (it goes on elsewhere), then the next story's kicker
# and headline over its dateline, in a column a PDF tool printed without blank lines
# between paragraphs but with one where its text boxes part.
_CUT_ABOVE_HEADS = (
    "在长沙经开区一家企业的车间里，\n十二条智能产线已全面达产。\n企业研发的电动起重机在西北风电\n"
    "场和沿海港口成批交付，并首次进\n入欧洲市场。在山河智能，小\n\n"
    "产业链“链”起来，配套“跟”上\n来。省工业和信息化厅有关负责人介\n绍，全省产业链现有规模以上配套企\n"
    "业 600 余家，关键零部件本地配套率\n较三年前提高约 15 个百分点。\n\n"
    "在株洲，一家做了二十多年零部件\n的企业，今年拿下了两家主机厂的新\n订单。“过去主机厂用的关键件大多\n"
    "从 外 省 采 购 ， 现 在 就 在 家 门 口 配\n套了。”企业负责人说。\n\n"
    "数字化正在改变这个传统行业。今\n年，我省新增省级智能制造标杆车间\n"
    "11 个，一批企业把设备运行数据接入\n"
    "工业互联网平台，为海外客户提供远\n\n"
    "高铁站里的“暖心驿站”\n春运首日长沙南站发送旅客 18 万人次\n\n"
    "湖南日报 1 月 14 日讯（全媒体记\n者 李青）记者今天从长沙南站获悉，\n"
    "春运首日车站发送旅客约 18 万人次，\n同比增长 6.2%，车站增开临时售票窗\n口 12 个。\n"
)


def test_heads_over_a_dateline_never_go_on_the_cut_story_above_them() -> None:
    above, story = split_page(decode_page(_CUT_ABOVE_HEADS.encode()).text).articles
    assert above.text.endswith("为海外客户提供远")
    assert "高铁站里的“暖心驿站”" in story.title
    assert "春运首日长沙南站发送旅客 18 万人次" in story.title
    assert story.text.startswith("记者今天从长沙南站获悉")


def test_a_line_signed_over_a_dateline_stays_with_its_story() -> None:
    # A page with blank lines between wrapped lines: the last line of a story, signed
    # by its author, stands over the next story's dateline; it ends a sentence.
    page = ("轻工业发展稳中向好\n\n湖南日报长沙4月9日讯 记者从省工信厅\n\n"
            "获悉，一季度全省轻工业增加值增长\n\n"
            "百分之六，韧性好、潜力大的优势将持续显\n\n现。”张崇和说。 姚雯\n\n"
            "本报讯 4月9日，中国中小企业协会\n\n发布的最新数据显示，一季度指数回升。\n")
    first, second = split_page(page).articles
    assert first.text.endswith("潜力大的优势将持续显现。”张崇和说。")
    assert second.dateline.startswith("本报讯")


def test_a_datelines_bracket_wrapped_over_three_lines_stays_one_dateline() -> None:
    # The reporters' names on a line of their own read as a byline, and split the
    # dateline from the bracket's close.
    page = ("长赣高铁湖南段实现全线铺轨\n湖南日报3月11日讯（全\n媒体记者 彭婷 通讯员 陈志\n"
            "刚）3月11日上午，随着最后\n一组500米长钢轨在浏阳市境\n内精准落位，长沙至赣州高速\n"
            "铁路湖南段实现全线铺轨。\n")
    [article] = split_page(page).articles
    assert article.dateline == "湖南日报3月11日讯（全媒体记者 彭婷 通讯员 陈志刚）"
    assert article.text.startswith("3月11日上午，随着最后一组500米长钢轨")


@pytest.mark.parametrize("paper", ["湖北日报", "长沙晚报", "四川农村日报", "新华社"])
def test_a_dateline_naming_another_paper_opens_each_brief_of_a_column(paper: str) -> None:
    # Other papers date their pieces by their own name (湖北日报讯): each bare line over
    # such a dateline heads a brief of its own, not a subhead of the first.
    page = ("要闻简报\n"
            "全市秋播进度过七成\n"
            f"{paper}讯（记者 李远）截至11月16日，全市已完成秋播面积80万亩。\n"
            "城际铁路今年客流突破千万人次\n"
            f"{paper}讯（通讯员 铁宣）11月15日，城际铁路今年累计发送旅客突破1000万人次。\n")
    articles = split_page(page).articles
    assert [a.title for a in articles] == ["全市秋播进度过七成", "城际铁路今年客流突破千万人次"]
    assert all(a.dateline.startswith(f"{paper}讯") for a in articles)
    assert articles[1].text.startswith("11月15日")


def test_a_dateline_naming_where_the_paper_filed_from_opens_the_next_story() -> None:
    # 本报钦州讯: the paper and the city it filed from. The headline over it, in a narrow
    # column after a finished story, heads a story of its own.
    page = ("让一片竹林带来更多收益。\n"
            "北海港集装箱航线增至40条\n"
            "本报北海讯（记者 黄海洋 \n"
            "通讯员 陈 珂）\n"
            "3月14日，一艘满载汽车零部\n件的集装箱班轮从北海港驶\n出，开往越南海防港。\n")
    articles = split_page(page).articles
    assert articles[-1].title == "北海港集装箱航线增至40条"
    assert articles[-1].dateline.startswith("本报北海讯")
    assert articles[-1].text.startswith("3月14日")
