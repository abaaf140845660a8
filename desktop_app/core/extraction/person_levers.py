"""A lever for persons the model cuts in pieces (issue 12, third round; docs/quality.md).

**A person jieba's dictionary knows whole is one person**: the model splits long or
transliterated names (拉夫|桑贾尼, 阿卜|杜拉希姆 with the second half read as a place).
When one word of jieba's tagged as a person (``nr``, ``nrt``, ``nrfg``; three characters
or more) holds a person of the model's, every name of the model's it touches lies inside
it and the last one ends where the word ends, that word is the person (not 邓小平|理论:
jieba's dictionary tags the theory as a person). A word the model reads whole as a place
stays a place (jieba calls 温哥华 a person).

**A person inside the title of a work is a person** (fourth round): the model reads
《论鲁迅的杂文》 as one work and marks nothing inside; a word of jieba's dictionary there
tagged as a person's full name (``nr``, ``nrfg``; three or four characters, opening on a
surname of the shipped list) is that person. Not 老红军 (no surname), not a
transliteration jieba tags ``nrt`` (格尔尼卡 is a painting).

**A one-character person is a surname** (fourth round): news names a person by one
character only as a surname with a title or a form of address (江主席, 老陈); the model's
one-character persons that are no surname of the shipped list are none (the 长 of 行长).

**A person the text has named does not run on into the verb after them** (fifth round):
the model reads the speaker of ``…。”鲍一说。`` as 鲍一说 though the text named 鲍一
before; a person that is another person of the same text followed by a one-character
verb of saying (说, 称, 讲 …) is that person, and so is one followed by 说 and the end of
the clause (sixth round: the text need not name them again).

**The speaker after a quotation is a person** (sixth round): in ``“……”李明说。`` jieba
reads 李|明说 and the model may see no name; two or three characters right after the
closing quotation mark, opening on a shipped surname, followed by 说 and the end of the
clause (or 表示/介绍 and a comma or colon), and no everyday word (nor one after the
surname: 常|有人), no form of address (张总) or manner (高兴地), are a person.

**A person's name does not end in a division's word** (fifth round): the model reads an
unknown city or county that opens like a name (杨冲市) as a person; given names do not
end in 省, 市, 县 or 区 (镇 and 乡 they sometimes do), so a name of three characters or
more that does is a place.

**A name's part after a middle dot is a word of its own** (seventh round): the model reads
阿不都热依木·买买提 as 阿不都热依木 (买买提 a verb to it) or stops inside the part
(阿依古丽·阿不来|提说); a person that stops right before a ``·`` runs on over it to the
end of jieba's word after it, and one that stops inside the word after its last ``·`` runs
to that word's end: not a particle, pronoun, verb or adverb of jieba's (the clause going
on), up to six characters, touching no other name.

**The items of a list of people are people** (fifth round): in 张三、李四、王五等 the
model finds the names it knows and misses or cuts the others (明嵘松 missed, 谈|宁昊 cut:
谈 is also "to talk"); where two items or more, and half of them at least, are persons,
an item of two to four characters that opens on a shipped surname, holds no place or
body, and is not an everyday word is a person too.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable

from desktop_app.core.extraction.entity_rules import CJK_RUN, Candidate
from desktop_app.core.extraction.place_levers import NOT_IN_NAMES, inside_works

_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
_FULL_NAME_TAGS = frozenset({"nr", "nrfg"})


def whole_persons(chosen: list[Candidate], words: Iterable[tuple[int, int, str]],
                  text: str = "") -> list[Candidate]:
    """``chosen`` with the pieces of a person jieba knows whole joined (see the module
    doc). ``words``: jieba's ``(start, end, tag)``, disjoint; ``chosen`` sorted by start."""
    starts = [c.start for c in chosen]
    replaced: dict[int, Candidate | None] = {}  # index in chosen → its replacement
    for w_start, w_end, tag in words:
        if w_end - w_start < 3:
            continue
        k = max(bisect.bisect_right(starts, w_start) - 1, 0)
        touched = []
        while k < len(chosen) and chosen[k].start < w_end:
            if chosen[k].end > w_start:
                touched.append(chosen[k])
            k += 1
        if not _held_whole(touched, w_start, w_end, tag in _PERSON_TAGS,
                           text[w_end - 1:w_end]):
            continue
        if len(touched) == 1 and (touched[0].start, touched[0].end) == (w_start, w_end):
            continue  # the person is the word already
        first = k - len(touched)  # the touched names are the last ones scanned
        replaced[first] = Candidate(w_start, w_end, "PER", max(c.strength for c in touched))
        for j in range(first + 1, first + len(touched)):
            replaced[j] = None
    if not replaced:
        return chosen
    out = []
    for j, cand in enumerate(chosen):
        new = replaced.get(j, cand)
        if new is not None:
            out.append(new)
    return out


