"""Two bare lines that both count (前11个月我省外贸进出口增长8.7% / 对东盟进出口增长13.5%):
the headline and the deck adding a figure to it; a kicker rarely counts, so a line over a
headline without a figure stays its kicker."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

BODY = "本报讯（记者 王卓）记者从长沙海关获悉，今年前11个月，我省外贸保持稳定增长态势。\n"


@pytest.mark.parametrize(("stack", "kicker", "title", "deck"), [
    ("前11个月我省外贸进出口增长8.7%\n对东盟进出口增长13.5%", "",
     "前11个月我省外贸进出口增长8.7%", "对东盟进出口增长13.5%"),
    ("全省法院去年审结涉企案件41.7万件\n涉企案件平均审理周期缩短12天", "",
     "全省法院去年审结涉企案件41.7万件", "涉企案件平均审理周期缩短12天"),
    ("新春开局抓项目\n一季度全省重大项目集中开工", "新春开局抓项目",
     "一季度全省重大项目集中开工", ""),
])
def test_a_line_adding_a_figure_to_a_counted_headline_is_its_deck(
        stack: str, kicker: str, title: str, deck: str) -> None:
    (article,) = split_page(f"{stack}\n\n{BODY}").articles
    assert (article.kicker, article.title) == (kicker, title)
    if deck:
        assert article.subtitle == deck


def test_a_year_opening_the_headline_counts_nothing() -> None:
    # 2025 names the event (2025湖南省全民健身大会落幕): the line over it that counts is its
    # kicker, not a headline over a deck.
    stack = "全年举办各类赛事活动2万余场\n2025湖南省全民健身大会落幕"
    (article,) = split_page(f"{stack}\n\n{BODY}").articles
    assert (article.kicker, article.title) == ("全年举办各类赛事活动2万余场",
                                               "2025湖南省全民健身大会落幕")
