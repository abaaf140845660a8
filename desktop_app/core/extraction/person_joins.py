"""Persons the model reads in pieces or with a word glued on (twelfth round;
docs/quality.md), each a shape, not a list of names:

1. **A surname and the given name right after it are one person**: the model reads
   查阜西 as 查 and 阜西, two persons with nothing between them. A one-character person
   that is a shipped surname, followed at once by a person of one or two characters, is
   one person of two or three characters; two full names printed side by side (a photo
   caption's 黄菊陈慕华) stay two: the first is longer than a surname.
2. **The 应 of "应…邀请" is no part of the name after it** (at the invitation of): the
   model reads 应塞迪略总统的邀请 with 应 in the person. A person of three characters or
   more that opens a clause on 应, with 邀 before the clause ends, starts one character
   later; not a body (应急管理部邀请…, 应城市委邀请…: the body invites), not a person
   who is invited (应宜伦同志应邀…: 应 is the surname), nor the two-character 应勇.
"""

from __future__ import annotations

import itertools
import re

from desktop_app.core.extraction.entity_rules import Candidate

# "应…邀请", "应…之邀": 邀 before the clause ends, a title or two after the name; not
# the 邀 of 应邀 (the person is invited).
_INVITED = re.compile(r"[^，。；！？、\n]{0,12}?(?<!应)邀")
_CLAUSE_START = frozenset("，。；：！？、“”（）《》 \n\u3000")


def joined_person_pieces(text: str, chosen: list[Candidate], surnames: frozenset[str]
                         ) -> list[Candidate]:
    """``chosen`` with a surname's person and its given name's person joined (1 of the
    module doc)."""
    persons = sorted((c for c in chosen if c.type == "PER"), key=lambda c: c.start)
    joins: dict[Candidate, Candidate] = {}
    for first, second in itertools.pairwise(persons):
        if first.end - first.start != 1 or text[first.start] not in surnames \
                or first in joins:
            continue
        if second.start == first.end and second.end - second.start <= 2:
            joins[first] = Candidate(first.start, second.end, "PER",
                                     max(first.strength, second.strength))
            joins[second] = joins[first]
    if not joins:
        return chosen
    out = [c for c in chosen if c not in joins]
    out.extend({id(j): j for j in joins.values()}.values())
    return sorted(out, key=lambda c: c.start)


def without_invitation_opener(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the 应 of "应…邀请" taken off the name after it (2 of the module
    doc)."""
    out = []
    for c in chosen:
        if c.type == "PER" and text[c.start] == "应" and c.end - c.start >= 3 \
                and (c.start == 0 or text[c.start - 1] in _CLAUSE_START) \
                and _INVITED.match(text, c.end):
            c = Candidate(c.start + 1, c.end, c.type, c.strength)
        out.append(c)
    return out
