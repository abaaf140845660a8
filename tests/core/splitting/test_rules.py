"""General layout rules, on small pages written the way extraction leaves them."""

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


def test_markdown_page_with_caption_in_mid_sentence() -> None:
    page = split_page(
        "## 长沙算力产业再提速\n\n湖南日报全媒体记者 张三\n\n"
        "长沙经开区今年新增算力企业30家，其中包括中国\n\n\n"
        "工人在调试服务器。  \n湖南日报全媒体记者 李四 摄\n\n"
        "电子信息产业集团的两个项目。\n\n"
        "## 株洲轨道交通产业集群\n\n湖南日报全媒体记者 王五\n\n"
        "株洲轨道交通装备产业规模突破1500亿元。\n"
    )
    kinds = [(a.kind, a.title) for a in page.articles]
    assert kinds == [
        ("article", "长沙算力产业再提速"),
        ("photo_caption", "工人在调试服务器"),
        ("article", "株洲轨道交通产业集群"),
    ]
    first = page.articles[0]
    assert first.text == "长沙经开区今年新增算力企业30家，其中包括中国电子信息产业集团的两个项目。"
    assert page.articles[1].authors == ["李四"]


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


def test_continuation_marker_starts_its_own_fragment() -> None:
    page = split_page(
        "# 标题一\n\n湖南日报全媒体记者 张三\n\n第一段正文写完了。\n\n"
        "◀◀(上接1版①)\n\n接续前文的正文，说明了后续安排。\n"
    )
    assert [a.kind for a in page.articles] == ["article", "continuation"]
    assert page.articles[1].text == "接续前文的正文，说明了后续安排。"


def test_genuinely_repeated_sentences_in_different_articles_are_kept() -> None:
    sentence = "全省绿色智能计算产业规模达8520亿元，同比增长19.2%。"
    page = split_page(
        f"## 甲文章标题\n\n湖南日报全媒体记者 张三\n\n{sentence}\n\n"
        f"## 乙文章标题\n\n湖南日报全媒体记者 李四\n\n{sentence}\n"
    )
    assert [a.text for a in page.articles] == [sentence, sentence]


def test_a_clause_printed_three_times_in_a_row_is_kept_once() -> None:
    repeated = "要建设平台，布局算力中心，布局算力中心，布局算力中心。"
    page = split_page(f"## 标题\n\n记者 张三\n\n{repeated}\n")
    assert page.articles[0].text == "要建设平台，布局算力中心。"


def test_a_headline_without_a_body_is_kept_not_dropped() -> None:
    page = split_page("只有一个标题\n\n湖南日报全媒体记者 张三\n")
    [article] = page.articles
    assert (article.title, article.authors, article.text) == ("只有一个标题", ["张三"], "")


def test_thousands_of_headings_in_a_row_neither_crash_nor_become_empty_articles() -> None:
    # Found in review: a chain of headings once recursed once per heading.
    page = split_page("\n".join(f"## 标题{i}" for i in range(3000)))
    assert all(article.text for article in page.articles)


def test_marks_alone_make_no_untitled_article() -> None:
    page = split_page("长沙新开通三条公交线路\n\n记者从长沙市交通运输局获悉，新开通的三条公交线路"
                      "覆盖十二个社区。\n\n。。\n\n——\n")
    assert [a.title for a in page.articles] == ["长沙新开通三条公交线路"]


def test_a_bare_heading_with_nothing_under_it_is_no_article() -> None:
    page = split_page(
        "版面导航\n\n## 长沙新开通三条公交线路\n\n"
        "湖南日报3月5日讯（全媒体记者 张三）记者从长沙市交通运输局获悉，新开通的三条公交线路"
        "覆盖雨花区和开福区的十二个社区，方便居民出行。\n\n"
        "## 欢迎扫码关注湖南日报\n\n建议使用1280×800以上分辨率浏览本站\n")
    assert [a.title for a in page.articles] == ["长沙新开通三条公交线路"]


def test_columns_are_named_for_what_they_hold_and_name_no_story() -> None:
    from desktop_app.core.splitting.stacks import is_briefs_column, is_column_name

    assert all(is_column_name(name) for name in (
        "文体快讯", "社会扫描", "市州动态", "市州传真", "观点集萃", "三湘时评", "读者来信",
        "市州快讯（两条）", "材料二", "阅读材料三："))
    assert not any(is_column_name(text)
                   for text in ("扫描仪进校园", "长沙", "产业动态监测平台上线", "材料科学"))
    # A column of briefs says so whatever it adds (how many it holds), and opinion is none.
    assert is_briefs_column("市州快讯（两条）") and is_briefs_column("城事速递")
    assert not is_briefs_column("三湘时评")


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


