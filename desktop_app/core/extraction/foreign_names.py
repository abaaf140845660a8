"""Foreign names the model cuts short: Japanese, Tibetan and transliterated names
(docs/quality.md, thirteenth round).

The first two are shapes read against a shipped list of name parts, applied only where
the text already says a person is named, never to find a person from the list alone:

1. **A Japanese family name and the given name after it are one person**: the model
   reads 山本健一 as 山本健, 本间哲朗 as 哲朗, and finds no one in 前首相村山富市访问.
   Where a family name of ``japanese_surnames.txt`` opens a person the model found, or
   follows a person's post (首相, 会长), or stands right before a person, the name runs
   over the characters after the family name up to the first word that is no part of a
   name: punctuation, a verb of saying, a post, a word of jieba's dictionary that names
   no one (报道, 出席), or a character that glues clauses (在, 和, 的). One to three
   characters of given name, else nothing changes; a person is only ever made longer.
   Where the list lacks the family name, a person of three characters followed by a
   numeral jieba reads with the name (稻岭惠|一: jieba's 惠一) and then the end of the
   name takes the numeral (not 王建国|一说起).
2. **A Tibetan name is two parts**: the model reads 次仁旺堆 as 次仁旺 (or 仁旺), 次仁卓玛
   as 仁卓玛. A person of two or three characters inside four that are two parts of
   ``tibetan_name_parts.txt`` (次仁 and 旺堆) is those four; a person of one part alone,
   with no part next to it, stays as read (次仁说).
3. **A transliterated name jieba reads whole is the person**: the model reads 韦拉亚提 as
   韦拉亚 and a verb, 内塔尼亚胡 as 内 and a place; jieba's dictionary holds both as
   transliterated names (``nrt``). Such a word of three characters or more is a person
   right after a post (外长韦拉亚提, 总理内塔尼亚胡), whatever the model read inside it
   (a person run on into the next word too: 塔尼亚|胡今天), or where the model's person
   ends one character short of the word's end.
4. **A dotted name's last part is not cut short** (thirteenth round): the model reads
   买买提明·阿不都拉 and 热合曼·托乎提 one character short (拉 and 提 as verbs). A
   person with a middle dot followed by one character that ends transliterated names
   (拉, 提, 江, 尔 …) and then a character that glues clauses, a verb of saying or the
   end of the clause takes that character.
5. **A dotted name the model cut in two is one person** (fourteenth round): the model reads
   阿不都热依木·买买提 as 阿不都热依木 and 买提, 热依汗古丽·吐尔逊 as 热依汗 and
   古丽·吐尔逊. Two persons, the first ending at the dot and the second starting at most
   two characters after it, or the second right after the first with one or two
   characters before its dot (not 江泽民|亚历山大·克瓦希涅夫斯基), are one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection

from desktop_app.core.extraction.candidate_sets import (
    runs_into,
    starting_within,
    with_replacements,
)
from desktop_app.core.extraction.entity_rules import NAME_STOP_CHARS, Candidate, after_title

# Characters a given name never holds in running text: those that end any name run, and
# more that join clauses (和 only before anything but 子: 和子 is a given name).
_GLUE = (NAME_STOP_CHARS - {"和"}) | frozenset("同还已则又曾并而即")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MAX_GIVEN = 3
# Japanese given names end in a numeral the model leaves out (惠一, 俊二, 惠三); jieba reads
# it with the name (惠一, 井俊二), and what follows ends the name (not 王建国|一|说起).
_NUMERAL_ENDINGS = frozenset("一二三")
_OPEN_TAGS = frozenset({"n", "v", "vn", "a", "ad", "an", "d", "t", "s", "f", "ns", "nt", "nz"})
_AFTER_NAMES = ("先生", "女士", "夫人", "一行", "等人")


def japanese_names(text: str, chosen: list[Candidate], words: list[tuple[int, int, str]],
                   surnames: frozenset[str], titles: Collection[str],
                   speech_verbs: Collection[str], everyday: Callable[[str], bool]
                   ) -> list[Candidate]:
    """``chosen`` (sorted by start, not overlapping) with the Japanese names completed (1
    of the module doc). ``words``: jieba's ``(start, end, tag)``; ``everyday``: a word of
    jieba's dictionary that names no one."""
    found = [(m.start(), m.end()) for m in _surnames_pattern(surnames).finditer(text)]
    if not found and not any(c.type == "PER" and text[c.end:c.end + 1] in _NUMERAL_ENDINGS
                             for c in chosen):
        return chosen
    word_at = {s: (e, t) for s, e, t in words}
    starts_of = {e: s for s, e, _t in words}  # where the word ending at each end starts
    persons = {c.start: k for k, c in enumerate(chosen) if c.type == "PER"}
    starts = [c.start for c in chosen]
    replaced: set[int] = set()
    added: list[Candidate] = []
    for at, given_at in found:
        opened, after = persons.get(at), persons.get(given_at)  # 山本健 | 本间 哲朗
        if opened is None and after is None and not after_title(text, at, titles):
            continue
        end = _given_end(text, given_at, word_at, titles, speech_verbs, everyday)
        olds = [k for k in (opened, after) if k is not None]
        if end is None or any(chosen[k].end > end for k in olds) \
                or (opened is not None and chosen[opened].end == end):
            continue  # no given name, or the model's person already holds it (or more)
        if runs_into(chosen, starts, at) \
                or set(starting_within(chosen, starts, at, end)) - set(olds):
            continue  # another name lies across the new person
        added.append(Candidate(at, end, "PER",
                               max((chosen[k].strength for k in olds), default=3)))
        replaced.update(olds)
    for k, c in enumerate(chosen):  # 稻岭惠|一: a family name the list lacks, a numeral
        if c.type == "PER" and c.end - c.start == 3 and k not in replaced \
                and text[c.end:c.end + 1] in _NUMERAL_ENDINGS \
                and c.start <= starts_of.get(c.end + 1, c.end) < c.end \
                and c.end + 1 not in persons \
                and _given_end(text, c.end + 1, word_at, titles, speech_verbs,
                               everyday) is None \
                and _ends_a_name(text, c.end + 1, speech_verbs):
            replaced.add(k)
            added.append(Candidate(c.start, c.end + 1, "PER", c.strength))
    return with_replacements(chosen, replaced, added) if added else chosen


