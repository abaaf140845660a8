"""Numbers and entities of a text in one call (the analysis layer's public entry).

Wrapped lines are joined once (:mod:`wraps`), both extractors run on the joined text,
and every span is mapped back, so offsets always index the text the caller passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from desktop_app.core.extraction.entities import find_entities_many
from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.extraction.wraps import JoinedText, join_wraps
from desktop_app.core.spans import Analysis, Corrections, EntitySpan, NumberSpan


def analyse(text: str, corrections: Corrections | None = None, *,
            use_model: bool = True) -> Analysis:
    """Find the numbers and the named entities in ``text``.

    The name tagger loads on the first call (:mod:`ner_model`): call this from a worker,
    never from the UI thread. ``use_model=False``: jieba and the rules alone.
    """
    return _analyse_group([text], corrections, use_model)[0]


def analyse_many(
    texts: Iterable[str], corrections: Corrections | None = None, *, use_model: bool = True
) -> Iterator[Analysis]:
    """:func:`analyse` of each text, in order. The name model reads the texts in groups
    of about :data:`GROUP_CHARS` characters, one batched pass a group (the articles of a
    page go through together: fuller batches, fewer calls); the results are the same."""
    group: list[str] = []
    size = 0
    for text in texts:
        group.append(text)
        size += len(text)
        if size >= GROUP_CHARS:
            yield from _analyse_group(group, corrections, use_model)
            group, size = [], 0
    if group:
        yield from _analyse_group(group, corrections, use_model)


GROUP_CHARS = 50_000  # a newspaper page is 5,000–10,000 characters


def _analyse_group(texts: list[str], corrections: Corrections | None, use_model: bool
                   ) -> list[Analysis]:
    joined = [join_wraps(text) for text in texts]
    names = find_entities_many([j.text for j in joined], corrections, use_model=use_model)
    return [Analysis(numbers=[_back(j, text, n) for n in find_numbers(j.text)],
                     entities=[_back(j, text, e) for e in entities])
            for text, j, entities in zip(texts, joined, names, strict=True)]


S = TypeVar("S", NumberSpan, EntitySpan)


def _back(joined: JoinedText, text: str, span: S) -> S:
    start, end = joined.span_back(span.start, span.end)
    if (start, end) == (span.start, span.end):
        return span
    return replace(span, start=start, end=end, text=text[start:end])