# The last characters of Japanese given names the model leaves out (健一, 惠三, 广之); not
# a word the dictionary glued on (王国维|和, 司马光|任, 陈嘉庚|奖).
_GIVEN_ENDINGS = frozenset("一二三四五六七八九十之郎")


def _held_whole(touched: list[Candidate], start: int, end: int, personal: bool,
                last: str = "") -> bool:
    """The names ``touched`` inside the word ``[start, end)`` are pieces of it as a person:
    a word tagged as a person (``personal``) holding a person, the names inside it and the
    last ending at its end or, in a word of four characters or more, one short of it when
    that ``last`` character ends given names (小渊惠|三: the model leaves a Japanese given
    name's numeral out; not 王国维|和, nor 邓小平|理论, two short);
    or any word that persons alone tile, two of them or more (村|上春树 of 村上春树)."""
    if not touched or any(c.start < start or c.end > end for c in touched):
        return False  # nothing inside, or the model's names run out of the word
    if personal and any(c.type == "PER" for c in touched):
        short = end - touched[-1].end
        return short == 0 or (short == 1 and end - start >= 4 and last in _GIVEN_ENDINGS)
    return len(touched) >= 2 and all(c.type == "PER" for c in touched) \
        and touched[0].start == start and touched[-1].end == end \
        and all(a.end == b.start for a, b in itertools.pairwise(touched))


def persons_in_titles(text: str, read: Iterable[tuple[int, int, str]],
                      words: Iterable[tuple[int, int, str]], surnames: frozenset[str]
                      ) -> list[Candidate]:
    """Persons among jieba's ``words`` (``(start, end, tag)``) inside the model's works
    (``read``: its tokens, a work tagged ``nw``): to fill where no name is."""
    inside = inside_works(text, read)
    if inside is None:
        return []
    return [Candidate(s, e, "PER", 1) for s, e, tag in words
            if tag in _FULL_NAME_TAGS and 3 <= e - s <= 4 and inside[s] and inside[e - 1]
            and (text[s] in surnames or text[s:s + 2] in surnames)]


def without_stray_persons(text: str, chosen: list[Candidate], surnames: frozenset[str]
                          ) -> list[Candidate]:
    """``chosen`` less its one-character persons that are no surname."""
    return [c for c in chosen
            if not (c.type == "PER" and c.end - c.start == 1 and text[c.start] not in surnames)]


_DIVISION_WORDS = frozenset("省市县区")


def divisions_as_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with its persons that end in a division's word retyped to places."""
    return [Candidate(c.start, c.end, "LOC", c.strength)
            if c.type == "PER" and c.end - c.start >= 3 and text[c.end - 1] in _DIVISION_WORDS
            else c for c in chosen]


# One-character verbs of saying that follow a speaker's name with nothing between.
_SAYING = frozenset("说称讲问答道笑")
# After 说: the end of the clause or of the text (a given name ending in 说 is very rare).
_CLAUSE_ENDS = frozenset(("", *"。，：；！？"))


