"""Context rules that turn tagged tokens into person and place candidates.

jieba's tags alone call 北斗 a person and 城市 a place (person precision ≈ 0.3 on the
seed pages). The rules here are precision-first: a person needs a title, a byline, a
speech verb or a known name beside it; a place needs the division table or a place-like
tag that survives the stop-list. Organisations are in :mod:`org_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from desktop_app.core.extraction.dictionaries import Lexicon


@dataclass(frozen=True)
class Token:
    word: str
    flag: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.word)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str
    strength: int  # higher wins an overlap: dictionary 5, rule 3, weak 1


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, without overlaps (as
    ``re.finditer(re.escape(word))`` finds them, but with no pattern to compile: the
    names a text repeats outnumber ``re``'s cache of 512 patterns)."""
    if not word:
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


_CJK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")
# A run of common Chinese characters (``fullmatch(text, start, end)``: nothing else there).
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Tags jieba gives to unusual given names (干勇/a); verbs and nouns are real words.
_MISTAGGED_NAME_FLAGS = {"a", "zg", "ng", "x", "nz", "ns"}
_PLACE_ENDINGS = tuple("省市县区镇乡村州岛湾港")
_CLAUSE_OPENERS = set("，。；：！？、“”‘’（）\n")
# Verbs and prepositions jieba glues onto a two-character name (鲍一用 八个字).
_GLUED_CHARS = set("用在向对将把被说从")
# Single characters that end a name run rather than continue a name.
NAME_STOP_CHARS = frozenset("的了在和与及等是为将也都就从对到向于以被把说称表示讲所")
_ASPECT_MARKERS = frozenset("了着过")
_BYLINE = re.compile(
    r"(?:记者|通讯员|责任编辑|版式设计|美术编辑|编辑|摄影|实习生|见习记者|校对)[ \t\u3000:：]*"
    r"((?:[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+|$|(?=\n)))+)",
    re.M,
)
_PHOTO_CREDIT = re.compile(
    r"(?:^|[ \t\u3000])((?:[\u4e00-\u9fff]{2,4}[ \t\u3000]+)+)"
    r"(?:摄影报道|摄影|摄|报道)[ \t\u3000]*$",
    re.M,
)


def after_title(text: str, at: int, titles: Collection[str]) -> bool:
    """A post of the shipped titles ends right before ``at`` (首相村山…, 主席阿拉法特)."""
    return any(text[max(0, at - n):at] in titles for n in (2, 3, 4))


def is_surname_start(name: str, lex: Lexicon) -> bool:
    if len(name) >= 3 and name[:2] in lex.surnames:
        return len(name) <= 4
    return name[:1] in lex.surnames and 2 <= len(name) <= 3


# A dispatch's reporters: （记者高峰）, （记者于青、王建华）, 记者高峰报道： (thirteenth round).
# The frame names a person even where the name is an everyday word (高峰, "peak").
_DISPATCH_BYLINES = (
    re.compile(r"[（(]记者((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3})[）)]"),
    re.compile(r"记者([\u4e00-\u9fff]{2,3})报道[：:，,\s]"),
)


def dispatch_reporters(text: str, lex: Lexicon) -> list[Candidate]:
    """A dispatch's reporters: ``（记者高峰）``, ``记者高峰报道：`` (persons even where the
    name is an everyday word, or one of the words of not_entities.txt)."""
    found = []
    for pattern in _DISPATCH_BYLINES:
        for match in pattern.finditer(text):
            for name in re.finditer(r"[\u4e00-\u9fff]+", match.group(1)):
                if is_surname_start(name.group(), lex):
                    start = match.start(1) + name.start()
                    found.append(Candidate(start, start + len(name.group()), "PER", 5))
    return found


