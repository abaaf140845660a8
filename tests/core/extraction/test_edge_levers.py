"""Words printed against a name that are no part of it (issue 12, eighth round), each kind
on made-up sentences: the lever in core/extraction/edge_levers.py and the span a reader
should see."""

from __future__ import annotations

from desktop_app.core.extraction import org_rules
from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.edge_levers import (
    split_held_posts,
    split_joint_bodies,
    without_descriptions,
    without_holding_verbs,
    without_place_tails,
    without_unnamed_bodies,
)
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from tests.helpers.candidates import at, names, typed


def test_a_regions_shore_foot_or_nationality_is_no_part_of_it() -> None:
    cases = {"他们在拉美地区设立了办事处": "拉美", "游客沿着博斯腾湖畔骑行": "博斯腾湖",
             "保护太行山东麓的泉水": "太行山", "一名利比里亚籍船员获救": "利比里亚"}
    for text, place in cases.items():
        whole = next(w for w in ("拉美地区", "博斯腾湖畔", "太行山东麓", "利比里亚籍") if w in text)
        out = without_place_tails(text, [at(text, whole, "LOC")], lambda s, e: False)
        assert [text[c.start:c.end] for c in out] == [place], text
    # A prefecture's 地区 is its name (那曲地区 on older pages); one character left is no place.
    for text, whole in (("他调任和田地区行署专员", "和田地区"), ("全省各地区", "各地区"),
                        ("那曲地区牧民", "那曲地区")):
        out = without_place_tails(text, [at(text, whole, "LOC")], lambda s, e: False)
        assert [text[c.start:c.end] for c in out] == [whole]


def test_a_lake_cut_before_its_shore_gets_its_lake_back() -> None:
    text = "候鸟飞抵鄱阳湖畔越冬"
    start = text.index("鄱阳")
    out = without_place_tails(text, [Candidate(start, start + 2, "LOC", 3)],
                              lambda s, e: text[s:e] == "鄱阳湖")
    assert [text[c.start:c.end] for c in out] == ["鄱阳湖"]


def test_a_region_before_its_word_for_region_is_found_as_the_region() -> None:
    assert ("亚太", "LOC") in names("双方同意加强亚太地区的互联互通。")


def test_a_body_nobody_named_is_no_body() -> None:
    for text, body in (("警方查处了广州某物流科技公司", "物流科技公司"),
                       ("某市住房保障局原局长受贿", "住房保障局"),
                       ("某县民政局干部被通报", "民政局")):
        assert without_unnamed_bodies(text, [at(text, body, "ORG")]) == [], text
    text = "广州市住房保障局发布通知"
    assert typed(without_unnamed_bodies(text, [at(text, "广州市住房保障局", "ORG")]))
    # The 某 of a person left unnamed the same way does not unname the body after it.
    text = "被告人李某工商银行账户被冻结"
    chosen = [at(text, "李某", "PER"), at(text, "工商银行", "ORG")]
    assert without_unnamed_bodies(text, chosen) == chosen


def test_two_bodies_acting_together_are_two_bodies() -> None:
    text = "杭州市文化广电旅游局联合市消防救援支队开展检查"
    whole = at(text, "杭州市文化广电旅游局联合市消防救援支队", "ORG")
    out = split_joint_bodies(text, [whole])
    assert [text[c.start:c.end] for c in out] == ["杭州市文化广电旅游局", "市消防救援支队"]
    # 联合 inside a body's own name stays (中华全国总工会联合会 has no level after it).
    text = "中国文学艺术界联合会主席"
    assert split_joint_bodies(text, [at(text, "中国文学艺术界联合会", "ORG")]) == [
        at(text, "中国文学艺术界联合会", "ORG")]


def _is_body(word: str) -> bool:
    return org_rules.body_shaped(word, lexicon())


