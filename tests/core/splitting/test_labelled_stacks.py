"""Headline stacks whose lines are labelled (a clipping service's record, a draft)."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

CLIPPINGS = """标题：湘江新区发布低空经济十条
引题：抢抓新赛道
副标题：三年内建成50个起降点
来源：湖南日报
版次：第03版
作者：记者 刘明
4月1日，湘江新区出台支持低空经济发展十条措施，提出三年内建成起降点50个。
措施明确，对新落户的整机制造企业给予最高2000万元奖励。

【标题】醴陵陶瓷出口首季增长两成 【作者】王芳 【版次】第04版 【日期】2026-05-12
一季度，醴陵日用陶瓷出口额同比增长21.3%，产品销往90多个国家和地区。
当地企业负责人说，今年订单已排到了7月。
"""


def test_labelled_lines_are_read_as_the_stack_they_name() -> None:
    first, second = split_page(CLIPPINGS).articles
    assert first.title == "湘江新区发布低空经济十条"
    assert "抢抓新赛道" in first.subtitle and "三年内建成50个起降点" in first.subtitle
    assert first.byline == "记者 刘明"
    assert first.paragraphs[0].startswith("4月1日，湘江新区")
    assert second.title == "醴陵陶瓷出口首季增长两成"
    assert second.paragraphs[-1] == "当地企业负责人说，今年订单已排到了7月。"


def test_a_label_without_a_headline_stays_text() -> None:
    page = """湖南日报编辑谈新闻写作
湖南日报全媒体记者 李明
好标题要短。他举例说：
标题：一句话说清新闻
这样的标题，读者一眼就懂。
"""
    (article,) = split_page(page).articles
    assert "标题：一句话说清新闻" in "".join(article.paragraphs + article.subheads)


ARCHIVE = """检索条件：报纸名称=湖南日报 AND 出版日期=2025-11-10 AND 版次=10
导出格式：全文(TXT)

==============================
记录 1/2
【标题】在服务全国大局中找准湖南定位
【引题】深入学习贯彻全会精神
【副题】
【作者】李湘群
【作者单位】湖南省社会科学院
【报纸】湖南日报
【版次】10
【栏目】
【字数】637
【正文】学习贯彻全会精神，湖南必须把自身发展放到全国大局中来思考和谋划。