def without_saying_tails(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with its persons cut before a verb of saying where the text names the
    person without it (see the module doc), or where 说 closes the clause (as a speaker
    is named after a quotation: “……”鲍一说。), whether or not the name comes again."""
    persons = {text[c.start:c.end] for c in chosen if c.type == "PER"}
    return [Candidate(c.start, c.end - 1, c.type, c.strength)
            if c.type == "PER" and c.end - c.start >= 3 and text[c.end - 1] in _SAYING
            and (text[c.start:c.end - 1] in persons
                 or (text[c.end - 1] == "说" and text[c.end:c.end + 1] in _CLAUSE_ENDS))
            else c for c in chosen]


# “……”李明说。 / ”王小明表示，: the speaker's name between the quotation and the verb.
_SPEAKER = re.compile(r"[”」](?P<name>[\u4e00-\u9fff]{2,3}?)"
                      r"(?=说[。，：；！？]|说$|(?:表示|介绍)[，：])")


# A form of address after a surname: 王总, 刘董, 李工, 张局 (boss, chairman, engineer,
# director).
ADDRESS = frozenset("总董工局")  # forms of address after a surname (person_joins too)
# Not a speaker's name's last character: a form of address (张总, 王老), or the 地 of a
# manner (高兴地说, 严肃地说).
_NOT_LAST = ADDRESS | frozenset("老地")


def quoted_speakers(text: str, chosen: list[Candidate], surnames: frozenset[str],
                    titles: frozenset[str], is_word: Callable[[str], bool]
                    ) -> list[Candidate]:
    """``chosen`` with the speaker named right after a quotation added where no name
    covers it yet, or where a person covers part of it (see the module doc)."""
    if "”" not in text and "」" not in text:
        return chosen
    ordered, reach = _by_start(chosen)
    dropped: set[Candidate] = set()
    added: list[Candidate] = []
    for match in _SPEAKER.finditer(text):
        start, end = match.span("name")
        name = match["name"]
        if not (name[0] in surnames or name[:2] in surnames) or is_word(name) \
                or any(ch in NOT_IN_NAMES for ch in name[1:]) or name[-1] in _NOT_LAST \
                or name[1:] in titles or name[2:] in titles \
                or (len(name) == 3 and is_word(name[1:])):
            continue  # 记者, 王局长, 张总, 高兴地, 常|有人: no name
        touching = _touching(ordered, reach, start, end)
        if any(c.type != "PER" or c.start < start or c.end > end + 1 for c in touching):
            continue  # a place or a body there, or a longer name: not ours to cut
        dropped.update(touching)
        added.append(Candidate(start, end, "PER", 4))
    if not added:
        return chosen
    return sorted([c for c in ordered if c not in dropped] + added, key=lambda c: c.start)


# A list of people: items of two to four characters between 、 (the last one closed by 等
# or a punctuation mark); none holds a particle or a conjunction.
_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?"
                   r"(?=等|[，。；：！？、（）“”\s]|$)")  # lazy: 王五|等人 ends the list


def persons_in_lists(text: str, chosen: list[Candidate], surnames: frozenset[str],
                     is_word: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with the items of a list of people made persons where the names found
    missed them (see the module doc): in a list whose items are persons mostly, an item
    that opens on a shipped surname, holds no place or body, and is no everyday word of
    jieba's (``is_word``) is a person too, over the pieces of it the model read."""
    if "、" not in text:
        return chosen
    spans = {(c.start, c.end): c for c in chosen}
    ordered, reach = _by_start(chosen)
    person_ends = {c.end: c.start for c in chosen if c.type == "PER"}
    added: list[Candidate] = []
    for match in _LIST.finditer(text):
        items = _items(text, match.start(), match.end(), person_ends)
        persons = sum(1 for item in items if (item in spans and spans[item].type == "PER"))
        if persons < 2 or persons * 2 < len(items):
            continue
        for start, end in items:
            if (start, end) in spans:
                continue
            inside = _touching(ordered, reach, start, end)
            item = text[start:end]
            if any(c.type != "PER" or c.start < start or c.end > end for c in inside) \
                    or not _opens_on_surname(item, surnames) or is_word(item) \
                    or NOT_IN_NAMES.intersection(item[1:]):  # 和 opens 和旭辉
                continue
            added.append(Candidate(start, end, "PER", 4))
    if not added:
        return chosen
    covered = {(c.start, c.end) for c in added}
    added_at = sorted(covered)
    kept = []
    for cand in chosen:
        k = bisect.bisect_right(added_at, (cand.start, len(text) + 1)) - 1
        if k >= 0 and added_at[k][0] <= cand.start and cand.end <= added_at[k][1]:
            continue  # a piece of an item now a person
        kept.append(cand)
    return sorted([*kept, *added], key=lambda c: (c.start, c.end))


def _by_start(chosen: list[Candidate]) -> tuple[list[Candidate], list[int]]:
    """``chosen`` by start, and how far the names up to each one reach: the first name
    that can touch a span is then found by bisection, however long some name before it
    is (:func:`_touching`), so a long line of lists or quotations stays linear."""
    ordered = sorted(chosen, key=lambda c: c.start)
    return ordered, list(itertools.accumulate((c.end for c in ordered), max))


def _touching(ordered: list[Candidate], reach: list[int], start: int, end: int
              ) -> list[Candidate]:
    """The names of ``ordered`` (with its ``reach``, :func:`_by_start`) that overlap
    ``[start, end)``."""
    found = []
    k = bisect.bisect_right(reach, start)
    while k < len(ordered) and ordered[k].start < end:
        if start < ordered[k].end:
            found.append(ordered[k])
        k += 1
    return found


def _items(text: str, start: int, end: int, person_ends: dict[int, int]
           ) -> list[tuple[int, int]]:
    """The list's items; the first only where a person found ends at its 、 or the list
    opens after a punctuation mark or the text's start (出席的有张三、… starts mid-word)."""
    items, pos = [], start
    for part in text[start:end].split("、"):
        items.append((pos, pos + len(part)))
        pos += len(part) + 1
    first_start, first_end = items[0]
    opened = first_start == 0 or not ("\u4e00" <= text[first_start - 1] <= "\u9fff")
    if not opened:
        person = person_ends.get(first_end)
        first = [(person, first_end)] if person is not None and person >= first_start - 2 \
            else []
        items = first + items[1:]
    return items


def _opens_on_surname(item: str, surnames: frozenset[str]) -> bool:
    return item[0] in surnames or item[:2] in surnames


_DOT = "·"
_LONGEST_PART = 6  # a part of a transliterated name after its middle dot
_CLAUSE_TAGS = frozenset({"c", "p", "u", "uj", "ul", "r", "v", "d", "x"})


def dotted_persons(text: str, chosen: list[Candidate], words: Iterable[tuple[int, int, str]],
                   known: Callable[[str], bool] = lambda _word: False) -> list[Candidate]:
    """``chosen`` (sorted by start) with each person whose part after a middle dot the
    model cut short run on to the end of jieba's word there (see the module doc)."""
    spans = sorted(words)
    starts = [s for s, _e, _t in spans]

    def word_at(pos: int) -> tuple[int, int, str] | None:
        k = bisect.bisect_right(starts, pos) - 1
        return spans[k] if k >= 0 and spans[k][1] > pos else None

    def part(start: int, end: int, tag: str) -> bool:
        # Not jieba's titles either (x_title: 刘洋·摄影报道 is a photographer's credit).
        return (tag not in _CLAUSE_TAGS and not tag.startswith("x")
                and end - start <= _LONGEST_PART
                and CJK_RUN.fullmatch(text, start, end) is not None)

    out = list(chosen)
    for k, cand in enumerate(chosen):
        if cand.type != "PER":
            continue
        following = chosen[k + 1].start if k + 1 < len(chosen) else len(text)
        end = cand.end
        while end < following:  # never past the next name: linear on a long line
            after = word_at(end + 1) if text[end:end + 1] == _DOT else None
            if after is not None and after[0] == end + 1 and part(*after):
                end = after[1]  # 阿不都热依木 + ·买买提
                continue
            inside = word_at(end - 1)
            dot = text.rfind(_DOT, cand.start, end)
            if dot >= 0 and inside is not None and inside[0] == dot + 1 \
                    and inside[1] > end and part(*inside):
                end = inside[1]  # 阿依古丽·阿不来 + 提
            break
        # …and begun where the word of jieba's dictionary it starts inside begins (买买|
        # 提江·吾斯曼: 买买提; not a word jieba guessed, 种植户|艾合买提: 户艾).
        first = word_at(cand.start)
        begin = first[0] if first is not None and first[0] < cand.start \
            and _DOT in text[cand.start:end] and part(*first) \
            and known(text[first[0]:first[1]]) \
            and (k == 0 or chosen[k - 1].end <= first[0]) else cand.start
        if (end > cand.end or begin < cand.start) and end <= following:
            out[k] = Candidate(begin, end, "PER", cand.strength)
    return out