def tibetan_names(text: str, chosen: list[Candidate], parts: Collection[str]
                  ) -> list[Candidate]:
    """``chosen`` with each Tibetan name of two parts made whole (2 of the module doc)."""
    out: list[Candidate] = []
    grown = False
    for c in chosen:
        if c.type == "PER":
            whole = _tibetan_whole(text, c.start, c.end, parts)
            if whole is not None:
                c, grown = Candidate(*whole, "PER", c.strength), True
        out.append(c)
    return _without_overlaps(out) if grown else chosen


def _tibetan_whole(text: str, start: int, end: int, parts: Collection[str]
                   ) -> tuple[int, int] | None:
    """The two parts a person read as ``text[start:end]`` lies in, or None: 次仁旺|堆,
    次仁|旺堆, 次|仁卓玛, 次仁|卓玛 (the person begins at the second part)."""
    if end - start not in (2, 3):
        return None
    for first in range(max(0, start - 2), start + 1):
        if end <= first + 4 and text[first:first + 2] in parts \
                and text[first + 2:first + 4] in parts:
            return first, first + 4
    return None


@functools.lru_cache(maxsize=4)
def _surnames_pattern(surnames: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the list, longest names first (长谷川 before 长谷)."""
    return re.compile("|".join(map(re.escape, sorted(surnames, key=len, reverse=True))))


def _given_end(text: str, at: int, word_at: dict[int, tuple[int, str]],
               titles: Collection[str], speech_verbs: Collection[str],
               everyday: Callable[[str], bool]) -> int | None:
    """Where the given name starting at ``at`` ends, or None when it would be empty or
    longer than three characters."""
    k = at
    while k < len(text) and k - at <= _MAX_GIVEN:
        char = text[k]
        if not _HAN.match(char) or char in _GLUE or (char == "和" and text[k + 1:k + 2] != "子"):
            break
        word_end, tag = word_at.get(k, (0, ""))
        word = text[k:word_end]
        # An everyday word at the given name's first character ends it only when it is
        # of an open class (中山|大学), not one jieba glued over the name (纯一 of 纯一郎).
        common = len(word) > 1 and everyday(word) and (k > at or tag in _OPEN_TAGS)
        if word and (common or word in titles or word in speech_verbs):
            break
        if text.startswith(_AFTER_NAMES, k):
            break
        k += 1
    if k == at or k - at > _MAX_GIVEN:
        return None
    return k


def _without_overlaps(chosen: list[Candidate]) -> list[Candidate]:
    """A completed name drops the candidate it grew over (the model's second part)."""
    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def transliterated_names(text: str, chosen: list[Candidate],
                         words: list[tuple[int, int, str]], titles: Collection[str]
                         ) -> list[Candidate]:
    """``chosen`` (sorted by start, not overlapping) with the persons of jieba's
    transliterated words made whole (3 of the module doc). ``words``: jieba's ``(start,
    end, tag)`` in order."""
    starts = [c.start for c in chosen]
    word_at = {s: (e, t) for s, e, t in words}
    replaced: set[int] = set()
    added: list[Candidate] = []
    before = None
    for start, end, tag in words:
        post_before = before is not None and (before[2] == "x_title"
                                              or text[before[0]:before[1]] in titles)
        before = (start, end, tag)
        if tag != "nrt" or end - start < 3:
            continue
        at = starting_within(chosen, starts, start, end)
        inside = [chosen[k] for k in at]
        if runs_into(chosen, starts, start):
            continue  # a name runs into the word from before it
        if inside and inside[-1].end > end and not (
                post_before and _glued_word(inside[-1], end, word_at)):
            continue  # a name runs on past the word
        cut_short = len(inside) == 1 and inside[0].type == "PER" \
            and (inside[0].start, inside[0].end) == (start, end - 1)
        if not (cut_short or (post_before and inside)):
            continue
        replaced.update(at)
        added.append(Candidate(start, end, "PER", max(c.strength for c in inside)))
    return with_replacements(chosen, replaced, added) if added else chosen


def _glued_word(person: Candidate, end: int, word_at: dict[int, tuple[int, str]]) -> bool:
    """The model's ``person`` ran on from a transliterated word over the next word of
    jieba's, no name (内塔尼亚|胡今天: 今天, "today")."""
    after = word_at.get(end)
    return person.type == "PER" and after is not None and person.end <= after[0] \
        and after[1] not in ("nr", "nrt", "nrfg")


# Last characters of transliterated (Uyghur, Arabic, Russian …) names the model leaves out.
_TRANSLIT_FINALS = frozenset("拉提江尔克汗丁木甫力夫娃娜斯特基奇诺托科姆")


def dotted_names_whole(text: str, chosen: list[Candidate],
                       speech_verbs: Collection[str]) -> list[Candidate]:
    """``chosen`` with each dotted person cut one character short made whole (4 of the
    module doc)."""
    taken = {c.start for c in chosen}
    out = []
    for c in chosen:
        if c.type == "PER" and "·" in text[c.start:c.end] \
                and text[c.end:c.end + 1] in _TRANSLIT_FINALS and c.end not in taken \
                and _ends_a_name(text, c.end + 1, speech_verbs):
            c = Candidate(c.start, c.end + 1, "PER", c.strength)
        out.append(c)
    return out


def _ends_a_name(text: str, at: int, speech_verbs: Collection[str]) -> bool:
    return at >= len(text) or not _HAN.match(text, at) or text[at] in _GLUE \
        or text.startswith(tuple(speech_verbs), at)


def persons_across_dots(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with two persons a middle dot joins made one (5 of the module doc)."""
    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and prev.type == c.type == "PER" and (
                (text[prev.end:prev.end + 1] == "·" and 0 <= c.start - prev.end - 1 <= 2
                 and all(_HAN.match(ch) for ch in text[prev.end + 1:c.start]))
                or (c.start == prev.end and 0 < text.find("·", c.start, c.end) - c.start <= 2)):
            out[-1] = Candidate(prev.start, c.end, "PER", max(prev.strength, c.strength))
            continue
        out.append(c)
    return out
