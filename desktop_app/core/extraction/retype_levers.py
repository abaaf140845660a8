"""Names read as the wrong kind, or cut where a person's name is not (docs/quality.md,
"Eighth round"), each a kind of error seen on the second blind set:

1. **A country alone is a place**: 波兰、匈牙利、捷克 read as bodies in a list; so is a
   city abroad (符拉迪沃斯托克).
2. **Two one-character short names are two places** whatever they were read as: 深港
   (a body), 沪杭 (one place); not when the two are a place's own name (辽宁).
3. **A township is a place**: 加榜乡 read as a body; 鲁朗 of 鲁朗镇党委书记 is 鲁朗镇
   (a bare name: not 市委组织部 of 市委组织部乡党委书记培训班).
4. **A service before a rank is no part of a name**: 田峻 of 田峻海军大校.
5. **A compound surname opens a name**: 上官明远, 司徒永康 (jieba reads 上官 as a noun,
   永康 as a county); not a compound that is an everyday word (东方, 百里).
6. **A transliterated name goes on after a hyphen**: 哈桑·阿卜杜勒-马吉德 (the model reads
   two persons).
7. **A place of the world table cut short is the table's place**: 斯亚贝巴 of 亚的斯亚贝巴.
8. **The items of a numbered list of persons are persons** (twelfth round): in （1）克林顿
   （2）布什（3）戈尔 the model reads 布什 as a place, 哈塔米 as a body;
   where two thirds of the items that are names are persons, and two items at least, an
   item's name is a person. (Not the other way: a list of countries may hold 联合国. Nor
   an item's whole length: 王明同志 is 王明.)
10. **A person named after a post is that person all through the text** (thirteenth
   round): 主席阿拉法特 … 对阿拉法特的逝世 (the model reads the second as a place); the
   same name read as a place or a body elsewhere in the text is the person.
9. **What the words around a name say it is a place** (thirteenth round): the model reads
   transliterated cities as persons. A person is a place right after a capital's word
   (首府布拉戈维申斯克, 首都…), in a list closed by 等城市, 等地 or 等国 (拉姆安拉、纳布卢斯
   等城市), or between 在 and a verb of saying or holding (在马尼拉表示, 在…举行).
11. **A military command is a body** (fourteenth round): 湖南省军区, 天津警备区 (the
   model reads a place), and a theatre's service is part of its name (北部战区|陆军).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from desktop_app.core.extraction.body_levers import LIST_GLUE
from desktop_app.core.extraction.entity_rules import Candidate, after_title
from desktop_app.core.extraction.place_levers import (
    CHINA,
    COUNTRY_CHARS,
    PLACE_VERBS,
    PLACES_CLOSED,
    SHORT_NAMES,
)
from desktop_app.core.extraction.place_pairs import CITY_CHARS

_PAIR_CHARS = SHORT_NAMES | CITY_CHARS
# The last character of a body's name (市委组织部): no township's name before 乡党委.
_BODY_LAST = frozenset("部委局厅院会司处所办室团社队")
_SERVICE = r"(?:海军|空军|陆军|火箭军)"
_RANK = re.compile(_SERVICE + r"(?=[大上中少](?:校|将|尉))")


def world_names_as_places(text: str, chosen: list[Candidate], world: frozenset[str]
                        ) -> list[Candidate]:
    """``chosen`` with each body whose name is a country's or a city's abroad (the world
    table's), and nothing more, a place."""
    return [Candidate(c.start, c.end, "LOC", c.strength)
            if c.type == "ORG" and text[c.start:c.end] in world else c for c in chosen]


# What follows two short names counted as two places (苏浙|两省, 京沪|两地): no person.
_TWO_OF = re.compile(r"两(?:省|地|市|国|区|县|岸|方)")


def pairs_as_places(text: str, chosen: list[Candidate],
                    known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each two-character place or body made of two different short
    names split into two places (kind 2), and so a "person" the text counts as two places
    (苏浙两省); a province's short name and 中 is its centre (鲁中, 湘中), not a pair."""
    out: list[Candidate] = []
    for c in chosen:
        pair = text[c.start:c.end]
        if (c.type in ("LOC", "ORG") or (c.type == "PER" and _TWO_OF.match(text, c.end)))\
                and len(pair) == 2 and pair[0] != pair[1] \
                and not (pair[0] in CHINA and pair[1] in CHINA) \
                and not (pair[1] == "中" and pair[0] not in COUNTRY_CHARS) \
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
        elif c.type == "ORG" and 2 <= c.end - c.start <= 4 and c.end < len(text) \
                and text[c.end - 1] not in _BODY_LAST \
                and text[c.end] in "乡镇" and text.startswith("党委", c.end + 1):
            c = Candidate(c.start, c.end + 1, "LOC", c.strength)
        out.append(c)
    return out


def without_services(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a person's name cut before a service and a rank (kind 4)."""
    out = []
    for c in chosen:
        service = _RANK.search(text, c.start, c.end + 3) if c.type == "PER" else None
        if service and service.start() > c.start + 1 and service.start() < c.end:
            c = Candidate(c.start, service.start(), "PER", c.strength)
        out.append(c)
    return out


# Compound surnames that are everyday words as well (东方 "the east", 西门 of 西门子,
# 百里 "a hundred li"): left alone, as jieba's dictionary tags words like 明白 and 杜鹃
# as names, so that 东方明白了 and 百里杜鹃 (a scenic area) would read as persons.
_EVERYDAY_COMPOUNDS = frozenset(("东方", "西门", "南宫", "百里", "长孙", "公孙"))
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# What jieba makes of an unusual given name: a name, an adjective (明远/a), a place
# (永康/ns), a word it does not know (建华/nz). Not a noun (女士, 方面), a time (昨天),
# an adverb (正在) or a verb (答道): those follow a surname used alone; nor a family's
# word (家族/nz, 后裔).
_GIVEN_TAGS = _NAME_TAGS | {"a", "ns", "nz"}
_FAMILY_WORDS = frozenset(("家族", "宗亲", "后裔", "后人", "世家", "宗祠", "家谱", "氏族"))
_NOT_GIVEN = frozenset("的是在和与了也都就又等及")
# A given name never ends in a division's or a feature's word: 诸葛镇, 皇甫村, 欧阳路 are
# places named after the family.
_PLACE_LAST = frozenset("镇村乡县市区街路山湖江河港岛州省庄寨屯湾")


# jieba's tags of a character it could not join to a word that may be half a given name:
# a bound morpheme (婉/dg, 瑾/ng) or an adjective (清/a); not a verb (亮|说), a noun or a
# function word.
_HALF_GIVEN_TAGS = frozenset({"a", "ag", "dg", "ng", "vg", "tg", "zg", "rg", "mg"})


def _one_bound(text: str, word: tuple[int, int, str]) -> bool:
    """``word`` may be half of a given name jieba cut in two (see _HALF_GIVEN_TAGS)."""
    start, end, tag = word
    return end - start == 1 and text[start] not in _NOT_GIVEN and tag in _HALF_GIVEN_TAGS


def rejoined_compound_surnames(text: str, chosen: list[Candidate],
                               surnames: frozenset[str]) -> list[Candidate]:
    """``chosen`` (sorted by start) with a one-character person right before a person whose
    first character completes a compound surname joined to it (司|马俊峰 → 司马俊峰): no
    one is named by one character before another name."""
    out: list[Candidate] = []
    for cand in chosen:
        last = out[-1] if out else None
        if last is not None and last.type == cand.type == "PER" and last.end == cand.start \
                and last.end - last.start == 1 \
                and text[last.start:cand.start + 1] in surnames:
            out[-1] = Candidate(last.start, cand.end, "PER", max(last.strength, cand.strength))
        else:
            out.append(cand)
    return out


def compound_surname_persons(text: str, chosen: list[Candidate],
                             words: Iterable[tuple[int, int, str]],
                             surnames: frozenset[str]) -> list[Candidate]:
    """``chosen`` with each compound surname and the one- or two-character given name
    jieba cut after it read as a person (kind 5), where no longer name holds them."""
    listed = list(words)
    persons: list[Candidate] = []
    for k, (start, end, _tag) in enumerate(listed[:-1]):
        surname = text[start:end]
        if len(surname) != 2 or surname not in surnames or surname in _EVERYDAY_COMPOUNDS \
                or (persons and start < persons[-1].end):
            continue
        g_start, g_end, g_tag = listed[k + 1]
        given = text[g_start:g_end]
        next_at = k + 2
        if next_at < len(listed) and _one_bound(text, listed[k + 1]) \
                and _one_bound(text, listed[next_at]):
            # jieba cut an unusual given name into its two characters: 上官|婉|清
            g_end, given, g_tag = listed[next_at][1], text[g_start:listed[next_at][1]], "nz"
            next_at += 1
        if len(given) == 2 and given[-1] == "说":
            g_end, given = g_end - 1, given[:1]  # 上官|林说: jieba glued the verb on
        if not 1 <= len(given) <= 2 or not given.isalpha() or given[0] in _NOT_GIVEN \
                or given[-1] in _PLACE_LAST:
            continue
        if g_tag not in _GIVEN_TAGS or given in _FAMILY_WORDS:
            continue
        after = listed[next_at][2] if next_at < len(listed) else "x"
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
                held_by[c] = i  # a piece of the name (永康 read as a county)
            else:
                blocked.add(i)  # a longer name holds it (欧阳修纪念馆)
    out = [c for c in chosen if held_by.get(c, -1) in blocked or c not in held_by]
    out.extend(p for i, p in enumerate(persons) if i not in blocked)
    return sorted(out, key=lambda c: c.start)


HYPHENS = "-－‐"  # the hyphens a transliterated name is printed with


def hyphened_persons(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` (sorted by start on the way out) with a transliterated person (a middle
    dot in it), a hyphen and the person right after it as one person (kind 6)."""
    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        last = out[-1] if out else None
        if last is not None and c.type == "PER" and last.type == "PER" \
                and c.start == last.end + 1 and text[last.end] in HYPHENS \
                and "·" in text[last.start:last.end]:
            out[-1] = Candidate(last.start, c.end, "PER", max(last.strength, c.strength))
        else:
            out.append(c)
    return out


_REACH = 6  # characters a place of the world table may open before the place found


def world_places_whole(text: str, chosen: list[Candidate], world: frozenset[str]
                       ) -> list[Candidate]:
    """``chosen`` with each place that a longer place of the world table holds, within
    ``_REACH`` characters, grown to it (kind 7), where no other name is in the way."""
    by_first = _by_first(world)
    ordered = sorted(chosen, key=lambda c: c.start)
    out = list(ordered)
    for k, c in enumerate(ordered):
        if c.type != "LOC":
            continue
        low = ordered[k - 1].end if k else 0
        high = ordered[k + 1].start if k + 1 < len(ordered) else len(text)
        best = (c.start, c.end)
        for start in range(max(low, c.start - _REACH), c.start + 1):
            for name in by_first.get(text[start], ()):
                end = start + len(name)
                if c.end <= end <= high and end - start > best[1] - best[0] \
                        and text.startswith(name, start):
                    best = (start, end)
        if best != (c.start, c.end):
            out[k] = Candidate(*best, "LOC", c.strength)
    return out


@lru_cache(maxsize=2)
def _by_first(world: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The world table's names of three characters or more by their first character."""
    table: dict[str, list[str]] = {}
    for name in world:
        if len(name) >= 3:
            table.setdefault(name[0], []).append(name)
    return {first: tuple(names) for first, names in table.items()}


# An item of a numbered list: its marker, then two to eight characters up to the next
# marker, punctuation or the end.
_ITEM = re.compile(r"(?:[（(][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑳])([\u4e00-\u9fff·]{2,8})"
                   r"(?=[（(①-⑳，。；、\s]|$)")


def numbered_persons(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the names of a numbered list of persons made persons (kind 8)."""
    items = [(m.start(1), m.end(1)) for m in _ITEM.finditer(text)]
    if len(items) < 2:
        return chosen
    opening = {c.start: c for c in chosen}
    named = [(span, opening[span[0]]) for span in items
             if span[0] in opening and opening[span[0]].end <= span[1]]
    persons = sum(c.type == "PER" for _span, c in named)
    if len(named) < 2 or persons * 3 < len(named) * 2:
        return chosen
    alike = {c: Candidate(c.start, c.end, "PER", c.strength) for _span, c in named}
    return [alike.get(c, c) for c in chosen]


_CAPITAL_BEFORE = ("首都", "首府", "省会", "州府")


def persons_as_places(text: str, chosen: list[Candidate],
                      words: Iterable[tuple[int, int, str]]) -> list[Candidate]:
    """``chosen`` (sorted by start) with each person the words around it say is a place
    made a place (kind 9). Between 在 and a verb only where jieba reads the name as a
    place or a transliteration (马尼拉), not as a Chinese person's name (在王五表示…后)."""
    tags = {(s, e): tag for s, e, tag in words}
    places = set()
    for k, cand in enumerate(chosen):
        if cand.type != "PER":
            continue
        if text.endswith(_CAPITAL_BEFORE, 0, cand.start) \
                or (text[cand.start - 1:cand.start] == "在"
                    and text.startswith(PLACE_VERBS, cand.end)
                    and tags.get((cand.start, cand.end)) in ("ns", "nrt")):
            places.add(k)
    for k, cand in enumerate(chosen):  # a list of places: back from 等城市 over 、
        if not PLACES_CLOSED.match(text, cand.end):
            continue
        j = k
        while j >= 0 and chosen[j].type in ("PER", "LOC"):
            places.add(j)
            if j == 0 or chosen[j - 1].end + 1 != chosen[j].start \
                    or text[chosen[j - 1].end] not in LIST_GLUE:
                break
            j -= 1
    if not places:
        return chosen
    return [Candidate(c.start, c.end, "LOC", c.strength) if k in places and c.type == "PER"
            else c for k, c in enumerate(chosen)]


def persons_all_through(text: str, chosen: list[Candidate], titles: frozenset[str]
                        ) -> list[Candidate]:
    """``chosen`` with each name a post names as a person somewhere in the text made a
    person wherever else it was read as a place or a body (kind 10)."""
    posted = {text[c.start:c.end] for c in chosen if c.type == "PER"
              and c.end - c.start >= 2 and after_title(text, c.start, titles)}
    if not posted:
        return chosen
    return [Candidate(c.start, c.end, "PER", c.strength)
            if c.type != "PER" and text[c.start:c.end] in posted else c for c in chosen]


# Commands of the armed forces: a body, never a place (湖南省军区, 天津警备区), and a
# theatre's service is the theatre's (北部战区|陆军; fourteenth round).
_COMMANDS = ("军区", "警备区", "卫戍区")
_SERVICES = re.compile(_SERVICE)


def commands_as_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each name ending in a military command a body, and a theatre
    command that the name of a service follows given it."""
    out = []
    for c in chosen:
        if c.type == "LOC" and text.endswith(_COMMANDS, c.start, c.end):
            c = Candidate(c.start, c.end, "ORG", c.strength)
        if c.type == "ORG" and text.endswith("战区", c.start, c.end):
            service = _SERVICES.match(text, c.end)
            if service is not None:
                c = Candidate(c.start, service.end(), "ORG", c.strength)
        out.append(c)
    return out
