"""A newsletter's head names the paper and its column, the day and the issue, apart by bars
(羊城晚报·体育早班车 | 2026年4月22日 星期三 | 第1108期): page furniture, like a running
header. Underlined by a rule it is no Setext heading, so the page is not read as Markdown
(where every line that ends no sentence runs on into the next)."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.lines import Kind, page_lines
from desktop_app.core.splitting.split import split_page


@pytest.mark.parametrize("head", [
    "羊城晚报·体育早班车 | 2026年4月22日 星期三 | 第1108期",
    "长沙晚报 2025年7月6日 星期日 第2210期",
])
def test_a_newsletters_head_is_furniture(head: str) -> None:
    text = "全省已有37个比赛场馆向市民免费开放，一季度接待市民超过210万人次。"
    [first, *_] = page_lines(f"{head}\n\n{text}\n")
    assert first.kind is Kind.BANNER


def test_a_headline_over_its_deck_under_a_newsletters_underlined_head_stays_apart() -> None:
    page = ("羊城晚报·体育早班车 | 2026年4月22日 星期三 | 第1108期\n" + "-" * 72 + "\n\n"
            "十五运场馆变身“全民健身房”\n"
            "全省已有37个比赛场馆向市民免费或低收费开放，一季度接待健身市民超过210万人次\n\n"
            "羊城晚报讯 记者吴湘报道：十五运会落幕已近半年，一批比赛场馆正在变身市民家门口的"
            "“全民健身房”。\n")
    [article] = split_page(page).articles
    assert article.title == "十五运场馆变身“全民健身房”"
