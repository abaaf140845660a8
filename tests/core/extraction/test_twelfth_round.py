"""The twelfth round's levers (issue 12; docs/quality.md), each kind on made-up sentences:
persons read in pieces or with a word glued on (core/extraction/person_joins.py, the
title rule's verb stop), posts before names, parties, states, places in chains and
landmarks, bodies read with a description, a count or a party secretary's post."""

from __future__ import annotations

import functools
import time

from desktop_app.core.extraction import frame_levers
from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.person_joins import (
    joined_person_pieces,
    without_invitation_opener,
)
from desktop_app.core.extraction.words import tokenize
from tests.helpers.candidates import typed


def _found(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.type) for e in find_entities(text)}


def test_a_surname_and_the_given_name_after_it_are_one_person() -> None:
    surnames = lexicon().surnames
    # 音乐家查阜西说: the model read 查 and 阜西, two persons side by side.
    text = "音乐家查阜西说"
    chosen = [Candidate(3, 4, "PER", 6), Candidate(4, 6, "PER", 6)]
    assert typed(joined_person_pieces(text, chosen, surnames)) == [(3, 6, "PER")]
    # Two full names side by side (a caption) stay two; so does a one-character person
    # that is no surname, and one with a character between.
    text = "图为黄菊陈慕华出席"
    chosen = [Candidate(2, 4, "PER", 6), Candidate(4, 7, "PER", 6)]
    assert typed(joined_person_pieces(text, chosen, surnames)) == typed(chosen)
    text = "图为丫阜西出席"
    chosen = [Candidate(2, 3, "PER", 6), Candidate(3, 5, "PER", 6)]
    assert typed(joined_person_pieces(text, chosen, surnames)) == typed(chosen)
    # …nor a surname before a three-character person (四 characters: two people).
    text = "图为王李金平出席"
    chosen = [Candidate(2, 3, "PER", 6), Candidate(3, 6, "PER", 6)]
    assert typed(joined_person_pieces(text, chosen, surnames)) == typed(chosen)
    assert ("查阜西", "PER") in _found("音乐好办，查阜西先生发现智化寺的乐谱。")


def test_the_invitation_is_no_part_of_the_invited_name() -> None:
    text = "应塞迪略总统的邀请，我访问了墨西哥。"
    chosen = [Candidate(0, 4, "PER", 6), Candidate(14, 17, "LOC", 6)]
    assert typed(without_invitation_opener(text, chosen)) == [(1, 4, "PER"),
                                                             (14, 17, "LOC")]
    # 之邀 too; not a two-character name that opens on 应 (应勇, 应城), nor a name with no
    # invitation in its clause.
    text = "应纳扎尔巴耶夫之邀"
    assert typed(without_invitation_opener(text, [Candidate(0, 7, "PER", 6)])) == [
        (1, 7, "PER")]
    for text, chosen in (("应勇的邀请", [Candidate(0, 2, "PER", 6)]),
                         ("应城市长说，邀请", [Candidate(0, 3, "LOC", 6)]),
                         # a body that invites, a person who is invited (应 the surname),
                         # a name that opens no clause
                         ("应急管理部邀请专家会商", [Candidate(0, 5, "ORG", 6)]),
                         ("应宜伦同志应邀来校", [Candidate(0, 3, "PER", 6)]),
                         ("他说应宜伦同志的邀请", [Candidate(2, 5, "PER", 6)])):
        assert typed(without_invitation_opener(text, chosen)) == typed(chosen), text
    assert ("塞迪略", "PER") in _found("应塞迪略总统的邀请，我怀着愉快的心情来到墨西哥。")


def test_a_name_after_a_title_stops_before_a_verb_with_its_aspect_marker() -> None:
    # 秘书长罗干作了报告: 作 before 了 is the verb, not the name's third character.
    found = _found("国务委员兼国务院秘书长罗干作了报告。")
    assert ("罗干", "PER") in found and ("罗干作", "PER") not in found
    # A three-character name after a title is still whole.
    assert ("王小明", "PER") in _found("公司总经理王小明说，今年销量增长。")


