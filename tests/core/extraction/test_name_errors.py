"""Kinds of name errors found on news and on the sample pages (issue 12, second round;
issue 16), each on made-up sentences: the span a reader should see, and the lever that
gives it (core/extraction/fusion.py, org_rules.py)."""

from __future__ import annotations

import pytest

from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.fusion import fuse, trimmed_to_words
from desktop_app.core.extraction.name_levers import (
    blocs_alone,
    join_dashed_bodies,
    join_place_bodies,
    join_posted_missions,
)


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.type) for e in find_entities(text)}


def cand(start: int, end: int, etype: str, strength: int = 4) -> Candidate:
    return Candidate(start, end, etype, strength)


# -- a body's span does not run back over the sentence ---------------------------------------

def test_a_rule_body_never_holds_a_person_or_a_time_the_model_read() -> None:
    # 李四会见光明促进会: the rule walked back over the person and the verb.
    model = [(0, 2, "PER"), (4, 9, "ORG")]
    tokens = [(0, 2, "PER"), (2, 4, "v"), (4, 9, "ORG")]
    out = fuse(model, [cand(0, 9, "ORG")], set(), tokens=tokens)
    assert [(c.start, c.end, c.type) for c in out] == [(0, 2, "PER"), (4, 9, "ORG")]
    # 北京3月1日电高级法院: a dateline is no part of the court's name.
    tokens = [(0, 2, "LOC"), (2, 6, "TIME"), (6, 7, "n"), (7, 11, "ORG")]
    out = fuse([(0, 2, "LOC"), (7, 11, "ORG")], [cand(0, 11, "ORG")], set(), tokens=tokens)
    assert [(c.start, c.end) for c in out] == [(0, 2), (7, 11)]


def test_a_rule_body_does_not_start_with_a_verb_before_the_model_name() -> None:
    # 交由宏达建设集团: the model's body is the name, the verb is the sentence's.
    tokens = [(0, 1, "v"), (1, 2, "p"), (2, 8, "ORG")]
    out = fuse([(2, 8, "ORG")], [cand(0, 8, "ORG")], set(), tokens=tokens)
    assert [(c.start, c.end) for c in out] == [(2, 8)]
    # …while a place before it still extends it (长沙 + 经开区).
    tokens = [(0, 2, "LOC"), (2, 5, "n")]
    out = fuse([(0, 2, "LOC")], [cand(0, 5, "ORG")], set(), tokens=tokens)
    assert [(c.start, c.end, c.type) for c in out] == [(0, 5, "ORG")]


def test_a_strong_rule_name_and_a_retyped_model_person_are_not_stopped() -> None:
    tokens = [(0, 4, "PER")]  # the model read a firm's short name as a person
    out = fuse([(0, 4, "PER")], [cand(0, 4, "ORG")], set(), tokens=tokens)
    assert [(c.start, c.end, c.type) for c in out] == [(0, 4, "ORG")]


@pytest.mark.parametrize("text, name", [
    ("这项工程交由中国建筑集团承建。", "中国建筑集团"),
    ("王五会见光明事业促进会理事会议代表。", "光明事业促进会"),
])
def test_the_whole_path_keeps_the_verb_out_of_the_name(text: str, name: str) -> None:
    found = spans(text)
    assert (name, "ORG") in found
    assert not any(t.endswith(name) and t != name for t, _ in found)


# -- a class of bodies is no body ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "各级工商联要加强对会员企业的服务。",
    "补助资金由县级人民政府统筹安排。",
    "这起案件已由当地人民法院受理。",
    "全县21家乡镇卫生院全部完成改造。",
])
def test_a_body_named_as_a_class_is_not_a_name(text: str) -> None:
    assert not any(t == "ORG" for _, t in spans(text))


def test_a_named_court_stays_a_body() -> None:
    assert ("长沙市中级人民法院", "ORG") in spans("长沙市中级人民法院今天公开宣判。")


# -- a place before a kind of body is part of its name ---------------------------------------

def test_a_place_and_a_kind_of_body_are_one_body() -> None:
    words = [(0, "智利"), (2, "参议院"), (5, "通过")]
    out = join_place_bodies([cand(0, 2, "LOC", 6)], words, frozenset({"参议院"}), frozenset())
    assert [(c.start, c.end, c.type) for c in out] == [(0, 5, "ORG")]
    # …and a title that opens on a body: 岳阳 + 市委|书记.
    words = [(0, "岳阳"), (2, "市委书记")]
    out = join_place_bodies([cand(0, 2, "LOC", 6)], words, frozenset({"市委"}),
                            frozenset({"书记"}))
    assert [(c.start, c.end, c.type) for c in out] == [(0, 4, "ORG")]
    # A name already chosen after the place keeps its own span.
    out = join_place_bodies([cand(0, 2, "LOC"), cand(2, 5, "ORG")], [(0, "智利"), (2, "参议院")],
                            frozenset({"参议院"}), frozenset())
    assert [(c.start, c.end) for c in out] == [(0, 2), (2, 5)]


