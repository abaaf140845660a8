"""Persons the model cuts in pieces or misses (issue 12, third and fourth rounds), on made-up
sentences: core/extraction/person_levers.py."""

from __future__ import annotations

import gc
import time

from desktop_app.core.extraction.dictionaries import lexicon
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.person_forms import addressed_persons
from desktop_app.core.extraction.person_levers import (
    dotted_persons,
    persons_in_titles,
    quoted_speakers,
    whole_persons,
    without_saying_tails,
    without_stray_persons,
)
from tests.helpers.candidates import typed


def test_a_person_jieba_knows_whole_is_one_person() -> None:
    # 总统阿卜杜拉希姆说: the model read 阿卜 + 杜拉希姆, jieba's dictionary one person.
    chosen = [Candidate(2, 4, "PER", 6), Candidate(4, 8, "PER", 6)]
    words = [(0, 2, "n"), (2, 8, "nrt"), (8, 9, "v")]
    assert typed(whole_persons(chosen, words)) == [(2, 8, "PER")]
    # …also when the second half was read as a place.
    chosen = [Candidate(2, 4, "PER", 6), Candidate(4, 8, "LOC", 6)]
    assert typed(whole_persons(chosen, words)) == [(2, 8, "PER")]


def test_a_person_one_character_short_of_a_long_name_jieba_knows_is_the_name() -> None:
    # 首相小渊惠三今天: the model leaves the given name's numeral out (小渊惠|三).
    chosen = [Candidate(2, 5, "PER", 6)]
    words = [(0, 2, "n"), (2, 6, "nr"), (6, 8, "t")]
    assert typed(whole_persons(chosen, words, "首相小渊惠三今天")) == [(2, 6, "PER")]
    # …not a word the dictionary glued on (王国维|和, 司马光|任).
    for text in ("首相王国维和他", "首相司马光任相"):
        assert typed(whole_persons(chosen, words, text)) == [(2, 5, "PER")], text
    # A name of three characters one short stays (the word may glue on a verb: 王明说).
    assert typed(whole_persons([Candidate(2, 4, "PER", 6)], [(2, 5, "nr")])) == [
        (2, 4, "PER")]
    # Persons that tile any word of the dictionary are that word (村|上春树 of 村上春树/n).
    chosen = [Candidate(2, 3, "PER", 6), Candidate(3, 6, "PER", 6)]
    assert typed(whole_persons(chosen, [(0, 2, "n"), (2, 6, "n")])) == [(2, 6, "PER")]
    # …but one person inside a common word is no reason to take the word.
    assert typed(whole_persons([Candidate(3, 6, "PER", 6)], [(2, 6, "n")])) == [
        (3, 6, "PER")]
    found = {(e.text, e.type) for e in find_entities("日本作家村上春树的新作出版。")}
    assert ("村上春树", "PER") in found
    found = {(e.text, e.type) for e in find_entities("日本首相小渊惠三今天在东京会见了客人。")}
    assert ("小渊惠三", "PER") in found


def test_a_person_before_a_word_jieba_glued_on_stays_short() -> None:
    # 学习王大明思想: jieba's dictionary may hold 王大明思想 as a person; the model's
    # person stops before 思想, so the person is 王大明.
    chosen = [Candidate(2, 5, "PER", 6)]
    words = [(0, 2, "v"), (2, 7, "nr")]
    assert typed(whole_persons(chosen, words)) == [(2, 5, "PER")]
    # A place the model read whole stays a place, and no person is made without one.
    chosen = [Candidate(2, 5, "LOC", 6)]
    assert typed(whole_persons(chosen, [(2, 5, "nr")])) == [(2, 5, "LOC")]
    assert typed(whole_persons(chosen, [(2, 7, "nr")])) == [(2, 5, "LOC")]


def test_a_person_inside_the_title_of_a_work_is_a_person() -> None:
    # The model reads 《回忆周恩来》 as one work; jieba's dictionary knows the full name.
    found = {(e.text, e.type) for e in find_entities("他的新书《回忆周恩来》出版了。")}
    assert ("周恩来", "PER") in found
    # A full name of jieba's without a surname, or a transliteration, is not taken.
    text = "《老红军与格尔尼卡》"
    read = [(0, 1, "w"), (1, 9, "nw"), (9, 10, "w")]
    words = [(0, 1, "x"), (1, 4, "nr"), (4, 5, "c"), (5, 9, "nrt"), (9, 10, "x")]
    assert persons_in_titles(text, read, words, lexicon().surnames) == []
    words = [(0, 1, "x"), (1, 4, "nr"), (4, 5, "c"), (5, 8, "nr"), (8, 9, "n"), (9, 10, "x")]
    text = "《老红军与周恩来传》"
    found_words = persons_in_titles(text, read, words, lexicon().surnames)
    assert [(c.start, c.end, c.type) for c in found_words] == [(5, 8, "PER")]


