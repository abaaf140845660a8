"""Offsets in an article's text ↔ positions in the reading pane's document.

The pane draws each subhead as a block of its own between two paragraphs, but a
subhead is not part of ``ArticleDetail.text`` (highlights, names and numbers are offsets
into that text, stored and exported as such). So a document position is the text offset
moved on by every subhead block drawn before it; a position inside a subhead maps to the
start of the paragraph it heads. Plain Python: no Qt, and no dataclasses (the
first frame imports this module and leaves dataclasses for later: tests/ui/test_app.py).
"""

from __future__ import annotations

from collections.abc import Sequence


class BodyMap:
    __slots__ = ("body_start", "inserts")

    def __init__(self, body_start: int, inserts: tuple[tuple[int, int], ...] = ()) -> None:
        self.body_start = body_start  # document position of the first paragraph's start
        # (text offset where the paragraph under a subhead starts, characters the
        # subhead's block takes in the document: its text and a block separator)
        self.inserts = inserts

    @staticmethod
    def of(body_start: int, paragraphs: Sequence[str],
           heads: Sequence[tuple[str, int]]) -> BodyMap:
        """The map for ``paragraphs`` with ``heads`` (subhead, paragraph it stands before)
        drawn in place; those before the first paragraph or after the last move nothing."""
        starts, offset = [], 0
        for paragraph in paragraphs:
            starts.append(offset)
            offset += len(paragraph) + 1
        inserts = tuple((starts[before], len(text) + 1) for text, before in heads
                        if 0 < before < len(paragraphs))
        return BodyMap(body_start, inserts)

    def to_document(self, offset: int) -> int:
        return self.body_start + offset + sum(size for at, size in self.inserts if at <= offset)

    def to_text(self, position: int) -> int:
        """The text offset at a document position (clamped at 0 before the body)."""
        relative, moved = position - self.body_start, 0
        for at, size in self.inserts:
            if relative < at + moved:
                break
            if relative < at + moved + size:
                return at  # inside a subhead: where the paragraph under it starts
            moved += size
        return max(0, relative - moved)

    def in_subhead(self, position: int) -> bool:
        """Is the document position inside a subhead drawn between two paragraphs?"""
        relative, moved = position - self.body_start, 0
        for at, size in self.inserts:
            if at + moved <= relative < at + moved + size:
                return True
            moved += size
        return False
