"""Pairs of one-character names of places (issue 12, third, seventh and ninth rounds;
docs/quality.md), each a kind of error, fixed by a shape, not by a list of the dev sets'
words.

**Two countries before a word of relations are two places** (中加关系, 中墨友好,
中葡之间) wherever jieba's words start at the pair, not only after punctuation: in
发展中加关系 jieba cuts 发展|中加, in 集中美日关系 … it would not. The pair replaces a
name the model made of it (中墨 as a person, 中葡 as a body), or of it and the word of
relations (中新两国). Left alone: a pair that is a region's name (中亚, 中非). A country
named by a character that is also an everyday word or a province (老 Laos, 新
Singapore, 匈, 尼) pairs only with 中 (seventh round: 中老边境, 匈中合作; not 新老合作).

Since the ninth round a pair also stands before a word of conflict (中日冲突), and the
one-character names of countries, provinces and cities before what links them (京沪高铁,
深中通道, 中老铁路), unless the two are a city's own name (宁波, 宁德, 巴中, 英德). A country
and a partner other than 中 are no pair (印尼 is Indonesia, 埃塞 Ethiopia), so 巴以 is not
split either.

Since the eighteenth round **a name read whole that is only such names is the places**
(沪昆 of 沪昆高速, 中哈, 中柬, read as one place or body wherever they stand): split, unless
the tables list it whole (京津冀), it names China twice (中华), or a division follows (闽宁镇).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from desktop_app.core.extraction.candidate_sets import Taken
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_levers import (
    CHINA,
    COUNTRY_CHARS,
    DIVISION_CHARS,
    PARTNER_CHARS,
    SHORT_NAMES,
)

# Words of relations after a pair, and words that qualify one (全面, 战略, 人文, 科技,
# 双边: only before another, 中法全面战略伙伴关系, 中法人文交流, as 在工作中以科技创新
# has 中以 before 科技).
_RELATIONS = ("关系", "友好", "合作", "两国", "双方", "联合", "之间", "建交", "贸易", "首脑",
              "会谈", "边界", "友谊", "经贸", "边境", "元首", "外长", "交流", "伙伴", "对话",
              "冲突", "局势", "和谈", "停火", "命运共同体", "邦交", "睦邻", "联军")
# What joins two places (ninth round: 中老铁路, 京沪高铁, 深中通道): a pair before one
# may be a city's own name (巴中, 英德, 宁波), so it is asked of the tables.
LINKS = ("铁路", "高铁", "高速", "通道", "班列", "口岸", "航线", "大桥", "城际")
_QUALIFIERS = ("全面", "战略", "人文", "科技", "双边")
# One-character short names of cities that news pairs (沪杭, 深港, 京沪): with the
# provinces' and countries', what a pair of places is made of.
CITY_CHARS = frozenset("杭深穗厦甬榕蓉汉昆")
_COUNTRY_PAIR = rf"(?:[{COUNTRY_CHARS}]{{2}}|中[{PARTNER_CHARS}]|[{PARTNER_CHARS}]中)"
_PAIR = re.compile(rf"{_COUNTRY_PAIR}"
                   rf"(?=(?:{'|'.join(_QUALIFIERS)})*(?:{'|'.join(_RELATIONS)}))"
                   rf"|(?P<linked>{_COUNTRY_PAIR}|[{''.join(SHORT_NAMES | CITY_CHARS)}]{{2}})"
                   rf"(?={'|'.join(LINKS)})")
# A word of relations right after the pair (中老边境), not only after a qualifier.
_RELATION_NEXT = re.compile("|".join(_RELATIONS + LINKS))
# A pair and its words of relations, read as one name (中新两国, 中匈科技), and the two
# governments, peoples or leaders they name (中葡两国政府: no body's name).
_RELATION_WORD = re.compile(f"(?:{'|'.join(_RELATIONS + _QUALIFIERS)})+(?:政府|人民|领导人)?")


def country_pairs(text: str, chosen: list[Candidate], word_starts: Iterable[int],
                  world: frozenset[str],
                  common_word: Callable[[int, int], bool] = lambda start, end: False,
                  known_place: Callable[[int, int], bool] = lambda start, end: False
                  ) -> list[Candidate]:
    """``chosen`` with each pair of one-character country names before a word of relations
    as two places (see the module doc). ``word_starts``: where jieba's words start;
    ``common_word``: whether jieba reads a span as one word that names no place (中肯,
    "apt", before 全面), which rules out a pair with a partner named by an everyday
    character only; ``known_place``: a place's own name made of two provinces' or
    cities' characters (宁波, 宁德, 贵港 before 铁路, 高铁), which is no pair."""
    starts = set(word_starts)
    pairs: list[tuple[int, int]] = []
    for match in _PAIR.finditer(text):
        start, end = match.span()
        pair = match.group()
        if start not in starts or pair in world or pair[0] == pair[1] \
                or (match.group("linked") and known_place(start, end)) \
                or (pair[0] in CHINA and pair[1] in CHINA) \
                or (common_word(start, end) and not set(pair).isdisjoint(PARTNER_CHARS)
                    and not _RELATION_NEXT.match(text, end)):
            continue  # jieba's 中肯 ("apt"); its 中葡, 中墨 are read as words too
        pairs.append((start, end))
    if not pairs:
        return chosen
    # Marks, not pairwise comparisons: a line may hold thousands of pairs (linear time).
    pair_starts = {start for start, _end in pairs}
    in_pair = bytearray(len(text) + 1)
    for start, end in pairs:
        in_pair[start:end] = b"\1" * (end - start)
    out = []
    for cand in chosen:
        if all(in_pair[cand.start:cand.end]) and _one_pair(pairs, cand):
            continue  # the model's name made of the pair, or one half: replaced below
        if cand.start in pair_starts and cand.type != "PER" \
                and (_RELATION_WORD.fullmatch(text, cand.start + 2, cand.end)
                     or _into_relation(text, cand)):
            continue  # the pair and its word of relations read as a name (中新两国, 中日邦)
        out.append(cand)
    taken = Taken(out)
    for start, end in pairs:
        if not taken.free(start, end):
            continue  # a longer name holds the pair
        out.extend(Candidate(k, k + 1, "LOC", 1) for k in range(start, end))
    return sorted(out, key=lambda c: c.start)


