"""The model's organisations that are no body (issue 12, third round), each kind on
made-up sentences: core/extraction/body_levers.py."""

from __future__ import annotations

from desktop_app.core.extraction.body_levers import (
    bodies_read_as_places,
    everyday_brands_in_context,
    hotels_as_bodies,
    venues_as_places,
    without_false_bodies,
    without_one_character_bodies,
    without_peoples_and_faiths,
    without_title_tails,
)
from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate, Token
from desktop_app.core.extraction.org_lists import extend_bodies


def test_a_title_is_no_body() -> None:
    text = "国务委员兼秘书长出席"
    words = [(0, 4, "x_title"), (4, 5, "v"), (5, 8, "n"), (8, 10, "v")]
    assert without_false_bodies(text, [(0, 4, "ORG")], words, lexicon().titles) == []
    # …nor is a piece of one (the model's 国务 of 国务委员).
    assert without_false_bodies(text, [(0, 2, "ORG")], words, lexicon().titles) == []


def test_a_body_inside_a_longer_everyday_word_is_none() -> None:
    # 双方支持两国政府交往: the model took 两国 of jieba's 两国政府 (an everyday phrase).
    text = "双方支持两国政府交往"
    words = [(0, 2, "n"), (2, 4, "v"), (4, 8, "l"), (8, 10, "v")]
    assert without_false_bodies(text, [(4, 6, "ORG")], words, frozenset()) == []
    # The word itself, or a body inside a name jieba knows, stays.
    words = [(0, 2, "n"), (2, 4, "v"), (4, 8, "nt"), (8, 10, "v")]
    assert without_false_bodies(text, [(4, 6, "ORG")], words, frozenset()) == [(4, 6, "ORG")]
    words = [(0, 2, "n"), (2, 4, "v"), (4, 6, "n"), (6, 8, "n"), (8, 10, "v")]
    assert without_false_bodies(text, [(4, 6, "ORG")], words, frozenset()) == [(4, 6, "ORG")]


def test_a_listed_body_inside_a_longer_everyday_word_is_still_the_body() -> None:
    # jieba reads 东盟国家 as one common noun; the association is on the shipped list.
    text = "东盟国家首脑出席"
    words = [(0, 4, "n"), (4, 6, "n"), (6, 8, "v")]
    assert without_false_bodies(text, [(0, 2, "ORG")], words, frozenset()) == []
    assert without_false_bodies(text, [(0, 2, "ORG")], words, frozenset(),
                                frozenset({"东盟"})) == [(0, 2, "ORG")]
    spans = {(e.text, e.type) for e in find_entities("总理会见了东盟国家的驻华使节。")}
    assert ("东盟", "ORG") in spans


def test_the_democratic_parties_are_bodies_by_their_short_names() -> None:
    # jieba tags 民建 and 民进 as adjectives, and the rules dropped the model's bodies.
    text = "民革、民建、民进和九三学社的委员在会上发言。"
    spans = {(e.text, e.type) for e in find_entities(text)}
    assert {("民革", "ORG"), ("民建", "ORG"), ("民进", "ORG"), ("九三学社", "ORG")} <= spans
    # Their posts are titles: the body ends before 副主委, the person follows it.
    spans = {(e.text, e.type) for e in find_entities("民革湖南省委员会副主委谭宁昊出席。")}
    assert {("民革湖南省委员会", "ORG"), ("谭宁昊", "PER")} <= spans


def test_one_character_is_no_body() -> None:
    # 北京5月2日讯: the model marks the dateline's 讯.
    chosen = [Candidate(0, 2, "LOC", 6), Candidate(6, 7, "ORG", 6), Candidate(7, 10, "ORG", 6)]
    out = without_one_character_bodies(chosen)
    assert [(c.start, c.end) for c in out] == [(0, 2), (7, 10)]


def test_a_hotel_is_a_body() -> None:
    text = "代表团下榻在松江饭店"
    out = hotels_as_bodies(text, [Candidate(0, 3, "ORG", 6), Candidate(6, 10, "LOC", 6)])
    assert [(c.start, c.end, c.type) for c in out] == [(0, 3, "ORG"), (6, 10, "ORG")]
    # The word alone is no hotel's name.
    out = hotels_as_bodies("在饭店", [Candidate(1, 3, "LOC", 6)])
    assert out[0].type == "LOC"


def test_a_place_before_a_hotel_is_part_of_its_name() -> None:
    # 住进松江宾馆: the model read the place only.
    spans = {(e.text, e.type) for e in find_entities("客人们住进了松江宾馆，第二天离开。")}
    assert ("松江宾馆", "ORG") in spans


