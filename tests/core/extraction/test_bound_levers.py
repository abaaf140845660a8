"""Where a body's name starts and ends (issue 12, fourth round), each kind on made-up
sentences: core/extraction/bound_levers.py."""

from __future__ import annotations

from desktop_app.core.extraction import org_rules
from desktop_app.core.extraction.bound_levers import (
    LONGEST_BODY,
    joined_bodies,
    model_without_common_tails,
    parties_before_plenums,
    with_closed_brackets,
    without_common_tails,
    without_counted_bodies,
    without_datelines,
    without_glued_starts,
)
from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate


def _is_body(word: str) -> bool:
    return org_rules.body_shaped(word, lexicon())


def _tails(text: str, words: list[tuple[int, int, str]], tags: dict[str, str],
           start: int, end: int) -> tuple[int, int]:
    out = without_common_tails(text, [Candidate(start, end, "ORG", 6)], words, tags,
                               _is_body, org_rules.INDUSTRY, set())
    return out[0].start, out[0].end


def test_a_body_does_not_run_on_into_common_words() -> None:
    # 欧盟成员国代表…: the model read 欧盟成员国 as one body; 成员国 is a common noun.
    text = "欧盟成员国代表今天开会"
    words = [(0, 2, "j"), (2, 5, "n"), (5, 7, "n"), (7, 9, "t"), (9, 11, "v")]
    assert _tails(text, words, {"欧盟": "j"}, 0, 5) == (0, 2)
    # The same before the fusion, on the model's own names.
    assert model_without_common_tails(text, [(0, 5, "ORG")], words, {"欧盟": "j"}, _is_body,
                                      org_rules.INDUSTRY) == [(0, 2, "ORG")]
    # A body shaped like one after the common words is whole: 欧盟成员国委员会.
    text = "欧盟成员国委员会开会"
    words = [(0, 2, "j"), (2, 5, "n"), (5, 8, "n"), (8, 10, "v")]
    assert _tails(text, words, {"欧盟": "j"}, 0, 8) == (0, 8)


def test_a_firm_keeps_its_industry_and_a_park_its_name() -> None:
    # 华星电子 is a firm's short name (a brand and its industry), not the brand.
    text = "华星电子扩产"
    words = [(0, 2, "nt"), (2, 4, "n"), (4, 6, "v")]
    assert _tails(text, words, {"华星": "nt"}, 0, 4) == (0, 4)
    # 星沙高新区智能产业园: a park is a body, the name runs to it.
    text = "星沙高新区智能产业园开园"
    words = [(0, 2, "ns"), (2, 5, "n"), (5, 7, "n"), (7, 10, "n"), (10, 12, "v")]
    assert _tails(text, words, {}, 0, 10) == (0, 10)


def test_a_body_does_not_take_a_verb_after_it() -> None:
    # 县纪委会同…: jieba cuts 会同 (a verb); the model ran the body on into it.
    text = "县纪委会同公安局调查"
    words = [(0, 3, "nt"), (3, 5, "v"), (5, 8, "nt"), (8, 10, "vn")]
    assert _tails(text, words, {"县纪委": "nt"}, 0, 5) == (0, 3)
    # A credit line's or a list's body stays as it was read.
    cand = Candidate(0, 5, "ORG", 4)
    out = without_common_tails(text, [cand], words, {"县纪委": "nt"}, _is_body,
                               org_rules.INDUSTRY, {cand})
    assert out == [cand]


def test_two_bodies_side_by_side_are_one() -> None:
    # 挪威中国友好协会: the model ended the foreign name early and started again.
    assert joined_bodies([(0, 2, "LOC"), (3, 7, "ORG"), (7, 13, "ORG")]) \
        == [(0, 2, "LOC"), (3, 13, "ORG")]
    # Not the one character of a dateline the model marks (…日讯|新华社).
    assert joined_bodies([(0, 1, "ORG"), (1, 4, "ORG")]) == [(0, 1, "ORG"), (1, 4, "ORG")]
    # A line of bodies side by side (a page's list without punctuation) is not one body.
    run = [(k * 5, k * 5 + 5, "ORG") for k in range(100)]
    assert max(end - start for start, end, _type in joined_bodies(run)) <= LONGEST_BODY


