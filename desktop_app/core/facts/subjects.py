"""The noun a number measures, read from the clause around it.

Backward (``全省绿色智能计算产业规模达8520亿元``): the clause text before the number,
from the clause start or the previous number of the clause, with the relation (达), the
small words around it, a comparison's base (比2020年), a period and anything up to an
object verb or a reporting verb (实现营业收入 → 营业收入) cut away.

Forward (``12个项目在活动现场``, ``70%核心研发人员``, ``3至4元的经济产出``): the noun
phrase right after the number, read with the part-of-speech tagger: nouns, verbal and
distinguishing nouns, abbreviations and quoted names, ending on a noun. A number that
directly modifies a noun measures that noun; after ``的`` only when nothing is left
before the number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.facts.words import (
    CHANGES,
    CLAUSE_END,
    COMPARISON_RX,
    LEAD,
    OBJECT_VERBS,
    RELATIONS,
    REPORT_VERBS,
    SCOPE_WORDS,
    SHARE,
    TRAIL,
    is_verb_at,
    normalise,
)

# (word, flag) pairs for a short text: the project's jieba tagger, or a test's stand-in.
Tag = Callable[[str], list[tuple[str, str]]]
_FORWARD_MAX = 24
_NOUN_FLAGS = ("n", "vn", "j", "eng")
_INNER_FLAGS = ("b", "a", "an", "m", "q")  # may stand inside a phrase, never end it


@dataclass(frozen=True)
class Backward:
    start: int  # the subject's span in the text (start == end: none)
    end: int
    relation: str


def backward(text: str, lo: int, hi: int, periods: list[tuple[int, int]]) -> Backward:
    """The subject and relation in ``text[lo:hi]`` (the clause before a number)."""
    s, e = lo, hi
    s, e = _strip(text, s, e)
    relation = ""
    for rel in RELATIONS:
        if text.endswith(rel, s, e):
            relation, e = rel, e - len(rel)
            break
    s, e = _strip(text, s, e)
    if relation in CHANGES:
        for prefix in ("同比", "环比"):
            if text.endswith(prefix, s, e):
                relation, e = prefix + relation, e - 2
                s, e = _strip(text, s, e)
    relation = normalise(relation)
    share = text.rfind("占", s, e)
    if share >= 0 and (relation in ("", "达", "为", "超过") or relation == SHARE):
        tail = text[share + 1:e]
        if relation == SHARE or tail.endswith(("比重", "比例", "的")) or not relation:
            relation, e = SHARE, share
    cut = [m.start() for m in COMPARISON_RX.finditer(text, s, e)]
    if cut and relation:
        s, e = _strip(text, s, cut[-1])
    if text.endswith("以", s, e):
        return Backward(s, s, relation)  # 以7.62秒的成绩: the number qualifies what follows
    for p_start, p_end in periods:
        if s <= p_start < e:
            s = max(s, min(p_end, e))
    verb_at = _last_verb(text, s, e, OBJECT_VERBS)
    if verb_at is not None:
        v_start, verb = verb_at
        if not relation:
            relation = verb.removesuffix("了")
        after = _lead(text, *_strip(text, v_start + len(verb), e))
        # 算力每投入1元: nothing after the verb, so what comes before it is measured.
        s, e = (after, e) if after < e else (s, v_start)
    report = _last_verb(text, s, e, REPORT_VERBS)
    if report is not None:
        s = report[0] + len(report[1])
    s, e = _strip(text, s, e)
    s = _lead(text, s, e)
    if text[s:e] in SCOPE_WORDS:
        return Backward(s, s, relation)
    return Backward(s, max(s, e), relation)


def forward(text: str, at: int, limit: int, tag: Tag) -> tuple[int, int]:
    """The noun phrase starting at ``at`` (spaces skipped), or an empty span."""
    while at < limit and text[at] in " \u3000\xa0":
        at += 1
    stop = min(limit, at + _FORWARD_MAX)
    for i in range(at, stop):
        if text[i] in CLAUSE_END:
            stop = i
            break
    if at >= stop:
        return at, at
    if text[at] == "“":
        close = text.find("”", at, stop)
        return (at, close + 1) if close > at else (at, at)
    pos, end = at, at
    words = tag(text[at:stop])
    previous = ""
    for i, (word, flag) in enumerate(words):
        following = [f for _, f in words[i + 1:i + 3]]
        if i:
            previous = words[i - 1][1]
        if word in ("“", "”"):
            pos += len(word)
        elif _is_noun(flag):
            pos += len(word)
            end = pos
        elif flag in _INNER_FLAGS or _joins(word, flag, previous, following):
            pos += len(word)
        else:
            break
    return at, end


def _is_noun(flag: str) -> bool:
    return flag.startswith(_NOUN_FLAGS)


def _joins(word: str, flag: str, previous: str, following: list[str]) -> bool:
    """A word inside a noun phrase: 合作协议和合作项目, 签约项目, 相关企业, 专精特新“…”."""
    if not following:
        return False
    if word in ("和", "与", "及"):
        return bool(previous) and _is_noun(following[0])
    if flag == "v" and len(word) <= 2 and _is_noun(following[0]):
        # After a noun, a verb is the clause's own (企业获评国家领航…) unless one noun
        # follows it and ends the phrase (高端装备签约项目纳入); before any noun it
        # modifies (相关企业, 有效授权发明专利).
        return not _is_noun(previous) or len(following) < 2 or not _is_noun(following[1])
    return flag == "d" and following[0] == "x" and bool(previous)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    changed = True
    while changed and s < e:
        changed = False
        while s < e and text[e - 1] in " \u3000\xa0":
            e -= 1
        for word in TRAIL:
            if text.endswith(word, s, e) and e - len(word) >= s:
                e -= len(word)
                changed = True
                break
    return s, e


def _lead(text: str, s: int, e: int) -> int:
    changed = True
    while changed and s < e:
        changed = False
        while s < e and text[s] in " \u3000\xa0":
            s += 1
        for word in LEAD:
            if text.startswith(word, s, e):
                s += len(word)
                changed = True
                break
    return s


def _last_verb(text: str, s: int, e: int, verbs: tuple[str, ...]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for verb in verbs:
        i = text.rfind(verb, s, e)
        while i >= 0 and not is_verb_at(text, i, verb):
            i = text.rfind(verb, s, i)
        if i >= 0 and (best is None or i + len(verb) > best[0] + len(best[1])):
            best = (i, verb)
    return best
