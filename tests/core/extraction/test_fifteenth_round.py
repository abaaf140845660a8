"""The fifteenth round's levers (docs/quality.md), each kind on made-up sentences, from
what the tenth blind set (tests/gold/public_gold.jsonl: ecology, transport, civil
affairs, markets) showed: a railway station or a port named by its place, kin terms and
a crew's captain after a surname, rescue and expedition teams with their senders, papers
named by their places, a land's kind after its name."""

from __future__ import annotations

import pytest

from tests.helpers.candidates import names


@pytest.mark.parametrize(("text", "place", "facility"), [
    ("在郑州东站，工作人员引导旅客有序进站。", "郑州", "郑州东站"),
    ("列车抵达广州南站。", "广州", "广州南站"),
    ("湘江湘潭站水位超过警戒水位。", "湘潭", "湘潭站"),
    ("新航线将在宁波港开通。", "宁波", "宁波港"),
])
def test_a_station_or_a_port_is_no_name_the_place_in_it_is(
        text: str, place: str, facility: str) -> None:
    found = names(text)
    assert (place, "LOC") in found and (facility, "LOC") not in found


def test_a_city_called_after_its_port_stays_whole() -> None:
    assert ("连云港", "LOC") in names("连云港今年外贸进出口增长一成。")


def test_a_polar_station_stays_a_place_of_its_own() -> None:
    assert ("中山站", "LOC") in names("考察队日前抵达南极中山站，开展越冬观测。")


@pytest.mark.parametrize(("text", "surname"), [
    ("村民蒋奶奶正在查看快递信息。", "蒋"),
    ("87岁的邬爷爷拿着画像端详了好久。", "邬"),
    ("亓机长说，这条航线他飞了八年。", "亓"),
    ("独居老人蒯大爷的家门被敲开了。", "蒯"),  # a surname rarer than the shipped list's
])
def test_a_kin_term_or_a_captain_after_a_surname_names_the_surname(text: str, surname: str
                                                                     ) -> None:
    found = names(text)
    assert (surname, "PER") in found
    assert not any(kind == "PER" and len(name) > 1 for name, kind in found)


@pytest.mark.parametrize(("text", "team"), [
    ("中国安能集团第一工程局救援队连夜驰援。", "中国安能集团第一工程局救援队"),
    ("中国第40次南极考察队日前启程。", "中国第40次南极考察队"),
])
def test_a_rescue_or_expedition_team_is_one_body_with_its_sender(text: str, team: str) -> None:
    assert (team, "ORG") in names(text)


def test_teams_of_a_kind_are_no_body() -> None:
    assert names("省消防救援队伍连夜出动。") == []


@pytest.mark.parametrize(("text", "paper"), [
    ("中国环境报记者近日在洞庭湖看到，成群的候鸟在觅食。", "中国环境报"),
    ("据中国消费者报报道，一批假冒耳机被查获。", "中国消费者报"),
])
def test_a_paper_named_by_its_place_is_one_body(text: str, paper: str) -> None:
    assert (paper, "ORG") in names(text)


@pytest.mark.parametrize(("text", "land"), [
    ("光伏板铺满了库布其沙漠。", "库布其沙漠"),
    ("汾渭平原细颗粒物浓度持续下降。", "汾渭平原"),
    ("治沙员在塔克拉玛干沙漠南缘扎下草方格。", "塔克拉玛干沙漠"),
])
def test_a_lands_kind_after_its_name_is_part_of_it_and_its_edge_is_not(text: str, land: str
                                                                       ) -> None:
    assert (land, "LOC") in names(text)


@pytest.mark.parametrize("text", [
    "全国高速公路日均车流量保持平稳。", "边防战士已在祖国西部边陲驻守十年。"])
def test_a_kind_of_road_or_the_motherland_is_no_place(text: str) -> None:
    assert not any(kind == "LOC" for _name, kind in names(text))


@pytest.mark.parametrize(("text", "body"), [
    ("最高检第五检察厅负责人介绍了有关情况。", "最高检第五检察厅"),
    ("湘潭市公安局第二分局民警接到报警。", "湘潭市公安局第二分局"),
])
def test_a_department_the_body_counts_is_part_of_its_name(text: str, body: str) -> None:
    assert (body, "ORG") in names(text)


@pytest.mark.parametrize(("text", "person"), [
    ("调度员上官婷婷说，春运期间她每天要处理上千条命令。", "上官婷婷"),  # the compound surname
    ("新加坡红十字会秘书长本杰明·陈一行到访长沙。", "本杰明·陈"),  # and those with him
])
def test_a_person_is_named_whole_and_alone(text: str, person: str) -> None:
    assert (person, "PER") in names(text)