def test_a_party_named_by_what_it_stands_for_is_a_body_its_role_is_not() -> None:
    # jieba reads 保守党, 工党 as everyday words; in their country's news they are names.
    assert ("保守党", "ORG") in _found("执政18年之久的保守党在大选中失利。")
    assert ("工党", "ORG") in _found("大选后，工党领袖出任首相。")
    # The ruling party, the opposition: roles, whatever the model reads.
    for text in ("作为参政党的各民主党派共同协商。", "执政党和反对党就预算案展开辩论。"):
        assert not [e for e in find_entities(text) if e.text.endswith("政党")
                    or e.text in ("执政党", "反对党", "参政党")], text


def test_a_farmer_or_volunteer_named_in_rural_news_is_the_name_alone() -> None:
    # The post read with the name (菜农龙根生), or as one word of no name (果农曲洪波).
    assert ("龙根生", "PER") in _found("菜农龙根生笑着说，今年的辣椒卖了好价钱。")
    assert ("曲洪波", "PER") in _found("栖霞市观里镇果农曲洪波用贷款更新了果园。")
    assert ("王秀英", "PER") in _found("志愿者王秀英每天清晨来到社区服务站。")
    # 蔬菜农场 stays a farm: the new posts do not cut everyday words.
    assert not _found("蔬菜农场里，游客正在采摘。")


def test_a_name_that_is_an_everyday_word_is_a_person_when_named_after_a_post_and_speaking() -> None:
    text = "水土保持研究所研究员田野，二十年来扎根黄土高原。田野说：“把论文写在大地上。”"
    assert [e.text for e in find_entities(text) if e.type == "PER"] == ["田野", "田野"]
    text = "种粮大户高峰今年承包了300亩小麦。高峰说，今年全部用上了良种。"
    assert [e.text for e in find_entities(text) if e.type == "PER"] == ["高峰", "高峰"]
    # Named once only, the word may be a post or a thing of its own.
    assert not _found("总经理顾问表示，项目进展顺利。")
    assert not _found("这次会议是一次学术高峰，专家说收获很大。")


def test_a_state_named_officially_is_a_place_also_in_a_laws_title() -> None:
    found = _found("会议通过了修订后的《中华人民共和国反不正当竞争法》。")
    assert ("中华人民共和国", "LOC") in found
    found = _found("中华人民共和国和俄罗斯联邦关于深化全面战略协作伙伴关系的联合声明")
    assert {("中华人民共和国", "LOC"), ("俄罗斯联邦", "LOC")} <= found
    # The state's government stays a body.
    assert ("中华人民共和国中央人民政府", "ORG") in _found("中华人民共和国中央人民政府宣布。")


def test_a_dotted_name_right_after_a_post_is_a_person_from_the_post_on() -> None:
    # The model started one character late (买 read as "buy"), or read post and name
    # as one noun and found no one.
    assert ("买合木提·吐尔地", "PER") in _found("自治区副主席买合木提·吐尔地日前在伊犁调研。")
    assert ("阿不都热依木·买买提", "PER") in _found(
        "温宿县的果农阿不都热依木·买买提今年种了8亩苹果。")
    # Not over a preposition after the post; a whole name found by the model stands.
    found = _found("负责人在阿卜杜拉·阿齐兹的陪同下参观了工厂。")
    assert ("阿卜杜拉·阿齐兹", "PER") in found
    assert ("卡洛斯·阿尔卡拉斯", "PER") in _found("西班牙选手卡洛斯·阿尔卡拉斯在决胜盘获胜。")


def test_a_person_does_not_run_on_into_the_word_after_the_name() -> None:
    found = _found("养老服务有限公司的王总正在给老人们分发月饼。")
    assert ("王", "PER") in found and ("王总正", "PER") not in found
    assert ("宁海涛", "PER") in _found("社区党委书记宁海涛大学毕业后就回到了社区。")
    assert ("欧阳海涛", "PER") in _found("村支书欧阳海涛大学毕业后回乡创业。")
    # A dotted name is left whole.
    assert ("阿依古丽·吐尔逊", "PER") in _found("社区居民阿依古丽·吐尔逊说，这里就是家。")