def test_a_body_does_not_end_in_a_title() -> None:
    # 市委常委出席: jieba's dictionary may hold a post as a body; the rule's body stops short.
    text = "中共市委政治局常委出席"
    titles = frozenset({"常委"})
    rule = Candidate(0, 9, "ORG", 4)
    assert without_title_tails(text, [rule], titles, set()) == []
    assert without_title_tails(text, [rule], titles, {rule}) == [rule]  # a credit line's
    # A body whose last characters merely begin with a title's stays (…委员会).
    text = "全国委员会开会"
    cand = Candidate(0, 5, "ORG", 4)
    assert without_title_tails(text, [cand], frozenset({"委员"}), set()) == [cand]


def test_a_hall_or_a_square_is_a_place() -> None:
    text = "大会在湘江大会堂和五一广场举行"
    chosen = [Candidate(3, 8, "ORG", 6), Candidate(9, 13, "ORG", 4)]
    out = venues_as_places(text, chosen)
    assert [(c.start, c.end, c.type) for c in out] == [(3, 8, "LOC"), (9, 13, "LOC")]


def test_a_sports_ground_a_shopping_centre_or_a_station_is_a_place() -> None:
    # 在星城体育中心和湘江购物中心之间, 抵达株洲火车站: facilities, where things happen.
    text = "在星城体育中心和湘江购物中心之间"
    out = venues_as_places(text, [Candidate(1, 7, "ORG", 6), Candidate(8, 14, "ORG", 6)])
    assert [c.type for c in out] == ["LOC", "LOC"]
    out = venues_as_places("抵达株洲火车站", [Candidate(2, 7, "ORG", 6)])
    assert out[0].type == "LOC"
    # A research centre stays a body: 中心 alone is no facility.
    out = venues_as_places("长沙智能创新中心成立", [Candidate(0, 8, "ORG", 6)])
    assert out[0].type == "ORG"


def test_a_people_or_a_faith_is_no_body() -> None:
    text = "壮族群众和佛教信徒，佛教协会"
    chosen = [Candidate(0, 2, "ORG", 6), Candidate(5, 7, "ORG", 6), Candidate(10, 14, "ORG", 6)]
    out = without_peoples_and_faiths(text, chosen)
    assert [(c.start, c.end) for c in out] == [(10, 14)]  # the association is a body


def test_a_firm_named_by_an_everyday_word_needs_the_text_to_say_firm() -> None:
    # The model reads 吉利 (auspicious), 小米 (millet) and 联想 (to call to mind) as firms.
    for text in ("过年图个吉利，家家贴春联。", "今年村里种的小米喜获丰收。",
                 "这片老街让人联想到过去的岁月。", "他们以屏为桥，联通城乡。",
                 "让金融服务更加便捷、普惠、高效。"):
        assert not [e for e in find_entities(text) if e.type == "ORG"], text
    # The same words where the text says firm: named at length elsewhere, listed beside
    # another body, or followed by a firm's word.
    said = {
        "吉利汽车在湘潭建厂。吉利今年扩大产能。": ("吉利", 2),
        "吉利、比亚迪和华为的代表出席签约仪式。": ("吉利", 1),
        "小米集团发布了新款手机。": ("小米集团", 1),
        "吉利落地湖南20年来发展迅速。": ("吉利", 1),
    }
    for text, (name, count) in said.items():
        names = [e.text for e in find_entities(text) if e.type == "ORG"]
        assert names.count(name) + names.count(name + "汽车") >= count, (text, names)
    # A group named 中国 + an industry, where the text speaks of the industry: the country.
    assert {(e.text, e.type) for e in find_entities("中国稀土资源丰富。")} == {("中国", "LOC")}


def test_everyday_brands_in_context_keeps_what_the_lexicon_does_not_list() -> None:
    text = "过年图个吉利"
    chosen = [Candidate(4, 6, "ORG", 6)]
    assert everyday_brands_in_context(text, chosen, frozenset({"吉利"}), frozenset()) == []
    assert everyday_brands_in_context(text, chosen, frozenset(), frozenset()) == chosen
    assert everyday_brands_in_context("吉利汽车", [Candidate(0, 2, "ORG", 6)],
                                      frozenset({"吉利"}), frozenset({"汽车"})) \
        == [Candidate(0, 2, "ORG", 6)]


def test_two_everyday_word_brands_side_by_side_do_not_say_firm() -> None:
    brands = frozenset({"吉利", "小米"})
    pair = [Candidate(0, 2, "ORG", 6), Candidate(3, 5, "ORG", 6)]
    assert everyday_brands_in_context("吉利、小米都好", pair, brands, frozenset()) == []
    # A body that needs no context makes the whole list firms, wherever it stands in it.
    three = [*pair, Candidate(6, 8, "ORG", 6)]
    assert everyday_brands_in_context("吉利、小米和华为签约", three, brands, frozenset()) == three
    firm_first = [Candidate(0, 2, "ORG", 6), Candidate(3, 5, "ORG", 6),
                  Candidate(6, 8, "ORG", 6)]
    assert everyday_brands_in_context("华为、吉利和小米签约", firm_first, brands,
                                      frozenset()) == firm_first


