"""Bodies the model reads with a party secretary's post (twelfth round; docs/quality.md).

The conventions keep the lexicalised posts 省委书记, 市委书记 (and the county's and the
district's 县委书记, 区委书记, each one word of the shipped titles) whole: in 龙山县委书记
the place is 龙山 and the rest is the post. The model reads 龙山县委书记 as one body, or
株洲市芦淞区委 with the 区委 of the post, which the title lever then cuts back to
株洲市芦淞 and leaves a body. A body of the model's that ends in such a post, or stops
right before one, and is made of places once the post is off, is those places; where
jieba reads the committee itself (龙山|县委, 芦淞区|委), the rules' body stands over them
(龙山县委, 株洲市芦淞区委: as the sample pages' gold marks 株洲市芦淞区委副书记), the
post never inside a name. A town's (西江镇党委书记) keeps its 镇: the sets mark the town.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.extraction.entity_rules import Candidate

# The posts whose first characters name a party committee (县委书记 of 龙山县委书记).
_COMMITTEE_POSTS = ("省委书记", "市委书记", "县委书记", "区委书记", "州委书记", "旗委书记",
                    "省委副书记", "市委副书记", "县委副书记", "区委副书记")


def places_before_posts(text: str, model: list[tuple[int, int, str]],
                        words: list[tuple[int, int, str]],
                        known_place: Callable[[int, int], bool]
                        ) -> list[tuple[int, int, str]]:
    """``model`` (the model's names, ``(start, end, type)``) with each body that ends in
    a committee's post, or stops before one, read as the places it is made of.
    ``words``: jieba's ``(start, end, tag)`` in order."""
    word_end = {s: e for s, e, _t in words}
    out: list[tuple[int, int, str]] = []
    for start, end, etype in model:
        if etype == "ORG":
            post = next((p for p in _COMMITTEE_POSTS if text.endswith(p, start, end)), None)
            cut = end - len(post) if post else end
            before = post is not None or text.startswith(_COMMITTEE_POSTS, end)
            places = _places(start, cut, word_end, known_place) if before else None
            if places:
                out.extend((s, e, "LOC") for s, e in places)
                continue
        out.append((start, end, etype))
    return out


def _places(start: int, end: int, word_end: dict[int, int],
            known_place: Callable[[int, int], bool]) -> list[tuple[int, int]] | None:
    """The places that tile ``[start, end)`` word by word, or None."""
    found = []
    pos = start
    while pos < end:
        nxt = word_end.get(pos, -1)
        if not pos < nxt <= end or not known_place(pos, nxt):
            return None
        found.append((pos, nxt))
        pos = nxt
    return found or None


# A town's committee before its secretary: the town, not a body (天门山镇党委书记).
_TOWN_COMMITTEE = re.compile(r"(?:镇|乡|街道)党工?委(?=副?书记)")
_DIVISIONS = frozenset("省市县区州盟旗")


def towns_before_posts(text: str, chosen: list[Candidate],
                       words: list[tuple[int, int, str]],
                       known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each body that is a town's or township's committee right before its
    secretary's post, or stops right before that committee, read as the town (the sets
    mark 西江镇 and 党委书记), the divisions printed before the town each a place of its
    own (平江县|三市镇)."""
    word_end = {s: e for s, e, _t in words}
    out = []
    for c in chosen:
        # The committee inside the body (…西江镇党委), or right after it where the model
        # read the town without its 镇 (平江县三市|镇党委书记).
        committee = _TOWN_COMMITTEE.search(text, c.start, c.end + 8) \
            if c.type == "ORG" else None
        if committee and committee.start() >= c.end:
            committee = committee if committee.start() == c.end else None
        elif committee and committee.end() != c.end:
            committee = None
        if not committee or committee.start() <= c.start:
            out.append(c)
            continue
        town_end = committee.start() + (2 if text.startswith("街道", committee.start()) else 1)
        pos = c.start
        while (end := word_end.get(pos, town_end)) < town_end and known_place(pos, end) \
                and text[end - 1] in _DIVISIONS:
            out.append(Candidate(pos, end, "LOC", c.strength))
            pos = end
        out.append(Candidate(pos, town_end, "LOC", c.strength))
    return out
