"""Levers for places that news names and the model misses or mistypes (issue 12, third
round; docs/quality.md): each a kind of error, fixed by a shape or by a shipped table, not
by a list of the dev sets' words.

1. **A country is no person**: the model reads transliterated country names as people
   (马拉维 正好…, 圭亚|那总理). A person that is, or that jieba's word completes into, a
   country or region of the world table (``world_places.txt``, built from CLDR) is that
   place; a city of the table only fills a gap or completes a place (cities are often named
   after people: 达尔文 is mostly the naturalist, and the model's reading stands), or, read
   as a person, is a place where a list of places ends after it (卡萨布兰卡等地) or a
   meeting is held there (在利雅得举行; seventh round). A
   country the model read takes jieba's word for its formal name (以色列|国, 俄罗斯|联邦).
2. (Pairs of one-character names: :mod:`desktop_app.core.extraction.place_pairs`.)
3. **A part of a place named by its direction is the place** (青海南部, 西藏东部 → 青海,
   西藏): the direction says where in the place, the name is the place's.
4. **A preposition or conjunction the model glued before a place comes off** (同|法国,
   与|加州): jieba cuts it as a word of its own and the rest is a known place.
5. **A place does not run on into the words after it** (fourth round): a count of
   countries (南美各国, 亚、非诸国, 中美日三国 → 中 美 日; 三国 alone is no place), a
   document named after the place (…基本法, …联合公报: the place is the place), a licence
   plate (湘A12345 → 湘).
6. **A place inside the title of a work is a place** (《我为长沙写稿》, a law named after a
   region): the model reads the title as one work and marks nothing inside; jieba's words
   there that the shipped tables know as places are marked.
7. **One word of jieba's for a chain of places gives the places** (fourth round): its
   dictionary holds 中华人民共和国香港特别行政区 as one body's word; cut into known places
   (the tables, or jieba's place words), in the title of a work or out of one.
8. **A country whose name holds 和 is one place** (fourth round): 安提瓜和巴布达,
   波斯尼亚和黑塞哥维那 — jieba and the model cut at 和 and read the halves as people;
   the world table's names with 和 are found in the text whole.
9. **A place's firms, merchants, natives or dishes are no place** (sixth round): the model
   reads 湘企, 浙商, 湘籍 as places (粤企 as a person); a province's or country's
   one-character name and 企, 商, 籍 or 菜 name what the place has or breeds (美企, 中企
   alike).
10. **An ancient place is one place** (seventh round): jieba's place word 古埃及, 古希腊
   is taken whole where the model reads 埃及, or 古 (Cuba's short name) and 埃及.

Places in chains (a division after its head, a town after its county, a city after its
country): :mod:`desktop_app.core.extraction.place_chains`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from desktop_app.core.extraction.candidate_sets import (
    runs_into,
    starting_within,
    with_replacements,
)
from desktop_app.core.extraction.entity_rules import Candidate

# How far jieba's word may run past the model's person to complete a place (圭亚|那).
_COMPLETE = 3
# A country's formal name: 以色列国, 俄罗斯联邦, 波兰共和国.
_STATE_WORDS = ("国", "联邦", "共和国", "王国")
# One-character names of countries (and China's short names) as news pairs them.
COUNTRY_CHARS = "中华美日俄英法德意加澳韩朝越印巴泰菲蒙欧非亚港台波葡墨荷瑞埃古智秘"
CHINA = "中华"  # both name China: 中华 is one name, never a pair of places
# Every one-character name of a place news uses: countries, China's provinces and regions.
SHORT_NAMES = frozenset(COUNTRY_CHARS
                        + "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新")
_DIRECTION_TAIL = re.compile(r"(?:[东西][南北]|[东西南北中])部$")
_LEAD_GLUE_TAGS = frozenset({"p", "c"})
# Countries news names by a character that is also an everyday word or a province's name
# (新 Singapore or Xinjiang, 老 Laos, 以 Israel, 阿 the Arab states …): only beside 中.
PARTNER_CHARS = "尼匈柬缅老新以土阿沙伊乌哈塔塞肯坦蒙"
# The characters of a division a name may open (花明楼|镇, 闽宁|镇): a landmark there is no
# strong place (entities), a pair of short names there no pair (place_pairs).
DIVISION_CHARS = frozenset("镇乡区县市村")



def world_places(text: str, chosen: list[Candidate], words: Iterable[tuple[int, int]],
                 world: frozenset[str], countries: frozenset[str]) -> list[Candidate]:
    """``chosen`` with its persons that name a country of ``countries`` retyped to places,
    so those that name a city of ``world`` where a list of places ends right after them
    or a meeting is held, something said or signed, or that is arrived at, left or
    visited (拉巴特、卡萨布兰卡等地, 在利雅得举行, 在安曼会见, 抵达贝鲁特; elsewhere the
    model's person stands, 达尔文 is mostly the naturalist), and a person or place
    completed to jieba's word where that word is a place of ``world`` the model cut short
    (圭亚 → 圭亚那; a person so only into a country). ``words``: jieba's
    ``(start, end)``."""
    ends = dict(words)
    starts = {c.start for c in chosen}
    out = []
    for cand in chosen:
        if cand.type in ("PER", "LOC"):
            end = ends.get(cand.start, -1)
            word = text[cand.start:end]
            if cand.end < end <= cand.end + _COMPLETE and (
                    word in (countries if cand.type == "PER" else world)
                    or (text[cand.start:cand.end] in countries and word.endswith(_STATE_WORDS))) \
                    and not any(k in starts for k in range(cand.start + 1, end)):
                cand = Candidate(cand.start, end, "LOC", cand.strength)
            elif cand.type == "PER" and (
                    text[cand.start:cand.end] in countries
                    or (text[cand.start:cand.end] in world and (
                        PLACES_CLOSED.match(text, cand.end)
                        or (text[cand.start - 1:cand.start] in ("在", "于")
                            and text.startswith(PLACE_VERBS, cand.end))
                        or text.endswith(_GONE_TO, 0, cand.start)))):
                cand = Candidate(cand.start, cand.end, "LOC", cand.strength)
        out.append(cand)
    return out


# What follows a place and not a person (here and in retype_levers.persons_as_places):
# the end of a list of places, and after 在 or 于, a meeting held there (习近平举行会谈: a
# person holds talks, but not 在 a person), or what is said, met or signed there (在马尼拉
# 表示, 在安曼会见). Not 说: 在李四说完后 (when Li Si had finished) is a person's.
PLACES_CLOSED = re.compile(r"等(?:城市|地|国|国家|省|市|县|地区)")
PLACE_VERBS = ("举行", "召开", "举办", "开幕", "闭幕", "表示", "指出", "宣布", "会见", "会晤",
               "会谈", "签署", "发表", "出席")
# What goes before a place and not a person: arriving, leaving, visiting (抵达贝鲁特).
_GONE_TO = ("抵达", "飞抵", "到达", "前往", "途经", "访问", "离开", "返回", "来到")


def world_words(text: str, words: Iterable[tuple[int, int]], world: frozenset[str]
                ) -> list[Candidate]:
    """jieba's words that are places of ``world``: to fill where no name is."""
    return [Candidate(s, e, "LOC", 1) for s, e in words if text[s:e] in world]


def without_direction_tails(text: str, chosen: list[Candidate],
                            known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each place that ends in a direction (青海南部, 巴西|北部 where 西北部
    would leave 巴) cut to the place before it, when that is a place the tables know
    (``known_place(start, end)``) or a name of two characters or more (黄淮|北部: every set
    leaves the direction out); a direction alone (北部, 中西部) is no place."""
    out = []
    for cand in chosen:
        if cand.type == "LOC":
            if _DIRECTIONS_ONLY.fullmatch(text, cand.start, cand.end):
                continue
            for tail in (_DIRECTION_TAIL, _ONE_DIRECTION_TAIL):
                found = tail.search(text, cand.start, cand.end)
                if found and found.start() - cand.start >= 2 and (
                        known_place(cand.start, found.start()) or tail is _ONE_DIRECTION_TAIL):
                    cand = Candidate(cand.start, found.start(), "LOC", cand.strength)
                    break
        out.append(cand)
    return out


_ONE_DIRECTION_TAIL = re.compile(r"[东西南北中]部$")
_DIRECTIONS_ONLY = re.compile(r"[东西南北中]{1,2}部")


# A land's kind after its name is part of the name (库布其沙漠, 汾渭平原, 阿尼玛卿雪山: every
# set marks them whole, as 青藏高原 and 塔里木盆地), its edges are not (…沙漠南缘).
_FEATURES = ("沙漠", "平原", "盆地", "高原", "雪山", "山脉", "草原", "峡谷")
_EDGE = re.compile(r"(?:[东西南北]缘|边缘)$")


def features_whole(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each place of two characters or more that a land's kind follows
    (库布其|沙漠) or runs through (汾渭平|原) read with it, and one ending on its edge
    (塔克拉玛干沙漠|南缘) without the edge; a name inside the kind it took is dropped. A
    division's land is the division (阿坝州|高原): the kind describes it."""
    out: list[Candidate] = []
    for cand in sorted(chosen, key=lambda c: c.start):
        if out and cand.start < out[-1].end and out[-1].type == "LOC":
            continue  # inside the kind a place before it took (阿尼玛|卿雪山)
        if cand.type == "LOC" and cand.end - cand.start >= 2:
            end = cand.end
            if (edge := _EDGE.search(text, cand.start, end)) \
                    and text.endswith(_FEATURES, cand.start, edge.start()):
                end = edge.start()
            end = _into_feature(text, cand.start, end)
            if (kind := next((k for k in _FEATURES if text.endswith(k, cand.start, end)), "")) \
                    and text[end - len(kind) - 1:end - len(kind)] in _DIVISION_ENDS \
                    and end - len(kind) - cand.start >= 3:
                end -= len(kind)  # a division's land (阿坝州|高原): the division, named
            cand = Candidate(cand.start, end, "LOC", cand.strength)
        out.append(cand)
    return out


def _into_feature(text: str, start: int, end: int) -> int:
    """Where the place ``[start, end)`` ends once run on over the land's kind that follows
    it (库布其|沙漠) or that it stops inside (汾渭平|原); ``end`` when none does."""
    for kind in _FEATURES:
        if text.endswith(kind, start, end):
            continue  # the place holds it already
        cut = next((k for k in range(len(kind)) if text.endswith(kind[:k], start, end)
                    and text.startswith(kind[k:], end)), None)
        if cut is not None and end - cut - start >= 2:
            return end + len(kind) - cut
    return end


# A division's last character: a land named after one is described, not named (阿坝州高原).
_DIVISION_ENDS = frozenset("省市县州区盟旗")


def without_leading_glue(text: str, chosen: list[Candidate],
                         words: Iterable[tuple[int, int, str]],
                         known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with the preposition or conjunction glued before a place cut off.
    ``words``: jieba's ``(start, end, tag)``."""
    one = {start: tag for start, end, tag in words if end - start == 1}
    out = []
    for cand in chosen:
        if cand.type == "LOC" and cand.end - cand.start >= 3 \
                and one.get(cand.start) in _LEAD_GLUE_TAGS \
                and known_place(cand.start + 1, cand.end):
            cand = Candidate(cand.start + 1, cand.end, "LOC", cand.strength)
        out.append(cand)
    return out


_COUNT_TAIL = re.compile(r"(?:各|诸|[一二两三四五六七八九十几多数]+)国$")
_DOCUMENT_TAIL = re.compile(r"(?:基本法|宪法|条例|联合公报|联合声明|公报)$")
_PLATE = re.compile(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{3,6}")


def without_trailing_words(text: str, chosen: list[Candidate],
                           known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each place cut back to the place when a count of countries, a
    document's name or a licence plate's letters follow it in the name (kind 5)."""
    out = []
    for cand in chosen:
        if cand.type != "LOC":
            out.append(cand)
            continue
        start, end = cand.start, cand.end
        # Only the name's last characters can hold a tail: a long name stays linear.
        count = _COUNT_TAIL.search(text, max(start, end - 8), end)
        document = _DOCUMENT_TAIL.search(text, max(start, end - 4), end)
        if count:
            rest = text[start:count.start()]
            if not rest:
                continue  # 三国 alone: no place
            if len(rest) >= 2 and known_place(start, count.start()):
                end = count.start()
            elif all(c in SHORT_NAMES or c in PARTNER_CHARS for c in rest) \
                    and len(set(rest)) == len(rest):
                # 中美日三国, 欧诸国, 中俄哈吉塔五国: one-character names of countries (the
                # count says so of 哈, 塔, which are everyday characters too).
                out.extend(Candidate(k, k + 1, "LOC", cand.strength)
                           for k in range(start, count.start()))
                continue
        elif document and document.start() - start >= 2 and known_place(start, document.start()):
            end = document.start()
        elif _PLATE.fullmatch(text, start, end) and text[start] in SHORT_NAMES:
            end = start + 1
        out.append(cand if end == cand.end else Candidate(start, end, "LOC", cand.strength))
    return out


def without_stray_characters(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the one-character places that are no short name of a country or a
    province (长 of 总行长, 月 of 月辉): news writes one-character places only as such."""
    return [c for c in chosen if not (c.type == "LOC" and c.end - c.start == 1
                                      and text[c.start] not in SHORT_NAMES)]


# What a place has or breeds, after its one-character name: 湘企 (Hunan's firms), 浙商
# (Zhejiang's merchants), 湘籍 (born in Hunan), 川菜 (Sichuan's cuisine), 美企, 中企.
_OF_A_PLACE = frozenset("企商籍菜")


def without_things_of_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the two-character places (or persons) that are a short name and
    what the place has or breeds (湘企, 浙商, 湘籍; 粤企 read as a person): the model reads
    them as names; they name firms, people or dishes of the place, not the place."""
    return [c for c in chosen if not (
        c.type in ("LOC", "PER") and c.end - c.start == 2 and text[c.start] in SHORT_NAMES
        and text[c.start + 1] in _OF_A_PLACE)]


def ancient_places(text: str, chosen: list[Candidate], words: Iterable[tuple[int, int, str]]
                   ) -> list[Candidate]:
    """``chosen`` (sorted) with each place that 古 opens as jieba's place word (古埃及,
    古希腊: ancient Egypt, Greece) taken whole: the model reads 埃及, or 古 (Cuba's short
    name) and 埃及. Not 考古|埃及: there 古 ends another word."""
    ancient = {s: e for s, e, tag in words if tag == "ns" and e - s >= 3 and text[s] == "古"}
    out: list[Candidate] = []
    for cand in chosen:
        if cand.type == "LOC" and ancient.get(cand.start - 1) == cand.end:
            if out and out[-1].type == "LOC" and (out[-1].start, out[-1].end) == (
                    cand.start - 1, cand.start):
                out.pop()  # 古 read as Cuba
            if not out or out[-1].end < cand.start:
                cand = Candidate(cand.start - 1, cand.end, "LOC", cand.strength)
        out.append(cand)
    return out


def inside_works(text: str, read: Iterable[tuple[int, int, str]]) -> bytearray | None:
    """One byte per character of ``text``, set inside the titles of works the model read
    (``read``: its tokens, a work tagged ``nw``); None when it read none."""
    inside = bytearray(len(text) + 1)
    for start, end, tag in read:
        if tag == "nw":
            inside[start:end] = b"\1" * (end - start)
    return inside if any(inside) else None


def places_in_titles(text: str, read: Iterable[tuple[int, int, str]],
                     words: Iterable[tuple[int, int]],
                     known_place: Callable[[int, int], bool],
                     chain_part: Callable[[int, int], bool] | None = None) -> list[Candidate]:
    """Known places among jieba's ``words`` inside the model's works (``read``: its tokens,
    a work tagged ``nw``): to fill where no name is. A word of jieba's made of two or more
    places (``chain_part``: a place of the tables or jieba's ``ns``; ``known_place`` by
    default) gives those places: 中华人民共和国|澳门特别行政区 is one word of jieba's."""
    part = chain_part or known_place
    inside = inside_works(text, read)
    if inside is None:
        return []
    out = []
    for s, e in words:
        if e - s >= 2 and inside[s] and inside[e - 1]:
            if known_place(s, e):
                out.append(Candidate(s, e, "LOC", 1))
            else:  # jieba's one word for a chain of places: 中华人民共和国|澳门特别行政区
                out.extend(Candidate(a, b, "LOC", 1) for a, b in _chain(s, e, part))
    return out


def chains_of_places(words: Iterable[tuple[int, int, str]], part: Callable[[int, int], bool]
                     ) -> list[Candidate]:
    """The places of each name of jieba's (tagged a place or a body) made of two or more
    places (``part``: a known place there): 中华人民共和国|香港特别行政区 is one word of
    jieba's, tagged a body; not 立国|之本, an idiom. To fill where no name is.
    ``words``: jieba's ``(start, end, tag)``."""
    return [Candidate(a, b, "LOC", 1) for s, e, tag in words
            if e - s >= 4 and tag in ("ns", "nt") for a, b in _chain(s, e, part)]


_LONGEST_PLACE = 12  # characters: 中华人民共和国 is 7, a chain's parts are shorter than this


def longest_place_end(start: int, end: int, known_place: Callable[[int, int], bool]) -> int:
    """Where the longest known place of two characters or more that starts at ``start``
    and ends by ``end`` ends; 0 when none does."""
    return next((k for k in range(min(end, start + _LONGEST_PLACE), start + 1, -1)
                 if known_place(start, k)), 0)


def _chain(start: int, end: int, known_place: Callable[[int, int], bool]
           ) -> list[tuple[int, int]]:
    """``[start, end)`` cut into two or more known places of two characters or more, each
    the longest that fits from where the last ended; [] when they do not tile it."""
    parts = []
    pos = start
    while pos < end:
        cut = longest_place_end(pos, end, known_place)
        if not cut:
            return []
        parts.append((pos, cut))
        pos = cut
    return parts if len(parts) >= 2 else []


@functools.cache
def _names_with_and(world: frozenset[str]) -> re.Pattern[str] | None:
    names = sorted((n for n in world if "和" in n[1:-1]), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def places_with_and(text: str, chosen: list[Candidate], world: frozenset[str]
                    ) -> list[Candidate]:
    """``chosen`` with each name of ``world`` that holds 和 found whole in ``text`` as one
    place, in place of the names inside it (kind 8); not where a name runs out of it."""
    pattern = _names_with_and(world)
    if pattern is None or "和" not in text:
        return chosen
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return chosen
    starts = [c.start for c in chosen]
    drop: set[int] = set()
    added = []
    for start, end in spans:
        inside = starting_within(chosen, starts, start, end)
        if runs_into(chosen, starts, start) or any(chosen[j].end > end for j in inside):
            continue  # a longer name holds it, or a name runs out of it
        drop.update(inside)
        added.append(Candidate(start, end, "LOC", 1))
    return with_replacements(chosen, drop, added) if added else chosen


# Particles and conjunctions: no person's or town's name holds one after its first
# character (和旭辉 may open on 和, a surname).
NOT_IN_NAMES = frozenset("的和与及等或是在了")
