"""How the statistical tagger's names and the rules' names become one list.

Measured on three dev sets (MSRA news, the PFR sample, the seed gold; docs/quality.md): the
model finds far more names in news than the rules (exact F1 0.73 against 0.61 on MSRA), the
rules know this paper's conventions (development zones are organisations, a registered name
runs to its legal suffix, a credit line names people). So:

1. **The model proposes.** Its ``PER``/``LOC``/``ORG`` spans, cleaned by general levers
   (:func:`model_names`): a title it glued to a name comes off (``江主席`` → ``江``), parts of a
   transliterated name are joined over ``·``, a pair of one-character country abbreviations
   is two places (``中美`` → ``中`` ``美``), an ordinal before a body belongs to it
   (``第九届全国人民代表大会``), a party congress is a body (``十五大``).
2. **The rules extend.** A rule's span that *contains* model names replaces them
   (``长沙`` → ``长沙经开区``, ``刘永`` → ``刘永好``, ``亚太经合`` → ``亚太经合组织``); on
   the very same span a rule may change the type to ``ORG`` or ``LOC`` (``益阳高新区``), never
   to ``PER`` (jieba takes 温哥华 for a name). A rule's person must contain only people;
   a rule's place or body holds no person or time of the model's and does not run back
   over a verb or function word before the model's name (交由|中国建筑集团).
3. **Most rules do not add names of their own** where the model saw none: on news such
   additions were wrong two times out of three (人民政府, 航空工业, 顾大局). Only credit
   lines and company lists (the ``strong`` candidates) add names alone.
4. **The model wins a crossing**: a rule span that cuts a model name is dropped, unless it
   is one of the strong sources.
5. **A model's body that jieba reads as common words only** and that has no body's shape
   is none (新能源汽车, 大众传媒); a place and such words is the place (株洲|航空产业):
   :mod:`everyday_words`. The model's names are cut back to jieba's word ends where it
   glued a function word on.

The levers on the fused names (classes of bodies, places before kinds of body, products,
short country names) are in :mod:`name_levers`.

Corrections are applied by the caller, around this (they beat everything).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from desktop_app.core.extraction.candidate_sets import Taken
from desktop_app.core.extraction.entity_rules import Candidate

MODEL_STRENGTH = 6  # above dictionary (5) and rules (≤4); the user's words are 9

# One-character short names of countries and of China's provinces and regions, mapped to
# what they name: 中美 is two places, 中华 (both China) is one word, and so is 中亚 (Central
# Asia: China is in Asia).
_ABBREVIATIONS = {c: c for c in "美日俄英法德意加澳韩朝越印巴泰菲蒙欧非亚"
                  "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新"}
_ABBREVIATIONS.update({"中": "中国", "华": "中国", "港": "香港", "澳": "澳门", "台": "台湾"})
_NUMERALS = "〇一二三四五六七八九十百零两"
_ORDINAL_BEFORE = re.compile(rf"第?[{_NUMERALS}]+[届次]$")
_CONGRESS = re.compile(rf"(?:中共)?[{_NUMERALS}]{{1,3}}大")
_NUMBERED_CONGRESS = re.compile(rf"第[{_NUMERALS}]+[次届]全国(?:人民)?代表大会")
_NEWSPAPER = re.compile(r"《([\u4e00-\u9fff]{1,8}(?:日报|时报|晚报|报))》")
_CONGRESS_AFTER = ("精神", "报告", "以来", "文件", "路线", "召开", "代表", "期间", "提出", "确定")
_TRANSLITERATION_TAIL = re.compile(r"(?:·[\u4e00-\u9fff]{1,6})+")
# jieba's tags of a word the model glued onto the end of a name.
_GLUE_TAGS = frozenset({"c", "p", "u", "uj", "ul", "r", "v", "d"})
_GLUE_ONE_TAGS = frozenset({"c", "p", "u", "uj", "ul"})
# The closing characters of a body's unit (东北地理|所, 联合参谋|部), which jieba may
# read as a function word at the end of a body's name (所/c).
_UNIT_CLOSINGS = tuple("部队局厅委处署所司科室")
# The model's tags that no rule's place or body may hold, and those it may not start with
# before the model's name it extends (verbs, prepositions, conjunctions, particles, pronouns,
# adverbs, punctuation; not numerals: 三一 is a firm).
_WALL_TAGS = frozenset({"PER", "TIME"})
_LEAD_TAGS = frozenset({"v", "p", "c", "u", "r", "d", "w"})


def model_names(text: str, tokens: Iterable[tuple[int, int, str]],
                titles: Iterable[str]) -> list[tuple[int, int, str]]:
    """The model's names in ``text``, after the general levers of the module doc."""
    title_set = frozenset(titles)
    longest = max(map(len, title_set), default=0)
    spans = [span for span in _join_transliterations(text, sorted(tokens))
             if span[2] in ("PER", "LOC", "ORG")]
    out: list[tuple[int, int, str]] = []
    for start, end, etype in spans:
        word = text[start:end]
        if etype != "PER" and short_names(word):
            out.extend((start + k, start + k + 1, "LOC") for k in range(len(word)))
            continue
        if etype == "PER":
            end -= next((n for n in range(min(longest, len(word) - 1), 0, -1)
                         if word[-n:] in title_set), 0)
            # 菜农|龙根生: a title before the name, read with it (never part of it).
            start += next((n for n in range(min(longest, len(word) - 2), 1, -1)
                           if word[:n] in title_set and 2 <= end - start - n <= 3), 0)
        elif etype == "ORG":
            end -= _title_glued(text, start, end, title_set, longest)
            ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 8), start)
            if ordinal:
                start = ordinal.start()
        out.append((start, end, etype))
    return _with_congresses(text, out)


