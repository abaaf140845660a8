"""Building and reading the name candidates the extraction levers take and give."""

from __future__ import annotations

from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.words import tokenize


def typed(found: list[Candidate]) -> list[tuple[int, int, str]]:
    """The candidates as (start, end, type)."""
    return [(c.start, c.end, c.type) for c in found]


def texts(text: str, found: list[Candidate]) -> list[tuple[str, str]]:
    """The candidates as (their text, type)."""
    return [(text[c.start:c.end], c.type) for c in found]


def at(text: str, name: str, kind: str) -> Candidate:
    """A candidate of ``kind`` over the first ``name`` in ``text``."""
    start = text.index(name)
    return Candidate(start, start + len(name), kind, 3)


def names(text: str) -> list[tuple[str, str]]:
    """The names the product finds in ``text``, as (their text, type)."""
    return [(e.text, e.type) for e in find_entities(text)]


def words(text: str) -> list[tuple[int, int, str]]:
    """jieba's words of ``text`` as the levers take them: (start, end, flag)."""
    return [(t.start, t.end, t.flag) for t in tokenize(text)]
