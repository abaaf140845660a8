"""The seventeenth round's levers (docs/quality.md), each kind on made-up sentences, from
the thirteenth blind set's misses (tests/gold/walks_gold.jsonl: the internet economy,
screens, ranks and veterans, heritage)."""

from __future__ import annotations

import pytest

from tests.helpers.candidates import names


@pytest.mark.parametrize(("text", "firm"), [
    ("腾讯视频日前公布了年度片单。", "腾讯视频"),
    ("市民通过顺丰速运把年货寄往外地。", "顺丰速运"),
    ("万达电影日前披露半年报，票房收入同比增长。", "万达电影"),
])
def test_a_firm_named_with_its_trade_in_film_video_or_delivery_is_one_name(
        text: str, firm: str) -> None:
    assert (firm, "ORG") in names(text)


@pytest.mark.parametrize(("text", "person"), [
    ("来自延庆区的列兵高原第一次走上哨位。", "高原"),
    ("外方带队指挥官阿迪尔·汗准将表示，双方结下了友谊。", "阿迪尔·汗"),
])
def test_a_person_named_against_a_rank_stops_where_the_rank_begins(
        text: str, person: str) -> None:
    found = names(text)
    assert (person, "PER") in found
    assert not any(person in name and name != person for name, _type in found)


def test_a_rank_is_no_place() -> None:
    assert all(name != "上士" for name, _type in names("在海拔五千米的哨所，上士罗长江每天巡逻。"))


def test_a_surnames_form_of_address_before_a_verb_of_saying_is_the_surname() -> None:
    assert ("王", "PER") in names("一家外卖平台的王总坦言：“合规成本确实在上升。”")


def test_a_name_that_runs_on_into_a_word_stays_whole() -> None:
    """The rank 军长 is not read inside 刘建军长期 (long-term)."""
    assert ("刘建军", "PER") in names("刘建军长期从事水稻育种研究。")
