"""Numbers and entities of a text in one call (the analysis layer's public entry).

Wrapped lines are joined once (:mod:`wraps`), both extractors run on the joined text,
and every span is mapped back, so offsets always index the text the caller passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from desktop_app.core.extraction.entities import find_entities_joined
from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.extraction.wraps import JoinedText, join_wraps
from desktop_app.core.spans import Analysis, Corrections, EntitySpan, NumberSpan


def analyse(text: str, corrections: Corrections | None = None, *,
            use_model: bool = True) -> Analysis:
    """Find the numbers and the named entities in ``text``.

    The name tagger loads on the first call (:mod:`ner_model`): call this from a worker,
    never from the UI thread. ``use_model=False``: jieba and the rules alone.
    """
    joined = join_wraps(text)
    numbers = [_back(joined, text, n) for n in find_numbers(joined.text)]
    entities = [_back(joined, text, e)
                for e in find_entities_joined(joined.text, corrections, use_model=use_model)]
    return Analysis(numbers=numbers, entities=entities)


def analyse_many(
    texts: Iterable[str], corrections: Corrections | None = None
) -> Iterator[Analysis]:
    """:func:`analyse` over many texts; the tagger loads once, on the first text."""
    for text in texts:
        yield analyse(text, corrections)


S = TypeVar("S", NumberSpan, EntitySpan)


def _back(joined: JoinedText, text: str, span: S) -> S:
    start, end = joined.span_back(span.start, span.end)
    if (start, end) == (span.start, span.end):
        return span
    return replace(span, start=start, end=end, text=text[start:end])
