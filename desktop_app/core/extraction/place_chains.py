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
4. **Names listed before a count of divisions are places** (eleventh round): 双牌、资兴、
   炎陵三县(市), 滩堆、措玛、那色6个乡: the count says what the list holds, whatever the
   tables know or the model read (措玛 as a person).
5. **A division jieba reads whole right after a place goes on the chain** (thirteenth
   round): the model reads 喀什地区|疏附县 and 海北州|刚察县 with the county as an
   adverb. A word jieba tags as a place, that the tables know as a division or
   that ends in a division's character (not a region's 地区: 沿海地区, nor a class:
   各乡镇), right after a place is a place, over what the model read inside it.
6. **A place jieba cuts into places the tables know is those places** (thirteenth
   round): the model reads 江苏昆山 as one place, jieba as 江苏 and 昆山; each a
   province, a city or a county of the tables (their short names too), so two places.
7. **A place jieba reads whole that the model cut in pieces is one place** (thirteenth
   round): the model reads 亚马孙河 as 亚马 and 孙河; jieba's one word tagged a place,
   tiled by the model's pieces of two characters or more, the first no place of the
   tables (not a chain's head: 广州|白云国际机场), is the place.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from desktop_app.core.extraction.candidate_sets import Taken, starting_within, with_replacements
from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.numerals import arabic_value, chinese_value
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


# A count of divisions (三县, 6个乡, 等十二个县) and, walked back from it, the list it counts:
# names of two to five characters with 、 between them (双牌、资兴、炎陵三县). Found from
# the count backwards, a bounded number of items each, so a line of 、 is read in linear
# time (a pattern of the whole list backtracked quadratically on one).
_COUNT = re.compile(r"等?(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})个?"
                    r"(?P<kind>县市|市县|乡镇|[省市县区旗乡镇村])")
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}")
_MOST_ITEMS = 40
_JOINING = re.compile(r"[及和与或等的]")  # an item with one of these is two items or none


def places_in_counted_lists(text: str, chosen: list[Candidate],
                            words: list[tuple[int, int, str]],
                            common: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with the items of a list counted as divisions (kind 4) made places:
    a person chosen on an item's exact span is retyped (not a body: 纳斯达克 of 两市 is a
    market), an item with no name on it added. The count must cover the items (a list of
    four is no 三县) and be no word of jieba's own (八旗, the Qing banners), the division
    must be a word of its own (not 两村|民 of 张三、李四两村民), and an item that is an
    everyday word of jieba's or holds a word that joins (``common``: 城区、郊区两区;
    那色及滩堆) makes the list no list of names. The first item is jieba's word before
    the first 、 (湖南|双牌)."""
    ends = {end: start for start, end, _tag in words}
    word_at = {start: (end, tag) for start, end, tag in words}
    items: list[tuple[int, int]] = []
    for match in _COUNT.finditer(text):
        count_at, (kind_at, kind_end) = match.start("count"), match.span("kind")
        listed = _list_before(text, match.start())
        if listed is None:
            continue
        counted_word = word_at.get(count_at, (-1, ""))
        if word_at.get(kind_at, (kind_end, ""))[0] != kind_end \
                and counted_word[0] != kind_end:
            continue  # 两|村民: the division runs into a word (三县 as one word is fine)
        if counted_word[0] == kind_end and counted_word[1] != "ns":
            continue  # 八旗/n: a word of its own, not a count
        spans = _item_spans(listed, text[listed:match.start()], ends)
        count = match.group("count")
        number = arabic_value(count) if count.isdigit() else chinese_value(count) or 0
        if len(spans) < 2 or number < len(spans) \
                or any(common(text[s:e]) or _JOINING.search(text, s, e) for s, e in spans):
            continue
        items.extend(spans)
    if not items:
        return chosen
    wanted = set(items)
    out = [Candidate(c.start, c.end, "LOC", c.strength)
           if (c.start, c.end) in wanted and c.type == "PER" else c for c in chosen]
    taken = Taken(out)
    for start, end in items:
        if taken.free(start, end):
            out.append(Candidate(start, end, "LOC", 1))
    return sorted(out, key=lambda c: c.start)


def _list_before(text: str, end: int) -> int | None:
    """Where the list of names ending at ``end`` starts (its first item: the two to five
    characters before the first 、), or None when no 、-list of two items or more ends
    there."""
    seps = 0
    while seps < _MOST_ITEMS:
        sep = text.rfind("、", max(0, end - 6), end)
        if sep < 0 or not _ITEM.fullmatch(text, sep + 1, end):
            break
        end, seps = sep, seps + 1
    if not seps:
        return None
    start = max(0, end - 5)
    first = _ITEM.search(text, start, end)
    while first is not None and first.end() != end:
        first = _ITEM.search(text, first.start() + 1, end)
    return first.start() if first is not None else None


def _item_spans(start: int, items: str, ends: dict[int, int]) -> list[tuple[int, int]]:
    """The items' spans; the first is jieba's word ending at the first 、 (the text before
    it is what leads into the list), dropped when that word is one character."""
    spans = []
    pos = start
    for k, item in enumerate(items.split("、")):
        end = pos + len(item)
        first = ends.get(end, end) if k == 0 else pos
        if end - first >= 2:
            spans.append((first, end))
        pos = end + 1
    return spans


# Not one division: a region (沿海地区), a class of them (各乡镇, 全县, 城镇).
_NO_DIVISION_ENDS = ("地区", "乡镇", "城镇", "村镇", "县市", "市县")
_DETERMINERS = frozenset("各全每该本其诸所此")


def divisions_in_chains(text: str, chosen: list[Candidate],
                        words: list[tuple[int, int, str]],
                        listed: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` (sorted by start, not overlapping) with each division jieba reads whole
    right after a place made a place (kind 5). ``listed``: a division of the tables."""
    ends = {c.end for c in chosen if c.type == "LOC"}
    by_start = {c.start: k for k, c in enumerate(chosen)}
    starts = [c.start for c in chosen]
    replaced: set[int] = set()
    added = []
    for start, end, tag in words:
        name = text[start:end]
        if tag != "ns" or start not in ends or end - start < 2 \
                or not (listed(name) or (end - start >= 3 and name.endswith(_DIVISION_ENDINGS)
                                         and not name.endswith(_NO_DIVISION_ENDS)
                                         and name[0] not in _DETERMINERS)):
            continue
        inside = starting_within(chosen, starts, start, end)
        if any(chosen[j].end > end or chosen[j].type != "LOC" for j in inside):
            continue  # another kind of name, or one running past the word
        if start in by_start and inside == [by_start[start]] and chosen[inside[0]].end == end:
            continue  # read so already
        replaced.update(inside)
        added.append(Candidate(start, end, "LOC", 1))
    return with_replacements(chosen, replaced, added) if added else chosen


