"""Levers for the model's organisations that are no body (issue 12, third round;
docs/quality.md), each a kind of error on news, not a list of the dev sets' words:

1. **A title is no body**: 国务委员 is a post (the shipped titles list says so), and
   neither is a piece of one (国务 of 国务委员).
2. **One character is no body**: the model marks 讯 in a dateline (…日讯) or half of a
   word (联|大, 红|二十六军); no body is named by one character in running text. (Applied
   after fusion: a rule may first extend such a character to a body, 铁 → 铁建重工.)
3. **A body inside a longer everyday word of jieba's is none**: 两国 in 两国政府, 国际 in
   国际金融, 多党 in 多党合作, 共产党 in 共产党人 — the word is a common noun or idiom
   (jieba's dictionary tags), and a name is not a piece of one. Unless the shipped list
   names the body (fifth round): 东盟 in jieba's 东盟国家 is the association, as alone.
4. **A body does not end in a title**: jieba's dictionary holds 中央政治局常委 (a post)
   as a body; a rule's body that runs from a name of the model's on into a title
   (中共中央政治局|常委) is that name.
5. **A hotel is a body**: the model reads 长城饭店, 银丰宾馆 as places; a hotel is a
   business (the seed pages, MSRA and PFR all count firms as bodies).
6. **A hall, a square or a facility is a place**: 人民大会堂, 天安门广场, a sports ground,
   a shopping centre, a station are where things happen, not who does them; a body the
   model or a rule named like one is retyped (not a research 中心: that is a body). And
   the other way (sixth round): a place named like a body only (…镇发展和改革局,
   …街道人民政府: 局, 委, 厅, 政府, 法院 …, never 区 or 站) is a body.
7. **A people or a faith is no body** (fourth round): the model reads 回族, 满族, 伊斯兰教
   as organisations; an ethnic group or a religion has members but is not an institution
   (its association is: 伊斯兰教协会 ends in 会).
8. **A firm whose short name is an everyday word is a body only where the text says
   firm** (fifth round): 吉利 in 过年图个吉利, 小米 in 种小米, 联想 in 让人联想到 are no
   firms though the model reads them as ones; the text says firm when it also names the
   firm at length (吉利汽车 … 吉利), lists it beside another body (吉利、比亚迪; not
   beside such brands only: 吉利、小米 says no more than 吉利), or puts
   an industry's or a body's word, or a firm's doing, right after it (吉利|汽车,
   小米|集团, 吉利|落地湖南).
9. **A bare party committee before a post is part of the post** (fifth round): 市委 of
   市委副书记, 县委 of 县委常委 is no body, as 省委 of 省委书记 is none (the shipped titles
   hold that one whole; the seed gold and PFR leave all of them unmarked); with a place
   before it (合肥|市委书记) the place and the committee are one body, and before 常委会
   the committee heads a body.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from desktop_app.core.extraction.entity_rules import Candidate

HOTEL_KINDS = ("饭店", "宾馆", "酒店")
# jieba's tags of everyday words (nouns, idioms, fixed phrases, verbal nouns, adjectives),
# and the tag the shipped titles get.
_COMMON_TAGS = frozenset({"n", "l", "i", "vn", "a", "an", "d", "v", "x_title"})


def without_false_bodies(text: str, model: list[tuple[int, int, str]],
                         words: Sequence[tuple[int, int, str]], titles: frozenset[str],
                         listed: frozenset[str] = frozenset()
                         ) -> list[tuple[int, int, str]]:
    """The model's names less the bodies of the module doc. ``words``: jieba's
    ``(start, end, tag)`` in order; ``listed``: the shipped list's bodies."""
    starts = [w[0] for w in words]
    out = []
    for start, end, etype in model:
        name = text[start:end]
        if etype == "ORG" and (name in titles or (
                name not in listed and _inside_common_word(words, starts, start, end))):
            continue
        out.append((start, end, etype))
    return out


def _inside_common_word(words: Sequence[tuple[int, int, str]], starts: list[int],
                        start: int, end: int) -> bool:
    k = bisect.bisect_right(starts, start) - 1
    if k < 0:
        return False
    w_start, w_end, tag = words[k]
    return w_start <= start and end <= w_end and (w_start, w_end) != (start, end) \
        and tag in _COMMON_TAGS


