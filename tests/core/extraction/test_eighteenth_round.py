"""The eighteenth round's levers (docs/quality.md), on made-up sentences: a province's
satellite channel is a body, and a body the model runs on past its suffix into the next
word ends at the suffix."""

from __future__ import annotations

import pytest

from tests.helpers.candidates import names


@pytest.mark.parametrize(("text", "channels"), [
    ("这部剧将于下月登陆浙江卫视、江苏卫视黄金档。", ["浙江卫视", "江苏卫视"]),
    ("湖南卫视文化节目《声生不息》昨晚收官。", ["湖南卫视"]),
    ("东方卫视与腾讯视频联合出品了这档节目。", ["东方卫视"]),
])
def test_a_satellite_channel_is_a_body_whatever_its_place_or_the_word_after(
        text: str, channels: list[str]) -> None:
    found = names(text)
    for channel in channels:
        assert (channel, "ORG") in found
    assert not any(name.startswith("江苏卫视") and name != "江苏卫视" for name, _t in found)


def test_a_place_before_an_industry_stays_the_place() -> None:
    assert ("株洲", "LOC") in names("株洲航空产业今年产值有望突破200亿元。")


@pytest.mark.parametrize(("text", "place"), [
    ("在巴西北部的亚马逊河流域，网购包裹仍主要靠船只运送。", "巴西"),
    ("华北南部、黄淮北部将出现极端强降水，中西部地区降温。", "黄淮"),
])
def test_a_place_named_with_its_part_is_the_place_without_the_direction(
        text: str, place: str) -> None:
    found = names(text)
    assert (place, "LOC") in found
    assert not any(name.endswith("部") for name, _type in found)


def test_a_direction_alone_is_no_place() -> None:
    assert ("中西部", "LOC") not in names("华北南部、黄淮北部将出现极端强降水，中西部地区降温。")


@pytest.mark.parametrize(("text", "pair"), [
    ("在沪昆高速湖南段的一处服务区，十几辆新能源汽车排队等候充电。", "沪昆"),
    ("两国元首一致同意，推动中哈永久全面战略伙伴关系不断发展。", "中哈"),
    ("双方将推动中柬命运共同体建设走深走实。", "中柬"),
])
def test_a_pair_of_short_names_is_two_places(text: str, pair: str) -> None:
    found = names(text)
    assert (pair[0], "LOC") in found and (pair[1], "LOC") in found
    assert not any(pair in name for name, _type in found)


@pytest.mark.parametrize(("text", "whole"), [
    ("中华优秀传统文化在这里焕发新的生机。", "中华"),
    ("电视剧热播后，永宁县闽宁镇成了“网红打卡地”。", "闽宁镇"),
])
def test_one_place_twice_over_or_a_towns_head_is_not_split(text: str, whole: str) -> None:
    found = [name for name, _type in names(text)]
    assert not any(len(name) == 1 and name in whole for name in found)