def test_a_place_a_dash_and_a_body_are_one_body() -> None:
    listed = {"东盟"}.__contains__
    text = "埃及—中国友好协会"
    out = join_dashed_bodies(text, [cand(0, 2, "LOC"), cand(3, 9, "ORG")], listed)
    assert [(c.start, c.end, c.type) for c in out] == [(0, 9, "ORG")]
    apart = [cand(0, 2, "LOC"), cand(3, 9, "ORG")]
    assert len(join_dashed_bodies("埃及、中国友好协会", apart, listed)) == 2
    # A body of the list on its own is the other party of a pair: 中国—东盟.
    assert len(join_dashed_bodies("中国—东盟", [cand(0, 2, "LOC"), cand(3, 5, "ORG")],
                                  listed)) == 2


def test_a_bloc_of_countries_is_a_body_of_its_own() -> None:
    countries = frozenset({"中国", "日本"})
    # 欧盟地区 read as a place: the bloc; 日本欧盟 read as one body: the country and the bloc.
    text = "欧盟地区论坛"
    out = blocs_alone(text, [cand(0, 4, "LOC")], countries)
    assert [(c.start, c.end, c.type) for c in out] == [(0, 2, "ORG")]
    text = "日本欧盟峰会"
    out = blocs_alone(text, [cand(0, 4, "ORG")], countries)
    assert [(c.start, c.end, c.type) for c in out] == [(0, 2, "LOC"), (2, 4, "ORG")]
    # A country's own organ after its name stays one body (美国国务院 is no bloc).
    text = "美国国务院"
    assert blocs_alone(text, [cand(0, 5, "ORG")], frozenset({"美国"})) == [cand(0, 5, "ORG")]


def test_a_sender_and_its_mission_in_a_place_are_one_body() -> None:
    # 中国驻智利大使馆 is China's embassy in Chile, not Chile's (智利大使馆).
    text = "中国驻智利大使馆发布提醒"
    out = join_posted_missions(text, [cand(0, 2, "LOC"), cand(3, 8, "ORG")])
    assert [(c.start, c.end, c.type) for c in out] == [(0, 8, "ORG")]
    # The mission's place read alone, its word right after it: 新华社驻内罗毕记者站.
    text = "新华社驻内罗毕记者站"
    out = join_posted_missions(text, [cand(0, 3, "ORG"), cand(4, 7, "LOC")])
    assert [(c.start, c.end, c.type) for c in out] == [(0, 10, "ORG")]
    # 驻 and a place with no mission after it: a posting, two names.
    text = "联合国驻华协调员"
    out = join_posted_missions(text, [cand(0, 3, "ORG"), cand(4, 5, "LOC")])
    assert len(out) == 2
    assert ("中国驻智利大使馆", "ORG") in spans("中国驻智利大使馆发布提醒。")


@pytest.mark.parametrize("text, name", [
    ("智利参议院今天通过了这项法案。", "智利参议院"),
    ("埃及—中国友好协会主席会见了代表团。", "埃及—中国友好协会"),
    ("岳阳市委书记在会上讲话。", "岳阳市委"),
])
def test_the_whole_path_joins_a_place_and_its_body(text: str, name: str) -> None:
    assert (name, "ORG") in spans(text)


# -- a body and its session or department are one body --------------------------------------

@pytest.mark.parametrize("text, name", [
    ("中国民主同盟第八次全国代表大会在北京开幕。", "中国民主同盟第八次全国代表大会"),
    ("大会通过了中国农工民主党十二大的报告。", "中国农工民主党十二大"),
    ("国务院侨务办公室主任出席了会议。", "国务院侨务办公室"),
])
def test_a_body_takes_its_session_or_department(text: str, name: str) -> None:
    assert (name, "ORG") in spans(text)


def test_a_count_after_a_body_is_no_congress() -> None:
    assert not any(t.endswith("三大") for t, _ in spans("该集团三大优势十分明显。"))


# -- a common noun is no body (issue 16: 汽车 marked as an organisation) ----------------------

