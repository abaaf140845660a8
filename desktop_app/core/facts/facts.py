"""One fact per number: what it measures (subject), how (relation) and when (period).

``find_facts(text, numbers, page_date)`` takes an article's text and its numbers (as
:func:`desktop_app.core.extraction.numbers.find_numbers` gives them) and returns a
:class:`Fact` for each, in order. The rule, clause by clause (clauses end at ，；：。！？
and newlines; a number's segment starts at its clause or at the previous number of the
clause):

1. period: the last period printed before the number in its paragraph
   (:mod:`periods`); none printed: period "" and the page date as ISO form;
2. relation and subject before the number (:func:`subjects.backward`);
3. a number that directly modifies a noun (``12个项目``, ``70%核心研发人员``) measures
   that noun; so does one followed by ``的`` + noun when nothing was found before it;
4. a number continuing a list (``分别超过90%、75%``, ``上升1.8和1.7点``, ``培育…企业
   24家、…企业218家``) keeps the relation of the one before; paired one-to-one with a
   list of subjects before ``分别`` when the counts match;
5. still no subject: the subject of the previous number of the same sentence (its
   offsets), so ``同比增长19.2%`` measures what ``达8520亿元`` measured;
6. ``N大`` + noun (``三大难点``, ``5大领域``) names what it counts itself: no subject.

Dates get no subject or relation; their period is themselves.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.facts.periods import Period, find_periods
from desktop_app.core.facts.subjects import Tag, backward, forward, opening_nouns
from desktop_app.core.facts.words import CLAUSE_END, LIST_JOINERS, SENTENCE_END
from desktop_app.core.spans import NumberSpan


@dataclass(frozen=True)
class Fact:
    """One number as a figure: the number's own fields, then what it says.

    Offsets index the text given to :func:`find_facts`; ``subject_start`` and
    ``subject_end`` are None when no subject was found (then ``subject`` is "")."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None
    unit: str
    subject: str
    subject_start: int | None
    subject_end: int | None
    relation: str
    period: str
    period_iso: str | None


def find_facts(text: str, numbers: Sequence[NumberSpan], page_date: str | None = None,
               tag: Tag | None = None) -> list[Fact]:
    """A :class:`Fact` for each of ``numbers`` (spans into ``text``), in their order."""
    # The subject rules tag the same clause end more than once: each is tagged once, and
    # without the HMM's guesses at unknown words (a verb is a known word; twice as fast).
    quick = functools.lru_cache(maxsize=64)(tag or _quick_tag)
    reader = _Reader(text, find_periods(text, page_date), page_date, tag or _default_tag,
                     quick)
    return [reader.read(n) for n in sorted(numbers, key=lambda n: n.start)]


# Dates and ordinals (第一产业) do not end the text a subject is read from.
_NOT_BOUNDS = frozenset(("date", "ordinal"))


class _Reader:
    """Reads the numbers of one text in order, remembering the last figure read."""

    def __init__(self, text: str, periods: list[Period], page_date: str | None,
                 tag: Tag, quick: Tag) -> None:
        self.text, self.periods, self.page_date, self.tag = text, periods, page_date, tag
        self.quick = quick
        self.spans = [(p.start, p.end) for p in periods]
        self.ends = [p.end for p in periods]
        self.starts = [p.start for p in periods]
        self.last: Fact | None = None  # the last figure (not a date or an ordinal)
        self.pairs: list[tuple[int, int]] = []  # subjects listed before 分别, still unpaired

    def read(self, number: NumberSpan) -> Fact:
        text = self.text
        period, iso = _period_of(text, number, self.periods, self.ends, self.page_date)
        if number.kind in _NOT_BOUNDS:
            return Fact(*_number(number), "", None, None, "",
                        period, iso)
        clause = _clause_start(text, number.start)
        last = self.last
        if last is not None and last.start < _sentence_start(text, number.start):
            last, self.pairs = None, []
        lo = max(clause, last.end) if last is not None else clause
        near = self.spans[bisect.bisect_left(self.starts, lo):
                          bisect.bisect_left(self.starts, number.start)]  # the clause's own
        back = backward(text, lo, number.start, near, self.quick)
        s, e, relation = back.start, back.end, back.relation
        listed = last is not None and lo == last.end and _joined(text, last.end, number.start)
        if listed and last is not None and not relation:
            relation = last.relation
        if not listed:
            self.pairs = _respectively(text, s, e, number.start)
        if (listed and self.pairs) or self.pairs:
            s, e = self.pairs.pop(0)
        if number.kind == "count" and number.unit and number.text.endswith("大" + number.unit):
            # 三大难点, 5大领域: the number names what it counts itself.
            fact = Fact(*_number(number), "", None, None, relation, period, iso)
            self.last = fact
            return fact
        clause_end = _clause_end(text, number.end)
        f_start, f_end = forward(text, number.end, clause_end, self.tag)
        if f_end > f_start:
            s, e = f_start, f_end
        elif e <= s and text.startswith("的", number.end):
            s, e = forward(text, number.end + 1, clause_end, self.tag)
        if e <= s and last is None and relation:
            # 江苏电网用电负荷第三次刷新历史纪录，达到1.57亿千瓦: the clause before it, with no
            # figure of its own, opens on what it measures.
            s, e = opening_nouns(text, _sentence_start(text, number.start), clause, self.quick)
        if e <= s and last is not None and last.subject_start is not None:
            fact = Fact(*_number(number), last.subject,
                        last.subject_start, last.subject_end, relation, period, iso)
        elif e <= s:
            fact = Fact(*_number(number), "", None, None, relation,
                        period, iso)
        else:
            fact = Fact(*_number(number), text[s:e], s, e, relation,
                        period, iso)
        self.last = fact
        return fact