def short_names(word: str) -> bool:
    """``word`` is two to four one-character short names of places, each another place."""
    return 2 <= len(word) <= 4 and all(c in _ABBREVIATIONS for c in word) \
        and len({_ABBREVIATIONS[c] for c in word}) == len(word) and word != "中亚"


def _title_glued(text: str, start: int, end: int, titles: frozenset[str], longest: int) -> int:
    """How many characters at the end of the body ``[start, end)`` begin a title that runs
    on after it (中科曙光高级 | 副总裁: 高级副总裁 is a title): 0 when none does."""
    for k in range(min(3, end - start - 2), 0, -1):
        if any(text[end - k:end - k + n] in titles for n in range(k + 1, longest + 1)):
            return k
    return 0


def _join_transliterations(text: str, tokens: list[tuple[int, int, str]]
                           ) -> list[tuple[int, int, str]]:
    """布伦丹 + ·林奇 (a token the model tags as punctuation), 穆罕默德·舒克利· + 阿亚西:
    one person. ``tokens`` are all the model's tokens, names or not."""
    joined: list[tuple[int, int, str]] = []
    for start, end, etype in tokens:
        if joined and joined[-1][2] == "PER" and joined[-1][1] == start and (
                (etype == "PER" and text[start - 1] == "·")
                or (etype == "PER" and text[start] == "·")
                or _TRANSLITERATION_TAIL.fullmatch(text, start, end)
                or text[start:end] == "·"):
            joined[-1] = (joined[-1][0], end, "PER")
            continue
        joined.append((start, end, etype))
    # A · taken on that no name followed goes back.
    return [(s, e - 1, t) if t == "PER" and text[e - 1] == "·" and e - s > 1 else (s, e, t)
            for s, e, t in joined]


def _with_congresses(text: str, spans: list[tuple[int, int, str]]
                     ) -> list[tuple[int, int, str]]:
    """十五大, 中共十五大, 党的十五大精神: a party congress, counted as a body (MSRA and PFR
    do so); not 三大难点 or 十大城市, which have no party before and no congress word after.
    So is a numbered national congress (召开了第十五次全国代表大会), and a newspaper named in
    title marks (《河南日报》)."""
    found = []
    for match in _CONGRESS.finditer(text):
        before = text[max(0, match.start() - 2):match.start()]
        after = text[match.end():match.end() + 2]
        if match.group().startswith("中共") or before == "党的" or after in _CONGRESS_AFTER:
            found.append((match.start(), match.end(), "ORG"))
    found.extend((m.start(), m.end(), "ORG") for m in _NUMBERED_CONGRESS.finditer(text))
    # A paper's name in title marks is its publisher's: 《河南日报》.
    found.extend((m.start(1), m.end(1), "ORG") for m in _NEWSPAPER.finditer(text))
    found.sort()
    if not found:
        return sorted(spans)
    covered = Taken()
    for start, end, _type in found:
        covered.take(start, end)
    return sorted([s for s in spans if covered.free(s[0], s[1])] + found)