==============================
[2]
标题：“稻+N”让一亩田产出翻番
来源：湖南日报
日期：2026年06月03日
作者：湖南日报全媒体记者 龙文泱
字数：370
正文：
初夏时节，南县三仙湖镇的稻田里，秧苗青翠。
南县是全国稻虾种养第一县。
"""


def test_a_databases_records_keep_their_fields_out_of_the_headline_and_the_story() -> None:
    articles = split_page(ARCHIVE).articles
    titled = [a for a in articles if a.title in ("在服务全国大局中找准湖南定位",
                                                  "“稻+N”让一亩田产出翻番")]
    assert len(titled) == 2
    first, second = titled
    assert "深入学习贯彻全会精神" in first.subtitle
    assert first.byline == "李湘群"
    assert first.paragraphs == ["学习贯彻全会精神，湖南必须把自身发展放到全国大局中来思考和谋划。"]
    assert second.byline == "湖南日报全媒体记者 龙文泱"
    assert second.paragraphs == ["初夏时节，南县三仙湖镇的稻田里，秧苗青翠。",
                                 "南县是全国稻虾种养第一县。"]
    # The record's number, its empty fields and its other fields are nowhere in a story.
    everything = "".join(a.title + a.subtitle + "".join(a.paragraphs) for a in articles)
    for field in ("记录", "[2]", "【副题】", "作者单位", "字数", "来源", "正文"):
        assert field not in everything


def test_what_an_export_prints_over_its_records_stays_out_of_the_first_one() -> None:
    page = ("报刊全文数据库 检索结果导出\n检索式：刊名=湖南日报 并且 日期=2026-05-17\n"
            "记录数：5    导出时间：2026-05-18 09:42\n\n"
            "【标题】“湘超”第二季今晚揭幕 【作者】湖南日报全媒体记者 周倜 【版次】第09版\n"
            "【引题】14支市州队再聚绿茵\n"
            "本报5月16日讯 万众期待的湖南省足球联赛第二季将于5月17日晚揭幕。\n")
    articles = split_page(page).articles
    assert articles[-1].title == "“湘超”第二季今晚揭幕"
    assert "14支市州队再聚绿茵" in articles[-1].kicker
    assert not any("记录数" in a.title + a.subtitle + " ".join(a.paragraphs) for a in articles)



def test_records_numbered_as_documents_each_keep_their_own_headline() -> None:
    record = ("文档 {n} / 2\n湖南日报 | 2026-05-17 | 第09版 文体 | 字数：{count}\n"
              "引题：{kicker}\n{title}\n作者：湖南日报全媒体记者 周倜\n\n{text}\n\n"
              "文档编号：HNRB-20260517-0901-000{n}\n\n")
    page = ("检索条件：媒体=湖南日报；日期=2026-05-17\n排序：按版面顺序    共 2 篇\n\n"
            + record.format(n=1, count=412, kicker="14支市州队再聚绿茵",
                            title="“湘超”第二季今晚揭幕",
                            text="本报5月16日讯 万众期待的湖南省足球联赛第二季将于5月17日晚揭幕。")
            + record.format(n=2, count=388, kicker="全民健身",
                            title="橘子洲半程马拉松开放报名",
                            text="本报5月16日讯 2026橘子洲半程马拉松今起开放报名，名额8000个。"))
    articles = split_page(page).articles
    # (A labelled kicker is printed as a kicker is, ending on its colon.)
    assert [(a.kicker.rstrip("："), a.title) for a in articles] == [
        ("14支市州队再聚绿茵", "“湘超”第二季今晚揭幕"), ("全民健身", "橘子洲半程马拉松开放报名")]

CODED = """[1]
SrcDatabase-来源库：中国重要报纸全文数据库
Title-题名：湘江新区发布低空经济十条
Subtitle-副题名：三年内建成50个起降点
Author-作者：刘明;
Source-报纸中文名：湖南日报
Page-版号：003
Keyword-关键词：低空经济;起降点;
FullText-全文：
4月1日，湘江新区出台支持低空经济发展十条措施，提出三年内建成起降点50个。

[2]
SrcDatabase-来源库：中国重要报纸全文数据库
Title-题名：醴陵陶瓷出口首季增长两成
Subtitle-副题名：
Author-作者：王芳;
FullText-全文：
一季度，醴陵日用陶瓷出口额同比增长21.3%，产品销往90多个国家和地区。
"""


def test_a_databases_fields_named_in_english_too_are_read_as_its_fields() -> None:
    """CNKI's own export: "Title-题名：…", "FullText-全文：", its other fields furniture."""
    articles = [a for a in split_page(CODED).articles if a.paragraphs]
    assert [a.title for a in articles] == ["湘江新区发布低空经济十条", "醴陵陶瓷出口首季增长两成"]
    assert "三年内建成50个起降点" in articles[0].subtitle
    assert articles[1].paragraphs == [
        "一季度，醴陵日用陶瓷出口额同比增长21.3%，产品销往90多个国家和地区。"]
    everything = "".join(a.title + a.subtitle + "".join(a.paragraphs) for a in articles)
    for field in ("来源库", "SrcDatabase", "版号", "关键词", "全文"):
        assert field not in everything


def test_under_a_places_label_two_lines_are_a_kicker_over_the_headline() -> None:
    page = ("【岳阳】\n十年禁渔见成效\n洞庭湖畔江豚“微笑”回来了\n湖南日报4月13日讯（记者 尹湖滨）"
            "4月12日，岳阳市东洞庭湖水域，一群江豚在湖面嬉戏。\n")
    [article] = split_page(page).articles
    assert article.title == "洞庭湖畔江豚“微笑”回来了"
