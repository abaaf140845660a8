"""Two bare lines over a story: one headline set on two lines, or a kicker over it."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

BODY = "\n本报讯（记者 王晴）一季度，全省新开工重大项目326个，完成投资1260亿元。\n"


@pytest.mark.parametrize(("first", "second"), [
    ("让项目“落地生根”", "更要“开花结果”"),  # a second clause: no headline opens on 更要
    ("湘西州猕猴桃", "首次直航出口东南亚"),  # a short subject over the predicate it waits for
    ("一季度全省GDP", "增长5.6%"),  # an abbreviation is a subject too
    ("全省地区生产总值增长", "5.5%"),  # the figure the verb waits for
    ("在推动中部地区崛起中", "彰显湖南担当"),  # a frame over the clause it frames
])
def test_a_headline_set_on_two_lines_is_one_headline(first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert article.title == first + second


@pytest.mark.parametrize(("kicker", "headline"), [
    ("十年禁渔见成效", "洞庭湖畔江豚“微笑”回来了"),
    ("衡阳常宁", "油茶林里的“致富经”"),  # a short place over a headline that names
    ("开拓新兴市场 抢抓海外订单", "湖南工程机械前4月出口增长两成"),  # two bids, paired
    ("在希望的田野上", "湘西州猕猴桃首次直航出口东南亚"),  # a frame over a subject
])
def test_a_kicker_over_its_headline_stays_apart(kicker: str, headline: str) -> None:
    [article] = split_page(f"{kicker}\n{headline}{BODY}").articles
    assert article.title == headline


def test_a_quotation_wrapped_under_a_kicker_and_over_its_deck_is_the_headline() -> None:
    page = ("对话·三湘追梦人\n“让一季稻多收一茬，\n是我们这代人的考题”\n"
            "——访湖南省农业科学院研究员谭卫东" + BODY)
    [article] = split_page(page).articles
    assert article.title == "“让一季稻多收一茬，是我们这代人的考题”"
    assert article.kicker == "对话·三湘追梦人"


def test_a_question_wrapped_after_its_subject_over_a_byline_is_one_headline() -> None:
    page = ("小微企业首贷\n为何越来越“快”？\n湖南日报全媒体记者 胡信安\n"
            "“以前跑银行要准备一大摞材料，现在手机上申请，三天就放款了。”陈女士说。\n")
    [article] = split_page(page).articles
    assert article.title == "小微企业首贷为何越来越“快”？"
    assert article.authors == ["胡信安"]


def test_a_question_asked_of_a_headline_that_only_names_completes_it_under_a_kicker() -> None:
    page = ("长沙虚拟电厂运行一年调查\n一度电的“余量”\n能卖多少钱？\n"
            "湖南日报全媒体记者 黄利飞\n傍晚6点，长沙城区用电进入晚高峰。\n")
    [article] = split_page(page).articles
    assert article.title == "一度电的“余量”能卖多少钱？"
    assert article.kicker == "长沙虚拟电厂运行一年调查"
