"""A headline a tool ran into its story's dateline on one line opens a story of its own."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

BRIEFS = ("长沙地铁6号线东延段开通\n\n本报讯（记者 王晗）今天，长沙地铁6号线东延段开通运营，"
          "全线设车站5座。\n\n"
          "省检察院发布未成年人保护典型案例 本报讯（通讯员 陈曦）12月3日，省人民检察院发布6起"
          "未成年人综合司法保护典型案例。\n\n"
          "岳阳破获一起跨境电诈案 本报讯（通讯员 黄涛）近日，岳阳市公安局破获一起跨境电信网络"
          "诈骗案，抓获犯罪嫌疑人23名。\n")


def test_each_headline_run_into_its_dateline_opens_its_brief() -> None:
    articles = split_page(BRIEFS).articles[1:]
    assert [a.title for a in articles] == [
        "省检察院发布未成年人保护典型案例", "岳阳破获一起跨境电诈案"]
    assert [a.dateline for a in articles] == ["本报讯（通讯员 陈曦）", "本报讯（通讯员 黄涛）"]


@pytest.mark.parametrize("paragraph", [
    "湖南日报 5月7日讯（全媒体记者 王晗）今天，全省春耕生产现场会召开。",  # OCR's space
    "记者 王晗 本报讯（通讯员 陈曦）12月3日，省人民检察院发布典型案例。",  # a byline
    "会议指出，要抓好春耕。本报讯（通讯员 陈曦）12月3日，省人民检察院发布典型案例。",
])
def test_a_paragraph_with_no_headline_before_its_dateline_is_left_whole(paragraph: str) -> None:
    page = "全省春耕生产现场会召开\n\n" + paragraph + "\n"
    assert [a.title for a in split_page(page).articles] == ["全省春耕生产现场会召开"]


# A narrow column of a PDF tool's text: a story, then a column's name, a headline under it
# and the headline's text, wrapped at the column's width with no blank line that says so.
NARROW = ("省政府常务会议召开\n"
          "本报讯（记者 王晗）省政府\n日前召开常务会议，研究部\n署森林防灭火工作。\n"
          "会议还研究了其他事项。\n{label}\n{head}\n{under}一季度全省经济增长5.6%，\n"
          "成绩单来之不易，“开门红”\n成色十足。\n")


@pytest.mark.parametrize(("label", "head", "under"), [
    ("短评", "“开门红”成色足", ""),  # much narrower than the column
    ("财经快讯", "一季度经济增长5.6%", "\n"),  # a blank line under it
    ("书讯", "《湘籍作家散文选（2015—2025）》出版", ""),  # set wider than the column
])
def test_a_headline_under_a_columns_name_opens_its_piece(label: str, head: str,
                                                          under: str) -> None:
    articles = split_page(NARROW.format(label=label, head=head, under=under)).articles
    assert [a.title for a in articles] == ["省政府常务会议召开", head]
    assert label in articles[1].subtitle
    assert articles[1].paragraphs[0].startswith("一季度全省经济增长5.6%")


def test_text_under_a_columns_name_that_fills_the_column_is_no_headline() -> None:
    page = NARROW.format(label="短评", head="今年以来全省各地经济运行", under="")
    articles = split_page(page).articles
    assert all("今年以来全省各地" not in a.title for a in articles)
    assert any(p.startswith("今年以来全省各地经济运行一季度全省") for a in articles
               for p in a.paragraphs)


def test_a_headline_on_its_own_line_under_a_marked_columns_name_opens_its_piece() -> None:
    page = ("“跨省通办”事项扩至236项\n湖南日报全媒体记者 贺威\n"
            "    记者从省政务管理服务局获悉，今年\n我省新增“跨省通办”事项38项，总数扩\n"
            "至236项，涉及社会保障等高频事项。\n\n【编辑手记】\n把两会精神转化为实干动力\n"
            "代表们从北京带回的，不只是一份份\n文件，更是一份份沉甸甸的责任。车间里\n"
            "的技能攻关，田埂上的增收盘算，社区里\n的家长里短，都是两会精神落地的注脚。\n")
    articles = split_page(page).articles
    assert [a.title for a in articles] == ["“跨省通办”事项扩至236项", "把两会精神转化为实干动力"]
    assert "编辑手记" in articles[1].subtitle
    assert articles[1].paragraphs[0].startswith("代表们从北京带回的")


SPACED = ("富硒大米搭上“冷链快车”\n\n永州讯（记者 李国平）12月5日，一辆冷链货车驶出。\n\n"
          "市州动态\n\n"
          "益阳农村客运综合服务站陆续启用\u300012月以来，益阳新建的5座农村客运综合服务站陆续投入使用。"
          "（曹正平）\n"
          "衡阳开通首条城际定制公交\u3000衡阳至衡山定制公交线路开通，乘客可预约座位。（徐德荣）\n")


def test_headlines_set_apart_by_an_ideographic_space_open_their_briefs() -> None:
    titles = [a.title for a in split_page(SPACED).articles]
    assert titles[-2:] == ["益阳农村客运综合服务站陆续启用", "衡阳开通首条城际定制公交"]


def test_one_spaced_headline_opens_a_brief_when_its_text_opens_on_its_day() -> None:
    page = SPACED.split("衡阳开通")[0].replace("12月以来", "12月8日")
    assert split_page(page).articles[-1].title == "益阳农村客运综合服务站陆续启用"


def test_a_sentence_with_a_full_width_space_inside_stays_whole() -> None:
    page = ("全省春耕生产现场会召开\n\n本报讯 今天，全省春耕生产现场会召开。\n\n"
            "会议要求各地抓好春耕\u3000备耕，确保不误农时。\n")
    [article] = split_page(page).articles
    assert any("确保不误农时" in p for p in article.paragraphs)


def test_a_headline_set_in_emphasis_before_its_text_opens_its_brief() -> None:
    page = ("湖南女排主场力克对手\n\n本报长沙10月21日讯 湖南女排以3比1战胜对手。\n\n"
            "赛后，主教练表示，球队将继续打磨细节。\n\n"
            "体坛速递\n\n*全国青少年攀岩锦标赛在贵州落幕* 10月19日，2025年全国青少年攀岩锦标赛"
            "在贵州省六盘水市落幕。（刘 言）\n\n**新赛季中国大学生篮球联赛开赛** 10月18日，"
            "2025—2026赛季中国大学生篮球联赛揭幕。（王 姝）\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles[1:] == ["全国青少年攀岩锦标赛在贵州落幕", "新赛季中国大学生篮球联赛开赛"]


def test_an_emphasised_phrase_inside_a_sentence_is_no_headline() -> None:
    page = ("全省春耕生产现场会召开\n\n本报讯 今天，全省春耕生产现场会召开。\n\n"
            "*稳粮保供*是今年农业工作的重中之重，各地要抓好春耕。\n")
    [article] = split_page(page).articles
    assert any("稳粮保供" in p for p in article.paragraphs)


def test_places_headlines_over_briefs_opening_on_their_day_each_open_one() -> None:
    page = ("# 检察动态\n"
            "内蒙古：部署矿产资源领域公益诉讼专项监督\n"
            "近日，内蒙古自治区检察院召开会议，部署在全区开展矿产资源领域公益诉讼专项监督活动，"
            "重点监督非法采矿、矿山生态修复不到位等问题，为期一年。（刘 慧）\n"
            "甘肃白银：“检察+税务”协作机制落地\n"
            "日前，甘肃省白银市检察院与市税务局会签协作意见，在涉税线索移送、虚开发票犯罪打击、"
            "企业合规整改等方面建立常态化协作机制。（周 强）\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles == ["内蒙古：部署矿产资源领域公益诉讼专项监督",
                      "甘肃白银：“检察+税务”协作机制落地"]
