"""The fourteenth round's levers (docs/quality.md), each kind on made-up sentences: a
country's legislature or authority named in two words or glued into one of jieba's,
cities abroad read as persons where the sentence says they are places (a dispatch sent
from them, a statement made or a meeting held in them, a journey to them), capitals the
world table lacked, venues and facilities, a unit 某 leaves unnamed; then the eighth blind
set's kinds (tests/gold/sectors_gold.jsonl): a university's school named for two fields,
a dotted name cut in two, teams sent somewhere, military commands, a country's side,
tails of places, two bodies joined by 联合."""

from __future__ import annotations

import pytest

from tests.helpers.candidates import names


@pytest.mark.parametrize(("text", "body"), [
    ("埃及人民议会今天通过了新的预算法案。", "埃及人民议会"),
    ("叙利亚人民议会通过决议。", "叙利亚人民议会"),
    ("俄罗斯国家杜马以多数票通过该法案。", "俄罗斯国家杜马"),
    ("巴勒斯坦民族权力机构主席当天发表讲话。", "巴勒斯坦民族权力机构"),
])
def test_a_countrys_legislature_or_authority_is_one_body(text: str, body: str) -> None:
    assert (body, "ORG") in names(text)


def test_a_place_and_a_short_kind_in_one_word_of_jiebas_stay_a_place() -> None:
    # The news sets keep the place in 台湾当局 and 无锡市委 (the kind is no name).
    assert ("台湾", "LOC") in names("台湾当局日前宣布了新的措施。")


@pytest.mark.parametrize("city", ["罗安达", "贝鲁特", "杜尚别", "马普托"])
def test_the_place_a_dispatch_was_sent_from_is_never_a_person(city: str) -> None:
    assert (city, "LOC") in names(f"据新华社{city}5月3日电，会议今天闭幕。")


def test_a_dispatch_place_the_model_cut_short_is_whole() -> None:
    found = names("新华社波哥大5月3日电 哥伦比亚政府当天宣布新措施。")
    assert ("波哥大", "LOC") in found and ("波哥", "PER") not in found


@pytest.mark.parametrize("text", [
    "外交部发言人当天在马尼拉表示，双方将继续对话。",
    "两国外长在安曼会见记者。",
    "代表团于当地时间3日抵达贝鲁特，开始访问。",
])
def test_a_city_abroad_where_something_is_said_or_that_is_reached_is_a_place(text: str
                                                                           ) -> None:
    city = next(c for c in ("马尼拉", "安曼", "贝鲁特") if c in text)
    assert (city, "LOC") in names(text)


def test_a_city_named_person_elsewhere_stays_a_person() -> None:
    # 达尔文 is a city of the world table, and mostly the naturalist.
    assert ("达尔文", "PER") in names("达尔文提出了进化论。")


@pytest.mark.parametrize(("text", "city"), [
    ("据新华社拉姆安拉5月3日电，会谈没有结果。", "拉姆安拉"),
    ("代表团3日抵达多哈。", "多哈"),
    ("代表团于当地时间3日抵达惠灵顿，开始访问。", "惠灵顿"),
])
def test_capitals_the_world_table_lacked_are_places(text: str, city: str) -> None:
    assert (city, "LOC") in names(text)


@pytest.mark.parametrize(("text", "place"), [
    ("中超联赛第28轮在济南奥体中心进行。", "济南"),
    ("十五运会跳水比赛在广州奥林匹克游泳馆落幕。", "广州"),
    ("博览会在湖南国际会展中心开幕。", "湖南"),
    ("世界泳联游泳世界杯上海站日前落幕。", "上海"),
    ("在短道速滑世界杯荷兰站比赛中，中国队夺冠。", "荷兰"),
])
def test_a_venue_or_a_tournaments_leg_is_no_name_but_its_place_is(text: str, place: str
                                                                  ) -> None:
    found = names(text)
    assert (place, "LOC") in found
    assert not any(name.startswith(place) and name != place for name, _ in found)


