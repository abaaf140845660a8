"""Pure rendering helpers for the reading pane (no Qt): where each styled run starts.

The reader shows three kinds of span at once (numbers, names, the user's highlights)
and they may overlap, so the text is cut at every span edge and at every paragraph
break; each resulting run knows which number, name and highlight cover it. A sweep
over sorted edges keeps this linear in the number of spans, which matters because it
runs on every article switch and every legend toggle.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    number: int | None = None  # index into the numbers list
    entity: int | None = None  # index into the entities list
    highlight: int | None = None  # index into the highlights list (topmost wins)


def _edges(text_len: int, breaks: Sequence[int], spans: Sequence[Sequence[Any]]):
    points = {0, text_len, *breaks}
    for group in spans:
        for span in group:
            points.add(max(0, min(text_len, span.start)))
            points.add(max(0, min(text_len, span.end)))
    return sorted(points)


def _events(spans: Sequence[Any]) -> list[tuple[int, int, int]]:
    """(position, +1 start / -1 end, index), ends sorted before starts at one position."""
    events = []
    for index, span in enumerate(spans):
        if span.end > span.start:
            events.append((span.start, 1, index))
            events.append((span.end, -1, index))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


class _Active:
    """The spans of one layer covering the current position; the latest started wins."""

    def __init__(self, spans: Sequence[Any]):
        self.events = _events(spans)
        self.cursor = 0
        self.live: list[int] = []

    def advance(self, position: int) -> int | None:
        while self.cursor < len(self.events) and self.events[self.cursor][0] <= position:
            _, step, index = self.events[self.cursor]
            if step > 0:
                self.live.append(index)
            elif index in self.live:
                self.live.remove(index)
            self.cursor += 1
        return self.live[-1] if self.live else None


def paragraph_starts(paragraphs: Sequence[str]) -> list[int]:
    starts, position = [], 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + 1  # the "\n" joining paragraphs
    return starts


def runs(
    text: str,
    paragraphs: Sequence[str],
    numbers: Sequence[Any] = (),
    entities: Sequence[Any] = (),
    highlights: Sequence[Any] = (),
) -> list[list[Run]]:
    """Runs per paragraph; offsets index ``text`` ("\\n".join(paragraphs)).

    Spans given here are the visible ones: the caller drops hidden layers first.
    """
    if not paragraphs:
        return []
    starts = paragraph_starts(paragraphs)
    ends = [start + len(p) for start, p in zip(starts, paragraphs, strict=True)]
    edges = _edges(len(text), starts + ends, (numbers, entities, highlights))
    layers = [_Active(numbers), _Active(entities), _Active(highlights)]
    result: list[list[Run]] = [[] for _ in paragraphs]
    paragraph = 0
    for left, right in itertools.pairwise(edges):
        while paragraph < len(ends) - 1 and left > ends[paragraph]:
            paragraph += 1
        if left >= ends[paragraph]:
            continue  # the newline between paragraphs is not drawn as text
        number, entity, highlight = (layer.advance(left) for layer in layers)
        result[paragraph].append(Run(left, right, number, entity, highlight))
    return result


def escape(text: str) -> str:
    """Article and note text is always data: markup in it is shown, never interpreted."""
    return html.escape(text, quote=True)
