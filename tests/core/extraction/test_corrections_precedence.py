"""One applier decides how the user's corrections combine; every path uses it."""

from __future__ import annotations

import pytest

from desktop_app.core.extraction.analysis import analyse
from desktop_app.core.extraction.corrections import apply_corrections
from desktop_app.core.spans import Corrections, EntitySpan
from desktop_app.service import LibraryService

TEXT = "长沙市的长沙县与长沙，湘江新区和湘江新区。"
RECOGNISED = [EntitySpan(0, 3, "长沙市", "LOC"), EntitySpan(11, 15, "湘江新区", "ORG")]


def shown(corrections: Corrections) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.type) for s in apply_corrections(TEXT, RECOGNISED, corrections)]


def test_no_corrections_change_nothing() -> None:
    assert shown(Corrections()) == [(0, "长沙市", "LOC"), (11, "湘江新区", "ORG")]


def test_removed_beats_added() -> None:
    fixes = Corrections(added={"长沙市": "ORG"}, removed={"长沙市"})
    assert shown(fixes) == [(11, "湘江新区", "ORG")]


def test_an_added_word_displaces_the_recognised_names_it_overlaps() -> None:
    assert shown(Corrections(added={"长沙": "PER"})) == [
        (0, "长沙", "PER"), (4, "长沙", "PER"), (8, "长沙", "PER"), (11, "湘江新区", "ORG")]


def test_the_longer_of_two_added_words_wins_where_they_overlap() -> None:
    fixes = Corrections(added={"长沙": "PER", "长沙县": "ORG"})
    assert shown(fixes) == [(0, "长沙", "PER"), (4, "长沙县", "ORG"), (8, "长沙", "PER"),
                            (11, "湘江新区", "ORG")]


def test_a_retype_changes_only_what_was_recognised() -> None:
    # 湘江新区 occurs twice; only the first was recognised, so only it is retyped.
    assert shown(Corrections(retyped={"湘江新区": "LOC"})) == [
        (0, "长沙市", "LOC"), (11, "湘江新区", "LOC")]


def test_added_beats_retyped_for_the_same_word() -> None:
    fixes = Corrections(added={"湘江新区": "PER"}, retyped={"湘江新区": "LOC"})
    assert shown(fixes) == [(0, "长沙市", "LOC"), (11, "湘江新区", "PER"), (16, "湘江新区", "PER")]


@pytest.mark.parametrize("fixes", [
    Corrections(added={"湘约智能": "ORG"}, removed={"长沙"}),
    Corrections(retyped={"长沙经开区": "LOC"}),
    Corrections(added={"曙光": "PER"}),
])
def test_analysis_applies_the_same_rules_as_reading(fixes: Corrections) -> None:
    text = "湘约智能落地长沙经开区，中科曙光与长沙的企业合作。"
    raw = analyse(text).entities
    assert analyse(text, fixes).entities == apply_corrections(text, raw, fixes)


def _partly_recognised(lib: LibraryService) -> tuple[str, str]:
    """A recognised name some article also prints where it was not recognised."""
    for article_id in lib.article_ids():
        article = lib.article(article_id)
        for span in article.entities:
            found = sum(e.text == span.text for e in article.entities)
            if article.text.count(span.text) > found and len(span.text) > 1:
                return span.text, span.type
    pytest.skip("every name in the seeds is recognised wherever it occurs")


def test_a_retype_is_stored_as_a_retype(lib: LibraryService) -> None:
    word, old_type = _partly_recognised(lib)
    new_type = "ORG" if old_type != "ORG" else "PER"
    before = {i: [(e.start, e.end) for e in lib.article(i).entities if e.text == word]
              for i in lib.article_ids(entity=word)}
    lib.correct_entity(word, type=new_type, retype=True)
    assert lib.corrections().retyped == {word: new_type}
    assert lib.corrections().added == {}
    after = {i: [(e.start, e.end, e.type) for e in lib.article(i).entities if e.text == word]
             for i in lib.article_ids(entity=word)}
    # The same places as before, each with the new type: nothing new is marked.
    assert {i: [(s, e) for s, e, _ in spans] for i, spans in after.items()} == before
    assert {t for spans in after.values() for *_, t in spans} == {new_type}


def _filter_matches_reading(lib: LibraryService, names: set[str]) -> None:
    shown = {i: {e.text for e in lib.article(i).entities} for i in lib.article_ids()}
    for name in names:
        assert set(lib.article_ids(entity=name)) == {i for i, n in shown.items() if name in n}, \
            name


def test_the_entity_filter_follows_every_name_a_correction_displaces(
        lib: LibraryService) -> None:
    word = "长沙"
    holding = [i for i in lib.article_ids() if word in lib.article(i).text]
    longer = {e.text for i in holding for e in lib.article(i).entities if word in e.text}
    assert longer - {word}, "the seeds recognise longer names holding the word"
    lib.correct_entity(word, type="ORG")
    _filter_matches_reading(lib, longer | {word})
    lib.correct_entity(word)
    _filter_matches_reading(lib, longer | {word})