def test_a_venue_on_no_known_place_and_a_troupe_stay_bodies() -> None:
    assert ("国家大剧院", "ORG") in names("新年音乐会近日在国家大剧院上演。")
    assert ("湖南省歌舞剧院", "ORG") in names("湖南省歌舞剧院创排的舞剧首演。")


def test_a_unit_left_unnamed_is_no_part_of_its_bodys_name() -> None:
    found = names("南部战区海军某部近日在南海某海域组织训练。")
    assert ("南部战区海军", "ORG") in found and ("南部战区海军某部", "ORG") not in found


@pytest.mark.parametrize(("text", "school"), [
    ("宁夏大学葡萄酒与园艺学院教授带领学生。", "宁夏大学葡萄酒与园艺学院"),
    ("清华大学能源与动力工程系教授团队研发。", "清华大学能源与动力工程系"),
    ("华中科技大学光学与电子信息学院教授带领团队。", "华中科技大学光学与电子信息学院"),
])
def test_a_universitys_school_named_for_two_fields_is_one_body(text: str, school: str
                                                               ) -> None:
    assert (school, "ORG") in names(text)


def test_two_universities_or_a_school_and_a_student_are_not_joined() -> None:
    assert names("清华大学与北京大学联合实验室成立。")[:2] == [("清华大学", "ORG"),
                                                               ("北京大学", "ORG")]
    found = names("苏州大学法学院学生王松林和社会学系学生李明。")
    assert ("苏州大学法学院", "ORG") in found and ("王松林", "PER") in found


def test_a_dotted_name_the_model_cut_in_two_is_one_person() -> None:
    assert ("阿不都热依木·买买提", "PER") in names("新疆大学教授阿不都热依木·买买提介绍。")
    # Two persons side by side stay two (江泽民 and a dotted name after him).
    found = names("江泽民亚历山大·克瓦希涅夫斯基会谈。")
    assert not any(n.startswith("江泽民亚") for n, _ in found)


@pytest.mark.parametrize(("text", "team"), [
    ("中国第11批赴南苏丹维和步兵营全体官兵获授勋章。", "中国第11批赴南苏丹维和步兵营"),
    ("湖北省援藏工作队队长带领队员。", "湖北省援藏工作队"),
    ("中粮集团驻村工作队进驻伽师县。", "中粮集团驻村工作队"),
    ("第二十七批援桑给巴尔医疗队成员。", "第二十七批援桑给巴尔医疗队"),
])
def test_a_team_sent_somewhere_is_one_body_with_its_sender(text: str, team: str) -> None:
    assert (team, "ORG") in names(text)


def test_a_kind_of_team_and_its_members_are_no_body() -> None:
    assert names("第一批驻村工作队员已经到位。") == []


def test_a_military_command_is_a_body_and_a_theatres_service_is_its_name() -> None:
    assert ("湖南省军区", "ORG") in names("湖南省军区迅速启动应急预案。")
    assert ("北部战区陆军", "ORG") in names("北部战区陆军某旅旅长介绍。")


@pytest.mark.parametrize(("text", "places"), [
    ("北京首都国际机场今年旅客吞吐量增长。", [("北京", "LOC")]),
    ("宁波舟山港货物吞吐量居全球第一。", [("宁波", "LOC"), ("舟山", "LOC")]),
    # A facility named for a place no table holds: that place still, not the facility (the
    # conventions' [白鹤滩]水电站); an airport named so is left out whole (黄花国际机场).
    ("中国远洋海运集团控股的钱凯港，年吞吐能力达百万标箱。",
     [("中国远洋海运集团", "ORG"), ("钱凯", "LOC")]),
    ("白鹤滩水电站全部机组投产发电。", [("白鹤滩", "LOC")]),
    ("旅客从黄花国际机场出发。", []),
])
def test_a_facility_is_no_name_but_the_place_that_opens_it_is(
        text: str, places: list[tuple[str, str]]) -> None:
    assert names(text) == places


