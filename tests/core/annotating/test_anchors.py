"""A highlighted passage is found again in changed text, or nowhere."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.annotating.anchors import anchor

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)


@given(
    before=st.text(CJK, min_size=40, max_size=200),
    inserted=st.text(CJK, min_size=1, max_size=30),
    data=st.data(),
)
@settings(max_examples=200, deadline=None)
def test_a_quote_is_found_again_after_text_is_inserted_elsewhere(
    before: str, inserted: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(before) - 2))
    end = data.draw(st.integers(start + 1, min(len(before), start + 12)))
    quote = before[start:end]
    prefix, suffix = before[max(0, start - 32):start], before[end:end + 32]
    at = data.draw(st.sampled_from([p for p in range(len(before) + 1) if p <= start or p >= end]))
    after = before[:at] + inserted + before[at:]
    found = anchor(after, quote, prefix, suffix, start)
    assert found is not None and after[found[0]:found[1]] == quote
    shift = len(inserted) if at <= start else 0
    # Context decides between repeated quotes: the original occurrence wins unless the
    # insertion made another occurrence with identical surroundings.
    if after.count(quote) == 1:
        assert found == (start + shift, end + shift)


def test_a_removed_quote_is_not_anchored_anywhere() -> None:
    assert anchor("一二三四五六七八九十", "甲乙", "一二", "三四", 2) is None
