"""General layout rules on what heads a story and what signs it, on small pages written
the way extraction leaves them: headline stacks (wrapped, centred, set as large line by
line, spaced out by OCR, two bare lines told apart), bylines and bare names, and notes,
names and affiliations in brackets that sign a story or a brief and close it."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.lines import byline_names, credit_split, is_byline
from desktop_app.core.splitting.split import split_page


def test_byline_forms_name_only_the_people() -> None:
    assert byline_names("本报记者 张三 通讯员 李四") == ["张三", "李四"]
    assert byline_names("湖南日报全媒体记者 黄利飞 于森 赵倩倩") == ["黄利飞", "于森", "赵倩倩"]
    assert byline_names("■本报记者 王五") == ["王五"]
    assert byline_names("新华社记者 程敏/摄") == ["程敏"]
    assert byline_names("长沙市读者 刘芳") == ["刘芳"]  # a reader's letter, signed
    assert is_byline("长沙市读者 刘芳")
    assert is_byline("文/图 欧阳晓风")
    assert is_byline("文/图 湖南日报全媒体记者 向莉 通讯员 杨玲")
    assert byline_names("文/图 湖南日报全媒体记者 向莉 通讯员 杨玲") == ["向莉", "杨玲"]
    assert not is_byline("图为张三李四")
    assert not is_byline("记者来到位于世界计算·长沙智谷的长沙智算中心，这里适度超前")


def test_credit_in_brackets_ends_a_caption() -> None:
    assert credit_split("工人在车间装配机舱。（记者 张伟 摄）") == (
        "工人在车间装配机舱。",
        "记者 张伟 摄",
    )
    assert credit_split("他说：“这是我们的摄影棚。”") is None


def test_narrow_column_with_headline_printed_below_and_a_subhead() -> None:
    body = (
        "本报讯（记者 赵六） 4月9日，湘江\n\n新区发布数据显示，一季度园区\n\n"
        "企业营收增长12.5%。\n\n开局良好\n\n园区负责人介绍，新签约项目\n\n"
        "共计28个，总投资超过300亿\n\n元。\n\n"
        "湘江新区一季度营收增长12.5%\n"
    )
    page = split_page(body)
    [article] = page.articles
    assert article.title == "湘江新区一季度营收增长12.5%"
    assert article.dateline == "本报讯（记者 赵六）"
    assert article.authors == ["赵六"]
    assert article.subheads == ["开局良好"]
    assert article.subhead_positions == [1]
    assert article.paragraphs == [
        "4月9日，湘江新区发布数据显示，一季度园区企业营收增长12.5%。",
        "园区负责人介绍，新签约项目共计28个，总投资超过300亿元。",
    ]


def test_briefs_signed_in_brackets_are_one_article_each() -> None:
    page = split_page(
        "## 文体快讯\n\n"
        "**全省青少年校园足球联赛开赛**\n\n"
        "3月9日，2026年湖南省青少年校园足球联赛在株洲开赛，216支队伍参赛。（李鑫）\n\n"
        "**岳麓书院春季讲会启幕**\n\n"
        "3月8日，岳麓书院2026年春季讲会在讲堂开讲，将邀请12位学者开展讲座。"
        "（全媒体记者 成俊峰 通讯员 王丽）\n\n"
        "**“书香湖南”全民阅读季启动**\n\n"
        "记者近日从省委宣传部获悉，“书香湖南”全民阅读季将于4月全面启动。（易禹琳）\n"
    )
    titles = [a.title for a in page.articles]
    assert titles[-3:] == ["全省青少年校园足球联赛开赛", "岳麓书院春季讲会启幕",
                           "“书香湖南”全民阅读季启动"]
    assert all(len(a.paragraphs) == 1 for a in page.articles[-3:])


def test_a_note_in_brackets_after_the_last_sentence_ends_the_paragraph() -> None:
    # A plain page wrapped at a narrow column: the signed brief ends where its
    # reporter's name does, and the next line is the next story's headline.
    page = split_page(
        "长沙新开两条国际航线\n"
        "湖南日报全媒体记者 王亮\n"
        "3月4日，长沙至胡志明市、长沙至大阪两条国际客运航线同日首航。（王亮）\n"
        "岳阳港集装箱吞吐量首季增两成\n"
        "湖南日报全媒体记者 李明\n"
        "一季度，岳阳城陵矶港完成集装箱吞吐量28万标箱，同比增长21%。\n"
    )
    titles = [a.title for a in page.articles]
    assert titles == ["长沙新开两条国际航线", "岳阳港集装箱吞吐量首季增两成"]
    assert page.articles[0].paragraphs[-1].endswith("同日首航。（王亮）")


def test_a_converter_that_sets_every_line_of_a_stack_as_large_keeps_one_stack() -> None:
    page = split_page(
        "08\n\n农村\n\n2026年3月12日 星期四 责任编辑 谢璐 版式编辑 吴广周\n\n"
        "# 春耕进行时\n\n# “无人机+”让春耕更省力\n\n# ——益阳市赫山区智慧农业见闻\n\n"
        "湖南日报全媒体记者 龙文泱\n\n"
        "3月10日清晨，益阳市赫山区的田野上，几架植保无人机低空盘旋。\n\n"
        "赫山区是全国粮食生产先进县，目前全区拥有农业无人机630余架。\n\n"
        "# 我省下达耕地地力保护补贴资金37.6亿元\n\n"
        "记者今天从省财政厅获悉，2026年耕地地力保护补贴资金已全部下达。\n"
    )
    assert (page.meta.date, page.meta.page, page.meta.editor, page.meta.section) == (
        "2026-03-12", "08", "谢璐", "农村")
    first, second = page.articles
    assert first.title == "“无人机+”让春耕更省力"
    assert "春耕进行时" in first.subtitle and "益阳市赫山区智慧农业见闻" in first.subtitle
    assert first.paragraphs[0].startswith("3月10日清晨")
    assert second.title == "我省下达耕地地力保护补贴资金37.6亿元"


def test_a_headline_wrapped_at_a_narrow_column_is_one_headline() -> None:
    page = split_page(
        "铜官窑彩瓷特展亮相湖南博\n物院\n"
        "湖南日报3月11日讯（全\n媒体记者 徐亚平）3月11日，\n“千年釉色——长沙铜官窑彩\n"
        "瓷艺术特展”在湖南博物院开\n展，186件（套）唐代铜官窑\n瓷器集中亮相。\n"
    )
    (article,) = page.articles
    assert article.title == "铜官窑彩瓷特展亮相湖南博物院"


def test_what_ocr_does_to_a_headline_stack_is_undone() -> None:
    page = split_page(
        "全 省 重 大 项 目 集 中 开 工\n"
        "一一1286个项目总投资逾6900亿元\n"
        "湖南日报全媒体记者 周晓岚\n"
        "3月4日，全省2026年一季度重大项目集中开工活动在14个市州同步举行。\n"
        "此次集中开工项目1286个，总投资6917亿元。\n"
    )
    (article,) = page.articles
    assert article.title == "全省重大项目集中开工"
    assert article.subtitle == "1286个项目总投资逾6900亿元"


def test_a_name_in_brackets_under_a_story_signs_it_and_heads_nothing() -> None:
    page = split_page(
        "湘籍选手获全国室内田径大奖赛冠军\n"
        "在日前结束的全国室内田径大奖赛上，湖南选手彭雨晴获得女子跳远冠军。\n"
        "（王亮）\n"
        "大型花鼓戏《洞庭春早》全国巡演启动\n"
        "湖南日报全媒体记者 李婷婷\n"
        "3月10日晚，大型现代花鼓戏《洞庭春早》在长沙田汉大剧院上演。\n"
    )
    first, second = page.articles
    assert first.byline == "王亮"
    assert second.title == "大型花鼓戏《洞庭春早》全国巡演启动"
    assert "王亮" not in second.title + second.subtitle


def test_a_bare_name_under_a_commentarys_headline_is_its_byline() -> None:
    page = split_page(
        "短评\n\n抓项目就是抓发展\n\n彭业忠\n\n"
        "一千二百多个项目同日开工，四千多亿元投资集中落地。\n\n项目是经济发展的“压舱石”。\n\n"
        "全国两会·湘音\n\n湘江潮涌 制造向新\n\n湖南日报全媒体记者 唐婧\n\n"
        "湖南代表团代表热议政府工作报告，把报告部署转化为具体行动。\n"
    )
    first, second = page.articles
    assert (first.title, first.byline) == ("抓项目就是抓发展", "彭业忠")
    # Phrases of four are a headline, no name.
    assert (second.title, second.byline) == ("湘江潮涌 制造向新", "湖南日报全媒体记者 唐婧")


def test_a_bare_name_under_a_headline_in_a_narrow_column_is_its_byline() -> None:
    page = split_page(
        "短评\n抓项目就是抓发展\n彭业忠\n\n一千二百多个项目同日开\n工，四千多亿元投资集中落地，\n"
        "释放出湖南奋力实现“十五五”\n良好开局的鲜明信号。\n项目是经济发展的“压舱\n"
        "石”，也是稳预期、增信心的\n“定盘星”。越是形势复杂，\n越要把扩大有效投资作为稳增\n"
        "长的关键一招。\n"
    )
    (article,) = page.articles
    assert (article.title, article.byline) == ("抓项目就是抓发展", "彭业忠")
    assert article.paragraphs[0].startswith("一千二百多个项目同日开工")


def test_a_headline_wider_than_its_narrow_column_keeps_the_bare_name_under_it_apart() -> None:
    # Its quotes take whole cells: the headline runs past a column no wrapped line passes.
    page = split_page(
        "湘江评论\n“一网通办”不能变成“一网难办”\n周湘\n  “一网通办”推行以来，\n"
        "不少群众办事少跑了腿、少填\n了表。但也有市民反映，一些\n政务App注册流程繁琐、页面\n"
        "层层跳转，最后还得跑到窗口\n办理。\n  数字政务的初衷是便民，\n衡量成效的标准是群众用得顺\n"
        "不顺手。平台建得再多、功能\n再全，如果操作复杂、数据不\n通，就可能变成“一网难办”。\n"
    )
    (article,) = page.articles
    assert (article.title, article.byline) == ("“一网通办”不能变成“一网难办”", "周湘")
    assert article.paragraphs[0].startswith("“一网通办”推行以来")


def test_a_headline_wider_than_its_column_and_wrapped_is_one_headline() -> None:
    page = split_page(
        "湘涛主场首战告捷\n湖南日报全媒体记者 王亮\n3月8日晚，2026赛季中国\n"
        "足球协会甲级联赛第2轮在长\n沙贺龙体育中心打响，湖南湘\n涛队坐镇主场，以2比1逆转\n战胜苏州东吴队，取得新赛季\n"
        "主场首胜。\n比赛开始后，客队率先发\n难，第23分钟利用一次角球机\n会头球破门。落后的湘涛队并\n"
        "未乱了阵脚，中场持续加强逼\n抢。\n"
        "大型花鼓戏《洞庭春早》全国巡演\n启动\n湖南日报全媒体记者 李婷婷\n"
        "3月10日晚，由省花鼓戏保护\n传承中心创排的大型现代花鼓\n戏《洞庭春早》在长沙田汉大\n"
        "剧院上演，拉开了该剧全国巡\n演的序幕。\n该剧以洞庭湖区退捕渔民转\n"
        "产上岸为背景，讲述了渔村青\n年带领乡亲们发展生态养殖、\n重建家园的故事。\n"
    )
    assert [a.title for a in page.articles] == [
        "湘涛主场首战告捷", "大型花鼓戏《洞庭春早》全国巡演启动"]


def test_the_papers_commentator_signing_without_a_name_makes_a_commentary() -> None:
    page = split_page(
        "项目为王，贵在快马加鞭\n\n湖南日报评论员\n\n"
        "一年之计在于春。全省一季度1286个重大项目同时破土，释放出抓项目的鲜明信号。\n\n"
        "抓项目贵在一个“快”字。时间就是效益，速度就是竞争力。\n"
    )
    (article,) = page.articles
    assert (article.kind, article.byline, article.subtitle) == (
        "commentary", "湖南日报评论员", "")
    assert is_byline("本报评论员") and not is_byline("评论员表示")


def test_an_authors_note_in_brackets_closes_the_story_and_heads_nothing() -> None:
    page = split_page(
        "以科技创新引领新质生产力发展\n戴立新\n\n"
        "科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。\n"
        "只要坚持创新驱动不动摇，湖南就一定能够赢得主动。\n"
        "（作者系湖南师范大学马克\n思主义学院教授）\n\n"
        "公园里能否多些“第三卫生间”\n湖南日报全媒体记者 刘芳\n\n"
        "我家孩子刚满两岁，周末常带他去公园玩，最发愁的就是上厕所。\n"
    )
    titles = [a.title for a in page.articles]
    assert titles == ["以科技创新引领新质生产力发展", "公园里能否多些“第三卫生间”"]
    assert page.articles[0].paragraphs[-1] == "（作者系湖南师范大学马克思主义学院教授）"


def test_a_word_processors_centred_headlines_over_indented_paragraphs() -> None:
    centred = "\u3000" * 10
    page = split_page(
        f"{centred}岳阳石化产业转型升级观察\n\n"
        "\u3000\u3000湖南日报全媒体记者\u3000张福芳\n\n"
        "\u3000\u3000走进岳阳绿色化工高新区，一座座银白色的储罐和纵横交错的管廊映入眼帘。\n\n"
        "\u3000\u3000岳阳正从“一油独大”走向多元发展。\n\n"
        f"{centred}一季度湖南外贸进出口同比增长8.3%\n\n"
        "\u3000\u3000湖南日报全媒体记者\u3000周月桂\n\n"
        "\u3000\u3000长沙海关今天发布数据，今年一季度，湖南外贸进出口总值增长8.3%。\n\n"
        "\u3000\u3000其中出口增长10.2%，进口增长4.1%。\n"
    )
    titles = [a.title for a in page.articles]
    assert titles == ["岳阳石化产业转型升级观察", "一季度湖南外贸进出口同比增长8.3%"]


def test_a_layout_tools_headline_stack_centred_with_spaces_over_indented_paragraphs() -> None:
    """pdftotext -layout centres a stack set across the page with plain spaces; the page
    indents its paragraphs by four. The stack is no run of indented paragraphs."""
    body = [
        "    春耕时节，我省各地抢抓农时，田间地头",
        "处处是忙碌景象。截至目前，全省已完成早",
        "稻育秧面积超过九成，进度快于去年同期。",
        "    在衡阳县西渡镇，种粮大户李建军的育秧",
        "工厂里，一盘盘秧苗整齐排列。“今年用上了",
        "智能温控，秧苗长得又快又壮。”他说。",
        "    省农业农村厅负责人介绍，今年将继续推",
        "广集中育秧和机插秧，确保粮食稳产增产。",
    ]
    page = split_page("\n".join([
        f"{' ' * 26}春耕时节看三湘",
        "",
        f"{' ' * 18}全省早稻育秧面积已超九成",
        f"{' ' * 12}——集中育秧、机插秧加快推广，进度快于去年同期",
        "",
        f"{' ' * 20}湖南日报全媒体记者 周月桂 通讯员 李明",
        "",
        *body,
    ]))
    story = page.articles[-1]
    assert story.title == "全省早稻育秧面积已超九成"
    assert "春耕时节看三湘" in story.subtitle
    assert story.paragraphs[0].startswith("春耕时节，我省各地抢抓农时")
    assert len(page.articles) == 1


def test_of_two_bare_lines_a_label_length_first_is_the_kicker_a_longer_one_the_headline(
) -> None:
    label = split_page("专家支招\n\n春季流感高发 如何科学防护" + BODY).articles[0]
    assert (label.title, label.subtitle) == ("春季流感高发 如何科学防护", "专家支招")


BODY = ("\n\n湖南日报全媒体记者 王晗\n\n"
        "近期，我省进入春季流感高发期，不少家长带孩子到医院就诊。\n\n"
        "专家提醒，勤洗手、常通风、科学佩戴口罩，是预防流感的有效办法。\n")


@pytest.mark.parametrize(("stack", "headline", "other"), [
    # Nothing marks either line: a kicker's clause over the headline, as most stacks
    # in the pages other writers laid out print them.
    ("县城物流提速增效\n\n快递进村只需一天", "快递进村只需一天", "县城物流提速增效"),
    # A line that only names (no verb) is the headline, the clause under it its deck.
    ("田间地头的“书香”\n\n全省农家书屋开展“四季读书”活动", "田间地头的“书香”",
     "全省农家书屋开展“四季读书”活动"),
    # A deck gives the facts: in clauses, or a rate.
    ("书香飘进田间地头\n\n全省农家书屋开展“四季读书”活动，惠及农民三十万人次",
     "书香飘进田间地头", "全省农家书屋开展“四季读书”活动，惠及农民三十万人次"),
    ("一季度我省外贸稳中向好\n\n对东盟进出口增长13.5%", "一季度我省外贸稳中向好",
     "对东盟进出口增长13.5%"),
    # A place before a colon makes a whole headline.
    ("株洲：“链”上发力壮大产业\n\n中小企业特色产业集群扩规提质", "株洲：“链”上发力壮大产业",
     "中小企业特色产业集群扩规提质"),
])
def test_of_two_bare_lines_the_headline_is_told_by_what_each_says(
        stack: str, headline: str, other: str) -> None:
    article = split_page(stack + BODY).articles[0]
    assert (article.title, article.subtitle) == (headline, other)


def test_a_headline_wrapped_inside_a_word_is_one_headline() -> None:
    article = split_page("今年全省新能源汽车销售同\n\n比增长三成" + BODY).articles[0]
    assert (article.title, article.subtitle) == ("今年全省新能源汽车销售同比增长三成", "")


def test_an_authors_affiliation_closes_the_commentary_and_the_next_ones_are_their_own() -> None:
    page = split_page(
        "来论\n\n政务服务要在“好办”上下功夫\n\n李浩\n\n"
        "近年来，各地政务服务改革持续深化，“一网通办”“一次办好”不断推进。\n\n"
        "政务服务好不好，群众说了算。\n\n（作者单位：湘潭大学公共管理学院）\n\n"
        "减掉“无效忙” 留住“真功夫”\n\n龙山县洗洛镇 彭晓峰\n\n"
        "过去，我们镇干部一天要在七八个工作群里“接龙”，填不完的表格。\n\n"
        "减负不是减责任。时间腾出来了，我们把更多精力放在了走访群众上。\n\n"
        "考核“指挥棒”要指向实绩\n\n韶山市 陈晨\n\n"
        "考核是基层工作的“指挥棒”。如果考核只看台账厚不厚，基层就会忙于留痕。\n"
    )
    assert [(a.title, a.byline) for a in page.articles][-2:] == [
        ("减掉“无效忙” 留住“真功夫”", "龙山县洗洛镇 彭晓峰"),
        ("考核“指挥棒”要指向实绩", "韶山市 陈晨")]
    assert page.articles[-3].paragraphs[-1] == "（作者单位：湘潭大学公共管理学院）"


def test_a_place_s_quoted_subject_over_its_verb_is_one_headline() -> None:
    page = split_page(
        "宁远：“稻油轮作”\n唤醒冬闲田\n——今冬计划种植油菜18万亩\n"
        "晚稻刚刚收割完毕，宁远县水市镇的田野里，旋耕机轰鸣，一场“稻油轮作”正在展开。\n"
    )
    assert page.articles[0].title == "宁远：“稻油轮作”唤醒冬闲田"
    assert page.articles[0].kicker == ""
