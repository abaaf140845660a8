"""Places the model misses or mistypes (issue 12, third round), each kind on made-up
sentences: the lever in core/extraction/place_levers.py and the span a reader should see."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.fusion import fuse
from desktop_app.core.extraction.place_chains import (
    places_in_counted_lists,
    split_after_countries,
)
from desktop_app.core.extraction.place_levers import (
    ancient_places,
    chains_of_places,
    places_in_titles,
    places_with_and,
    without_direction_tails,
    without_leading_glue,
    without_stray_characters,
    without_things_of_places,
    without_trailing_words,
    world_places,
    world_words,
)
from tests.helpers.candidates import at, names, typed, words


def test_the_world_table_knows_countries_regions_and_cities_abroad() -> None:
    world = lexicon().world
    assert {"马拉维", "圭亚那", "东南亚", "吉隆坡"} <= world
    assert not {"联合国", "欧盟", "世界"} & world  # bodies and the world are no places
    assert "吉隆坡" not in lexicon().countries  # a city


def test_a_country_read_as_a_person_is_a_place() -> None:
    # 马拉维的湖光山色吸引游客: a transliterated country looks like a person's name.
    lex = lexicon()
    text = "马拉维的湖光山色吸引游客"
    out = world_places(text, [Candidate(0, 3, "PER", 6)], [(0, 3), (3, 4)], lex.world,
                       lex.countries)
    assert typed(out) == [(0, 3, "LOC")]
    # A person stays a person, and so does one a city is named after (达尔文的进化论).
    for text in ("马立伟的湖光山色吸引游客", "达尔文的进化论影响深远"):
        out = world_places(text, [Candidate(0, 3, "PER", 6)], [(0, 3), (3, 4)], lex.world,
                           lex.countries)
        assert typed(out) == [(0, 3, "PER")]
    # A city of the table where a list of places ends, or where a meeting is held.
    for text, start in (("拉巴特、卡萨布兰卡等地", 4), ("在利雅得举行推介会", 1)):
        name = Candidate(start, text.index("等") if "等" in text else start + 3, "PER", 6)
        out = world_places(text, [name], [], lex.world, lex.countries)
        assert typed(out) == [(name.start, name.end, "LOC")], text
    # Not a person holding something, nor one after 在 without a meeting.
    for text in ("达尔文举行了演讲", "在达尔文看来"):
        start = 1 if text.startswith("在") else 0
        out = world_places(text, [Candidate(start, start + 3, "PER", 6)], [], lex.world,
                           lex.countries)
        assert typed(out) == [(start, start + 3, "PER")], text


def test_a_place_cut_short_is_completed_to_the_word() -> None:
    # 他在圭亚那总理府前: the model stopped at 圭亚, jieba's word is the country.
    text = "他在圭亚那总理府前"
    lex = lexicon()
    out = world_places(text, [Candidate(2, 4, "PER", 6)], [(0, 1), (1, 2), (2, 5), (5, 7)],
                       lex.world, lex.countries)
    assert typed(out) == [(2, 5, "LOC")]
    # Not over the start of another name.
    out = world_places(text, [Candidate(2, 4, "PER", 6), Candidate(4, 5, "LOC", 6)],
                       [(2, 5)], lex.world, lex.countries)
    assert typed(out)[0] == (2, 4, "PER")


def test_a_word_naming_a_place_abroad_fills_a_gap() -> None:
    text = "游客从布基纳法索回来"
    found = world_words(text, [(0, 2), (2, 3), (3, 8), (8, 10)], lexicon().world)
    assert typed(found) == [(3, 8, "LOC")]


def test_a_body_made_only_of_known_places_is_those_places() -> None:
    # 中华人民共和国澳门特别行政区今天…: jieba's dictionary has the chain as a body, the
    # model reads two places; both are known places, so the places stand.
    text = "中华人民共和国澳门特别行政区今天"
    model = [(0, 7, "LOC"), (7, 14, "LOC")]
    known = {"中华人民共和国", "澳门特别行政区"}
    out = fuse(model, [Candidate(0, 14, "ORG", 5)], set(), tokens=model,
               known_place=lambda s, e: text[s:e] in known)
    assert typed(out) == [(0, 7, "LOC"), (7, 14, "LOC")]
    # 宁乡经开区: the zone is no known place, so the body the rules found stands.
    text = "宁乡经开区招商"
    model = [(0, 2, "LOC"), (2, 5, "LOC")]
    out = fuse(model, [Candidate(0, 5, "ORG", 4)], set(), tokens=model,
               known_place=lambda s, e: text[s:e] == "宁乡")
    assert typed(out) == [(0, 5, "ORG")]


# (text, the place read with its direction, the place the tables know, what is left)
DIRECTIONS = [
    ("今晚甘肃东南部有小雪", "甘肃东南部", "甘肃", "甘肃"),
    # A name of two characters before one direction loses it too, known or not (黄淮|北部:
    # no set marks a place with its direction).
    ("今晚黄淮北部有小雪", "黄淮北部", "", "黄淮"),
    # A two-character direction is not cut where it would leave one character (巴西|北部,
    # not 巴|西北部).
    ("在巴西北部的雨林", "巴西北部", "巴西", "巴西"),
    # A place of one character before its direction is left as read (湘|南部 is a region).
    ("湘南部分县市有雨", "湘南部", "", "湘南部"),
]


@pytest.mark.parametrize(("text", "read", "known", "left"), DIRECTIONS)
def test_a_part_of_a_place_named_by_its_direction_is_the_place(
        text: str, read: str, known: str, left: str) -> None:
    start = text.index(read)
    out = without_direction_tails(text, [Candidate(start, start + len(read), "LOC", 6)],
                                  lambda s, e: text[s:e] == known)
    assert typed(out) == [(start, start + len(left), "LOC")]


def test_a_preposition_glued_before_a_place_comes_off() -> None:
    # 总理将同智利总统会谈: the model read 同智利 as the place.
    text = "总理将同智利总统会谈"
    words = [(0, 2, "n"), (2, 3, "d"), (3, 4, "p"), (4, 6, "ns"), (6, 8, "n"), (8, 10, "v")]
    known = lambda s, e: text[s:e] == "智利"  # noqa: E731
    out = without_leading_glue(text, [Candidate(3, 6, "LOC", 6)], words, known)
    assert typed(out) == [(4, 6, "LOC")]
    # 同江市 is a city: jieba's word is not the preposition alone.
    text = "来到同江市"
    out = without_leading_glue(text, [Candidate(2, 5, "LOC", 6)], [(0, 2, "v"), (2, 5, "ns")],
                               lambda s, e: True)
    assert typed(out) == [(2, 5, "LOC")]


def test_a_stray_character_is_no_place() -> None:
    # 总行长王五说: the model cut 长 out of 行长; 访美 keeps its one-character country.
    text = "总行长王五说访美"
    chosen = [Candidate(2, 3, "LOC", 6), Candidate(3, 5, "PER", 6), Candidate(7, 8, "LOC", 6)]
    out = without_stray_characters(text, chosen)
    assert typed(out) == [(3, 5, "PER"), (7, 8, "LOC")]


def test_a_place_inside_the_title_of_a_work_is_a_place() -> None:
    # 他写了《我为衡阳写稿》: the model reads the title as one work (nw).
    text = "他写了《我为衡阳写稿》"
    read = [(0, 1, "r"), (1, 3, "v"), (3, 4, "w"), (4, 10, "nw"), (10, 11, "w")]
    words = [(0, 1), (1, 3), (3, 4), (4, 5), (5, 6), (6, 8), (8, 10), (10, 11)]
    known = lambda s, e: text[s:e] == "衡阳"  # noqa: E731
    assert typed(places_in_titles(text, read, words, known)) == [(6, 8, "LOC")]
    # Outside a work nothing is added here (the model's own names stand there).
    read = [(0, 1, "r"), (1, 3, "v"), (3, 4, "w"), (4, 10, "n"), (10, 11, "w")]
    assert places_in_titles(text, read, words, known) == []


def test_a_country_takes_its_formal_name() -> None:
    # 同芬兰共和国签署: the model read 芬兰, jieba's word is the state's formal name.
    text = "同芬兰共和国签署"
    lex = lexicon()
    out = world_places(text, [Candidate(1, 3, "LOC", 6)], [(0, 1), (1, 6), (6, 8)],
                       lex.world, lex.countries)
    assert typed(out) == [(1, 6, "LOC")]
    # Not any longer word (芬兰语 is a language).
    out = world_places("学芬兰语", [Candidate(1, 3, "LOC", 6)], [(0, 1), (1, 4)],
                       lex.world, lex.countries)
    assert typed(out) == [(1, 3, "LOC")]


def _known(text: str) -> Callable[[int, int], bool]:
    lex = lexicon()
    return lambda start, end: text[start:end] in lex.places or text[start:end] in lex.world


def test_a_count_of_countries_is_no_part_of_a_place() -> None:
    # 南美各国: the region; 中美日三国: three countries; 三国 alone: none.
    text = "南美各国代表和中美日三国学者出席，三国签署协议"
    chosen = [Candidate(0, 4, "LOC", 6), Candidate(7, 12, "LOC", 6), Candidate(17, 19, "LOC", 6)]
    assert typed(without_trailing_words(text, chosen, _known(text))) == [
        (0, 2, "LOC"), (7, 8, "LOC"), (8, 9, "LOC"), (9, 10, "LOC")]
    # 中俄哈吉塔五国: 哈 and 塔 (Kazakhstan, Tajikistan) are everyday characters too; the
    # count says they are countries here.
    text = "中俄哈吉塔五国签署协定"
    out = without_trailing_words(text, [Candidate(0, 7, "LOC", 6)], _known(text))
    assert [text[c.start:c.end] for c in out] == ["中", "俄", "哈", "吉", "塔"]


def test_a_document_named_after_a_place_is_no_part_of_it() -> None:
    # 《澳门特别行政区基本法》: the law is no place, the region is.
    text = "《澳门特别行政区基本法》"
    out = without_trailing_words(text, [Candidate(1, 11, "LOC", 6)], _known(text))
    assert typed(out) == [(1, 8, "LOC")]


def test_a_licence_plate_names_its_province_only() -> None:
    text = "车牌号为湘A12345的轿车"
    out = without_trailing_words(text, [Candidate(4, 11, "LOC", 6)], _known(text))
    assert typed(out) == [(4, 5, "LOC")]


def test_one_word_of_jieba_for_a_chain_of_places_gives_the_places() -> None:
    text = "中华人民共和国澳门特别行政区成立"
    lex = lexicon()

    def known(start: int, end: int) -> bool:  # the tables, and jieba's own place words
        return text[start:end] in lex.places or text[start:end] == "中华人民共和国"

    assert typed(chains_of_places([(0, 14, "nt"), (14, 16, "v")], known)) == [
        (0, 7, "LOC"), (7, 14, "LOC")]
    # An idiom is no name, whatever its pieces look like.
    assert chains_of_places([(0, 14, "i")], known) == []


def test_a_chain_of_places_inside_the_title_of_a_law() -> None:
    spans = {(e.text, e.type) for e in find_entities(
        "凡不抵触《中华人民共和国澳门特别行政区驻军法》的规定者，予以保留。")}
    assert {("中华人民共和国", "LOC"), ("澳门特别行政区", "LOC")} <= spans


def test_a_country_whose_name_holds_and_is_one_place() -> None:
    # The model cut 安提瓜和巴布达 at 和 and read the halves as people.
    text = "安提瓜和巴布达总理访华"
    chosen = [Candidate(0, 3, "PER", 6), Candidate(4, 7, "PER", 6)]
    assert typed(places_with_and(text, chosen, lexicon().world)) == [(0, 7, "LOC")]
    # A body that holds the name already keeps it.
    text = "安提瓜和巴布达—中国友好协会"
    chosen = [Candidate(0, 14, "ORG", 6)]
    assert places_with_and(text, chosen, lexicon().world) == chosen
    # …and a place, a dash and a body are one body.
    found = {(e.text, e.type) for e in find_entities("波斯尼亚和黑塞哥维那—中国友好协会会长出席。")}
    assert ("波斯尼亚和黑塞哥维那—中国友好协会", "ORG") in found


def test_a_region_of_the_curated_list_is_a_place_where_the_model_reads_a_noun() -> None:
    # The model reads 三湘 and 湖湘 before 大地, and the nickname 星城, as common nouns.
    for text, name in (("今年以来，三湘大地处处涌动着发展热潮。", "三湘"),
                       ("湖湘大地上，新一轮项目建设正在展开。", "湖湘"),
                       ("夜幕下的星城灯火辉煌。", "星城")):
        assert [(e.text, e.type) for e in find_entities(text)] == [(name, "LOC")]
    # A division of the generated table is not added on the tables' word alone.
    assert lexicon().curated_place("三湘") and not lexicon().curated_place("宁乡县")


def test_a_places_firms_merchants_or_natives_are_no_place() -> None:
    # The model reads 湘企 and 湘籍 as places: they are Hunan's firms and people born there.
    for text in ("湘企正以多元业态融入全球经济。", "湘籍院士回乡讲学。"):
        assert not [e for e in find_entities(text) if e.type == "LOC"], text
    # …and 粤企 as a person.
    out = without_things_of_places("粤企与中东市场", [Candidate(0, 2, "PER", 6)])
    assert out == []
    # The place itself, and a short name beside another, stay.
    assert ("湘", "LOC") in {(e.text, e.type) for e in find_entities("一批企业来湘投资。")}
    assert {(e.text, e.type) for e in find_entities("中美两国签约。")} == {("中", "LOC"),
                                                                       ("美", "LOC")}


def test_a_town_named_right_after_its_county_is_a_place() -> None:
    # jieba cuts 召忽|镇 and the model stops at the city.
    found = {(e.text, e.type) for e in find_entities("山东安丘市召忽镇婚事新办。")}
    assert {("安丘市", "LOC"), ("召忽镇", "LOC")} <= found
    # Words of jieba's that end like a division are no town.
    for text, place in (("推进安丘市城镇化建设。", "安丘市"), ("长沙县各乡镇积极行动。", "长沙县")):
        assert [e.text for e in find_entities(text)] == [place], text


def test_a_country_and_a_city_abroad_are_two_places() -> None:
    countries = frozenset({"哈萨克斯坦", "意大利", "波兰", "匈牙利", "巴西"})
    known = {"阿拉木图", "米兰", "共和国", "德布勒森", "巴西利亚", "利亚"}
    for text, parts in (("哈萨克斯坦阿拉木图", ["哈萨克斯坦", "阿拉木图"]),
                        ("意大利米兰", ["意大利", "米兰"]),
                        ("匈牙利德布勒森市", ["匈牙利", "德布勒森市"]),
                        ("波兰共和国", ["波兰共和国"]),  # a country's full name
                        ("巴西利亚", ["巴西利亚"]),  # known whole: Brasília
                        ("意大利面馆", ["意大利面馆"])):  # no place after the country
        out = split_after_countries(text, [Candidate(0, len(text), "LOC", 6)], countries,
                                    lambda s, e, t=text: t[s:e] in known)
        assert [text[c.start:c.end] for c in out] == parts


def test_an_ancient_place_is_one_place() -> None:
    # jieba's word 古埃及 (ancient Egypt); the model reads 古 (Cuba's short name) and 埃及.
    text = "古埃及文明大展"
    words = [(0, 3, "ns"), (3, 5, "nr"), (5, 7, "vn")]
    out = ancient_places(text, [Candidate(0, 1, "LOC", 6), Candidate(1, 3, "LOC", 6)], words)
    assert typed(out) == [(0, 3, "LOC")]
    # 考古|埃及: 古 ends the word for archaeology, and Egypt stays Egypt.
    text = "考古埃及"
    out = ancient_places(text, [Candidate(2, 4, "LOC", 6)], [(0, 2, "vn"), (2, 4, "ns")])
    assert typed(out) == [(2, 4, "LOC")]


def _counted(text: str, chosen: list[Candidate], everyday: frozenset[str] = frozenset()
             ) -> list[tuple[str, str]]:
    out = places_in_counted_lists(text, chosen, words(text), everyday.__contains__)
    return [(text[c.start:c.end], c.type) for c in out]


def test_names_listed_before_a_count_of_divisions_are_places() -> None:
    text = "物资送到了滩堆、措玛、那色6个乡"
    start = text.index("措玛")
    assert _counted(text, [Candidate(start, start + 2, "PER", 6)]) == [
        ("滩堆", "LOC"), ("措玛", "LOC"), ("那色", "LOC")]
    # The first item is the word before the first 、, not what leads into the list.
    text = "与湖南双牌、资兴、炎陵三县市结对"
    assert _counted(text, [Candidate(1, 3, "LOC", 6)]) == [
        ("湖南", "LOC"), ("双牌", "LOC"), ("资兴", "LOC"), ("炎陵", "LOC")]
    # 等 before the count; a count in figures or in words up to the tens.
    for text in ("长沙、株洲、湘潭等十二个县", "长沙、株洲、湘潭等12县"):
        assert [n for n, _t in _counted(text, [])] == ["长沙", "株洲", "湘潭"]


def test_a_count_that_says_no_list_of_places_changes_nothing() -> None:
    # More items than the count; a division run into a word; an everyday word in the list.
    for text in ("长沙、株洲、湘潭、岳阳三市", "张三、李四两村民", "城区、郊区两区"):
        assert _counted(text, [], frozenset({"城区", "郊区"})) == []
    # A count that is a word of its own (八旗, the Qing banners); an item holding a word
    # that joins two (那色及滩堆, 正白等上).
    for text in ("镶黄、正白、镶白、正蓝等八旗官兵奉命出征", "措玛、那色及滩堆三个乡受灾",
                 "正黄、镶黄、正白等上三旗由皇帝统领"):
        assert [t for _n, t in _counted(text, [])] == [], text
    # A body listed before a count (two markets) is no place.
    text = "纽交所、纳斯达克两市主要股指下跌"
    bodies = [at(text, "纽交所", "ORG"), at(text, "纳斯达克", "ORG")]
    assert _counted(text, bodies) == [("纽交所", "ORG"), ("纳斯达克", "ORG")]


def test_a_list_counted_as_divisions_reads_as_places() -> None:
    assert ("措玛", "LOC") in names("急救灾物资送到了滩堆、措玛、那色6个乡的400多户。")
    assert ("双牌", "LOC") in names("中南林学院与湖南双牌、资兴、炎陵三县市开展协作。")
    assert [n for n, t in names("城区、郊区两区的学校都已开学。") if t == "LOC"] == []
    assert ("纳斯达克", "ORG") in names("纽交所、纳斯达克两市主要股指全线下跌。")


def test_a_long_line_of_listed_names_takes_linear_time() -> None:
    unit = "长沙、株洲、"  # a list that never reaches a count, then one that does

    def timed(count: int, tail: str) -> float:
        text = unit * count + tail
        gc.disable()  # a collection of the suite's objects is no part of the lever
        try:
            started = time.process_time()
            out = places_in_counted_lists(text, [], [], lambda _word: False)
            took = time.process_time() - started
        finally:
            gc.enable()
        assert (len(out) > 0) == bool(tail)
        return took

    for tail in ("", "，湘潭、衡阳、岳阳三市"):
        small = min(timed(500, tail) for _ in range(3))
        large = timed(8000, tail)
        # 16× the text: linear takes ~16× (a floor of 5 ms for the timer's noise, 4×
        # slack for a busy machine); one pattern over the whole list took 256×, seconds.
        assert large < 16 * max(small, 0.005) * 4