def split_into_listed(text: str, chosen: list[Candidate], words: list[tuple[int, int, str]],
                      listed: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with each place that jieba's words (``(start, end, tag)``, in order) tile
    with two or more divisions of the tables (``listed``) cut into them (kind 6)."""
    at = {s: (e, tag) for s, e, tag in words}
    out: list[Candidate] = []
    for cand in chosen:
        parts = []
        pos = cand.start
        while cand.type == "LOC" and pos < cand.end and pos in at:
            end, tag = at[pos]
            if end > cand.end or tag != "ns" or not listed(text[pos:end]):
                break
            parts.append((pos, end))
            pos = end
        if len(parts) >= 2 and pos == cand.end:
            out.extend(Candidate(s, e, "LOC", cand.strength) for s, e in parts)
        else:
            out.append(cand)
    return out


def places_read_whole(text: str, chosen: list[Candidate], words: list[tuple[int, int, str]],
                      known: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` (sorted by start, not overlapping) with each place jieba reads whole
    that the model's names tile in pieces joined (kind 7). ``known``: a place of the
    tables."""
    starts = [c.start for c in chosen]
    replaced: set[int] = set()
    added = []
    for start, end, tag in words:
        if tag != "ns" or end - start < 3:
            continue
        pieces = starting_within(chosen, starts, start, end)
        first = chosen[pieces[0]] if pieces else None
        if len(pieces) < 2 or first is None or first.start != start \
                or chosen[pieces[-1]].end != end \
                or any(chosen[a].end != chosen[b].start for a, b in itertools.pairwise(pieces)) \
                or any(chosen[j].end - chosen[j].start < 2 for j in pieces) \
                or known(first.start, first.end):
            continue  # not tiled; or one-character names (中日韩), or a chain's head (广州|…)
        replaced.update(pieces)
        added.append(Candidate(start, end, "LOC", max(chosen[j].strength for j in pieces)))
    return with_replacements(chosen, replaced, added) if added else chosen
