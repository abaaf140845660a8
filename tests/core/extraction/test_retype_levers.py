"""Names read as the wrong kind, or cut where a person's name is not (issue 12, eighth
round), each kind on made-up sentences: the lever in core/extraction/retype_levers.py and
the span a reader should see."""

from __future__ import annotations

from itertools import pairwise

from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.retype_levers import (
    compound_surname_persons,
    hyphened_persons,
    pairs_as_places,
    rejoined_compound_surnames,
    townships_as_places,
    without_services,
    world_names_as_places,
    world_places_whole,
)
from tests.helpers.candidates import at, names, texts, words


def test_a_country_read_as_a_body_is_a_place() -> None:
    text = "来自丹麦、芬兰的客商"
    out = world_names_as_places(text, [at(text, "丹麦", "ORG"), at(text, "芬兰", "ORG")],
                              lexicon().world)
    assert texts(text, out) == [("丹麦", "LOC"), ("芬兰", "LOC")]
    text = "丹麦马士基集团"
    assert texts(text, world_names_as_places(text, [at(text, text, "ORG")],
                                           lexicon().world)) == [(text, "ORG")]


def test_two_short_names_are_two_places_but_a_places_own_name_is_one() -> None:
    def known(text: str):
        return lambda s, e: lexicon().listed_place(text[s:e])
    for text, pair, kind in (("穗港两地合作", "穗港", "ORG"), ("京沪之间", "京沪", "LOC")):
        assert texts(text, pairs_as_places(text, [at(text, pair, kind)], known(text))) == [
            (pair[0], "LOC"), (pair[1], "LOC")]
    for text, whole in (("辽宁的冬天", "辽宁"), ("中华文化", "中华"), ("鲁中山区", "鲁中")):
        kept = [at(text, whole, "LOC")]
        assert pairs_as_places(text, kept, known(text)) == kept


def test_a_township_read_as_a_body_is_a_place() -> None:
    text = "记者来到板桥乡，看到"
    assert texts(text, townships_as_places(text, [at(text, "板桥乡", "ORG")])) == [
        ("板桥乡", "LOC")]
    text = "石门镇党委书记说"
    assert texts(text, townships_as_places(text, [at(text, "石门", "ORG")])) == [
        ("石门镇", "LOC")]
    text = "板桥乡政府"
    assert texts(text, townships_as_places(text, [at(text, text, "ORG")])) == [(text, "ORG")]
    text = "市委组织部乡党委书记培训班"  # a body's name before a township's committee
    assert texts(text, townships_as_places(text, [at(text, "市委组织部", "ORG")])) == [
        ("市委组织部", "ORG")]


def test_a_service_before_a_rank_is_no_part_of_a_name() -> None:
    text = "发言人张海滨海军大校表示"
    assert texts(text, without_services(text, [at(text, "张海滨海军", "PER")])) == [
        ("张海滨", "PER")]


def test_a_compound_surname_opens_a_name() -> None:
    lex = lexicon()
    for text, person in (("教授司徒建华介绍了成果", "司徒建华"),
                         ("工程师上官晓阳是项目负责人", "上官晓阳")):
        out = compound_surname_persons(text, [], words(text), lex.surnames)
        assert texts(text, out) == [(person, "PER")], text
    # A surname used alone before a noun, a time, an adverb or a verb; a compound that is
    # an everyday word (东方, 百里); a place named after a family; a longer name holding
    # the surname: as they were.
    for text, held in (("欧阳女士告诉记者", None), ("司徒先生说", None), ("欧阳昨天说", None),
                       ("欧阳家族的历史", None),
                       ("欧阳正在开会", None), ("上官答道", None), ("东方明白了这一点", None),
                       ("百里杜鹃景区", None), ("诸葛镇召开会议", "诸葛镇"),
                       ("欧阳修纪念馆开放", "欧阳修纪念馆")):
        chosen = [at(text, held, "ORG")] if held else []
        assert compound_surname_persons(text, chosen, words(text), lex.surnames) == chosen, text
    # Names never overlap, however the surnames repeat.
    text = "上官上官上官明远"
    out = compound_surname_persons(text, [], words(text), lex.surnames)
    assert all(a.end <= b.start for a, b in pairwise(out))


def test_compound_surnames_read_end_to_end() -> None:
    assert ("司徒建华", "PER") in names("旅居加拿大的侨胞司徒建华捐资修桥。")
    # A given name jieba cuts into its two characters (上官|婉|清).
    assert ("上官婉清", "PER") in names("居民上官婉清在小区散步时被狗咬伤。")
    # …but a verb after a one-character given name is no part of it (诸葛|亮|说).
    assert ("诸葛亮", "PER") in names("诸葛亮说得好。")
    # A person's end before 说 stands where jieba glues the name's last character to it.
    assert ("诸葛悦然", "PER") in names("大学生志愿者诸葛悦然说：“能帮游客指路，很开心。”")


def test_a_compound_surname_cut_before_a_name_is_joined_to_it() -> None:
    lex = lexicon()
    text = "种植大户司马俊峰今年流转土地"
    chosen = [at(text, "司", "PER"), at(text, "马俊峰", "PER")]
    assert texts(text, rejoined_compound_surnames(text, chosen, lex.surnames)) == [
        ("司马俊峰", "PER")]
    # Two names side by side that spell no compound surname stay two.
    text = "王马俊峰"
    chosen = [at(text, "王", "PER"), at(text, "马俊峰", "PER")]
    assert rejoined_compound_surnames(text, chosen, lex.surnames) == chosen
    assert ("司马俊峰", "PER") in names("马铃薯种植大户司马俊峰今年流转土地80亩。")


def test_a_theatre_command_is_a_body_not_a_direction() -> None:
    assert ("西部战区", "ORG") in names("西部战区某旅近日组织实弹演练。")


def test_a_transliterated_name_goes_on_after_a_hyphen() -> None:
    text = "外长穆罕默德·本-拉希德将来访"
    first, second = at(text, "穆罕默德·本", "PER"), at(text, "拉希德", "PER")
    assert texts(text, hyphened_persons(text, [first, second])) == [("穆罕默德·本-拉希德", "PER")]
    # Two persons of plain names with a hyphen between stay two (a score, a pairing).
    text = "张伟-李娜组合晋级"
    pair = [at(text, "张伟", "PER"), at(text, "李娜", "PER")]
    assert hyphened_persons(text, pair) == pair


def test_a_place_abroad_cut_short_is_the_world_tables_place() -> None:
    world = lexicon().world
    text = "代表团抵达亚的斯亚贝巴参加会议"
    assert "亚的斯亚贝巴" in world
    out = world_places_whole(text, [at(text, "斯亚贝巴", "LOC")], world)
    assert texts(text, out) == [("亚的斯亚贝巴", "LOC")]
    # Not over another name.
    text = "亚的斯亚贝巴"
    chosen = [Candidate(0, 2, "PER", 3), Candidate(2, 6, "LOC", 3)]
    assert world_places_whole(text, chosen, world) == chosen


def test_a_city_abroad_read_as_a_body_is_a_place() -> None:
    text = "在符拉迪沃斯托克举行"
    assert texts(text, world_names_as_places(text, [at(text, "符拉迪沃斯托克", "ORG")],
                                           lexicon().world)) == [("符拉迪沃斯托克", "LOC")]


def test_a_country_and_a_division_abroad_are_two_places() -> None:
    # place_chains.split_after_countries: a division abroad the tables do not know.
    assert {("泰国", "LOC"), ("巴真府", "LOC")} <= set(names("项目落户泰国巴真府。"))
