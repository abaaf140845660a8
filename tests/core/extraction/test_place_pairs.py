"""Pairs of one-character names of places (issue 12): the lever in
core/extraction/place_pairs.py on made-up sentences, and the places a reader should see."""

from __future__ import annotations

from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_pairs import country_pairs
from tests.helpers.candidates import typed


def test_two_countries_before_a_word_of_relations_are_two_places() -> None:
    world = lexicon().world
    # 努力发展中智关系: jieba's words start at the pair (发展|中智|关系).
    text = "努力发展中智关系"
    out = country_pairs(text, [], [0, 2, 4, 6], world)
    assert typed(out) == [(4, 5, "LOC"), (5, 6, "LOC")]
    # The model made a person of the pair (让中墨友好…): the pair wins.
    text = "让中墨友好长存"
    out = country_pairs(text, [Candidate(1, 3, "PER", 6)], [0, 1, 3, 5], world)
    assert typed(out) == [(1, 2, "LOC"), (2, 3, "LOC")]


def test_a_partner_named_by_an_everyday_character_pairs_with_china_only() -> None:
    world = lexicon().world
    # 中老边境 (Laos), 匈中合作 (Hungary), 中法全面战略伙伴关系: places before the words
    # of relations news writes; 新老合作 (new and old) is no pair of countries.
    for text, starts, places in (("在中老边境", [0, 1, 3], ["中", "老"]),
                                 ("匈中合作", [0, 2], ["匈", "中"]),
                                 ("中法全面战略伙伴关系", [0, 2, 4, 6, 8], ["中", "法"]),
                                 ("新老合作", [0, 2], []),
                                 # 在工作中以科技创新: 科技 is no relation here.
                                 ("工作中以科技创新", [0, 2, 3, 4, 6], [])):
        out = country_pairs(text, [], starts, world)
        assert [text[c.start:c.end] for c in out] == places, text
    # jieba reads 中肯 ("apt") as one word: no China and Kenya before 全面合作 there.
    text = "评价中肯全面合作"
    assert country_pairs(text, [], [0, 2, 4, 6], world, lambda s, e: (s, e) == (2, 4)) == []
    assert [text[c.start:c.end] for c in country_pairs(text, [], [0, 2, 4, 6], world)] == [
        "中", "肯"]
    # The pair and its word of relations read as a body (中新两国): the two places.
    text = "中新两国政府"
    out = country_pairs(text, [Candidate(0, 4, "ORG", 6)], [0, 2, 4], world)
    assert typed(out) == [(0, 1, "LOC"), (1, 2, "LOC")]
    # …and the two governments they name (中葡两国政府 read as one body).
    out = country_pairs("中葡两国政府", [Candidate(0, 6, "ORG", 6)], [0, 2, 4], world)
    assert typed(out) == [(0, 1, "LOC"), (1, 2, "LOC")]


def test_pairs_before_a_conflict_or_a_link_between_them_are_two_places() -> None:
    world = lexicon().world
    # jieba reads 中老 as a word (中老年), but 边境, 铁路 right after it name the two.
    for text, starts in (("沿着中老铁路前行", [0, 2, 4, 6]), ("在中老边境", [0, 1, 3])):
        pair = text.index("中老")
        out = country_pairs(text, [], starts, world, lambda s, e, p=pair: (s, e) == (p, p + 2))
        assert [text[c.start:c.end] for c in out] == ["中", "老"], text
    # Two countries before a word of conflict (中日冲突); not a country and a partner
    # other than 中 (印尼 is Indonesia, 埃塞 Ethiopia); a province's, a city's and a
    # country's one-character names before what links them (京沪高铁, 深中通道, 川藏铁路).
    for text, starts, places in (("关注中日冲突", [0, 2, 4], ["中", "日"]),
                                 ("印尼局势紧张", [0, 2, 4], []),
                                 ("埃塞冲突持续", [0, 2, 4], []),
                                 ("乘坐京沪高铁", [0, 2, 4], ["京", "沪"]),
                                 ("深中通道通车", [0, 2, 4], ["深", "中"]),
                                 ("川藏铁路开工", [0, 2, 4], ["川", "藏"]),
                                 # Not a county's own name before its railway (not a pair).
                                 ("新沂铁路", [0, 2], [])):
        out = country_pairs(text, [], starts, world)
        assert [text[c.start:c.end] for c in out] == places, text
    # A city named by two such characters is the city (宁波, 宁德 before their railways).
    for text in ("宁波铁路枢纽", "宁德高铁站", "巴中高铁站"):
        assert country_pairs(text, [], [0, 2, 4], world,
                             known_place=lambda s, e: (s, e) == (0, 2)) == [], text
        assert [c.type for c in find_entities(text)] == ["LOC"], text


def test_a_pair_inside_a_word_or_naming_a_region_stays() -> None:
    world = lexicon().world
    # 其中亚欧合作: jieba cuts 其中|亚欧, so 中亚 is no pair here and 亚欧 is.
    text = "其中亚欧合作"
    out = country_pairs(text, [], [0, 2, 4], world)
    assert typed(out) == [(2, 3, "LOC"), (3, 4, "LOC")]
    # 中亚合作: Central Asia is one region, not China and Asia.
    out = country_pairs("中亚合作", [Candidate(0, 2, "LOC", 6)], [0, 2], world)
    assert typed(out) == [(0, 2, "LOC")]
    # A longer name that holds the pair keeps it.
    out = country_pairs("中加友好协会", [Candidate(0, 6, "ORG", 6)], [0, 2, 4], world)
    assert typed(out) == [(0, 6, "ORG")]