def without_one_character_bodies(chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less its bodies of one character (see the module doc)."""
    return [c for c in chosen if not (c.type == "ORG" and c.end - c.start == 1)]


def hotels_as_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with its places named like a hotel retyped to bodies."""
    return [Candidate(c.start, c.end, "ORG", c.strength)
            if c.type == "LOC" and c.end - c.start > 2 and text.endswith(HOTEL_KINDS, 0, c.end)
            else c for c in chosen]


def without_title_tails(text: str, candidates: list[Candidate], titles: frozenset[str],
                        keep: set[Candidate]) -> list[Candidate]:
    """``candidates`` less the rule bodies that end in a title of two or more characters
    (see the module doc); ``keep``: candidates that stay whatever they end in."""
    longest = max(map(len, titles), default=0)
    out = []
    for cand in candidates:
        if cand.type == "ORG" and cand not in keep and any(
                text[cand.end - n:cand.end] in titles
                for n in range(2, min(longest, cand.end - cand.start - 2) + 1)):
            continue
        out.append(cand)
    return out


# …and the facilities people go to: sports grounds, shopping centres, stations, airports.
VENUE_KINDS = ("大会堂", "纪念堂", "广场", "体育中心", "体育场", "体育馆", "运动中心", "购物中心",
               "商场", "火车站", "车站", "机场", "码头")


def venues_as_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with its bodies named like a venue (…大会堂, …广场) retyped to places."""
    return [Candidate(c.start, c.end, "LOC", c.strength)
            if c.type == "ORG" and c.end - c.start > 2 and text.endswith(VENUE_KINDS, 0, c.end)
            else c for c in chosen]


# What only a body's name ends in, never a place's (not 区, 站, 馆: districts and venues).
_BODY_ONLY_ENDINGS = ("局", "委", "厅", "署", "办", "公司", "集团", "政府", "法院", "检察院",
                      "委员会", "协会", "学会", "商会")


def bodies_read_as_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with its places named like a body (…发展和改革局, …人民政府) retyped."""
    return [Candidate(c.start, c.end, "ORG", c.strength)
            if c.type == "LOC" and c.end - c.start >= 4
            and text.endswith(_BODY_ONLY_ENDINGS, 0, c.end) else c for c in chosen]


_PEOPLE_OR_FAITH = re.compile(r"[\u4e00-\u9fff]{1,5}[族教]")


def without_peoples_and_faiths(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less its bodies named like an ethnic group or a religion (…族, …教)."""
    return [c for c in chosen
            if not (c.type == "ORG" and _PEOPLE_OR_FAITH.fullmatch(text, c.start, c.end))]


# What may stand between two bodies of one list: 吉利、比亚迪, 吉利和比亚迪.
LIST_GLUE = frozenset("、和与及")
_FIRM_WORDS = ("集团", "公司", "股份", "品牌", "旗下", "手机", "门店", "客户端",
               # …and what a firm does as the subject: 吉利落地湖南, 小米发布新品
               "落地", "落户", "投资", "发布", "推出", "签约", "签署", "销量", "营收", "股价",
               "上市", "在湘", "在华")


def everyday_brands_in_context(text: str, chosen: list[Candidate], brands: frozenset[str],
                               industry: frozenset[str],
                               is_place: Callable[[str], bool] = lambda _word: False
                               ) -> list[Candidate]:
    """``chosen`` less the bodies named by an everyday word of ``brands`` where the text
    does not say firm (see the module doc); such a name that opens on a place is that
    place (中国|稀土资源). ``industry``: words that follow a brand in a firm's name (汽车,
    科技). One pass over the bodies, whatever the text's length."""
    if not brands:
        return chosen
    bodies = [(c.start, c.end) for c in chosen if c.type == "ORG"]
    longest = max(map(len, brands))
    at_length = set()  # brands the text also names at length (吉利汽车 … 吉利)
    for start, end in bodies:
        for n in range(2, min(longest, end - start - 1) + 1):
            if text[start:start + n] in brands:
                at_length.add(text[start:start + n])
    def needs_context(cand: Candidate) -> bool:
        name = text[cand.start:cand.end]
        return cand.type == "ORG" and name in brands and name not in at_length \
            and not _firm_after(text, cand.end, industry)

    listed = _listed_beside_a_firm([c for c in chosen if c.type == "ORG"], text, needs_context)
    out = []
    for cand in chosen:
        name = text[cand.start:cand.end]
        if needs_context(cand) and cand not in listed:
            place = next((n for n in range(len(name) - 1, 1, -1) if is_place(name[:n])), 0)
            if place:
                out.append(Candidate(cand.start, cand.start + place, "LOC", cand.strength))
            continue
        out.append(cand)
    return out


def _firm_after(text: str, end: int, industry: frozenset[str]) -> bool:
    """A firm's or an industry's word right after ``end`` (小米|集团, 吉利|汽车)."""
    after = text[end:end + 3]
    return after.startswith(_FIRM_WORDS) or any(after[:n] in industry for n in (2, 3))


def _listed_beside_a_firm(bodies: list[Candidate], text: str,
                          needs_context: Callable[[Candidate], bool]) -> set[Candidate]:
    """The bodies in a list (吉利、比亚迪, 华为和吉利) that holds a body needing no context
    itself: two everyday-word brands side by side (吉利、小米) say no more than one does.
    A list is a run of bodies joined by one character of ``LIST_GLUE`` each."""
    found: set[Candidate] = set()
    run: list[Candidate] = []

    def close() -> None:
        if len(run) > 1 and not all(map(needs_context, run)):
            found.update(run)
        run.clear()

    for cand in sorted(bodies, key=lambda c: c.start):
        if run and not (cand.start == run[-1].end + 1 and text[run[-1].end] in LIST_GLUE):
            close()
        run.append(cand)
    close()
    return found


# Party committees named without their place: 省委, 市委 … (湖南省委 names one).
_BARE_COMMITTEES = frozenset({"省委", "市委", "县委", "区委", "州委", "党委", "镇党委", "乡党委",
                              "党组"})


def without_committees_in_posts(text: str, chosen: list[Candidate], titles: frozenset[str]
                                ) -> list[Candidate]:
    """``chosen`` less the bare party committees a post follows (see the module doc); a
    committee with its place right before it is one body with it (合肥|市委|书记 →
    合肥市委), as PFR marks it."""
    longest = max(map(len, titles), default=0)
    places = {c.end: c for c in chosen if c.type == "LOC"}
    out: list[Candidate] = []
    for cand in chosen:
        if cand.type == "ORG" and text[cand.start:cand.end] in _BARE_COMMITTEES \
                and _post_follows(text, cand.end, titles, longest):
            place = places.get(cand.start)
            if place is None:
                continue
            if out and out[-1] is place:
                out[-1] = Candidate(place.start, cand.end, "ORG", cand.strength)
                continue
        out.append(cand)
    return out


def _post_follows(text: str, end: int, titles: frozenset[str], longest: int) -> bool:
    """A title starts at ``end`` and is a whole word there (常委 of 常委会 is not: the
    standing committee is a body)."""
    return any(text[end:end + n] in titles and text[end + n:end + n + 1] != "会"
               for n in range(2, longest + 1))