def test_a_common_noun_after_a_company_name_is_not_a_body() -> None:
    # 吉利 is also a county's short name: it is not a place taken off the firm's name,
    # so 汽车 (and 汽车部件) never become a short form of the firm.
    found = spans("浙江吉利汽车部件有限公司今年投产。吉利汽车集团销量增长，"
                  "带动汽车销售服务和汽车零件供应。")
    assert ("浙江吉利汽车部件有限公司", "ORG") in found and ("吉利汽车集团", "ORG") in found
    assert not any(t.startswith("汽车") for t, _ in found)


def test_a_body_of_common_words_only_is_a_kind_of_thing() -> None:
    assert spans("大力发展新能源汽车、新型显示等关联产业。") == set()


# -- a place inside a product's name (issue 16: 天河 in 天河超算) -----------------------------

@pytest.mark.parametrize("text", [
    "岳麓超算、北斗导航等资源都集中在这里。",
    "天河超算、北斗导航等资源都在这里。",
    "天河二号曾是世界最快的超级计算机。",
])
def test_a_place_that_names_a_product_is_not_a_place(text: str) -> None:
    assert not any(t == "LOC" for _, t in spans(text))


def test_a_place_before_a_body_named_after_a_product_kind_stays_in_the_body() -> None:
    assert ("酒泉卫星发射中心", "ORG") in spans("酒泉卫星发射中心今天发射了卫星。")


# -- a goal shaped like a body (issue 16: 长沙全球研发中心 before 城市) -------------------------

@pytest.mark.parametrize("text", [
    "全力助推株洲全球研发中心城市建设。",
    "加快建设岳阳区域物流中心城市。",
])
def test_a_goal_phrase_shaped_like_a_body_is_no_body(text: str) -> None:
    assert not any(t == "ORG" for _, t in spans(text))


def test_a_named_centre_is_still_a_body() -> None:
    assert ("长沙人工智能创新中心", "ORG") in spans("长沙人工智能创新中心今天揭牌。")


# -- a name the model glued to the next word ---------------------------------------------------

@pytest.mark.parametrize("text, model, words, expected", [
    # 以色列和约旦: the conjunction is jieba's word of its own.
    ("以色列和约旦", [(0, 4, "LOC")], [(0, 3, "ns"), (3, 4, "c"), (4, 6, "ns")], [(0, 3)]),
    # 张建华为工程题词: 为 is the preposition.
    ("张建华为工程", [(0, 4, "PER")], [(0, 3, "nr"), (3, 4, "p"), (4, 6, "n")], [(0, 3)]),
    # 云洲赋能: the model took the verb's first character.
    ("云洲赋能", [(0, 3, "ORG")], [(0, 2, "nt"), (2, 4, "v")], [(0, 2)]),
    # 湖南省委同省…: cut after a body jieba knows, before the preposition.
    ("湖南省委同省青年", [(0, 8, "ORG")], [(0, 4, "nt"), (4, 5, "p"), (5, 6, "n"), (6, 8, "n")],
     [(0, 4)]),
    # 工业和信息化部: 工业 is no name, the conjunction belongs to it.
    ("工业和信息化部", [(0, 7, "ORG")], [(0, 2, "n"), (2, 3, "c"), (3, 6, "n"), (6, 7, "n")],
     [(0, 7)]),
])
def test_a_model_name_is_cut_back_to_jiebas_word_end(text, model, words, expected) -> None:
    assert [(s, e) for s, e, _t in trimmed_to_words(model, words)] == expected


def test_a_body_and_a_preposition_after_it() -> None:
    assert ("共青团湖南省委", "ORG") in spans("共青团湖南省委同省青年创业基金代表座谈。")


def test_a_part_of_the_country_named_by_its_direction_is_no_place() -> None:
    assert spans("我国中西部地区发展迅速。") == set()


def test_a_place_and_its_industry_is_the_place() -> None:
    found = spans("低空经济浪潮席卷而来，岳阳航空产业乘势起飞。")
    assert ("岳阳", "LOC") in found and not any(t == "ORG" for _, t in found)


# -- one-character names of countries where news uses them as names ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("中加友好关系不断发展。", {("中", "LOC"), ("加", "LOC")}),
    ("中国驻美大使出席了招待会。", {("中国", "LOC"), ("美", "LOC")}),
    ("中方对此表示欢迎，美方也表示赞同。", {("中", "LOC"), ("美", "LOC")}),
    ("总统此次访华期间将举行会谈。", {("华", "LOC")}),
    ("我们要用新方法解决问题，地方政府也要配合。", set()),
])
def test_short_country_names_in_their_contexts(text: str, expected: set) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("text, name", [
    ("会议决定明年召开第十六次全国代表大会。", "第十六次全国代表大会"),
    ("他在《湘江日报》上发表了文章。", "湘江日报"),
])
def test_a_numbered_congress_and_a_newspaper_are_bodies(text: str, name: str) -> None:
    assert (name, "ORG") in spans(text)