def test_a_body_that_is_a_clause_counting_things_is_no_body() -> None:
    found = _found("中国电信湖南公司将在长沙新建两座算力中心。")
    assert ("长沙", "LOC") in found
    assert not [name for name, _ in found if "两座" in name]


def test_coming_to_a_province_is_the_province() -> None:
    found = _found("将组织更多浙商来湘投资兴业。")
    assert found == {("湘", "LOC")}


def test_a_party_secretarys_post_is_never_inside_a_name() -> None:
    found = _found("龙山县委书记彭建国为客商推介。")
    assert ("彭建国", "PER") in found
    assert not [name for name, _ in found if name.endswith("书记")]
    found = _found("株洲市芦淞区委书记在会上讲话。")
    assert ("株洲市芦淞", "ORG") not in found


def test_a_compound_surnames_given_name_does_not_take_the_verb_of_saying() -> None:
    assert ("上官林", "PER") in _found("“特产也好卖了。”上官林说。")
    assert ("上官婉清", "PER") in _found("上官婉清说，今年的茶叶卖得好。")


def test_a_place_stops_before_its_shore_and_a_reservoir_is_whole() -> None:
    assert _found("打造资江沿岸百里茶廊。") == {("资江", "LOC")}
    assert ("柘溪水库", "LOC") in _found("受强降雨影响，柘溪水库于昨日开闸泄洪。")
    # A person before 日前 ("recently") is the person; 明年 after 冼志明 is not cut.
    assert ("马丁", "PER") in _found("联合国粮农组织专家马丁日前来到遂川县考察。")
    assert ("冼志明", "PER") in _found("村支书冼志明年初就带领村民修路。")


def test_central_asia_is_one_place() -> None:
    found = _found("货物经中欧班列运往俄罗斯和中亚国家。")
    assert ("中亚", "LOC") in found and {("中", "LOC"), ("欧", "LOC")} <= found


def test_a_towns_committee_post_leaves_no_body_cut_short() -> None:
    # The model's body with the post's 镇党委 cut off was a body 平江县三市.
    for text in ("平江县三市镇党委书记李明说，今年要修三条路。",
                 "黔东南州雷山县西江镇党委书记龙光辉介绍了情况。"):
        found = _found(text)
        assert not [name for name, kind in found
                    if kind == "ORG" and not name.endswith(("党委", "镇"))], (text, found)


def test_a_country_visited_by_its_one_character_is_a_place() -> None:
    assert ("韩", "LOC") in _found("今年前三季度赴韩湖南游客人数已恢复。")
    assert ("美", "LOC") in _found("中国驻美大使出席了活动。")
    # The full name stays whole; 赴法院 is going to court.
    assert ("美国", "LOC") in _found("他赴美国留学多年。")
    assert not [name for name, _ in _found("当事人赴法院起诉。") if name == "法"]


def test_hunans_landmarks_are_places_and_a_rivers_shore_gives_the_river() -> None:
    found = _found("南岳迎来今冬首场雾凇，祝融峰一带银装素裹，爱晚亭前游人如织。")
    assert {("祝融峰", "LOC"), ("爱晚亭", "LOC")} <= found
    assert ("汨罗江", "LOC") in _found("端午前夕，“汨罗江畔祭屈原”民俗活动举行。")


def test_short_names_written_together_are_each_a_place_and_a_bodys_people_are_not_it() -> None:
    found = _found("首届湘粤港澳文旅合作推介会在长沙举行。")
    assert {("湘", "LOC"), ("粤", "LOC"), ("港", "LOC"), ("澳", "LOC")} <= found
    assert ("粤港澳大湾区", "LOC") in _found("粤港澳大湾区建设加快推进。")
    assert ("湘潭市一中", "ORG") in _found("这支由湘潭市一中学生组成的足球队夺得冠军。")