def fuse(model: Sequence[tuple[int, int, str]], rules: Iterable[Candidate],
         strong: set[Candidate], alone_types: frozenset[str] = frozenset(),
         tokens: Iterable[tuple[int, int, str]] = (),
         known_place: Callable[[int, int], bool] | None = None) -> list[Candidate]:
    """Non-overlapping names from the model's spans and the rules' candidates (see module doc).

    ``strong`` holds the rule candidates that may add a name where the model saw none, and
    may cut across one of its names; candidates of ``alone_types`` may add names too (none
    by default: places from the tables alone measured +0.006 on the seed gold, −0.004 on PFR).
    ``tokens``: all the model's tokens; a rule's place or body never holds one the model
    reads as a person or a time, nor runs back over a verb or a function word before the
    model name it extends (交由…集团, 新华社北京3月11日电最高人民法院, 李瑞环会见…促进会).
    ``known_place(start, end)``: the text there is a place the tables know; a rule's body
    made only of such places of the model's is a chain of places, not a body
    (中华人民共和国|香港特别行政区; but 宁乡|经开区 is a body: 经开区 is no known place).
    """
    model = sorted(model)
    ends = [m[1] for m in model]
    walls: list[tuple[int, int]] = []
    leads: list[tuple[int, int]] = []
    for start, end, tag in tokens:
        if tag in _WALL_TAGS:
            walls.append((start, end))
        elif tag in _LEAD_TAGS:
            leads.append((start, end))
    walls.sort()
    leads.sort()
    accepted: list[Candidate] = []
    for cand in rules:
        checked = cand not in strong and cand.type != "PER"
        if checked and _holds(walls, cand.start, cand.end, cand):
            continue
        # The model's names are sorted and disjoint: those touching cand start at k.
        k = bisect.bisect_right(ends, cand.start)
        inside: list[tuple[int, int, str]] = []
        others: list[tuple[int, int, str]] = []
        while k < len(model) and model[k][0] < cand.end:
            m = model[k]
            (inside if cand.start <= m[0] and m[1] <= cand.end else others).append(m)
            k += 1
        if checked and inside and _holds(leads, cand.start, inside[0][0], cand):
            continue
        if any(m[0] <= cand.start and cand.end <= m[1] for m in others):
            continue  # a piece of a longer model name (高创精密 in 湖南高创精密…有限公司)
        if others and cand not in strong:
            continue
        if not inside:
            if cand in strong or cand.type in alone_types:
                accepted.append(cand)
            continue
        if cand.type == "PER" and any(m[2] != "PER" for m in inside):
            continue  # 温哥华 is no person because jieba says so
        if cand.type == "ORG" and known_place and _place_chain(inside, cand, known_place):
            continue  # 中华人民共和国|香港特别行政区: places, not a body
        if len(inside) == 1 and inside[0][:2] == (cand.start, cand.end) \
                and (inside[0][2] == cand.type or cand.type == "PER"):
            continue  # the same name, or a retyping to a person: the model's stands
        accepted.append(cand)
    accepted.sort(key=lambda c: (c.end - c.start, c.strength), reverse=True)
    taken = Taken()
    chosen: list[Candidate] = []
    for cand in accepted:
        if not taken.free(cand.start, cand.end):
            continue
        taken.take(cand.start, cand.end)
        chosen.append(cand)
    for start, end, etype in model:
        if taken.free(start, end):
            taken.take(start, end)
            chosen.append(Candidate(start, end, etype, MODEL_STRENGTH))
    return sorted(chosen, key=lambda c: c.start)


def _place_chain(inside: list[tuple[int, int, str]], cand: Candidate,
                 known_place: Callable[[int, int], bool]) -> bool:
    """The model's names ``inside`` are two or more known places that tile ``cand``."""
    if len(inside) < 2 or inside[0][0] != cand.start or inside[-1][1] != cand.end:
        return False
    return all(m[2] == "LOC" and known_place(m[0], m[1]) for m in inside) and all(
        a[1] == b[0] for a, b in itertools.pairwise(inside))


def _holds(spans: list[tuple[int, int]], start: int, end: int, cand: Candidate) -> bool:
    """One of the sorted ``spans`` lies within ``[start, end)`` and is not all of ``cand``
    (a model's person that a rule retypes to a body is that body)."""
    k = bisect.bisect_left(spans, (start, 0))
    while k < len(spans) and spans[k][0] < end:
        if spans[k][1] <= end and spans[k] != (cand.start, cand.end):
            return True
        k += 1
    return False