def test_a_one_character_person_is_a_surname() -> None:
    # 总行长讲话, 江主席讲话: the model's 长 of 行长 is none; 江 is a surname and stays.
    text = "总行长讲话，江主席讲话"
    chosen = [Candidate(2, 3, "PER", 6), Candidate(6, 7, "PER", 6)]
    assert typed(without_stray_persons(text, chosen, lexicon().surnames)) == [(6, 7, "PER")]


def test_a_named_speaker_does_not_run_on_into_the_verb_of_saying() -> None:
    # The model reads the second 鲍一 with the 说 after it as one three-character name.
    text = "副总裁鲍一用八个字总结湖南服务。“湖南共赢，同时代共进。”鲍一说。"
    persons = [e.text for e in find_entities(text) if e.type == "PER"]
    assert persons == ["鲍一", "鲍一"]
    # Without the name said before, 说 that closes the clause is still the verb…
    chosen = [Candidate(0, 3, "PER", 6)]
    assert typed(without_saying_tails("鲍一说。", chosen)) == [(0, 2, "PER")]
    # …and where the text ends right after it.
    at_end = [Candidate(4, 7, "PER", 6)]
    assert typed(without_saying_tails("“好。”鲍一说", at_end)) == [(4, 6, "PER")]
    # …and elsewhere the three characters may be a name: left alone.
    for text in ("鲍一说服了大家。", "鲍一称。"):
        assert without_saying_tails(text, chosen) == chosen


def test_the_speaker_after_a_quotation_is_a_person() -> None:
    # jieba reads 李|明说 and the model sees no name; the quotation says who spoke.
    def persons(text: str) -> list[str]:
        return [e.text for e in find_entities(text) if e.type == "PER"]

    assert persons("“第二把金钥匙是湖湘大地的阳光雨露。”李明说。") == ["李明"]
    assert persons("“今年订单饱满。”邹一说，工厂正在扩产。") == ["邹一"]
    # No surname, a form of address or a post, an everyday word, a manner: no person.
    for text in ("“我们有信心。”记者说。", "“干就完了。”有人说。", "“好。”王局长说。",
                 "“好。”高兴地说。", "“好。”严肃地说。", "“好。”常有人说。"):
        assert not [p for p in persons(text) if len(p) > 1], text


def test_a_name_that_ends_in_a_division_word_is_a_place() -> None:
    # The model reads an unknown city that opens like a person's name as a person.
    found = {(e.text, e.type) for e in find_entities("他在杨冲市调研时指出，工作有序推进。")}
    assert ("杨冲市", "LOC") in found and not any(t == "PER" for _n, t in found)
    # A surname before a title stays the person it names.
    assert ("王", "PER") in {(e.text, e.type) for e in find_entities("王市长在会上讲话。")}


def test_a_long_line_of_quotations_takes_linear_time() -> None:
    unit = "“好。”李明说，王芳在长沙。"  # a speaker, a person and a place per unit

    def timed(count: int) -> float:
        text = unit * count
        chosen = []
        for k in range(count):
            base = k * len(unit)
            chosen += [Candidate(base + 8, base + 10, "PER", 6),
                       Candidate(base + 11, base + 13, "LOC", 6)]
        # CPU time with the collector off: a full collection of the suite's millions of
        # objects (the model, jieba's tables) landing in one run is no part of the lever.
        gc.disable()
        try:
            started = time.process_time()
            out = quoted_speakers(text, chosen, frozenset("李王"), frozenset(),
                                  lambda _w: False)
            took = time.process_time() - started
        finally:
            gc.enable()
        assert sum(c.type == "PER" for c in out) == 2 * count  # every speaker found
        return took

    small = min(timed(500) for _ in range(3))
    large = timed(8000)
    # 16× the text: linear takes ~16× (a floor of 5 ms for the small run's timer noise,
    # and 4× slack for a busy machine); the quadratic version took 256×, seconds here.
    assert large < 16 * max(small, 0.005) * 4


