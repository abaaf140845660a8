"""Spans read as names that name nobody (docs/quality.md, "Tenth round"), each a kind of
error seen on the blind dev sets:

1. **A country's side is the country, not a person**: 巴方欢迎…, 与葡方就… (the model reads
   巴方, 葡方 as people); as 中方 gives 中, the side gives its country's one character.
2. **A typhoon is no person**: 台风“杜苏芮” (the storms are given people's names).
3. **A counted body of a kind is no name**: 当地一家丝绸公司, 一家生物科技公司 (a firm of a
   trade, not named); not when the kind holds a place or a listed body (一家长沙公司,
   一家华为公司 keep their names).

Each is a shape (a character, quotation marks, a count), not a list of names. (Tried and
left out: a work's whole title read as a person, 《龙凤呈祥》, is no person; but a work is
often named after one: 《潘汉年》 on PFR.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_levers import COUNTRY_CHARS, PARTNER_CHARS

_SIDE_COUNTRIES = frozenset(COUNTRY_CHARS + PARTNER_CHARS)
_STORM = re.compile(r"(?:台风|热带风暴|飓风)[“\"]$")
_COUNT = re.compile(r"(?:[一这那该每几多]|\d+)(?:家|所|个)$")
_KINDS = re.compile(r"(?:公司|工厂|企业|医院|学校|合作社)$")


def sides_as_countries(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each person that is a country's one character and 方 read as that
    country (kind 1)."""
    return [Candidate(c.start, c.start + 1, "LOC", c.strength)
            if c.type == "PER" and c.end - c.start == 2 and text[c.start + 1] == "方"
            and text[c.start] in _SIDE_COUNTRIES else c for c in chosen]


def without_storms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the persons that are a storm's name (kind 2)."""
    return [c for c in chosen
            if not (c.type == "PER" and _STORM.search(text, max(0, c.start - 5), c.start))]


def without_counted_kinds(text: str, chosen: list[Candidate],
                          named: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` less the bodies of six characters or fewer, counted right before (一家,
    这所), that are a trade and a kind of body (kind 3); ``named``: whether a span of the
    text is a known place or a listed body (its name then stays)."""
    def unnamed(c: Candidate) -> bool:
        if c.type != "ORG" or c.end - c.start > 6 \
                or not _COUNT.search(text, max(0, c.start - 4), c.start):
            return False
        kind = _KINDS.search(text, c.start, c.end)
        return kind is not None and kind.start() > c.start and not any(
            named(c.start, end) for end in range(c.start + 2, kind.start() + 1))
    return [c for c in chosen if not unnamed(c)]
