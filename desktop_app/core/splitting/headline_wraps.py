"""A headline wrapped after its subject: 株洲低空经济产业园 / 首批企业入驻.

Text a PDF tool made of a page prints a headline set on two lines as two lines, and
nothing (no size, no indent) says whether the first is a kicker over the headline or the
headline's own first half. A kicker says something of its own: it has a verb
(抢占低空经济新赛道, 聚焦“4×4”现代化产业体系) or names a column (县域经济观察). A line
that is only a subject (a place, a thing, who: 张家界入境游客, 2026年湖南省青少年) and
ends on a noun says nothing yet: the line under it, with the verb, completes it. Words
and their parts of speech come from the analysis's own tagger (jieba with the shipped
place and organisation names), loaded on first use.
"""

from __future__ import annotations

import functools
import re

from desktop_app.core.splitting.sentence_ends import closes_what_was_open
from desktop_app.core.splitting.widths import display_width

# jieba's tags: verbs start with "v"; "vn" is a verb used as a noun (行动, 生产), which
# names a thing in a subject; nouns (of people, places, organisations…) start with "n".
_VERB, _VERBAL_NOUN, _NOUN, _LATIN = "v", "vn", "n", "eng"
_PUNCTUATION = "x"


def goes_on(line: str, under: str) -> bool:
    """Is ``under`` the rest of the headline ``line`` began: after its subject, in the
    middle of a word, or as the second half of a paired clause (让项目“落地生根” /
    更要“开花结果”: no headline, kicker or deck opens on 更要, 也要, 还要…)?"""
    return _SECOND_HALF.match(under) is not None or wraps_after_subject(line, under) \
        or broken_mid_word(line, under) or _figure_for_its_verb(line, under) \
        or closes_what_was_open(line, under) or _frame_for_its_clause(line, under) \
        or _question_of_its_subject(line, under)


_SECOND_HALF = re.compile(
    r"^(?:更要|更需|更是|更在|也要|也需|也是|还要|还需|又要|才能|才是|就要|而且|并且)")


# A figure alone, as a headline's last words set on a line of their own: 5.5%, 3000项,
# 1.2万亿元, 38万户.
_FIGURE = re.compile(r"^[\d.,]+(?:[万亿千百]{0,2}[\u4e00-\u9fff]{0,2}|%|％)$")


# A fronted adverbial of place or time: 在推动中部地区崛起中, 在新征程上.
_FRAME = re.compile(r"^在[^，,。；：:]{2,16}(?:中|上|下|里|内|时|前|后|间|之际)$")


def _frame_for_its_clause(line: str, under: str) -> bool:
    """``在…中`` over the clause it frames, which opens on its verb (在推动中部地区崛起中
    / 彰显湖南担当); over a subject (在希望的田野上 / 湘西州猕猴桃…) it is a kicker."""
    return _FRAME.match(line) is not None and bool(rest := _tags(under)) \
        and _opens_on_predicate(rest)


def _question_of_its_subject(line: str, under: str) -> bool:
    """A line that only names (一度电的“余量”) over the question asked of it, opening on
    its verb (能卖多少钱？): one headline. A kicker says something of its own."""
    return under.rstrip().endswith(("？", "?")) and not has_verb(line) \
        and bool(rest := _tags(under)) and _opens_on_predicate(rest)


def _figure_for_its_verb(line: str, under: str) -> bool:
    """A line ending on what a figure measures (增长, 突破, 达) over the figure alone
    (全省地区生产总值增长 / 5.5%)."""
    if _FIGURE.match(under) is None:
        return False
    words = _tags(line)
    return bool(words) and words[-1].startswith(_VERB) and words[-1] != _VERBAL_NOUN


_ASKS = re.compile(r"^(?:为何|为什么|如何|怎样|怎么|缘何|何以|凭什么|靠什么)")


def wraps_after_subject(line: str, under: str) -> bool:
    """Is ``line`` a headline's subject, wrapped, and ``under`` the rest of it?

    A place before a colon (衡阳：“铜”心协力延链强链) makes a whole headline; so does a line
    narrower than the one under it (a wrapped line is the fuller one), unless the line
    under opens on the verb the subject waits for."""
    if "：" in line or ":" in line:
        return False
    words, rest = _tags(line), _tags(under)
    if not words or not rest:
        return False
    # A Latin word closing the line is a name or an abbreviation (GDP, AI, CPI): a noun.
    ends_on_noun = words[-1].startswith(_NOUN) or words[-1] in (_VERBAL_NOUN, _LATIN)
    if _says(words) or not ends_on_noun:
        return False
    if _ASKS.match(under):
        return True  # the subject's question (小微企业首贷 / 为何越来越“快”？)
    if display_width(line) < display_width(under) - 1:
        # A narrower line names a kicker's subject too (衡阳常宁 / 油茶林里的“致富经”);
        # only a predicate opening the line under it (湘西州猕猴桃 / 首次直航出口东南亚)
        # says the subject waited for it.
        return _opens_on_predicate(rest)
    return any(tag.startswith(_VERB) for tag in rest)


def _opens_on_predicate(tags: list[str]) -> bool:
    """A verb first, or after one adverb or count (首次直航…, 全面铺开, 再创新高)."""
    lead = tags[1:2] if tags[0][:1] in ("d", "m") else tags[:1]
    return bool(lead) and lead[0].startswith(_VERB) and lead[0] != _VERBAL_NOUN


def opens_on_verb(line: str) -> bool:
    """Does ``line`` open on what it bids or does (开拓新兴市场, 首次直航…): no subject?"""
    tags = _tags(line)
    return bool(tags) and _opens_on_predicate(tags)


def has_verb(line: str) -> bool:
    """Does ``line`` say something (a kicker's clause: 郴州深度融入粤港澳大湾区), or only
    name it (a figurative headline: 县城里的“小巨人”, 湘江两岸夜经济)?"""
    return _says(_tags(line))


def _says(tags: list[str]) -> bool:
    return any(tag.startswith(_VERB) and tag != _VERBAL_NOUN for tag in tags)


def broken_mid_word(line: str, under: str) -> bool:
    """Does a word run on from ``line`` into ``under`` (安化黑茶综合产 / 值突破300亿元)?
    A kicker and a deck end and start on whole words; only a wrap cuts one. The line
    under must open on an orphaned character when read alone: read together,
    "制造向新 / 湖南持续…" runs into 新湖南 (an app's name), but 湖南 stands alone."""
    if not line or not under or not line[-1].isalnum() or not under[0].isalnum():
        return False
    if len(_words(under)[0][0]) > 1:
        return False
    end = 0
    for word, _ in _words(line + under):
        end += len(word)
        if end >= len(line):
            return end > len(line)
    return False


def _tags(text: str) -> list[str]:
    return [flag for _, flag in _words(text) if flag != _PUNCTUATION]


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s words and their tags. Kept for the stack's lines: telling a stack's roles
    asks of the same short line several times (wrapped? says something? cut mid-word?)."""
    from desktop_app.core.extraction.dictionaries import tagger

    return tuple((word.word, word.flag) for word in tagger().cut(text))
