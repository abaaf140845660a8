"""Platforms the news names (shops, apps and services online) are the bodies behind them;
the ones whose name is also an everyday word (菜鸟, a novice) only where the text says firm."""

from __future__ import annotations

import pytest

from tests.helpers.candidates import names


@pytest.mark.parametrize(("text", "platforms"), [
    ("他在抖音和小红书上开的网店去年卖出两万单。", ["抖音", "小红书"]),
    ("东南亚的Shopee和Lazada两个平台竞争激烈。", ["Shopee", "Lazada"]),
    ("“双11”期间，天猫平台上国产家电销量大增，饿了么也推出夜宵补贴。", ["天猫", "饿了么"]),
])
def test_a_platform_named_in_the_news_is_a_body(text: str, platforms: list[str]) -> None:
    found = names(text)
    for platform in platforms:
        assert (platform, "ORG") in found


def test_a_platform_whose_name_is_an_everyday_word_is_no_body_in_its_everyday_sense() -> None:
    found = names("他还是直播行业的“菜鸟”，选品话术都要从头学。")
    assert not any(name == "菜鸟" for name, _type in found)
