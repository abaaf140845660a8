"""A deck a site printed on its headline's line, after the dash, is the deck still."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

BODY = "\n湖南日报3月12日讯（记者 王晴）近日，省政府办公厅印发若干措施。\n"


def test_a_deck_run_on_after_its_headlines_dash_is_cut_off_as_the_deck() -> None:
    page = "我省出台20条措施支持民营经济高质量发展——涵盖市场准入、要素保障、权益保护等方面" \
        + BODY
    [article] = split_page(page).articles
    assert article.title == "我省出台20条措施支持民营经济高质量发展"
    assert "涵盖市场准入、要素保障、权益保护等方面" in article.subtitle


@pytest.mark.parametrize("headline", ["湘江——一条母亲河的新生",
                                      "从“田保姆”到“新农人”——湘中农村见闻"])
def test_a_headlines_own_dash_stays_in_the_headline(headline: str) -> None:
    [article] = split_page(headline + BODY).articles
    assert article.title == headline
