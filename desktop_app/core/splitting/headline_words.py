"""A stack's lines read word by word: jieba's words and their parts of speech (the tagger
the analysis loads, with the shipped place and organisation names), and what they say of
a line: does it say something, open on its verb, name a person or only places, end on a
verb still waiting for its object. Asked by ``headline_wraps`` (is the line under the rest
of a headline?), ``headline_roles`` and ``stacks``.
"""

from __future__ import annotations

import functools
import itertools
import re

# jieba's tags: verbs start with "v"; "vn" is a verb used as a noun (行动, 生产), which
# names a thing in a subject; nouns (of people, places, organisations…) start with "n".
VERB, VERBAL_NOUN, NOUN, LATIN = "v", "vn", "n", "eng"
PUNCTUATION = "x"


def opens_on_predicate(tags: list[str]) -> bool:
    """A verb first, or after one adverb or count (首次直航…, 全面铺开, 再创新高)."""
    lead = tags[1:2] if tags[0][:1] in ("d", "m") else tags[:1]
    return bool(lead) and lead[0].startswith(VERB) and lead[0] != VERBAL_NOUN


_PUTS_FIRST = re.compile(r"^[把将](?![来军])")  # not 将来, 将军


def opens_on_disposal(line: str) -> bool:
    """把课堂搬到田埂上, 将服务送上门: a predicate that puts its object before the verb."""
    return _PUTS_FIRST.match(line.lstrip()) is not None and says(tags_of(line)[1:])


def opens_on_verb(line: str) -> bool:
    """Does ``line`` open on what it bids or does (开拓新兴市场, 首次直航…): no subject?"""
    tags = tags_of(line)
    return bool(tags) and opens_on_predicate(tags)


def opens_on_name(line: str) -> bool:
    """Does the tagger read ``line``'s first word as a person's name (易炼红, 粟勇)?"""
    found = words(line)
    return bool(found) and found[0][1] == "nr"


def is_place(text: str) -> bool:
    """Does the tagger read ``text`` as places' names only (衡阳, 吉林长春)?"""
    found = worded(text)
    return bool(found) and all(flag == "ns" for _word, flag in found)


def ends_on_verb(line: str) -> bool:
    """Does ``line`` end on its only verb, still waiting for what it acts on (湘江长沙段开展,
    社区食堂开进)? A line that acted before (实现全覆盖) says something of its own, and so
    does a verb after the phrases that say where it goes (从制造业大省向强省跨越)."""
    tags = tags_of(line)
    return bool(tags) and line.rstrip()[-1:].isalnum() and says(tags[-1:]) \
        and not says(tags[:-1]) and "p" not in tags


def has_verb(line: str) -> bool:
    """Does ``line`` say something (a kicker's clause: 郴州深度融入粤港澳大湾区; a quality
    denied or graded: 防汛备汛不松劲), or only name it (a figurative headline: 县城里的
    “小巨人”, 湘江两岸夜经济)?"""
    tags = tags_of(line)
    return says(tags) or any(pair == ("d", "a") for pair in itertools.pairwise(tags))


def says(tags: list[str]) -> bool:
    """Do the tags hold a verb, other than one used as a noun?"""
    return any(tag.startswith(VERB) and tag != VERBAL_NOUN for tag in tags)


# jieba's tags of names: persons, places, bodies, other proper names.
NAMES = ("nr", "ns", "nt", "nz")


def tags_of(text: str) -> list[str]:
    return [flag for _word, flag in worded(text)]


def worded(text: str) -> list[tuple[str, str]]:
    """``text``'s words and their tags, its punctuation left out."""
    return [(word, flag) for word, flag in words(text) if flag != PUNCTUATION]


@functools.lru_cache(maxsize=4096)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s words and their tags. Kept for the stack's lines: telling a stack's roles
    asks of the same short line several times (wrapped? says something? cut mid-word?)."""
    from desktop_app.core.extraction.dictionaries import tagger

    return _towns_whole([(word.word, word.flag) for word in tagger().cut(text)])


def _towns_whole(cut: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``cut`` with a town's or township's name jieba cut in pieces one place again
    (灰|山港|镇 → 灰山港镇, 鸬鹚|渡镇 → 鸬鹚渡镇, 浮|邱|山乡 → 浮邱山乡): its pieces before 镇 or
    乡 are characters or nouns, never a verb of two characters (推进|城乡) or a word that
    counts or ranges (全省|各乡镇)."""
    out: list[tuple[str, str]] = []
    for word, flag in cut:
        if word.endswith(_TOWN_ENDS) and len(word) <= 2 and (flag == "ns" or len(word) == 1):
            start = len(out)
            while start > 0 and len(word) + sum(len(w) for w, _f in out[start - 1:]) \
                    <= _LONGEST_TOWN and _town_piece(*out[start - 1]):
                start -= 1
            name = "".join(w for w, _f in out[start:]) + word
            if start < len(out) and len(name) >= _SHORTEST_TOWN:
                del out[start:]
                out.append((name, "ns"))
                continue
        out.append((word, flag))
    return tuple(out)


def _town_piece(word: str, flag: str) -> bool:
    return word[0].isalpha() and word not in _NOT_IN_TOWNS and not flag.startswith(
        ("u", "p", "c", "d", "m", "r", "x")) and (len(word) == 1 or flag[:1] != "v")


_TOWN_ENDS = ("镇", "乡")
_SHORTEST_TOWN, _LONGEST_TOWN = 3, 5
_NOT_IN_TOWNS = frozenset(("全省", "全市", "全县", "各", "每", "该", "本", "乡镇", "城乡"))