def _into_relation(text: str, cand: Candidate) -> bool:
    """``cand`` runs from its pair into part of the word of relations after it (中日|邦 of
    邦交: thirteenth round)."""
    rest = cand.end - cand.start - 2
    return rest > 0 and any(len(word) > rest and text.startswith(word, cand.start + 2)
                            for word in _RELATIONS)


def _one_pair(pairs: list[tuple[int, int]], cand: Candidate) -> bool:
    """``cand`` lies within one of the sorted, disjoint ``pairs``."""
    k = bisect.bisect_right(pairs, (cand.start, 1 << 62)) - 1
    return k >= 0 and pairs[k][0] <= cand.start and cand.end <= pairs[k][1]


def names_made_of_pairs(text: str, chosen: list[Candidate],
                        listed_place: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with each place or body of two or three one-character names of places
    (the module's tables: a partner named by an everyday character only beside 中) split
    into its places (eighteenth round)."""
    out: list[Candidate] = []
    for cand in chosen:
        word = text[cand.start:cand.end]
        if cand.type in ("LOC", "ORG") and _only_short_names(word) \
                and not listed_place(word) and text[cand.end:cand.end + 1] not in DIVISION_CHARS:
            out.extend(Candidate(k, k + 1, "LOC", cand.strength)
                       for k in range(cand.start, cand.end))
        else:
            out.append(cand)
    return out


def _only_short_names(word: str) -> bool:
    if not 2 <= len(word) <= 3 or len(set(word)) < len(word) or set(word) <= set(CHINA):
        return False
    if len(word) == 2 and "中" in word and not set(word).isdisjoint(PARTNER_CHARS):
        return True  # 中哈, 柬中
    return all(c in SHORT_NAMES or c in CITY_CHARS for c in word)
