"""Text offsets ↔ document positions with subhead blocks drawn between paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.ui.reader_offsets import BodyMap


def _document(body_start: int, paragraphs: list[str], heads: list[tuple[str, int]]) -> str:
    """The document text the pane builds: header, then subheads and paragraphs as blocks."""
    blocks = ["x" * (body_start - 1)]
    blocks += [text for text, before in heads if before == 0]
    for index, paragraph in enumerate(paragraphs):
        if index:
            blocks += [text for text, before in heads if before == index]
        blocks.append(paragraph)
    blocks += [text for text, before in heads if before >= len(paragraphs)]
    return "\n".join(blocks)


@given(
    st.lists(st.text("甲乙丙。", min_size=1, max_size=6), min_size=1, max_size=5),
    st.lists(st.tuples(st.text("一二", min_size=1, max_size=4), st.integers(0, 6)),
             max_size=4),
)
def test_every_character_of_the_text_is_found_where_it_is_drawn(paragraphs, heads) -> None:
    heads = sorted(heads, key=lambda h: h[1])
    text = "\n".join(paragraphs)
    # body_start counts the subheads drawn above the first paragraph too.
    body_start = 3 + sum(len(t) + 1 for t, before in heads if before == 0)
    document = _document(3, paragraphs, heads)
    offsets = BodyMap.of(body_start, paragraphs, heads)
    for offset, char in enumerate(text):
        position = offsets.to_document(offset)
        assert document[position] == char
        assert offsets.to_text(position) == offset
    assert offsets.to_text(offsets.to_document(len(text))) == len(text)


def test_a_position_inside_a_subhead_maps_to_the_paragraph_it_heads() -> None:
    offsets = BodyMap.of(10, ["甲乙。", "丙丁。"], [("小标题", 1)])
    # document: 甲乙。 ⏎ 小标题 ⏎ 丙丁。 — the subhead takes positions 14..17
    assert [offsets.to_text(p) for p in range(10, 22)] == [0, 1, 2, 3, 4, 4, 4, 4, 4, 5, 6, 7]
    assert [p for p in range(10, 22) if offsets.in_subhead(p)] == [14, 15, 16, 17]
