"""What the words around a name say about where it ends and what it is (issue 12, ninth
round), each kind on made-up sentences: the lever in core/extraction/frame_levers.py and
the names a reader should see."""

from __future__ import annotations

from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.frame_levers import (
    china_after_travel,
    departments,
    persons_after_roles,
    places_before_bodies,
    typed_by_last_character,
    with_given_names,
    with_repeated_heads,
    without_branded_products,
    without_meeting_verbs,
    without_member_counts,
    without_when,
)
from tests.helpers.candidates import at, names, texts, words


def test_a_verb_of_meeting_splits_a_place_from_the_body_met() -> None:
    text = "部长在开罗会见阿拉伯国家联盟秘书长"
    whole = at(text, "开罗会见阿拉伯国家联盟", "ORG")
    out = without_meeting_verbs(text, [whole], lambda s, e: text[s:e] == "开罗")
    assert texts(text, out) == [("开罗", "LOC"), ("阿拉伯国家联盟", "ORG")]
    # Not when the part before the verb is no place: the body stays as it was read.
    out = without_meeting_verbs(text, [whole], lambda s, e: False)
    assert texts(text, out) == [("开罗会见阿拉伯国家联盟", "ORG")]
    found = names("省长在武汉会见中国宝武钢铁集团董事长一行。")
    assert ("武汉", "LOC") in found and ("中国宝武钢铁集团", "ORG") in found


def test_a_post_repeating_a_bodys_last_character_ends_the_body_there() -> None:
    for text, read, body in (("“路修好了。”镇财政所所长说。", "镇财政", "镇财政所"),
                             ("市交通运输局路政支队队长李强介绍", "市交通运输局",
                              "市交通运输局路政支队"),
                             ("县统计局局长在会上通报", "县统计", "县统计局")):
        out = with_repeated_heads(text, [at(text, read, "ORG")])
        assert texts(text, out) == [(body, "ORG")], text
    # Not over "each", "some", "under" or a second post (各派出所所长: each station's head).
    for text, read in (("县公安局各派出所所长参加会议", "县公安局"),
                       ("中国银行某支行行长说", "中国银行"),
                       ("市体育局所属运动队队长", "市体育局"),
                       ("省政府副省长兼公安厅厅长出席", "省政府")):
        assert texts(text, with_repeated_heads(text, [at(text, read, "ORG")])) \
            == [(read, "ORG")], text
    # Not over a clause (的, a comma) nor into the next name.
    text = "市教育局的工作队队长王明"
    assert texts(text, with_repeated_heads(text, [at(text, "市教育局", "ORG")])) \
        == [("市教育局", "ORG")]
    assert ("县统计局", "ORG") in names("县统计局局长在会上通报了前三季度数据。")


def test_a_blocs_count_of_members_is_no_part_of_it() -> None:
    for text, whole, bloc in (("来自东盟10国的青年", "东盟10国", "东盟"),
                              ("欧盟二十七国外长", "欧盟二十七国", "欧盟")):
        assert texts(text, without_member_counts(text, [at(text, whole, "ORG")])) \
            == [(bloc, "ORG")]
    text = "第二十届东盟首脑会议"
    assert texts(text, without_member_counts(text, [at(text, "第二十届东盟", "ORG")])) \
        == [("东盟", "ORG")]
    text = "第九届全国人民代表大会"  # a body of its own sessions keeps them
    assert texts(text, without_member_counts(text, [at(text, text, "ORG")])) \
        == [(text, "ORG")]
    text = "中国十国集团"  # two characters or fewer before the count: left alone
    assert texts(text, without_member_counts(text, [at(text, "十国", "ORG")])) \
        == [("十国", "ORG")]