def test_the_sections_name_among_the_pages_head_is_no_headline() -> None:
    # A PDF tool prints the page's head one item a line.
    page = split_page(
        "湖南日报 2026年3月12日 星期四\n评论\n05\n责任编辑 邹靖方\n\n"
        "三湘时评\n让“夜经济”亮起来更要安下来\n湖南日报全媒体评论员 李伟锋\n"
        "入夜的长沙，五一商圈人潮涌动，湘江边的灯光秀吸引游客驻足。\n"
        "让夜经济亮得久、安得稳，考验的是城市治理的耐心与智慧。\n"
        "湘江评论\n“一网通办”不能变成“一网难办”\n湖南日报全媒体评论员 周湘\n"
        "“一网通办”推行以来，不少群众办事少跑了腿、少填了表。\n"
        "让群众办事像网购一样便捷，数字政务才真正有了温度。\n"
    )
    assert page.meta.section == "评论"
    assert [a.title for a in page.articles] == ["让“夜经济”亮起来更要安下来",
                                                "“一网通办”不能变成“一网难办”"]
    assert "三湘时评" in page.articles[0].subtitle and "湘江评论" in page.articles[1].subtitle


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


@pytest.mark.parametrize("index", [
    "导读\n\n在湘全国人大代表返湘\n宣讲两会精神\n2版\n\n前两月我省规上工业\n增加值增长7.1%\n3版\n\n"
    "湖南湘涛中甲主场首战告捷\n6版\n\n",
    # each page printed before its entry
    "今日导读\n02版　在湘全国人大代表返湘宣讲两会精神\n03版　前两月我省规上工业增加值增长7.1%\n"
    "06版　湖南湘涛中甲主场首战告捷\n\n",
])
def test_a_front_pages_index_of_other_pages_is_no_article(index: str) -> None:
    page = split_page(
        "全省重大项目集中开工\n湖南日报全媒体记者 周俊男\n"
        "3月11日，全省2026年第一季度重大项目集中开工活动在各市州同步举行。\n\n" + index +
        "长赣高铁湖南段实现全线铺轨\n湖南日报全媒体记者 彭婷\n"
        "3月11日上午，随着最后一组钢轨在浏阳精准就位，长赣高铁湖南段实现全线铺轨。\n"
    )
    titles = [a.title for a in page.articles]
    assert titles == ["全省重大项目集中开工", "长赣高铁湖南段实现全线铺轨"]
    everything = "".join(a.title + a.subtitle + "".join(a.paragraphs) for a in page.articles)
    assert "宣讲两会精神" not in everything and "导读" not in everything


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


def test_briefs_in_a_narrow_column_open_on_their_day_under_their_headlines() -> None:
    page = split_page(
        "文体快讯\n全省青少年校园足球联赛开赛\n3月9日，2026年湖南省\n青少年校园足球联赛在株洲\n"
        "开赛。本届联赛分小学、初\n中、高中3个组别，共有来\n自14个市州的216支队伍参\n"
        "赛，赛事将持续至6月。\n（李鑫）\n岳麓书院春季讲会启幕\n3月8日，岳麓书院2026\n"
        "年春季讲会在讲堂开讲。本\n季讲会以“湖湘学脉与时代\n精神”为主题，将邀请12位\n"
        "知名学者开展讲座，市民可\n通过线上报名到场聆听。\n（成俊峰）\n"
    )
    assert [a.title for a in page.articles] == [
        "全省青少年校园足球联赛开赛", "岳麓书院春季讲会启幕"]
    assert page.articles[1].paragraphs[0].startswith("3月8日，岳麓书院")


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


@pytest.mark.parametrize("credits", ["责编 彭晓 美编 何颖 校对 李娟", "责编：彭晓  美编：何颖",
                                     "责编/彭晓 校对/李娟"])
def test_a_running_header_padded_across_the_page_with_short_credits_is_furniture(
        credits: str) -> None:
    # pdftotext -layout spreads the page's head over its width, the credits at its end.
    page = split_page(
        f"A12                      体育                      2025年10月27日 星期一 {credits}\n\n"
        "                          湘超联赛第八轮\n"
        "                    长沙队3比1逆转郴州队\n\n"
        "    潇湘晨报记者 周鑫宇 长沙报道\n\n"
        "    10月26日晚，湖南省首届城市足球联赛第八轮在贺龙体育中心体育场展开较量。\n"
        "    面对4.1万名主场球迷，长沙队以3比1逆转郴州队，积分重回榜首。\n"
    )
    assert (page.meta.date, page.meta.page, page.meta.editor, page.meta.section) == (
        "2025-10-27", "A12", "彭晓", "体育")
    (article,) = page.articles
    assert article.title == "长沙队3比1逆转郴州队"
    assert "责编" not in article.subtitle and "体育" not in article.subtitle


