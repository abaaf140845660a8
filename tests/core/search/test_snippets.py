"""A result's snippet: the text around the first hit, every hit inside it marked, a hit
never cut at the right edge. ``make_snippet`` stops looking for hits past the snippet;
what it shows must be what cutting from every hit of the text shows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.search.text import (
    ELLIPSIS,
    SNIPPET_AFTER,
    cut_snippet,
    find_hits,
    make_snippet,
)

# Few letters, so terms overlap, repeat and chain into long merged hits; spaces and
# newlines, which a term may span; full-width forms, which fold onto the query's; the
# terms themselves, so the text holds them; runs of filler, short or about the
# snippet's length, so hits fall on either side of its end.
TERMS = st.lists(st.text(alphabet="湘江湖南aA,", min_size=1, max_size=4), min_size=1,
                 max_size=3)
FILLER = st.one_of(st.integers(0, 6), st.integers(SNIPPET_AFTER - 8, SNIPPET_AFTER + 2))


@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_the_snippet_is_the_one_cut_from_every_hit(data: st.DataObject) -> None:
    terms = data.draw(TERMS)
    parts = st.one_of(st.sampled_from(terms), st.text(alphabet="湘江湖南ab A\n　ａ，,",
                                                      max_size=6), FILLER.map("。".__mul__))
    text = "".join(data.draw(st.lists(parts, min_size=4, max_size=30)))
    assert make_snippet(text, terms) == cut_snippet(text, find_hits(text, terms))


def test_a_hit_across_the_snippet_s_edge_is_whole_and_later_ones_are_left_out() -> None:
    edge = SNIPPET_AFTER - 1  # the second hit starts inside the snippet, ends after it
    text = "湖南" + "。" * (edge - 2) + "湖南" + "。" * 200 + "湖南"
    snippet, marks = make_snippet(text, ["湖南"]) or ("", [])
    assert [snippet[s:e] for s, e in marks] == ["湖南", "湖南"]
    assert snippet == text[:edge + 2] + ELLIPSIS
