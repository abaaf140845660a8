"""Names read as the wrong kind, or cut where a person's name is not (docs/quality.md,
"Eighth round"), each a kind of error seen on the second blind set:

1. **A country alone is a place**: 波兰、匈牙利、捷克 read as bodies in a list.
2. **Two one-character short names are two places** whatever they were read as: 深港
   (a body), 沪杭 (one place); not when the two are a place's own name (辽宁).
3. **A township is a place**: 加榜乡 read as a body; 鲁朗 of 鲁朗镇党委书记 is 鲁朗镇.
4. **A side named by its country is the country**: 葡方, 阿方 read as persons are 葡, 阿
   (as 中方 gives 中).
5. **A service before a rank is no part of a name**: 田峻 of 田峻海军大校.
6. **A compound surname opens a name**: 上官明远, 司徒永康, 东方国栋 (jieba reads 上官 as a
   noun, 永康 as a county, 东方 as a direction).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_levers import PARTNER_CHARS, SHORT_NAMES

# One-character short names of cities that news pairs (沪杭, 深港, 京沪): with the
# provinces' and countries', what a pair of places is made of.
_CITY_CHARS = frozenset("杭深穗厦甬榕蓉汉")
_PAIR_CHARS = SHORT_NAMES | _CITY_CHARS
_CHINA = "中华"  # 中华 names China once, not two places
_RANK = re.compile(r"(?:海军|空军|陆军|火箭军)(?=[大上中少](?:校|将|尉))")


def countries_as_places(text: str, chosen: list[Candidate], countries: frozenset[str]
                        ) -> list[Candidate]:
    """``chosen`` with each body whose name is a country's, and nothing more, a place."""
    return [Candidate(c.start, c.end, "LOC", c.strength)
            if c.type == "ORG" and text[c.start:c.end] in countries else c for c in chosen]


def pairs_as_places(text: str, chosen: list[Candidate],
                    known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each two-character place or body made of two different short
    names split into two places (kind 2)."""
    out: list[Candidate] = []
    for c in chosen:
        pair = text[c.start:c.end]
        if c.type in ("LOC", "ORG") and len(pair) == 2 and pair[0] != pair[1] \
                and not (pair[0] in _CHINA and pair[1] in _CHINA) \
                and pair[0] in _PAIR_CHARS and pair[1] in _PAIR_CHARS \
                and not known_place(c.start, c.end):
            out.extend(Candidate(k, k + 1, "LOC", c.strength) for k in (c.start, c.start + 1))
        else:
            out.append(c)
    return out


def townships_as_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each body named like a township (…乡, …镇) a place, and a body cut
    before its township's 镇党委 given its 镇 back as a place (kind 3)."""
    out = []
    for c in chosen:
        if c.type == "ORG" and c.end - c.start >= 3 and text[c.end - 1] in "乡镇":
            c = Candidate(c.start, c.end, "LOC", c.strength)
        elif c.type == "ORG" and c.end - c.start >= 2 and c.end < len(text) \
                and text[c.end] in "乡镇" and text.startswith("党委", c.end + 1):
            c = Candidate(c.start, c.end + 1, "LOC", c.strength)
        out.append(c)
    return out


def sides_as_countries(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each person read in a side (葡方) the side's country (kind 4)."""
    return [Candidate(c.start, c.start + 1, "LOC", c.strength)
            if c.type == "PER" and c.end - c.start == 2 and text[c.start + 1] == "方"
            and (text[c.start] in SHORT_NAMES or text[c.start] in PARTNER_CHARS) else c
            for c in chosen]


def without_services(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a person's name cut before a service and a rank (kind 5)."""
    out = []
    for c in chosen:
        service = _RANK.search(text, c.start, c.end + 3) if c.type == "PER" else None
        if service and service.start() > c.start + 1 and service.start() < c.end:
            c = Candidate(c.start, service.start(), "PER", c.strength)
        out.append(c)
    return out


# Compound surnames that are everyday words as well (东方 "the east", 西门 of 西门子,
# 百里 "a hundred li"): a name after them only where jieba reads one.
_EVERYDAY_COMPOUNDS = frozenset(("东方", "西门", "南宫", "百里", "长孙", "公孙"))
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
_GIVEN_TAGS = _NAME_TAGS | {"a", "n", "ns", "nz", "ng", "j", "t"}
_NOT_GIVEN = frozenset("的是在和与了也都就又等及")
# A verb of saying or a function word jieba glued onto a one-character given name (文说,
# 清在): the name is the surname and the character before it.
_GLUED = _NOT_GIVEN | frozenset("说称讲道问答笑")


def compound_surname_persons(text: str, chosen: list[Candidate],
                             words: Iterable[tuple[int, int, str]],
                             surnames: frozenset[str]) -> list[Candidate]:
    """``chosen`` with each compound surname and the one- or two-character given name
    jieba cut after it read as a person (kind 6), where no longer name holds them."""
    listed = list(words)
    persons = []
    for k, (start, end, _tag) in enumerate(listed[:-1]):
        surname = text[start:end]
        if len(surname) != 2 or surname not in surnames:
            continue
        g_start, g_end, g_tag = listed[k + 1]
        glued = g_end - g_start == 2 and text[g_end - 1] in _GLUED
        if glued:
            g_end -= 1  # the glued word's tag (明说/v) says nothing of the name
        given = text[g_start:g_end]
        if not 1 <= len(given) <= 2 or not given.isalpha() or given[0] in _NOT_GIVEN:
            continue
        if surname in _EVERYDAY_COMPOUNDS:
            if glued or g_tag not in _NAME_TAGS:
                continue
        elif not glued and g_tag not in _GIVEN_TAGS:
            continue
        after = listed[k + 2][2] if k + 2 < len(listed) else "x"
        if after in ("n", "nr", "ns", "nt", "nz") and len(given) == 1:
            continue  # 上官/明/… a one-character piece inside a longer word
        persons.append(Candidate(start, g_end, "PER", 3))
    if not persons:
        return chosen
    # Marks, not pairwise comparisons: a line may hold thousands of names (linear time).
    owner = [-1] * (len(text) + 1)
    for i, person in enumerate(persons):
        owner[person.start:person.end] = [i] * (person.end - person.start)
    held_by: dict[Candidate, int] = {}
    blocked: set[int] = set()
    for c in chosen:
        for i in {owner[k] for k in range(c.start, c.end)} - {-1}:
            if persons[i].start <= c.start and c.end <= persons[i].end:
                held_by[c] = i  # a piece of the name (永康; 东方国栋 as a place)
            else:
                blocked.add(i)  # a longer name holds it (欧阳修纪念馆)
    out = [c for c in chosen if held_by.get(c, -1) in blocked or c not in held_by]
    out.extend(p for i, p in enumerate(persons) if i not in blocked)
    return sorted(out, key=lambda c: c.start)