def byline_persons(text: str, lex: Lexicon) -> list[Candidate]:
    """Names in credit lines: ``记者 黄利飞 于森``, ``曹正平 文兰 摄影报道`` (a dispatch's
    reporters: :func:`dispatch_reporters`)."""
    found: list[Candidate] = []
    for pattern in (_BYLINE, _PHOTO_CREDIT):
        for match in pattern.finditer(text):
            group_start = match.start(1)
            for name in re.finditer(r"[\u4e00-\u9fff]+", match.group(1)):
                word = name.group()
                if is_surname_start(word, lex) and not lex.never(word, "PER"):
                    start = group_start + name.start()
                    found.append(Candidate(start, start + len(word), "PER", 5))
    return found


def person_candidates(tokens: list[Token], lex: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    by_start = {tok.start: tok for tok in tokens}
    for i, tok in enumerate(tokens):
        if tok.flag == "x_title":
            found.extend(_name_after(tokens, i + 1, lex))
        elif tok.word in lex.persons:
            found.append(Candidate(tok.start, tok.end, "PER", 5))
        elif tok.flag.startswith("nr") or tok.word in lex.surnames:
            name = _grow_name(tokens, i, lex)
            # 来芦淞考察: a place before a verb is still a place unless a title says otherwise.
            if name and tok.word not in lex.places and _speaker(by_start, name.end, lex):
                found.append(name)
            elif _plain_full_name(tokens, i, lex):
                found.append(Candidate(tok.start, tok.end, "PER", 1))
        elif _unknown_speaker(tokens, i, lex):
            found.append(Candidate(tok.start, tok.end, "PER", 3))
    return found


def _unknown_speaker(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """干勇/a 认为: a surname-led word jieba does not take for a name, opening a clause and
    followed by a verb of saying, is the speaker."""
    tok = tokens[i]
    return (tok.flag in _MISTAGGED_NAME_FLAGS and 2 <= len(tok.word) <= 3
            and is_surname_start(tok.word, lex) and not lex.never(tok.word, "PER")
            and tok.word not in lex.places and tok.word not in lex.organisations
            and (i == 0 or tokens[i - 1].word in _CLAUSE_OPENERS)
            and i + 1 < len(tokens) and tokens[i + 1].word in lex.speech_verbs)


def _name_after(tokens: list[Token], i: int, lex: Lexicon) -> list[Candidate]:
    # Titles chain (常务副会长兼秘书长朱宏任): the name follows the last one.
    if i < len(tokens) and (tokens[i].word in "兼、" and i + 1 < len(tokens)):
        return []
    if i >= len(tokens):
        return []
    name = _grow_name(tokens, i, lex, after_title=True)
    return [name] if name else []


def _grow_name(
    tokens: list[Token], i: int, lex: Lexicon, after_title: bool = False
) -> Candidate | None:
    """A 2–4 character name starting at token ``i``, ended by a verb, title or punctuation.

    jieba often cuts a name wrongly (倪/东海, 刘/向东, 任京/暘) or tags it as a common
    word (干勇/a); beside a title the pieces are joined whatever their tags.
    """
    first = tokens[i]
    if not _CJK.match(first.word) or first.flag == "x_title" or len(first.word) > 4:
        return None
    if len(first.word) > 1 and not first.flag.startswith("nr") and first.word not in lex.persons \
            and not (after_title and _mistagged_name(tokens, i, lex)):
        return None
    text = first.word
    if len(text) == 3 and text[-1] in _GLUED_CHARS and text[:2] not in lex.surnames:
        text = text[:2]  # 鲍一用/nr 八个字: jieba glued the verb on; the name is 鲍一
        return Candidate(first.start, first.start + 2, "PER", 4) \
            if is_surname_start(text, lex) and not lex.never(text, "PER") else None
    # 欧阳/ns 晓风/nr: a compound surname takes a one- or two-character given name.
    limit = 4 if text[:2] in lex.surnames and len(text[:2]) == 2 else 3
    j = i + 1
    while j < len(tokens) and len(text) < limit:
        nxt = tokens[j]
        if len(text) == 1 and nxt.flag.startswith("nr") and len(nxt.word) == 2:
            text += nxt.word  # 刘/向东: a surname, and a given name jieba took for a name
            j += 1
            break
        if (not _CJK.match(nxt.word) or len(text) + len(nxt.word) > limit
                or nxt.word[:1] in NAME_STOP_CHARS or nxt.word in lex.speech_verbs
                or nxt.flag == "x_title"):
            # 张崇/nr 和/c 表示: 和 is the name's last character when speech follows.
            if (len(text) == 2 and nxt.word == "和" and j + 1 < len(tokens)
                    and tokens[j + 1].word in lex.speech_verbs):
                text += nxt.word
                j += 1
            break
        if len(nxt.word) > 1 and len(text) > 1 and limit == 3:
            break
        if j + 1 < len(tokens) and tokens[j + 1].word in _ASPECT_MARKERS:
            break  # 罗干/作/了: a character before 了, 着 or 过 is a verb, not the name's
        text += nxt.word
        j += 1
    if not is_surname_start(text, lex) or lex.never(text, "PER"):
        return None
    if j < len(tokens) and _CJK.match(tokens[j].word) and not _boundary(tokens[j], lex):
        return None
    return Candidate(first.start, first.start + len(text), "PER", 4)


def _plain_full_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A three-character person-tagged token with a common surname: 黄利飞, not 北斗.

    Not when in quotation marks (“阿若拉” is a product; 《潘汉年》 may still be a
    person) or glued to a one-character adjective before it (强/a 国之基: jieba's
    misreading of 强国之基).
    """
    tok = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    quoted = prev is not None and prev.word in "“‘" and nxt is not None and nxt.word in "”’"
    # 是林华卿, 叫郑秀红: a verb before a name is normal; an adjective glued on is not.
    glued = prev is not None and len(prev.word) == 1 and prev.flag == "a" \
        and bool(_CJK.match(prev.word))
    return (tok.flag == "nr" and len(tok.word) == 3 and is_surname_start(tok.word, lex)
            and not lex.never(tok.word, "PER") and tok.word not in lex.places
            and tok.word[1:] not in lex.titles and not tok.word.endswith("化")
            and tok.word[-1] not in _GLUED_CHARS and not quoted and not glued)


def _mistagged_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    # 周济 (n, "to relieve") after 院士 is a name when a verb of saying or a preposition
    # follows; a common noun after a title rarely is.
    flag = tokens[i].flag
    if flag in _MISTAGGED_NAME_FLAGS:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return flag == "n" and nxt is not None and (nxt.word in lex.speech_verbs or nxt.flag == "p")


def _boundary(tok: Token, lex: Lexicon) -> bool:
    """A token that may follow a name: a verb of saying, a title, a function word."""
    return (tok.word in lex.speech_verbs or tok.flag in ("x_title", "v", "p", "c", "d", "u", "r")
            or tok.word[:1] in NAME_STOP_CHARS)


def _speaker(by_start: dict[int, Token], end: int, lex: Lexicon) -> bool:
    """The name ending at ``end`` is followed by a verb of saying (张宏博介绍说)."""
    tok = by_start.get(end)
    return tok is not None and tok.word in lex.speech_verbs


def _after_surname(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    prev = tokens[i - 1] if i > 0 else None
    return prev is not None and prev.word in lex.surnames and len(prev.word) == 1 \
        and prev.flag in ("nr", "n", "ng", "nrt")


def place_candidates(tokens: list[Token], lex: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    for i, tok in enumerate(tokens):
        word = tok.word
        if lex.never(word, "LOC") or len(word) < 2:
            continue
        level = lex.places.get(word)
        if level == "county_short" and tok.flag != "ns":
            continue  # 吉利 (吉利区) is a carmaker far more often than a district
        if level == "county_short" and _after_surname(tokens, i, lex):
            continue  # 李/永寿: a given name that is also a county's
        if level:
            found.append(Candidate(tok.start, tok.end, "LOC", 5))
        elif tok.flag == "ns" and len(word) > 2 and word.endswith(_PLACE_ENDINGS):
            found.append(Candidate(tok.start, tok.end, "LOC", 3))
    return found
