"""The sixteenth round's levers (docs/quality.md), each kind on made-up sentences, from
the eleventh blind set's misses (tests/gold/circles_gold.jsonl: personnel notices,
culture, labour, listed companies)."""

from __future__ import annotations

import pytest

from tests.helpers.candidates import names


@pytest.mark.parametrize(("text", "expected"), [
    ("据新华社莫斯科电 俄罗斯政府日前宣布新的补贴办法。",
     {("新华社", "ORG"), ("莫斯科", "LOC"), ("俄罗斯政府", "ORG")}),
    ("新华社电\u3000财政部等部门日前发布通知。", {("新华社", "ORG"), ("财政部", "ORG")}),
])
def test_an_agencys_undated_dispatch_and_the_body_after_its_space_are_apart(
        text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(names(text))


@pytest.mark.parametrize(("text", "body"), [
    ("会议由省纪委监委第三监督检查室主任周建国主持。", "省纪委监委第三监督检查室"),
    ("教育部高校学生司日前印发通知。", "教育部高校学生司"),
])
def test_a_unit_named_after_its_body_before_a_post_or_a_deed_is_the_bodys(
        text: str, body: str) -> None:
    assert (body, "ORG") in names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("刘建华，男，1975年生，现任怀化市人民政府副市长。", "怀化市人民政府"),
    ("公司公告，全资子公司长沙远大住宅工业有限公司拟投资建设新基地。", "长沙远大住宅工业有限公司"),
    ("园区聚集了华为、中兴等一批龙头企业。", "华为"),
])
def test_a_word_of_holding_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    found = names(text)
    assert name in {n for n, _type in found}
    assert not any(n != name and n.endswith(name) for n, _type in found)


def test_a_name_before_a_firms_officer_and_the_officers_name_is_the_firm() -> None:
    found = names("施罗德首席执行官彼得·哈里森表示，施罗德将继续扩大在华业务。")
    assert ("施罗德", "PER") not in found
    assert found.count(("施罗德", "ORG")) == 2


def test_a_person_named_whole_once_is_named_whole_when_cut_short_again() -> None:
    text = "县人社局局长欧阳建明带队走访。“要把底数摸清。”欧阳建明说。"
    assert names(text).count(("欧阳建明", "PER")) == 2


@pytest.mark.parametrize(("text", "zone"), [
    ("位于南沙新片区的一家企业今年扩产。", "南沙新片区"),
    ("重庆国际港务区今年新增企业80家。", "重庆国际港务区"),
])
def test_a_new_area_or_a_port_zone_is_a_body_like_any_development_zone(
        text: str, zone: str) -> None:
    assert (zone, "ORG") in names(text)


def test_two_short_names_counted_as_two_provinces_are_two_places() -> None:
    found = names("从企业数量看，苏浙两省的企业紧随其后。")
    assert ("苏", "LOC") in found and ("浙", "LOC") in found
    assert not any(t == "PER" for _n, t in found)


@pytest.mark.parametrize(("text", "congress"), [
    ("全国人大代表、湘钢一线工人刘建华建议，完善技能评价制度。", "全国人大"),
    ("岳阳市人大代表周敏说，要办好民生实事。", "岳阳市人大"),
    ("她是一名乡村教师，也是本届省人大代表。", "省人大"),
])
def test_a_deputys_congress_is_a_body_before_the_post(text: str, congress: str) -> None:
    assert (congress, "ORG") in names(text)


@pytest.mark.parametrize(("text", "places"), [
    ("30多名老乡一起来到江苏昆山，进入一家电子企业上岗。", ["江苏", "昆山"]),
    ("山西省忻州市一家杂粮合作社负责人说，今年行情不错。", ["山西省", "忻州市"]),
])
def test_a_body_that_is_only_places_of_the_tables_is_those_places(
        text: str, places: list[str]) -> None:
    found = names(text)
    assert all((place, "LOC") in found for place in places)


def test_a_new_area_after_its_city_stays_one_body() -> None:
    assert ("上海浦东新区", "ORG") in names("上海浦东新区开发开放三十多年来成绩显著。")


def test_a_dotted_name_begun_inside_a_word_of_the_dictionary_begins_with_it() -> None:
    found = names("财务总监买买提江·吐尔逊介绍，公司营收增长。")
    assert ("买买提江·吐尔逊", "PER") in found


def test_a_place_read_whole_over_a_country_and_its_city_is_both() -> None:
    found = names("在印尼雅加达的港口，货轮正在卸货。")
    assert ("印尼", "LOC") in found and ("雅加达", "LOC") in found


def test_a_plain_named_for_its_city_stays_one_place() -> None:
    assert ("成都平原", "LOC") in names("据报道，成都平原今年新建高标准农田。")


def test_a_divisions_land_is_the_division() -> None:
    found = names("这位干部扎根甘孜州高原牧区二十年，带领群众发展养殖。")
    assert ("甘孜州", "LOC") in found and ("甘孜州高原", "LOC") not in found


def test_a_lists_closing_and_others_is_no_part_of_its_last_person() -> None:
    found = names("评委还有日本导演佐藤裕一等。")
    assert ("佐藤裕一", "PER") in found


@pytest.mark.parametrize(("text", "firm"), [
    ("受来水偏丰影响，长江电力前三季度发电量同比增长。", "长江电力"),
    ("节后首个交易日，峨眉山旅游股价上涨3.2%。", "峨眉山旅游"),
])
def test_a_place_and_its_trade_told_of_by_its_shares_is_the_listed_firm(
        text: str, firm: str) -> None:
    assert (firm, "ORG") in names(text)


@pytest.mark.parametrize(("text", "place"), [
    ("沪上多家三甲医院开设了夜间门诊。", "沪"),
    ("这家芯片企业计划明年赴港上市。", "港"),
])
def test_shanghai_as_its_papers_call_it_and_a_listing_in_hong_kong_are_places(
        text: str, place: str) -> None:
    assert (place, "LOC") in names(text)