def test_a_names_last_character_says_its_kind() -> None:
    text = "湖北登山队与白水村村医一道"
    out = typed_by_last_character(text, [at(text, "湖北登山队", "LOC"),
                                         at(text, "白水村", "PER")])
    assert texts(text, out) == [("湖北登山队", "ORG"), ("白水村", "LOC")]
    # A zone is a body (the conventions).
    text = "宁乡经济技术开发区与岳麓高新区"
    out = typed_by_last_character(text, [at(text, "宁乡经济技术开发区", "LOC"),
                                         at(text, "岳麓高新区", "LOC")])
    assert [c.type for c in out] == ["ORG", "ORG"]
    assert ("福州新区", "ORG") in names("福州新区今年新签约项目一百多个。")
    # Given names end in 乡 or 镇 (记者王思乡).
    text = "记者王思乡报道"
    assert [c.type for c in typed_by_last_character(text, [at(text, "王思乡", "PER")])] \
        == ["PER"]
    # A place's own endings stay a place's: 火车站, 北部, 莫斯科.
    text = "莫斯科火车站在城市北部"
    kept = [at(text, "莫斯科", "LOC"), at(text, "莫斯科火车站", "LOC")]
    assert [c.type for c in typed_by_last_character(text, kept)] == ["LOC", "LOC"]


def test_when_before_a_verb_of_saying_is_no_part_of_a_name() -> None:
    text = "他在会见董事长李红时表示欢迎"
    assert texts(text, without_when(text, [at(text, "李红时", "PER")])) == [("李红", "PER")]
    text = "王守时表示，明年继续"  # no meeting in the clause: 时 is the name's
    assert texts(text, without_when(text, [at(text, "王守时", "PER")])) == [("王守时", "PER")]
    text = "王时说"  # two characters: 时 may be the given name
    assert texts(text, without_when(text, [at(text, "王时", "PER")])) == [("王时", "PER")]
    assert ("李红", "PER") in names("副省长在会见中国电信董事长李红时表示，欢迎来湘投资。")


def test_a_given_name_and_a_hyphen_open_a_transliterated_person() -> None:
    text = "法国学者让-雅克·勒布朗出席论坛"
    out = with_given_names(text, [at(text, "雅克·勒布朗", "PER")], words(text))
    assert texts(text, out) == [("让-雅克·勒布朗", "PER")]
    # Without a middle dot the hyphen may join two things: left alone.
    text = "北京-上海航线"
    assert texts(text, with_given_names(text, [at(text, "上海", "PER")], words(text))) \
        == [("上海", "PER")]


def test_a_department_runs_on_from_its_place_or_its_body() -> None:
    for text, read, kind, whole in (
            ("长沙市自然资源和规划局日前发布公告", "长沙市", "LOC", "长沙市自然资源和规划局"),
            ("智利农业部部长出席", "智利", "LOC", "智利农业部"),
            ("国家发展改革委价格司负责人介绍", "国家发展改革委", "ORG",
             "国家发展改革委价格司")):
        out = departments(text, [at(text, read, kind)], words(text))
        assert texts(text, out) == [(whole, "ORG")], text
    # Not over everyday words ending like a department, a hall, a verb, or a second place.
    for text, read in (("湖南西北部山区", "湖南"), ("长沙新格局", "长沙"),
                       ("湖南省干部群众", "湖南省"), ("长沙火车站候车大厅", "长沙"),
                       ("省纪委会同市纪委", "省纪委"), ("美国和中国外交部", "美国"),
                       ("部长在开罗会见阿拉伯国家联盟委员会", "开罗"),
                       ("打破美国贸易僵局", "美国"), ("长沙南站新候车厅启用", "长沙南站"),
                       ("湖南厅会见客人", "湖南")):
        out = departments(text, [at(text, read, "LOC")], words(text))
        assert texts(text, out) == [(read, "LOC")], text
    assert ("湖南省文化和旅游厅", "ORG") in names("湖南省文化和旅游厅日前公布了名单。")