def test_a_dateline_is_no_part_of_a_name() -> None:
    text = "本报讯湖南省消费者协会近日发布提示"
    out = without_datelines(text, [Candidate(0, 11, "ORG", 4)], lambda s, e: False)
    assert [(c.start, c.end, c.type) for c in out] == [(3, 11, "ORG")]
    # An agency glued to the place of its dateline: the agency and the place.
    text = "新华社开罗消息"
    out = without_datelines(text, [Candidate(0, 5, "ORG", 6)],
                            lambda s, e: text[s:e] == "开罗")
    assert [(c.start, c.end, c.type) for c in out] == [(0, 3, "ORG"), (3, 5, "LOC")]
    # A place no table knows is the dispatch's place when the day and 电 follow.
    for text in ("新华社达沃斯（瑞士）1月29日电", "新华社达沃斯1月29日电",
                 "新华社达沃斯二十九日电"):
        out = without_datelines(text, [Candidate(0, 6, "ORG", 6)], lambda s, e: False)
        assert [(text[c.start:c.end], c.type) for c in out] == [("新华社", "ORG"),
                                                                 ("达沃斯", "LOC")]
    # …a body when it is or ends like one (联合国, 北京大学 send dispatches too).
    for text, body in (("新华社联合国3月5日电", "联合国"), ("新华社北京大学5月4日电", "北京大学")):
        out = without_datelines(text, [Candidate(0, 3 + len(body), "ORG", 6)],
                                lambda s, e: False, _is_body)
        assert [(text[c.start:c.end], c.type) for c in out] == [("新华社", "ORG"),
                                                                 (body, "ORG")]
    # Without the day and 电 an unknown remainder stays with the agency's name, and the
    # agency's own bureau or desk is one body with it, dispatch or not.
    for text, whole in (("路透社伦敦分社（英国）一名记者", "路透社伦敦分社"),
                        ("新华社澳门分社3月1日电", "新华社澳门分社"),
                        ("新华社音视频部（北京）3月1日电", "新华社音视频部")):
        out = without_datelines(text, [Candidate(0, len(whole), "ORG", 6)],
                                lambda s, e: False, _is_body)
        assert [text[c.start:c.end] for c in out] == [whole], text
    # An agency's own name stays (新华社, 新华社记者站 is no place).
    out = without_datelines("新华社发布", [Candidate(0, 3, "ORG", 6)], lambda s, e: False)
    assert [(c.start, c.end) for c in out] == [(0, 3)]
    # A paper or an agency with the 讯 of its dateline glued on: the body alone.
    for text, body in (("浙江日报讯（记者李明）", "浙江日报"), ("新华社讯 日前", "新华社")):
        out = without_datelines(text, [Candidate(0, len(body) + 1, "ORG", 4)],
                                lambda s, e: False)
        assert [text[c.start:c.end] for c in out] == [body]
    # A body whose name ends in 讯 otherwise keeps it (no paper: 通讯 is a trade).
    out = without_datelines("华信通讯发布", [Candidate(0, 4, "ORG", 4)], lambda s, e: False)
    assert [(c.start, c.end) for c in out] == [(0, 4)]


def test_a_name_recurs_only_where_a_word_starts() -> None:
    # 乡党委 is a body at the end; at the start its characters straddle 同乡|党委委员.
    text = "他的同乡党委委员老王说，乡党委将研究此事。"
    spans = [(e.start, e.text) for e in find_entities(text) if e.type == "ORG"]
    assert spans == [(12, "乡党委")]


def test_the_party_before_its_plenary_session_is_a_body() -> None:
    text = "中共十九届五中全会在京召开，会议精神"
    spans = [(c.start, c.end, c.type) for c in parties_before_plenums(text)]
    assert spans == [(0, 2, "ORG")]
    assert parties_before_plenums("中共中央发出通知") == []  # no plenum: the rules decide
    found = {(e.text, e.type) for e in find_entities(text)}
    assert ("中共", "ORG") in found
    assert not any(e.type == "ORG" and "全会" in e.text for e in find_entities(text))


