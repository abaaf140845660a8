"""What is printed over a headline (its kicker or a column's label) is kept apart from
what is printed under it (the deck), so the reader can show each where the paper does."""

from __future__ import annotations

import pytest

from desktop_app.core.articles import kicker_and_deck
from desktop_app.core.splitting.split import split_page

STACK = "\n\n".join([
    "# 长沙地铁6号线东延段开通",
    "本报讯（记者 王晗）今天，长沙地铁6号线东延段开通运营，全线设车站5座。",
    "乡村振兴看湖南",
    "# 湘西州猕猴桃首次直航出口东南亚",
    "——首批20吨鲜果今日抵达曼谷",
    "湖南日报3月11日讯（全媒体记者 张琳）今天，首批20吨湘西州猕猴桃从长沙黄花国际机场起飞，"
    "直航出口泰国曼谷。这是湘西州猕猴桃首次以直航方式出口东南亚。",
    "据介绍，湘西州今年将扩大出口规模，带动果农增收。",
]) + "\n"


def test_the_kicker_over_a_headline_is_kept_apart_from_the_deck_under_it() -> None:
    article = split_page(STACK).articles[1]
    assert article.title == "湘西州猕猴桃首次直航出口东南亚"
    assert article.kicker == "乡村振兴看湖南"
    assert kicker_and_deck(article.subtitle, article.kicker) == (
        "乡村振兴看湖南", "首批20吨鲜果今日抵达曼谷")


def test_a_headline_with_only_a_deck_has_no_kicker() -> None:
    page = STACK.replace("乡村振兴看湖南\n\n", "")
    article = split_page(page).articles[1]
    assert article.kicker == ""
    assert kicker_and_deck(article.subtitle, article.kicker) == (
        "", "首批20吨鲜果今日抵达曼谷")


def test_a_subtitle_that_no_longer_opens_on_its_kicker_is_all_shown_under_the_headline() -> None:
    # A headline chosen by hand put the old one first; an old library knew no kicker.
    assert kicker_and_deck("旧标题 乡村振兴看湖南", "乡村振兴看湖南") == (
        "", "旧标题 乡村振兴看湖南")
    assert kicker_and_deck("乡村振兴看湖南 ——副题", "") == ("", "乡村振兴看湖南 ——副题")


def test_under_a_columns_label_two_bare_lines_are_the_headline_over_its_deck() -> None:
    # The label (“湘品出海”观察) is what stands over the stack; the line under the headline
    # that says more is its deck, printed without a dash.
    page = ("“湘品出海”观察\n前10月湖南外贸进出口同比增长6.3%\n“新三样”出口增长超三成\n"
            "记者 黄颖 通讯员 湘关宣\n"
            "11月15日，长沙海关发布数据，今年前10个月，湖南外贸进出口同比增长6.3%。\n")
    [article] = split_page(page).articles
    assert article.title == "前10月湖南外贸进出口同比增长6.3%"
    assert "“新三样”出口增长超三成" in article.subtitle


def test_a_columns_label_between_two_lines_does_not_make_the_upper_one_the_headline() -> None:
    # A line over the column's label (a picture's title the tool printed there) is no
    # headline of the brief under the label.
    page = ("郴州守护越冬候鸟\n\n城市传真\n岳阳：洞庭湖越冬候鸟数量创\n新高\n"
            "近日，东洞庭湖国家级自然保护区开展越冬候鸟同步监测，共记录到候鸟16.8万只。（李治）\n")
    articles = split_page(page).articles
    assert "岳阳：洞庭湖越冬候鸟数量创新高" in [a.title for a in articles]


def test_a_converter_that_sets_kicker_headline_and_deck_alike_keeps_them_one_stack() -> None:
    # Every line of the stack a level-one heading (a PDF-to-Markdown tool's): the third,
    # giving the word to someone, is the deck, not the next story's headline.
    page = "\n\n".join(["# 流感进入高发期", "# 孩子咳嗽，别急着要求输液",
                        "# 医生：多数病毒感染可自愈，合理用药是关键",
                        "本报讯（记者 李静）入冬以来，儿科门诊量明显上升，不少家长带孩子就诊时"
                        "主动要求输液。"]) + "\n"
    [article] = split_page(page).articles
    assert article.title == "孩子咳嗽，别急着要求输液"
    assert kicker_and_deck(article.subtitle, article.kicker) == (
        "流感进入高发期", "医生：多数病毒感染可自愈，合理用药是关键")


@pytest.mark.parametrize(("stack", "title"), [
    ("市政协召开专题协商会\n聚焦南洞庭湖湿地保护建言献策", "市政协召开专题协商会"),
    ("市委常委会召开会议\n传达学习全省经济形势分析会精神", "市委常委会召开会议"),
])
def test_a_body_and_what_it_did_over_what_it_did_there_is_the_headline_over_its_deck(
        stack: str, title: str) -> None:
    page = f"{stack}\n本报讯（记者 刘婷）9月21日，会议听取了有关情况汇报，研究部署下一步工作。\n"
    [article] = split_page(page).articles
    assert article.title == title