def test_a_name_runs_on_over_its_middle_dot_to_the_end_of_the_word_after_it() -> None:
    # 牧民吐尔洪·买买提说: the model stops before the dot, jieba reads 买买提 as a noun.
    text = "牧民吐尔洪·买买提说"
    words = [(0, 2, "n"), (2, 5, "nr"), (5, 6, "x"), (6, 9, "n"), (9, 10, "v")]
    assert typed(dotted_persons(text, [Candidate(2, 5, "PER", 6)], words)) == [
        (2, 9, "PER")]
    # …or inside the part after it: 古丽·艾买 + 提 (jieba's word 艾买提).
    assert typed(dotted_persons(text, [Candidate(2, 8, "PER", 6)], words)) == [
        (2, 9, "PER")]
    # Not over a verb or a particle the clause goes on with, nor into the next name.
    text = "吐尔洪·说道"
    words = [(0, 3, "nr"), (3, 4, "x"), (4, 6, "v")]
    assert typed(dotted_persons(text, [Candidate(0, 3, "PER", 6)], words)) == [
        (0, 3, "PER")]
    # Nor over a title of jieba's (x_title): 刘洋·摄影 is a photographer's credit.
    text = "刘洋·摄影报道"
    words = [(0, 2, "nr"), (2, 3, "x"), (3, 5, "x_title"), (5, 7, "v")]
    assert typed(dotted_persons(text, [Candidate(0, 2, "PER", 6)], words)) == [
        (0, 2, "PER")]
    text = "吐尔洪·喀什市"
    words = [(0, 3, "nr"), (3, 4, "x"), (4, 7, "ns")]
    chosen = [Candidate(0, 3, "PER", 6), Candidate(4, 7, "LOC", 6)]
    assert typed(dotted_persons(text, chosen, words)) == typed(chosen)


def test_the_whole_name_of_a_person_after_a_middle_dot_is_found() -> None:
    assert [(e.text, e.type) for e in find_entities("村民阿不力孜·买买提在会上发言。")
            if e.type == "PER"] == [("阿不力孜·买买提", "PER")]


def test_a_form_of_address_after_a_surname_is_no_part_of_the_name() -> None:
    surnames = lexicon().surnames
    text = "王总说，欧阳董也到了，张局长和王宏总结"
    chosen = [Candidate(0, 2, "PER", 6), Candidate(4, 7, "PER", 6),
              Candidate(11, 13, "PER", 6), Candidate(15, 18, "PER", 6)]
    assert [text[c.start:c.end] for c in addressed_persons(text, chosen, surnames)] == [
        "王", "欧阳", "张", "王宏总"]  # 王宏总: the name 王宏 and the 总 of 总结, not a form
    # A photo credit's 摄 and a unit's 部 after a full name come off; a two-character
    # name keeps its last character (王部 could be a name).
    text = "记者李舸摄，吉鸿昌部，王部"
    chosen = [Candidate(2, 5, "PER", 6), Candidate(6, 10, "PER", 6), Candidate(11, 13, "PER", 6)]
    assert [text[c.start:c.end] for c in addressed_persons(text, chosen, surnames)] == [
        "李舸", "吉鸿昌", "王部"]


def test_everyday_forms_of_address_name_the_surname() -> None:
    surnames = lexicon().surnames
    for text, read, person in (("楼下的张师傅修了三十年车", "张师傅", "张"),
                               ("热心的刘阿姨报了警", "刘阿姨", "刘"),
                               ("市民褚先生反映", "褚先生", "褚"),
                               ("欧阳女士说", "欧阳女士", "欧阳"),
                               ("修鞋的老王笑了", "老王", "王"),
                               ("网格员小叶每天巡查", "小叶", "叶")):
        start = text.index(read)
        out = addressed_persons(text, [Candidate(start, start + len(read), "PER", 6)],
                                surnames)
        assert [text[c.start:c.end] for c in out] == [person], text
    # 小 before a rare surname may open a given name (小平 of 邓小平); no surname, no cut.
    for text, read in (("小平同志指出", "小平"), ("王先进说", "王先进")):
        start = text.index(read)
        out = addressed_persons(text, [Candidate(start, start + len(read), "PER", 6)],
                                surnames)
        assert [text[c.start:c.end] for c in out] == [read], text