def _number(n: NumberSpan) -> tuple[int, int, str, str, float | None, str]:
    return n.start, n.end, n.text, n.kind, n.value, n.unit


def _joined(text: str, after: int, start: int) -> bool:
    """The number continues a list: a joiner (、, 和 …) follows the one before."""
    between = text[after:start].lstrip(" \u3000\xa0")
    return any(between.startswith(j) for j in LIST_JOINERS)


def _respectively(text: str, s: int, e: int, number_start: int) -> list[tuple[int, int]]:
    """``A、B分别超过90%、75%``: the listed subjects, to pair with the numbers in order."""
    if e <= s or "分别" not in text[e:number_start] or "、" not in text[s:e]:
        return []
    spans, at = [], s
    for part in text[s:e].split("、"):
        spans.append((at, at + len(part)))
        at += len(part) + 1
    return [span for span in spans if span[1] > span[0]]


def _period_of(text: str, number: NumberSpan, periods: list[Period], ends: list[int],
               page_date: str | None) -> tuple[str, str | None]:
    """The number's period; ``ends`` are the periods' ends, to start from the nearest one
    (a page printed as one paragraph has thousands, and each number looks back a few)."""
    paragraph = text.rfind("\n", 0, number.start) + 1
    if number.kind == "date":
        at = bisect.bisect_right(ends, number.start)  # the first period ending after it
        own = periods[at] if at < len(periods) and periods[at].start <= number.start else None
        return (own.text, own.iso) if own else (number.text, number.iso)
    sentence = _sentence_start(text, number.start)
    for i in range(bisect.bisect_right(ends, number.start) - 1, -1, -1):
        p = periods[i]
        if p.start < paragraph:
            break
        # A day (3月29日) dates an event in its sentence; a year, quarter or month range
        # is what the paragraph's figures are about.
        if p.start >= sentence or not _is_day(p):
            return p.text, p.iso
    return "", page_date


def _is_day(period: Period) -> bool:
    """A day dates an event; 截至12月28日 is a cut-off the paragraph's figures count to."""
    if period.text.startswith(("截至", "截止")) or any(c in period.text for c in "至到—-"):
        return False  # 10月1日至7日: a span of days is the time of what happened in it
    return period.text.rstrip().endswith(("日", "号")) or period.text in ("今天",)


def _continues_list(text: str, lo: int, start: int, before: Fact) -> bool:
    """Only a list joiner (、, 和 …) stands between this number and the one before."""
    between = text[before.end:start].strip(" \u3000\xa0")
    return lo == before.end and between in LIST_JOINERS


def _clause_start(text: str, at: int) -> int:
    i = at
    while i > 0 and text[i - 1] not in CLAUSE_END:
        i -= 1
    return i


def _clause_end(text: str, at: int) -> int:
    i = at
    while i < len(text) and text[i] not in CLAUSE_END:
        i += 1
    return i


def _sentence_start(text: str, at: int) -> int:
    i = min(at, len(text))  # an offset past the text (a text edited elsewhere): its end
    while i > 0 and text[i - 1] not in SENTENCE_END:
        i -= 1
    return i


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``, stripped."""
    i = end
    while i < len(text) and text[i] not in SENTENCE_END:
        i += 1
    if i < len(text) and text[i] != "\n":
        i += 1  # the full stop belongs to the sentence
    return text[_sentence_start(text, start):i].strip()


def _default_tag(part: str) -> list[tuple[str, str]]:
    from desktop_app.core.extraction.dictionaries import tagger

    return [(w.word, w.flag) for w in tagger().cut(part)]


def _quick_tag(part: str) -> list[tuple[str, str]]:
    from desktop_app.core.extraction.dictionaries import tagger

    return [(w.word, w.flag) for w in tagger().cut(part, HMM=False)]
