"""Span types produced by the analysis layer (numbers and entities).

Offsets are Python ``str`` indices into the analysed text, end exclusive. The UI alone
decides how a span looks; here a span only says what it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict


# The JSON shapes below are what the library stores per article and what the CLI prints:
# spelled out, so adding a field to a span does not change the file format unnoticed.
class NumberSpanDict(TypedDict):
    start: int
    end: int
    text: str
    kind: str
    value: float | None
    value_max: float | None
    unit: str
    approx: str
    iso: str | None


class EntitySpanDict(TypedDict):
    start: int
    end: int
    text: str
    type: str


class AnalysisDict(TypedDict):
    numbers: list[NumberSpanDict]
    entities: list[EntitySpanDict]


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    text: str
    kind: str  # one of vocabulary.NUMBER_KINDS
    value: float | None = None
    value_max: float | None = None  # upper bound of a range ("5%至10%")
    unit: str = ""
    approx: str = ""  # the qualifier as printed: 近, 超, 约, 多, 余, 左右, 以上 …
    iso: str | None = None  # complete dates only: "2025-03-30"

    def to_dict(self) -> NumberSpanDict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
            "value": self.value, "value_max": self.value_max, "unit": self.unit,
            "approx": self.approx, "iso": self.iso,
        }


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    text: str
    type: str  # one of vocabulary.ENTITY_TYPES

    def to_dict(self) -> EntitySpanDict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type}


@dataclass
class Corrections:
    """The user's corrections to entity recognition, applied to every article.

    ``added`` maps a word to the type it must get wherever it occurs; ``removed`` holds
    words that are never entities; ``retyped`` maps a recognised word to another type.
    """

    added: dict[str, str] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    retyped: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.retyped)


@dataclass
class Analysis:
    numbers: list[NumberSpan] = field(default_factory=list)
    entities: list[EntitySpan] = field(default_factory=list)

    def to_dict(self) -> AnalysisDict:
        return {
            "numbers": [n.to_dict() for n in self.numbers],
            "entities": [e.to_dict() for e in self.entities],
        }
