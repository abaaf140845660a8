"""Japanese and Tibetan names the model cuts short (core/extraction/foreign_names.py),
on made-up sentences, and the levers alone on hand-made candidates."""

from __future__ import annotations

import pytest

from desktop_app.core.extraction import foreign_names
from desktop_app.core.extraction.dictionaries import lexicon, tagger
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.words import tokenize


def _found(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.type) for e in find_entities(text)}


@pytest.mark.parametrize(("text", "name"), [
    # The model: 山本健 | 一, 哲朗 without 本间, 加藤纮 | 一, nobody after 前首相 or 会长.
    ("日本共同社记者山本健一报道，东京股市下跌。", "山本健一"),
    ("早稻田大学教授本间哲朗说，日元还会升值。", "本间哲朗"),
    ("日本前首相村山富市访问长沙。", "村山富市"),
    ("索尼公司会长松下正治出席了签字仪式。", "松下正治"),
    ("自民党干事长加藤纮一说，选举已经开始。", "加藤纮一"),
    # The model: 次仁旺 | 堆, 仁卓玛 without 次.
    ("西藏自治区副主席次仁旺堆在日喀则调研。", "次仁旺堆"),
    ("藏族歌手次仁卓玛演唱了新歌。", "次仁卓玛"),
])
def test_a_name_the_model_cuts_is_found_whole(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PER") in found
    assert not any(t == "PER" and n != name and (n in name or name in n) for n, t in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("记者田中华报道，长沙今天降温。", ("田中华", "PER")),  # a Chinese name: as read
    ("日本首相小泉说，经济会好转。", ("小泉", "PER")),  # no given name printed
    ("山本一行抵达北京。", ("山本", "PER")),  # 一行: the party travelling with him
    ("日本选手福原爱获得女子单打冠军。", ("福原爱", "PER")),  # a verb ends the name
    ("深圳市福田区的企业增加了。", ("福田区", "LOC")),  # a family name in a place
    ("牧民次仁说，草场变好了。", ("次仁", "PER")),  # one part is a name too
])
def test_what_is_no_longer_name_stays_as_read(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def _japanese(text: str, chosen: list[Candidate]) -> list[tuple[str, str]]:
    lex, tags = lexicon(), tagger().word_tag_tab
    words = [(t.start, t.end, t.flag) for t in tokenize(text)]
    out = foreign_names.japanese_names(
        text, chosen, words, lex.japanese_surnames, lex.titles, lex.speech_verbs,
        lambda word: tags.get(word, "nr") not in ("nr", "nrfg", "nrt"))
    return [(text[c.start:c.end], c.type) for c in out]


def test_the_japanese_lever_only_ever_makes_a_person_longer() -> None:
    text = "记者山本健一报道。"
    assert _japanese(text, [Candidate(2, 5, "PER", 3)]) == [("山本健一", "PER")]
    # A person the model read whole, or longer, is left alone.
    assert _japanese(text, [Candidate(2, 6, "PER", 3)]) == [("山本健一", "PER")]
    # With no person there and no post before it, a family name alone finds no one.
    assert _japanese("山本健一报道。", []) == []
    # After a post it does; two pieces of one name become one.
    assert _japanese("会长松下正治出席。", []) == [("松下正治", "PER")]
    assert _japanese("记者山本健一报道。", [Candidate(2, 4, "PER", 3), Candidate(4, 6, "PER", 3)]
                     ) == [("山本健一", "PER")]


def test_the_japanese_lever_never_cuts_across_another_name() -> None:
    text = "会长松下长沙市出席。"  # a place right after the family name
    assert _japanese(text, [Candidate(4, 7, "LOC", 3)]) == [("长沙市", "LOC")]


def test_the_tibetan_lever_needs_two_parts() -> None:
    lex = lexicon()

    def grown(text: str, start: int, end: int) -> str:
        (c,) = foreign_names.tibetan_names(text, [Candidate(start, end, "PER", 3)],
                                           lex.tibetan_name_parts)
        return text[c.start:c.end]

    assert grown("主席次仁旺堆说", 2, 5) == "次仁旺堆"
    assert grown("主席次仁旺堆说", 2, 4) == "次仁旺堆"
    assert grown("歌手次仁卓玛唱", 3, 6) == "次仁卓玛"
    assert grown("主席次仁旺说", 2, 5) == "次仁旺"  # 旺说 is no part
    assert grown("主席王仁卓玛说", 3, 6) == "仁卓玛"  # 王仁 is no part


@pytest.mark.parametrize(("text", "name"), [
    # The model: 韦拉亚 | 提 (a verb); 内 | 塔尼亚胡 read as a place. jieba: one word each.
    ("伊朗外长韦拉亚提抵达德黑兰。", "韦拉亚提"),
    ("以色列总理内塔尼亚胡今天在耶路撒冷说。", "内塔尼亚胡"),
])
def test_a_transliterated_name_jieba_reads_whole_is_the_person(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PER") in found
    assert not any(n != name and n in name for n, _t in found)


def test_the_transliteration_lever_takes_only_a_person_cut_short_or_after_a_post() -> None:
    text = "他说韦拉亚提来了"  # 韦拉亚提: one transliterated word of jieba's (nrt)
    words = [(t.start, t.end, t.flag) for t in tokenize(text)]
    assert (2, 6, "nrt") in words

    def read(chosen: list[Candidate]) -> list[tuple[str, str]]:
        out = foreign_names.transliterated_names(text, chosen, words, lexicon().titles)
        return [(text[c.start:c.end], c.type) for c in out]

    assert read([Candidate(2, 5, "PER", 3)]) == [("韦拉亚提", "PER")]
    assert read([Candidate(2, 5, "LOC", 3)]) == [("韦拉亚", "LOC")]  # no post, no person
    assert read([Candidate(3, 6, "PER", 3)]) == [("拉亚提", "PER")]  # not cut at its end
