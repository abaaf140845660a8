"""User corrections shown when an article is read: the user's word wins."""

from __future__ import annotations

from desktop_app.core.extraction.corrections import apply_corrections
from desktop_app.core.spans import Corrections, EntitySpan

TEXT = "位于长沙市湘江新区的企业，湘江新区管委会表示欢迎。"


def test_an_added_word_is_marked_even_inside_a_longer_recognised_name() -> None:
    recognised = [EntitySpan(2, 9, "长沙市湘江新区", "LOC")]
    shown = apply_corrections(TEXT, recognised, Corrections(added={"湘江新区": "ORG"}))
    assert [(s.text, s.type) for s in shown] == [("湘江新区", "ORG"), ("湘江新区", "ORG")]


def test_removed_and_retyped_words_apply_everywhere() -> None:
    recognised = [EntitySpan(2, 9, "长沙市湘江新区", "LOC"), EntitySpan(13, 17, "湘江新区", "LOC")]
    removed = apply_corrections(TEXT, recognised, Corrections(removed={"长沙市湘江新区"}))
    assert [s.text for s in removed] == ["湘江新区"]
    retyped = apply_corrections(TEXT, recognised, Corrections(retyped={"湘江新区": "ORG"}))
    assert [(s.text, s.type) for s in retyped] == [("长沙市湘江新区", "LOC"), ("湘江新区", "ORG")]