def trimmed_to_words(model: list[tuple[int, int, str]], words: Sequence[tuple[int, int, str]],
                     text: str = "", listed: frozenset[str] = frozenset(),
                     is_body: Callable[[str], bool] = lambda _word: True,
                     suffixed: Callable[[str], bool] = lambda _word: True
                     ) -> list[tuple[int, int, str]]:
    """The model's names cut back to jieba's word ends where the model glued on the next
    word's start or a function word: 以色列和 → 以色列, 邹家华为 → 邹家华, 浪潮云洲赋(能)
    → 浪潮云洲, or any word's start after a body of the shipped list (``listed``):
    工信部部(属) → 工信部, or after a body's suffix (江苏卫视黄金(档) → 江苏卫视); and cut
    after a body or place jieba knows, before a preposition or a conjunction inside
    (湖南省委|同省大学生创业; not 工业和信息化部: 工业 is no name).
    A unit's character jieba reads as a function word ends a body that is none without it
    (东北地理|所 stays; 国家统计局|所 of 为国家统计局所采用 goes: ``is_body``); a body jieba
    knows ends before a verb when no body's name follows (``suffixed``: the shipped list's
    suffixes)."""
    out = []
    k = 0
    for start, end, etype in model:
        while k < len(words) and words[k][1] <= start:
            k += 1
        inside = []
        j = k
        while j < len(words) and words[j][0] < end:
            inside.append(words[j])
            j += 1
        new_end = end
        if len(inside) > 1:
            last = inside[-1]
            one = last[1] - last[0] == 1
            # (A person's end before 说 stands: jieba glues a given name's last
            # character to it, 诸葛悦|然说.)
            if last[0] > start and not (etype == "PER" and text.startswith("说", end)) and (
                    (last[1] > end and not one and (last[2] in _GLUE_TAGS
                                                    or text[start:last[0]] in listed
                                                    or (etype == "ORG"
                                                        and suffixed(text[start:last[0]]))))
                    or (last[1] == end and one and last[2] in _GLUE_ONE_TAGS
                        and not (etype == "ORG" and text.startswith(_UNIT_CLOSINGS, last[0])
                                 and not is_body(text[start:last[0]])))):
                new_end = last[0]
        for prev, word in itertools.pairwise(inside):
            if word[1] - word[0] == 1 and word[2] in ("c", "p") and word[1] < new_end \
                    and prev[0] >= start and prev[2] in ("nt", "ns") and prev[1] - start >= 2:
                new_end = word[0]
                break
            # A verb after a body jieba knows and no body's name after it: the body acts
            # (省商务厅|联合组团; not 中央电视台|播控中心, a suffix of the shipped list, nor
            # …|开发计划署 or 中央军委|联合参谋部, a unit's closing: the verb names the unit).
            tail = text[word[0]:new_end]
            if word[2] == "v" and word[1] - word[0] >= 2 and prev[0] >= start \
                    and prev[2] == "nt" and prev[1] - start >= 3 and not suffixed(tail) \
                    and not tail.endswith(_UNIT_CLOSINGS) \
                    and not (is_body(tail) and not _everyday_end(inside, new_end)):
                new_end = word[0]
                break
        if new_end - start >= 2 or new_end == end:
            out.append((start, new_end, etype))
    return out


def _everyday_end(inside: list[tuple[int, int, str]], end: int) -> bool:
    """The last of ``inside`` ends at ``end`` and is an everyday word of two characters or
    more (组团, 部队), not one character of a body's (署, 厅)."""
    start, w_end, tag = inside[-1]
    return w_end == end and w_end - start >= 2 and tag in ("n", "vn", "v")


def fill_gaps(chosen: list[Candidate], more: Iterable[Candidate]) -> list[Candidate]:
    """``chosen`` plus those of ``more`` that overlap nothing chosen (longest first)."""
    taken = Taken(chosen)
    out = list(chosen)
    for cand in sorted(more, key=lambda c: c.end - c.start, reverse=True):
        if not taken.free(cand.start, cand.end):
            continue
        taken.take(cand.start, cand.end)
        out.append(cand)
    return sorted(out, key=lambda c: c.start)
