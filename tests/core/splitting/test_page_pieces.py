"""General layout rules on a page's pieces, on small pages written the way extraction
leaves them: where one piece ends and the next begins (a continuation, a column's name,
briefs, a database export's records), what makes no article (a bare heading, marks, an
index of other pages), what of the text is kept, and what the page's head gives (its
date, page, section and editor)."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page


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
