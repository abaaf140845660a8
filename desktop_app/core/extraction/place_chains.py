"""Places in chains, cut or completed place by place as both corpora and the product's
gold mark them (issue 12; docs/quality.md):

1. **A division after a known head is a place of its own** (fifth round): a place the tables
   do not know that runs from a known province or city (its full name) on into a division
   (湖北省|湾李市, 株洲市|桥青县) is cut in two.
2. **A city abroad after its country is a place of its own** (seventh round): 哈萨克斯坦|
   阿拉木图, 意大利|米兰; not a country's full name (波兰共和国).
3. **A town named right after its county or city is a place** (sixth round): jieba cuts
   安丘市|召忽|镇 and the model stops at the city; one to three characters and 镇, 乡
   or 街道 right after a place ending in 市, 县 or 区 are the town, unless jieba knows
   the whole or its name as a word (城镇, 乡镇, 各|乡镇).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_levers import NOT_IN_NAMES

# A division's full name ends in one of these; a name after it that ends in one too is
# the next division down (湖北省|湾李市, 株洲市|桥青县), known to the tables or not.
_HEAD_ENDINGS = ("省", "市", "州", "自治区")
_DIVISION_ENDINGS = tuple("省市县区旗镇乡村")
_LONGEST_HEAD = 10  # 内蒙古自治区, 新疆维吾尔自治区: the longest heads


def split_after_known_heads(text: str, chosen: list[Candidate],
                            known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each place the tables do not know that runs from a known province
    or city (its full name) on into a division cut in two: news writes a chain of
    divisions, and the sets mark each (the tables' chains are cut already)."""
    def head_end(cand: Candidate) -> int:
        if cand.end - cand.start < 6 or not text.endswith(_DIVISION_ENDINGS, cand.start,
                                                           cand.end):
            return 0
        # A head is a full name of three characters or more (not 靖州 of a county the
        # tables know whole, not 苏州 of 苏州工业园区), and no longer than ten.
        last = min(cand.end - 3, cand.start + _LONGEST_HEAD)
        return next((k for k in range(last, cand.start + 2, -1)
                     if text.endswith(_HEAD_ENDINGS, cand.start, k)
                     and known_place(cand.start, k)), 0)

    return _cut_in_two(chosen, head_end, known_place)


_CITY_ENDINGS = tuple("市州省港")
# Divisions abroad that name a place of their own after its country whatever the tables
# know (泰国|罗勇府, 日本|京都府, 马来西亚|槟城; eighth round).
_FOREIGN_DIVISIONS = tuple("府城")
# A country's full name: 波兰|共和国 is one place (jieba calls 共和国 a place).
_STATE_FORMS = ("共和国", "王国", "联邦", "合众国", "公国", "酋长国")


def split_after_countries(text: str, chosen: list[Candidate], countries: frozenset[str],
                          known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each place that runs from a country's name on into a place the
    tables or jieba know (哈萨克斯坦|阿拉木图, 意大利|米兰, 匈牙利|德布勒森市) cut in two:
    a chain of places abroad, marked place by place like one at home. The country is the
    longest of ``countries`` the place opens on; what follows is two characters or more,
    a known place itself or one with 市, 州, 省 or 港 after it, or any name of a division
    abroad (…府, …城), and no form of state (波兰共和国 is one name)."""
    longest = max(map(len, countries), default=0)

    def country_end(cand: Candidate) -> int:
        if cand.end - cand.start < 4:
            return 0
        cut = next((k for k in range(min(cand.end - 2, cand.start + longest),
                                     cand.start + 1, -1)
                    if text[cand.start:k] in countries), 0)
        rest_known = cut and (known_place(cut, cand.end) or (
            text.endswith(_CITY_ENDINGS, cut, cand.end) and cand.end - cut >= 3
            and known_place(cut, cand.end - 1))
            or text.endswith(_FOREIGN_DIVISIONS, cut, cand.end))
        return cut if rest_known and not text.endswith(_STATE_FORMS, cut, cand.end) else 0

    return _cut_in_two(chosen, country_end, known_place)


def _cut_in_two(chosen: list[Candidate], head_end: Callable[[Candidate], int],
                known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each place the tables do not know whole (巴西利亚, 加纳利群岛:
    a country's name opens them) cut where ``head_end`` says its head ends (0: not)."""
    out = []
    for cand in chosen:
        cut = head_end(cand) if cand.type == "LOC" and not known_place(cand.start,
                                                                         cand.end) else 0
        if cut:
            out.append(Candidate(cand.start, cut, "LOC", cand.strength))
            out.append(Candidate(cut, cand.end, "LOC", cand.strength))
        else:
            out.append(cand)
    return out


# A town or township named right after its county or city: 安丘市|召忽镇. The name is one
# to three characters; what follows the division's word is no part of it.
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:镇|乡|街道)")


def towns_after_places(text: str, chosen: list[Candidate],
                       is_word: Callable[[str], bool]) -> list[Candidate]:
    """Towns named right after a county's or a city's place in ``chosen`` (see the
    module doc), where no name is; not a word of jieba's (城镇, 乡镇, 古镇: ``is_word``),
    nor a town whose name is one (各|乡镇)."""
    found = []
    for cand in chosen:
        if cand.type != "LOC" or text[cand.end - 1:cand.end] not in ("市", "县", "区"):
            continue
        town = _TOWN.match(text, cand.end)
        if town is None:
            continue
        name = town.group()
        head = name[:-2] if name.endswith("街道") else name[:-1]
        if is_word(name) or is_word(head) or NOT_IN_NAMES.intersection(head):
            continue
        found.append(Candidate(town.start(), town.end(), "LOC", 1))
    return found
