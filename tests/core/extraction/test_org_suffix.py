"""Which organisation suffix a word ends with: the longest, looked up by the word's
endings (the rules ask it of every token)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.extraction.dictionaries import lexicon

LEX = lexicon()
# Words built from the suffixes' own characters and pieces of them, so that endings
# overlap the way real names do (…管理局 / …局, …有限公司 / …公司).
PIECES = sorted({s[i:] for s in LEX.org_suffixes for i in range(len(s))} | set("的和长沙市"))


def longest_in_turn(word: str) -> str | None:
    """What the rule means, spelled out: each suffix tried, longest first."""
    for suffix in LEX.org_suffixes:
        if word.endswith(suffix) and (len(suffix) > 1 or word == suffix):
            return suffix
    return None


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join))
def test_the_suffix_is_the_longest_the_word_ends_with(word: str) -> None:
    assert LEX.org_suffix(word) == longest_in_turn(word)


def test_a_one_character_suffix_counts_only_as_a_word_of_its_own() -> None:
    assert LEX.org_suffix("局") == "局"
    assert LEX.org_suffix("布局") is None  # a layout, not an office
    assert LEX.org_suffix("长沙市监督管理局") == "监督管理局"