@pytest.mark.parametrize(("text", "found"), [
    ("第三届洞庭湖国际港航物流博览会在岳阳开幕。", [("洞庭湖", "LOC"), ("岳阳", "LOC")]),
    ("第十五届中国国际航空航天博览会在珠海举行。", [("中国", "LOC"), ("珠海", "LOC")]),
    ("企业组团参加东博会。", []),
    # A body's name before the fair's word is still that body.
    ("中国—东盟博览会上，东盟秘书处官员致辞。",
     [("中国", "LOC"), ("东盟", "ORG"), ("东盟秘书处", "ORG")]),
])
def test_an_events_name_is_no_body_but_the_places_in_it_are_marked(
        text: str, found: list[tuple[str, str]]) -> None:
    assert names(text) == found


def test_a_place_named_like_a_port_stays_that_place() -> None:
    assert ("连云港市委", "ORG") in names("连云港市委书记调研。")
    assert ("香港", "LOC") in names("香港经济持续恢复。")


@pytest.mark.parametrize(("text", "country"), [
    ("巴方项目协调人阿里表示满意。", "巴"),
    ("卢拉表示，巴方高度重视发展对华关系。", "巴"),
])
def test_a_countrys_side_with_its_officials_or_its_regard_is_the_country(text: str,
                                                                       country: str) -> None:
    found = names(text)
    assert (country, "LOC") in found and (country + "方", "PER") not in found


@pytest.mark.parametrize(("text", "place"), [
    ("江豚在湖北宜昌城区江段出现的频次增加。", "宜昌"),
    ("川藏铁路雅安至林芝段全线最长的隧道贯通。", "林芝"),
    ("由雅加达至万隆高速通车。", "万隆"),
])
def test_a_urban_area_a_section_or_a_road_is_no_part_of_its_places_name(text: str,
                                                                      place: str) -> None:
    found = names(text)
    assert (place, "LOC") in found
    assert not any(n.startswith(place) and n != place for n, _ in found)


def test_two_bodies_joined_by_lianhe_are_two_whatever_the_second_opens_with() -> None:
    found = names("自治区卫健委联合自治区农业农村厅开展行动。")
    assert ("自治区卫健委", "ORG") in found and ("自治区农业农村厅", "ORG") in found
    # …but not the department named for the United Nations.
    assert ("外交部联合国司", "ORG") in names("外交部联合国司负责人介绍。")


def test_a_scenic_area_is_its_place_and_a_venue_alone_is_no_name() -> None:
    assert names("游客在西湖景区排队入园。") == [("西湖", "LOC")]
    assert names("市里将改扩建体育公园。") == []
    assert ("港", "LOC") in names("内地科技企业赴港上市。")


@pytest.mark.parametrize(("text", "mission"), [
    ("全体官兵被联合国南苏丹特派团授予和平荣誉勋章。", "联合国南苏丹特派团"),
    ("联合国刚果（金）稳定特派团负责人到场致辞。", "联合国刚果（金）稳定特派团"),
    ("对遇袭的联合国驻黎巴嫩临时部队维和人员表示慰问。", "联合国驻黎巴嫩临时部队"),
])
def test_a_united_nations_mission_is_one_body(text: str, mission: str) -> None:
    assert (mission, "ORG") in names(text)
    assert ("联合国", "ORG") in names("联合国秘书长发表讲话。")


def test_a_military_post_is_no_part_of_its_bodys_name() -> None:
    found = names("市人武部政委谭志刚勉励他们。")
    assert ("市人武部", "ORG") in found and ("谭志刚", "PER") in found


def test_a_port_of_entry_or_a_bridge_named_for_a_place_is_that_place() -> None:
    assert ("凭祥", "LOC") in names("中越边境的凭祥口岸日前通关车辆增多。")
    assert ("博尔察", "LOC") in names("新疆博尔察大桥建成通车。")
