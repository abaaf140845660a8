"""A headline of two paired clauses set on two lines is one headline."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

BODY = "\n本报讯（记者 王晴）一季度，全省新开工重大项目326个，完成投资1260亿元。\n"


def test_a_second_clause_opening_on_geng_yao_goes_on_the_first() -> None:
    [article] = split_page("让项目“落地生根”\n更要“开花结果”" + BODY).articles
    assert article.title == "让项目“落地生根”更要“开花结果”"


def test_a_kicker_over_its_headline_stays_apart() -> None:
    [article] = split_page("十年禁渔见成效\n洞庭湖畔江豚“微笑”回来了" + BODY).articles
    assert article.title == "洞庭湖畔江豚“微笑”回来了"


def test_a_short_subject_over_the_predicate_it_waits_for_is_one_headline() -> None:
    [article] = split_page("湘西州猕猴桃\n首次直航出口东南亚" + BODY).articles
    assert article.title == "湘西州猕猴桃首次直航出口东南亚"


def test_a_short_place_over_a_headline_that_names_is_a_kicker() -> None:
    [article] = split_page("衡阳常宁\n油茶林里的“致富经”" + BODY).articles
    assert article.title == "油茶林里的“致富经”"