def test_a_name_does_not_start_inside_a_word_of_counting() -> None:
    # 收到一张王小明的照片: the model read 张王小明; jieba's 一张 is a numeral and measure.
    text = "收到一张王小明的照片"
    words = [(0, 2, "v"), (2, 4, "m"), (4, 7, "nr"), (7, 8, "uj"), (8, 10, "n")]
    out = without_glued_starts(text, [Candidate(3, 7, "PER", 6)], words, {"一张": "m"})
    assert [(c.start, c.end) for c in out] == [(4, 7)]
    # A word cut from the model's own reading (not in jieba's dictionary) does not count.
    out = without_glued_starts(text, [Candidate(3, 7, "PER", 6)], words, {})
    assert [(c.start, c.end) for c in out] == [(3, 7)]


def test_a_names_brackets_close_inside_it() -> None:
    # The model ends 平顶山煤业（集团）公司 inside its brackets.
    text = "目前，平顶山煤业（集团）公司已建立两级扶贫基金组织。"
    cut = [Candidate(3, 11, "ORG", 6)]  # 平顶山煤业（集团
    assert [(c.start, c.end) for c in with_closed_brackets(text, cut)] == [(3, 14)]
    # With no firm's suffix after the bracket, the name stops before it.
    text = "平顶山煤业（集团下属单位）发布通知。"
    assert [(c.start, c.end) for c in with_closed_brackets(text, [Candidate(0, 8, "ORG", 6)])] \
        == [(0, 5)]
    # A bracket that closes inside the name is left alone.
    text = "澎峰（长沙）科技有限公司成立。"
    whole = [Candidate(0, 12, "ORG", 6)]
    assert with_closed_brackets(text, whole) == whole


def test_a_place_a_count_and_a_kind_of_body_is_the_place() -> None:
    known = {"无锡", "长沙", "新疆", "上海"}.__contains__
    # (text, jieba's words, what stays): the count a numeral word of its own (一家/m).
    for text, words, names in (
            ("无锡一家科技公司", [(0, 2, "ns"), (2, 4, "m"), (4, 6, "n"), (6, 8, "n")],
             ["无锡"]),
            ("长沙两家医院", [(0, 2, "ns"), (2, 4, "m"), (4, 6, "n")], ["长沙"]),
            # A count inside a place's name or a brand: 五家渠市, 一家人.
            ("新疆五家渠市人民医院", [(0, 2, "ns"), (2, 6, "ns"), (6, 8, "n"), (8, 10, "n")],
             ["新疆五家渠市人民医院"]),
            ("上海一家人餐饮有限公司", [(0, 2, "ns"), (2, 5, "n"), (5, 7, "n"), (7, 11, "n")],
             ["上海一家人餐饮有限公司"])):
        out = without_counted_bodies(text, [Candidate(0, len(text), "ORG", 4)],
                                     lambda s, e, t=text: known(t[s:e]), words)
        assert [text[c.start:c.end] for c in out] == names, text


def test_a_body_does_not_end_in_the_count_of_its_sessions() -> None:
    # 七届全国人大三次会议: the congress, and its third meeting (read into the body with or
    # without the meeting's word).
    text = "继七届全国人大三次会议通过"
    for end in (9, 11):
        out = without_counted_bodies(text, [Candidate(1, end, "ORG", 4)],
                                     lambda s, e: False, [])
        assert [text[c.start:c.end] for c in out] == ["七届全国人大"]
    # A body numbered otherwise keeps its name before a meeting (十四所, an institute).
    text = "十四所召开会议"
    out = without_counted_bodies(text, [Candidate(0, 3, "ORG", 4)], lambda s, e: False, [])
    assert [text[c.start:c.end] for c in out] == ["十四所"]


def test_a_dateline_and_the_name_after_its_space_are_two_names() -> None:
    text = "河南日报讯 郑州市中级人民法院近日审结一起案件"
    start = text.index("河南")
    out = without_datelines(text, [Candidate(start, text.index("近日"), "ORG", 3)],
                            lambda s, e: False)
    assert [(text[c.start:c.end], c.type) for c in out] == [
        ("河南日报", "ORG"), ("郑州市中级人民法院", "ORG")]