def test_a_post_held_with_another_parts_the_two_bodies() -> None:
    titles = lexicon().titles
    text = "原广东省音像出版社社长兼彩翎音像制作有限公司董事长"
    whole = at(text, "广东省音像出版社社长兼彩翎音像制作有限公司", "ORG")
    assert [text[c.start:c.end] for c in split_held_posts(text, [whole], titles,
                                                          _is_body)] == [
        "广东省音像出版社", "彩翎音像制作有限公司"]
    # 兼 after no post stays inside the name (a body named 兼 something), and so does a
    # word of 兼 after a post when no body stands before it (农民|兼业: 湖南省 is no body).
    for text in ("湖南兼善教育科技有限公司", "湖南省农民兼业合作社联合会"):
        body = at(text, text, "ORG")
        assert split_held_posts(text, [body], titles, _is_body) == [body], text


def test_a_groups_holding_verb_is_no_part_of_its_name() -> None:
    text = "由华润置地集团控股的商场开业"
    out = without_holding_verbs(text, [at(text, "华润置地集团控股", "ORG")])
    assert [text[c.start:c.end] for c in out] == ["华润置地集团"]
    for text, name in (("中信集团控股有限公司发布公告", "中信集团控股有限公司"),
                       ("联想控股的年报显示", "联想控股")):  # a name, not the verb
        kept = [at(text, name, "ORG")]
        assert without_holding_verbs(text, kept) == kept


def test_a_bodys_department_tribunal_council_or_squad_is_part_of_its_name() -> None:
    for text, body in (("复旦大学物理系教授介绍", "复旦大学物理系"),
                       ("国际货币基金组织理事会发表声明", "国际货币基金组织理事会"),
                       ("南京市公安局交警支队发布提示", "南京市公安局交警支队")):
        assert (body, "ORG") in names(text), text
    # A relation, a family or a body's faculties after it are no department of it.
    assert ("华为公司", "ORG") in names("华为公司关系密切的供应商")
    assert ("南开大学", "ORG") in names("南开大学院系调整方案公布")


def test_what_a_firm_is_said_before_its_name_is_no_part_of_it() -> None:
    text = "医疗器械企业深圳迈瑞思科技有限公司"
    chosen = [Candidate(0, len(text), "ORG", 3)]
    model = [(6, len(text), "ORG")]
    words = {0: (4, "n"), 4: (6, "n"), 6: (8, "ns")}
    assert [(c.start, c.end) for c in without_descriptions(
        text, chosen, model, words)] == [(6, len(text))]
    # Not when what comes before is a name (the parent of a branch), nor without the
    # model's own start there.
    assert without_descriptions(text, chosen, model, {**words, 0: (4, "ns")}) == chosen
    assert without_descriptions(text, chosen, [], words) == chosen
    found = {(e.text, e.type) for e in find_entities(
        "法院判令被告湖南鼎力新能源有限公司赔偿原告经济损失。农机企业山东五征集团有限公司"
        "的智能拖拉机下线。")}
    assert {("湖南鼎力新能源有限公司", "ORG"), ("山东五征集团有限公司", "ORG")} <= found
    assert ("中国电信股份有限公司湖南分公司", "ORG") in {
        (e.text, e.type) for e in find_entities("中国电信股份有限公司湖南分公司今天宣布。")}


def test_a_chain_of_places_read_with_a_word_after_it_is_its_places() -> None:
    found = {(e.text, e.type) for e in find_entities("该公司将在四川宜宾投资建设新基地。")}
    assert {("四川", "LOC"), ("宜宾", "LOC")} <= found
    assert not [name for name, _ in found if "投资" in name]


def test_a_citys_headquarters_is_the_city() -> None:
    assert ("巴黎", "LOC") in names("联合国教科文组织今天在巴黎总部举行仪式。")
    assert ("纽约", "LOC") in names("联合国秘书长在纽约总部发表讲话。")
    assert ("布鲁塞尔", "LOC") in names("北约在布鲁塞尔总部召开会议。")
    # A body's own name before 总部 keeps its body.
    assert ("联合国", "ORG") in names("联合国纽约总部大楼。")