def test_a_bare_party_committee_before_a_post_is_part_of_the_post() -> None:
    # As 省委书记 is one post (the titles list), so are 市委副书记 and 县委常委.
    for text in ("市委副书记、市长李明在青山县调研。", "县委常委、宣传部长王强出席。",
                 "他是市委委员。"):
        assert not [e for e in find_entities(text) if e.type == "ORG"], text
    # With its place before it, or before another body, a committee is a body; so is
    # the standing committee (常委会) it heads.
    for text, body in (("合肥市委书记钟咏三说。", "合肥市委"),
                       ("长沙市委书记吴桂英讲话。", "长沙市委"),
                       ("市委、市政府高度重视。", "市委"), ("会议由市委常委会召开。", "市委")):
        assert (body, "ORG") in {(e.text, e.type) for e in find_entities(text)}, text


def test_a_firms_short_name_runs_on_into_its_trade() -> None:
    # The model reads 蓝思 of 蓝思光电 as the firm; the news names it by both words.
    text = "同步落地的蓝思光电研发生产基地项目，布局AI终端。"
    assert ("蓝思光电", "ORG") in {(e.text, e.type) for e in find_entities(text)}
    # Not a word the shipped lists say is no body, not a name that ends in a trade already.
    def tokens(*words: str) -> list[Token]:
        starts = [sum(map(len, words[:k])) for k in range(len(words))]
        return [Token(w, "n", s) for w, s in zip(words, starts, strict=True)]

    chosen = [Candidate(0, 2, "ORG", 6)]
    extended = extend_bodies("澜启科技发布新品", chosen, tokens("澜启", "科技", "发布", "新品"))
    assert [(c.start, c.end) for c in extended] == [(0, 4)]
    assert extend_bodies("湘约智能时代", chosen, tokens("湘约", "智能", "时代"),
                         lambda name: name == "湘约") == chosen
    chosen = [Candidate(0, 4, "ORG", 6)]  # a trade already: not 澜启科技|信息
    assert extend_bodies("澜启科技信息公开", chosen, tokens("澜启科技", "信息", "公开")) == chosen


def test_a_body_closed_by_a_long_suffix_is_named_where_the_model_saw_none() -> None:
    # The model reads 省人工智能 as common words; 创新中心 closes a body's name.
    found = {(e.text, e.type) for e in find_entities("省人工智能创新中心正式揭牌。")}
    assert found == {("省人工智能创新中心", "ORG")}
    # A head of everyday words does not, long suffix or not: 人民政府 and 研究中心 close
    # classes as often as names.
    assert not find_entities("要发挥人民政府的作用。")
    assert not find_entities("全国各省市研究中心纷纷响应。")
    # Nor a head of everyday words only: a kind of firm, or a clause run into the suffix.
    for text, kind in (("推动锅炉、电机、变压器有限公司转型。", "变压器"),
                       ("要充分利用互联网有限公司的平台。", "利用"),
                       ("全球首家机器人技术有限公司落户这里。", "机器人")):
        assert not [e for e in find_entities(text) if kind in e.text], text


def test_a_model_body_of_common_words_is_none_where_jieba_joins_its_end_to_the_next() -> None:
    # The model reads 新能源汽车 as a body; jieba cuts 新能源|汽车销量: common words all.
    assert not find_entities("今年新能源汽车销量持续增长。")
    assert not find_entities("新能源汽车销量持续增长。")


def test_a_place_named_like_a_body_only_is_a_body() -> None:
    # The model reads an unknown town with its department as a place.
    text = "寿桥市冲桃镇发展和改革局近日出台措施。"
    chosen = [Candidate(0, 12, "LOC", 6)]
    assert bodies_read_as_places(text, chosen) == [Candidate(0, 12, "ORG", 6)]
    # A district, a station or a short name stays a place.
    for text, end in (("浦东新区", 4), ("长沙南站", 4), ("冲桃镇", 3)):
        assert bodies_read_as_places(text, [Candidate(0, end, "LOC", 6)])[0].type == "LOC"


def test_a_place_a_dash_and_a_listed_body_are_two_parties_not_one_body() -> None:
    def names(text: str) -> list[tuple[str, str]]:
        return [(e.text, e.type) for e in find_entities(text)]
    # 中国—东盟: the parties of an expo; 东盟 is a body of the shipped list on its own.
    assert names("中国—东盟博览会在南宁开幕")[:2] == [("中国", "LOC"), ("东盟", "ORG")]
    # A friendship association is one body with the country before its dash.
    assert ("肯尼亚—中国友好协会", "ORG") in names("肯尼亚—中国友好协会会长表示")
