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
3. **A name with a middle dot right after a post is a person from the post on**: the
   model starts 买合木提·吐尔地 one character late after 副主席 (买 read as "buy"), or
   reads 果农阿不都热依木 as one noun and finds no one. After a post of the shipped
   titles, a dotted person starting one or two characters later starts at the post's
   end (not over a preposition: 负责人在…); where no name is, the parts around the dot
   (the first from the post, the last one of jieba's words) are the person.
4. **A person does not run on into the word after the name**: 王总|正在 read as 王总正
   (a surname and a form of address, then 正在), 宁海涛|大学毕业 read as 宁海涛大学. A
   surname and 总, 董, 工 or 局 is the surname when its third character opens a word of
   jieba's dictionary with what follows; a person of four characters or more (no middle
   dot) stops where an everyday word of jieba's starts inside it and runs past its end,
   the surname and one or two characters left (欧阳海涛|大学毕业 too); one of three
   characters whose last opens a word of time (马丁|日前, "recently") is two.
5. **The person an award is named after is a person** (an event's or a prize's name is
   none, a name inside it is marked): jieba reads 茅盾文学奖, 曹禺戏剧文学奖 as one word; the
   two or three characters that open such a word ending in 奖, a person of jieba's
   dictionary (nr) on a shipped surname, are that person (not 奥斯卡 of 奥斯卡奖, not an
   everyday word: 金鸡奖, 百花奖).
6. **A Japanese given name in 郎 goes with the surname before it**: the model reads
   松浦晃一郎 as 松浦 and a verb 晃一郎; a person followed at once by one to three
   characters ending in 郎, where one of jieba's words ends, is the whole name (six
   characters at most; not an everyday word of jieba's: 王明|新郎, 女郎).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.person_levers import ADDRESS

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


_DOT = "·"
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
_LAST_PART = 6
# What follows a post without being a name: prepositions, conjunctions, particles.
_AFTER_POST = frozenset("在对向与和同跟为被把将从说及等是的于")


def dotted_after_posts(text: str, chosen: list[Candidate],
                       words: list[tuple[int, int, str]]) -> list[Candidate]:
    """``chosen`` (sorted by start) with the dotted persons after a post started at the
    post's end, or found there (3 of the module doc). ``words``: jieba's ``(start, end,
    tag)`` in order, the shipped posts tagged ``x_title``."""
    word_end = {s: e for s, e, _t in words}
    out = list(chosen)
    starts = [c.start for c in chosen]
    added: list[Candidate] = []  # found where no name was, in order (merged at the end)
    for _s, post_end, tag in words:
        if tag != "x_title":
            continue
        run = _DOTTED.match(text, post_end)
        if run is None or text[post_end] in _AFTER_POST:
            continue
        k = bisect.bisect_left(starts, post_end)
        near = out[k] if k < len(out) else None
        if near is not None and near.type == "PER" and near.start - post_end <= 2 \
                and _DOT in text[near.start:near.end]:
            out[k] = Candidate(post_end, near.end, "PER", near.strength)
            continue
        if near is not None and near.start < run.end():
            continue  # a name of the model's or the rules' is there: theirs stands
        last_dot = text.rfind(_DOT, post_end, run.end())
        end = word_end.get(last_dot + 1, -1)
        if last_dot + 1 < end <= run.end() and end - last_dot - 1 <= _LAST_PART \
                and (k == 0 or out[k - 1].end <= post_end) \
                and (not added or added[-1].end <= post_end):
            added.append(Candidate(post_end, end, "PER", 1))
    return sorted(out + added, key=lambda c: c.start) if added else out


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


_EVERYDAY_TAGS = frozenset({"n", "vn", "v", "a", "d", "l", "i", "t"})
_DAYS = frozenset({"日前", "日内"})


def without_words_after(text: str, chosen: list[Candidate],
                        words: list[tuple[int, int, str]], surnames: frozenset[str],
                        in_dictionary: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with each person cut before the word that runs on after the name (4 of
    the module doc). ``words``: jieba's ``(start, end, tag)`` in order."""
    starts = [s for s, _e, _t in words]
    out = []
    for c in chosen:
        name = text[c.start:c.end]
        if c.type == "PER" and len(name) == 3 and name[0] in surnames \
                and name[1] in ADDRESS and in_dictionary(text[c.end - 1:c.end + 1]):
            c = Candidate(c.start, c.start + 1, "PER", c.strength)  # 王总|正在
        elif c.type == "PER" and len(name) == 3 and _ends_in_time(text, c, words, starts):
            c = Candidate(c.start, c.end - 1, "PER", c.strength)  # 马丁|日前
        elif c.type == "PER" and len(name) >= 4 and _DOT not in name:
            surname = 2 if name[:2] in surnames else 1  # 欧阳|海涛
            k = bisect.bisect_right(starts, c.end - 1) - 1
            if k >= 0:
                w_start, w_end, tag = words[k]
                if c.start + surname + 1 <= w_start < c.end < w_end \
                        and tag in _EVERYDAY_TAGS and w_start - c.start <= surname + 2:
                    c = Candidate(c.start, w_start, "PER", c.strength)  # 宁海涛|大学毕业
        out.append(c)
    return out


def _ends_in_time(text: str, c: Candidate, words: list[tuple[int, int, str]],
                  starts: list[int]) -> bool:
    """jieba reads ``c``'s last character and what follows as 日前 or 日内 ("recently",
    "within days"): given names end in 日 far more rarely than in 明 or 清 (冼志明年,
    端木清晨 keep theirs)."""
    k = bisect.bisect_right(starts, c.end - 1) - 1
    return k >= 0 and words[k][0] == c.end - 1 and text[c.end - 1:words[k][1]] in _DAYS


def persons_in_awards(text: str, words: list[tuple[int, int, str]],
                      tags: dict[str, str], surnames: frozenset[str]) -> list[Candidate]:
    """The persons awards are named after (5 of the module doc): to fill gaps.
    ``words``: jieba's ``(start, end, tag)``; ``tags``: its dictionary's tags."""
    found = []
    for start, end, _tag in words:
        if end - start < 4 or text[end - 1] != "奖":
            continue
        for n in (3, 2):
            name = text[start:start + n]
            if tags.get(name) == "nr" and name[0] in surnames:
                found.append(Candidate(start, start + n, "PER", 1))
                break
    return found


_GIVEN_IN_LANG = re.compile(r"[\u4e00-\u9fff]{0,2}郎")


def given_names_in_lang(text: str, chosen: list[Candidate],
                        words: list[tuple[int, int, str]],
                        everyday: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with each person run on over a given name in 郎 after it (6 of the
    module doc). ``words``: jieba's ``(start, end, tag)``; ``everyday``: a word of
    jieba's dictionary that names no one."""
    ends = {e for _s, e, _t in words}
    starts = {c.start for c in chosen}
    out = []
    for c in chosen:
        given = _GIVEN_IN_LANG.match(text, c.end) if c.type == "PER" else None
        if given and given.end() in ends and given.end() - c.start <= 6 \
                and not everyday(given.group()) \
                and not any(k in starts for k in range(c.end, given.end())):
            c = Candidate(c.start, given.end(), "PER", c.strength)
        out.append(c)
    return out