# -- the model's place running on into everyday words (session 8) -----------------------------

@pytest.mark.parametrize("text, place, not_place", [
    ("越来越多的企业加速在湘布局。", "湘", "湘布局"),
    ("在湖南具身智能创新中心，机器人正在分拣零件。", "湖南", "湖南具身智能"),
])
def test_a_place_followed_by_everyday_words_is_the_place(text: str, place: str,
                                                         not_place: str) -> None:
    found = spans(text)
    assert (place, "LOC") in found and (not_place, "LOC") not in found


def test_a_place_that_ends_like_a_place_keeps_its_ending() -> None:
    assert ("布达拉宫广场", "LOC") in spans("清晨，市民从四面八方来到布达拉宫广场。")


@pytest.mark.parametrize("text", ["数智赋能，万象更新。", "算力成为数智科技创新的公共服务。"])
def test_the_shipped_words_that_are_no_name_hold_for_the_model_too(text: str) -> None:
    # not_entities.txt says 数智 is no name; the model reads it as a person or a body.
    assert not any(name == "数智" for name, _t in spans(text))


@pytest.mark.parametrize("text, firm", [
    ("聚焦基础软件研究的澎峰（长沙）科技有限公司协同推进。", "澎峰（长沙）科技有限公司"),
    ("由李明（湘潭）机械制造有限公司承建。", "李明（湘潭）机械制造有限公司"),
])
def test_a_registered_name_with_its_place_in_brackets_is_the_firm(text: str, firm: str
                                                                   ) -> None:
    # The model reads the brand as a person; the registry's form says firm.
    found = spans(text)
    assert (firm, "ORG") in found and not any(t == "PER" for _n, t in found)


def test_a_listed_body_is_not_glued_to_half_of_the_next_word() -> None:
    # 工信部|部属高校: the model reads 工信部部; jieba's next word is 部属 (affiliated).
    assert spans("活动延伸拓展至工信部部属高校。") == {("工信部", "ORG")}


# -- names nobody listed (bench/name_probe.py's kinds; session 8) ------------------------------

@pytest.mark.parametrize("city", ["永州", "常德", "怀化"])
def test_the_place_of_the_papers_own_dateline_is_a_place(city: str) -> None:
    text = f"本报{city}讯（记者 李明）项目建设进展顺利。"
    found = spans(text)
    assert (city, "LOC") in found and not any(name.endswith("讯") for name, _t in found)


def test_a_known_province_and_an_unknown_county_after_it_are_two_places() -> None:
    found = spans("考察组一行赴湖北省湾李市考察。")
    assert {("湖北省", "LOC"), ("湾李市", "LOC")} <= found


def test_a_subdistrict_keeps_its_name() -> None:
    assert ("寿平街道", "LOC") in spans("在怀化市山柳县寿平街道，工作有序推进。")


@pytest.mark.parametrize("text, persons", [
    ("活动当天，明嵘松、赵嘉宇、包锦等嘉宾出席。", {"明嵘松", "赵嘉宇", "包锦"}),
    ("活动当天，廉桂蓉、贺骁健、谈宁昊等嘉宾出席。", {"廉桂蓉", "贺骁健", "谈宁昊"}),
    ("活动当天，萧娟、和旭辉、颜梓等嘉宾出席。", {"萧娟", "和旭辉", "颜梓"}),
])
def test_the_items_of_a_list_of_people_are_people(text: str, persons: set[str]) -> None:
    assert {name for name, t in spans(text) if t == "PER"} == persons


def test_a_list_of_people_closed_by_dengren_keeps_its_last_item() -> None:
    # 等人 after the last name: the list must not take 等 into that name.
    assert {name for name, t in spans("出席的有张三、明嵘松、王五等人。") if t == "PER"} \
        >= {"明嵘松", "王五"}


@pytest.mark.parametrize("text, place", [
    ("他曾在靖州苗族侗族自治县工作。", "靖州苗族侗族自治县"),
    ("企业落户苏州工业园区。", None),
])
def test_a_place_the_tables_know_whole_or_a_short_head_is_not_cut(text: str, place: str | None
                                                                  ) -> None:
    found = spans(text)
    if place:
        assert (place, "LOC") in found
    assert not any(name in ("靖州", "工业园区") for name, _t in found)


@pytest.mark.parametrize("text", ["专家、学者、高校代表等出席。", "湖南、湖北、江西等省参加。"])
def test_a_list_of_everyday_words_or_places_gains_no_person(text: str) -> None:
    assert not any(t == "PER" for _n, t in spans(text))