def test_a_person_named_after_a_post_or_a_trade_before_what_they_say() -> None:
    lex = lexicon()
    for text, person in (("副县长仝海燕说，项目年底完工", "仝海燕"),):
        out = persons_after_roles(text, [], words(text), lex.surnames, lex.titles)
        assert texts(text, out) == [(person, "PER")], text
    # Not after a noun of a trade (队员|齐声, 患者|康复), nor where a name already is.
    for text in ("全体队员齐声说：好", "帮助患者康复，目前已出院", "环卫工人高温，坚守岗位",
                 "经律师陈述，法庭休庭", "聘为专家顾问，负责指导"):
        assert persons_after_roles(text, [], words(text), lex.surnames, lex.titles) == [], text
    text = "副县长仝海燕说"
    taken = [at(text, "副县长仝海燕", "ORG")]
    assert persons_after_roles(text, taken, words(text), lex.surnames, lex.titles) == []


def test_a_name_no_dictionary_holds_after_a_post_is_a_person_whatever_its_tag() -> None:
    lex = lexicon()
    text = "俱乐部的副总经理武军说：市场很热"
    read = [(0, 3, "n"), (3, 4, "uj"), (4, 8, "x_title"), (8, 10, "n"), (10, 11, "v")]
    in_dictionary = {"俱乐部", "的", "副总经理", "说"}.__contains__
    out = persons_after_roles(text, [], read, lex.surnames, lex.titles, in_dictionary)
    assert texts(text, out) == [("武军", "PER")]
    # A word of the dictionary (患者|康复) stays out, as before; so does one the model read
    # as a verb, or one no verb of saying follows (县委书记|任上，).
    assert persons_after_roles(text, [], read, lex.surnames, lex.titles,
                               lambda _word: True) == []
    verb = [*read[:3], (8, 10, "v"), read[4]]
    assert persons_after_roles(text, [], verb, lex.surnames, lex.titles, in_dictionary) == []
    text = "在县委书记任上，他干了实事"
    read = [(0, 1, "p"), (1, 5, "x_title"), (5, 7, "n"), (7, 8, "x")]
    assert persons_after_roles(text, [], read, lex.surnames, lex.titles,
                               {"在", "县委书记"}.__contains__) == []
    assert ("武军", "PER") in names("俱乐部的副总经理武军说：这几天潜水市场很热。")


def test_a_place_printed_right_before_a_body_is_part_of_it() -> None:
    text = "德国西门子在华投资"
    out = places_before_bodies(text, [at(text, "德国", "LOC"), at(text, "西门子", "ORG")])
    assert texts(text, out) == [("德国西门子", "ORG")]
    # Not a listed body after a party (中国|东盟), nor a national body after the place
    # its deputies come from, nor a place and a body apart.
    for text, place, body in (("中国东盟合作", "中国", "东盟"),
                              ("香港特别行政区全国人大代表", "香港特别行政区", "全国人大"),
                              ("德国的西门子", "德国", "西门子")):
        chosen = [at(text, place, "LOC"), at(text, body, "ORG")]
        assert texts(text, places_before_bodies(text, chosen)) == [
            (place, "LOC"), (body, "ORG")], text


def test_china_after_a_verb_of_going_or_staying() -> None:
    for text in ("代表团下月来华考察", "外商在华投资", "他访华期间"):
        found = china_after_travel(text, words(text))
        assert [(text[c.start:c.end], c.type) for c in found] == [("华", "LOC")], text
    # Not the first character of a word of its own (华为, 华东, 华人).
    for text in ("他在华为工作", "现在华东多雨", "来华人社区"):
        assert china_after_travel(text, words(text)) == [], text


def test_a_brand_before_a_kind_of_product_names_the_product() -> None:
    text = "家里添了格力空调和美的冰箱，格力电器的员工说"
    chosen = [at(text, "格力", "ORG"), at(text, "美的", "ORG"), at(text, "格力电器", "ORG")]
    assert texts(text, without_branded_products(text, chosen, lambda name: False)) == [
        ("格力电器", "ORG")]
    # A body's full name before its product stays (中国移动, 海尔集团, 工信部 before 牌照).
    for text, body in (("中国移动手机用户数破十亿", "中国移动"), ("海尔集团冰箱投产", "海尔集团"),
                       ("该公司获得工信部牌照", "工信部")):
        assert (body, "ORG") in names(text), text