@pytest.mark.parametrize(("above", "name"), [
    # a photo's caption cut a sentence, as it seems, and the column's name came after it
    ("今年以来，该县推进茶旅融合，茶叶产业综合产值\n有望突破30亿元。\n通讯员 向军 摄\n",
     "湖南日报短评"),
    ("扫码看湖南日报\n经济频道更多报道\n", "经济快讯"),  # a short line with no stop
])
def test_a_columns_name_under_the_piece_before_opens_the_next(above: str, name: str) -> None:
    page = ("古丈茶园采摘忙\n5月8日，古丈县默戎镇，茶农在茶园里采摘夏茶。\n" + above + name +
            "\n出海更要“扎根”\n工程机械出口前4个月增\n长两成,是湖南制造实力\n"
            "的又一次检验。订单从哪\n里来？既来自产品过硬，\n也来自企业在海外市场多\n"
            "年的深耕。\n“出海”不是一锤子买卖。\n过去一些企业把产品卖出\n去就算完事，售后跟不上、\n"
            "配件供不上，口碑自然难\n以积累。\n")
    commentary = split_page(page).articles[-1]
    assert commentary.title == "出海更要“扎根”"
    assert name in commentary.subtitle
    assert commentary.paragraphs[0].startswith("工程机械出口前4个月增长两成")


STORY_ABOVE = ("城步南山牧场冬季不“冬眠”\n本报讯(记者 阳明)冬日的城步苗族自治县南山牧场，银装素裹，"
               "吸引了不少游客前来赏雪。\n“过去一到冬天，牧场就没什么人。”民宿老板说。\n")


@pytest.mark.parametrize(("headline", "title"), [
    ("我市去年新增经营主体8.1万户\n", "我市去年新增经营主体8.1万户"),
    ("", "全省各地加快推进项目建设，一批重大项目相继开工"),  # no headline: its first words
])
def test_a_continuation_run_on_from_its_marker_is_a_piece_of_its_own(headline: str,
                                                                      title: str) -> None:
    page = (STORY_ABOVE + headline + "(上接第一版)全省各地加快推进项目建设，"
            "一批重大项目相继开工。\n下一步，我省将继续加大投资力度。\n")
    first, second = split_page(page).articles
    assert first.paragraphs[-1] == "“过去一到冬天，牧场就没什么人。”民宿老板说。"
    assert second.title == title
    assert second.paragraphs[0] == "全省各地加快推进项目建设，一批重大项目相继开工。"


def test_a_running_header_with_a_section_of_two_names_gives_the_date_and_the_page() -> None:
    page = split_page(
        "湖南日报 2025年12月05日 星期五 第06版 体育·生活\n\n"
        "湘涛主场3比1逆转 取得五连胜\n\n"
        "本报长沙12月4日讯（记者 李明）4日19:35，湖南湘涛队在贺龙体育场以3比1逆转对手。\n"
    )
    assert (page.meta.date, page.meta.page) == ("2025-12-05", "第06版")
    assert page.articles[0].title == "湘涛主场3比1逆转 取得五连胜"


def test_a_date_ocr_read_with_曰_is_still_the_pages_date() -> None:
    page = split_page(
        "2025年11月8曰 星期六 三农 03\n\n"
        "江永香柚迎来丰收季\n\n"
        "11月6日，江永县桃川镇石枧村的香柚园里，果农们忙着采摘。\n"
    )
    assert page.meta.date == "2025-11-08"
    assert page.articles[0].title == "江永香柚迎来丰收季"


def test_a_place_s_quoted_subject_over_its_verb_is_one_headline() -> None:
    page = split_page(
        "宁远：“稻油轮作”\n唤醒冬闲田\n——今冬计划种植油菜18万亩\n"
        "晚稻刚刚收割完毕，宁远县水市镇的田野里，旋耕机轰鸣，一场“稻油轮作”正在展开。\n"
    )
    assert page.articles[0].title == "宁远：“稻油轮作”唤醒冬闲田"
    assert page.articles[0].kicker == ""


def test_a_database_export_s_file_counters_and_record_lines_part_its_records() -> None:
    record = "衡阳日报 | 2024-05-16 | 报章 | A03 | 县域 | 新闻 | 字数：{} | 文件编号：hy-{}"
    page = split_page(
        "全文导出\n结果：2 篇 | 排序：按版面顺序\n\n"
        f"文件 1 / 2\n{record.format(716, 1)}\n常宁：“一网统管”让基层治理更精细\n\n"
        "衡阳日报5月15日讯（全媒体记者 王雅婷）“上午在小程序上报了小区下水道堵塞，"
        "不到两个小时就有人来疏通了。”\n\n"
        f"文件 2 / 2\n{record.format(104, 2)}\n耒阳：无人机“飞防”护早稻\n\n"
        "5月14日，耒阳市导子镇，农技人员操作植保无人机为早稻喷施叶面肥。\n"
    )
    titles = [a.title for a in page.articles]
    assert "常宁：“一网统管”让基层治理更精细" in titles
    assert "耒阳：无人机“飞防”护早稻" in titles
    assert not any("字数" in a.text or "文件" in a.title for a in page.articles)
