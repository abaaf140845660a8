"""Places the model misses or mistypes (issue 12, third round), each kind on made-up
sentences: the lever in core/extraction/place_levers.py and the span a reader should see."""

from __future__ import annotations

from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_levers import world_places, world_words


def typed(found: list[Candidate]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.type) for c in found]


def test_the_world_table_knows_countries_regions_and_cities_abroad() -> None:
    world = lexicon().world
    assert {"马拉维", "圭亚那", "东南亚", "吉隆坡"} <= world
    assert not {"联合国", "欧盟", "世界"} & world  # bodies and the world are no places


def test_a_country_read_as_a_person_is_a_place() -> None:
    # 马拉维的湖光山色吸引游客: a transliterated country looks like a person's name.
    text = "马拉维的湖光山色吸引游客"
    out = world_places(text, [Candidate(0, 3, "PER", 6)], [(0, 3), (3, 4)], lexicon().world)
    assert typed(out) == [(0, 3, "LOC")]
    # A person stays a person.
    text = "马立伟的湖光山色吸引游客"
    out = world_places(text, [Candidate(0, 3, "PER", 6)], [(0, 3), (3, 4)], lexicon().world)
    assert typed(out) == [(0, 3, "PER")]


def test_a_place_cut_short_is_completed_to_the_word() -> None:
    # 他在圭亚那总理府前: the model stopped at 圭亚, jieba's word is the country.
    text = "他在圭亚那总理府前"
    out = world_places(text, [Candidate(2, 4, "PER", 6)], [(0, 1), (1, 2), (2, 5), (5, 7)],
                       lexicon().world)
    assert typed(out) == [(2, 5, "LOC")]
    # Not over the start of another name.
    out = world_places(text, [Candidate(2, 4, "PER", 6), Candidate(4, 5, "LOC", 6)],
                       [(2, 5)], lexicon().world)
    assert typed(out)[0] == (2, 4, "PER")


def test_a_word_naming_a_place_abroad_fills_a_gap() -> None:
    text = "游客从布基纳法索回来"
    found = world_words(text, [(0, 2), (2, 3), (3, 8), (8, 10)], lexicon().world)
    assert typed(found) == [(3, 8, "LOC")]