def test_a_towns_committee_before_its_secretary_is_the_town() -> None:
    assert _found("天门山镇党委书记向明接受了采访。") == {("天门山镇", "LOC"), ("向明", "PER")}
    found = _found("平江县三市镇党委书记李明说，今年要修三条路。")
    assert {("平江县", "LOC"), ("三市镇", "LOC"), ("李明", "PER")} <= found
    assert ("望月湖街道", "LOC") in _found("岳麓区望月湖街道党工委书记王芳说，社区换了新貌。")
    # The committee acting is a body.
    assert ("天门山镇党委", "ORG") in _found("天门山镇党委近日召开专题会议。")


def test_a_landmarks_name_before_a_divisions_character_names_the_division() -> None:
    assert ("花明楼镇", "LOC") in _found("花明楼镇党委副书记刘军说，游客比去年多了。")
    assert ("花明楼镇", "LOC") in _found("花明楼镇的村民办起了民宿。")
    assert ("中国", "LOC") in _found("中国市场前景广阔。")


def test_persons_named_after_posts_are_found_in_linear_time_on_a_long_line() -> None:
    # Each person named after a post and speaking again: the lever looks for the speakers
    # once per text, not once per name (it took 10 s on 200,000 such characters before).
    lex = lexicon()
    given = "明华建国平军伟峰强磊洋勇艳杰娟涛超秀英"

    @functools.cache
    def unit(k: int) -> tuple[str, tuple[tuple[int, int, str], ...]]:
        # jieba cuts at the punctuation that ends each unit, so a unit's words are the
        # same alone as in the line (and each of the 361 units is cut once).
        name = f"王{given[k % 19]}{given[k // 19 % 19]}"
        text = f"研究员{name}，{name}说。"
        return text, tuple((t.start, t.end, t.flag) for t in tokenize(text))

    def line(units: int) -> tuple[str, list[tuple[int, int, str]]]:
        text, words = [], []
        offset = 0
        for k in range(units):
            piece, cut = unit(k % 361)
            text.append(piece)
            words += [(start + offset, end + offset, flag) for start, end, flag in cut]
            offset += len(piece)
        return "".join(text), words

    timings = []
    for units in (1000, 8000):  # eight times the line: 64 times the time if quadratic
        text, words = line(units)
        tries = []
        for _ in range(3):  # the fastest of three: a busy machine only ever adds
            started = time.thread_time()
            found = frame_levers.persons_after_roles(text, [], words, lex.surnames,
                                                     lex.titles)
            tries.append(time.thread_time() - started)
        timings.append(min(tries))
        assert len(found) >= units  # each named after the post, and speaking again
    assert timings[1] < 8 * max(timings[0], 0.002) * 3


def test_the_items_of_a_numbered_list_of_persons_are_persons() -> None:
    assert _found("（1）克林顿（2）布什（3）戈尔") == {
        ("克林顿", "PER"), ("布什", "PER"), ("戈尔", "PER")}
    assert ("若斯潘", "PER") in _found("（1）希拉克（2）朱佩（3）若斯潘")
    # A list of countries keeps its body; a list of no names stays empty.
    assert ("联合国", "ORG") in _found("（1）中国（2）美国（3）联合国")
    assert not _found("（1）经济（2）政治（3）文化")


def test_the_person_an_award_is_named_after_is_a_person() -> None:
    assert ("茅盾", "PER") in _found("第十一届茅盾文学奖揭晓，作家张三获奖。")
    assert ("曹禺", "PER") in _found("20.曹禺戏剧文学奖")
    # Not a prize named by an everyday word, nor one jieba's dictionary calls no person.
    assert not [n for n, kind in _found("第三十届金鸡奖在厦门颁发。") if kind == "PER"]
    # A title of the cloth after a name stays out of it.
    assert ("特雷莎", "PER") in _found("他同新近去世的特雷莎修女一样身体力行。")


def test_a_japanese_given_name_in_lang_goes_with_the_surname() -> None:
    assert ("松浦晃一郎", "PER") in _found("日本人松浦晃一郎当选教科文组织总干事。")
    # Not an everyday word in 郎 after a person (李华|女郎).
    assert ("李华", "PER") in _found("模特李华女郎装扮亮相。")
