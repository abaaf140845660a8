"""How model names and rule candidates are fused, and that corrections still win."""

from __future__ import annotations

import pytest

from desktop_app.core.extraction import ner_model
from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.fusion import fill_gaps, fuse, model_names
from desktop_app.core.spans import Corrections

TITLES = ["主席", "总统", "高级副总裁", "副总裁", "院士"]


def names(text: str, spans) -> list[tuple[str, str]]:
    return [(text[s[0]:s[1]], s[2]) for s in spans]


# -- the model's names, cleaned --------------------------------------------------------------

@pytest.mark.parametrize("text, tokens, expected", [
    ("中美两国", [(0, 2, "LOC")], [("中", "LOC"), ("美", "LOC")]),
    ("中华民族", [(0, 2, "LOC")], [("中华", "LOC")]),  # both name China: one word
    ("江主席说", [(0, 3, "PER")], [("江", "PER")]),
    ("布伦丹·林奇说", [(0, 3, "PER"), (3, 6, "w"), (6, 7, "v")], [("布伦丹·林奇", "PER")]),
    ("爱德华多·扬·莫达说", [(0, 6, "PER"), (6, 7, "w"), (7, 9, "PER")],
     [("爱德华多·扬·莫达", "PER")]),
    ("穆罕默德·说", [(0, 4, "PER"), (4, 5, "w"), (5, 6, "v")], [("穆罕默德", "PER")]),
    ("穆罕默德·舒克利·阿亚西", [(0, 9, "PER"), (9, 12, "PER")],
     [("穆罕默德·舒克利·阿亚西", "PER")]),
    ("第九届全国人民代表大会", [(3, 11, "ORG")], [("第九届全国人民代表大会", "ORG")]),
    ("中科曙光高级副总裁", [(0, 6, "ORG")], [("中科曙光", "ORG")]),
    ("贯彻党的十五大精神", [], [("十五大", "ORG")]),
    ("破解三大难点", [], []),  # a count, not a congress
])
def test_model_names(text: str, tokens, expected) -> None:
    assert names(text, model_names(text, tokens, TITLES)) == expected


# -- fusion ---------------------------------------------------------------------------------

def cand(start: int, end: int, etype: str, strength: int = 4) -> Candidate:
    return Candidate(start, end, etype, strength)


def test_a_rule_span_containing_model_names_replaces_them() -> None:
    text = "长沙经开区"
    out = fuse([(0, 2, "LOC")], [cand(0, 5, "ORG")], set())
    assert [(text[c.start:c.end], c.type) for c in out] == [("长沙经开区", "ORG")]


def test_a_rule_retypes_the_same_span_but_never_to_a_person() -> None:
    assert [c.type for c in fuse([(0, 5, "LOC")], [cand(0, 5, "ORG")], set())] == ["ORG"]
    assert [c.type for c in fuse([(0, 3, "LOC")], [cand(0, 3, "PER")], set())] == ["LOC"]


def test_a_rule_person_must_hold_only_people() -> None:
    out = fuse([(0, 2, "LOC")], [cand(0, 3, "PER")], set())
    assert [(c.start, c.end, c.type) for c in out] == [(0, 2, "LOC")]


def test_rules_add_no_names_alone_unless_strong() -> None:
    weak, strong = cand(5, 8, "ORG"), cand(10, 13, "PER", 5)
    out = fuse([(0, 2, "LOC")], [weak, strong], {strong})
    assert [(c.start, c.end) for c in out] == [(0, 2), (10, 13)]


def test_the_model_wins_a_crossing_and_a_piece_of_its_name() -> None:
    model = [(0, 4, "ORG")]
    assert [(c.start, c.end) for c in fuse(model, [cand(2, 6, "ORG")], set())] == [(0, 4)]
    piece = cand(1, 3, "ORG", 5)
    assert [(c.start, c.end) for c in fuse(model, [piece], {piece})] == [(0, 4)]


def test_fill_gaps_keeps_what_is_chosen() -> None:
    chosen = [cand(0, 4, "ORG", 6)]
    out = fill_gaps(chosen, [cand(2, 5, "ORG", 2), cand(8, 10, "ORG", 2)])
    assert [(c.start, c.end) for c in out] == [(0, 4), (8, 10)]


# -- the whole path, with the model ----------------------------------------------------------

SENTENCE = "国务院总理李鹏今天在北京会见了美国总统克林顿。"


def spans(text: str, corrections: Corrections | None = None) -> set[tuple[str, str]]:
    return {(e.text, e.type) for e in find_entities(text, corrections)}


def test_the_model_finds_names_the_rules_miss() -> None:
    assert ner_model.shared_tagger() is not None
    found = spans(SENTENCE)
    assert {("李鹏", "PER"), ("北京", "LOC"), ("克林顿", "PER"), ("国务院", "ORG")} <= found


def test_a_removed_word_is_gone_even_when_the_model_finds_it() -> None:
    found = spans(SENTENCE, Corrections(removed={"北京", "克林顿"}))
    assert ("北京", "LOC") not in found and ("克林顿", "PER") not in found
    assert ("李鹏", "PER") in found


def test_a_retyped_word_keeps_the_users_type() -> None:
    found = spans(SENTENCE, Corrections(retyped={"北京": "ORG"}))
    assert ("北京", "ORG") in found and ("北京", "LOC") not in found


def test_an_added_word_beats_a_longer_model_name() -> None:
    found = spans("湖南高创精密机械股份有限公司今年投产。",
                  Corrections(added={"高创": "PER"}))
    assert ("高创", "PER") in found
    assert not any(text.endswith("有限公司") and "高创" in text for text, _ in found)


def test_an_added_word_is_found_where_nobody_saw_a_name() -> None:
    found = spans("今天天气很好。", Corrections(added={"天气": "ORG"}))
    assert found == {("天气", "ORG")}


def test_without_the_model_the_rules_alone_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner_model, "shared_tagger", lambda: None)
    found = spans("中国工程院院士、紫金山实验室荣誉主任刘韵洁坦言，")
    assert ("刘韵洁", "PER") in found
    assert spans(SENTENCE) == {(e.text, e.type)
                               for e in find_entities(SENTENCE, use_model=False)}


def test_a_damaged_model_leaves_the_rules_and_a_missing_package_is_said(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A model file that does not load: the rules answer alone and the reason is kept (the
    self-test prints it). A package the install lacks: an error at once, not a fallback."""
    def damaged() -> None:
        raise RuntimeError("INVALID_PROTOBUF: the model file is cut short")

    def missing() -> None:
        raise ImportError("No module named 'onnxruntime'")

    for loader, kept in ((damaged, True), (missing, False)):
        monkeypatch.setattr(ner_model, "_shared", None)
        monkeypatch.setattr(ner_model, "_failed", None)
        monkeypatch.setattr(ner_model, "LacTagger", loader)
        if kept:
            assert ner_model.shared_tagger() is None
            assert "cut short" in str(ner_model.load_error())
        else:
            with pytest.raises(ImportError):
                ner_model.shared_tagger()
