"""How newspapers print a subhead (小标题) so that a bare line can be told by its form.

Inside an article a section is headed by a short line without a full stop: numbered
("一、产业链补链强链", "（二）人才引得进"), bracketed ("【守住绿水青山】"), or only
set in bold, which plain text loses. The numbered and bracketed forms say what they are
even where the page marks its headings in Markdown and leaves these bare, or where a
narrow column gives no width to go by; ``layout._is_subhead`` still decides, from what
stands around it, whether a heading heads a section or an article. A case's sections
(【基本案情】, 【分歧意见】) name each other: the first opens its story
(:func:`opens_bracketed_sections`). A heading right over a photo's caption is its title
rather than a subhead (:func:`names_caption`), and a bulleted heading under a briefs
column's name the next brief's headline (:func:`heads_a_brief`).
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.affinity import grams
from desktop_app.core.splitting.blocks import CLAUSE_MARK, PHOTO_TITLE_CHARS, Block
from desktop_app.core.splitting.headline_words import worded
from desktop_app.core.splitting.lines import Kind, is_terminated
from desktop_app.core.splitting.stacks import BULLETS, is_briefs_column

_NUMERAL = "一二三四五六七八九十"
# "一、" "（一）" "(一)" "1." "1、" "第一，" is a sentence's opening, not a heading's.
_NUMBERED = re.compile(
    rf"^(?:[{_NUMERAL}]{{1,3}}、|[（(][{_NUMERAL}]{{1,3}}[）)]|\d{{1,2}}[、.．](?!\d))\S"
)
_BRACKETED = re.compile(r"^【[^【】]{2,30}】$")
# A subhead is a phrase: a line of more than this many cells is body text.
MAX_SUBHEAD_CHARS = 30
_SENTENCE_INSIDE = re.compile(r"[。！？；]")


def subhead_form(text: str) -> bool:
    """Is ``text`` printed the way a subhead is: numbered or in 【】, short, unfinished?"""
    text = text.strip()
    if not text or len(text) > MAX_SUBHEAD_CHARS:
        return False
    if _BRACKETED.match(text):
        return True
    return bool(_NUMBERED.match(text)) and not is_terminated(text) and not (
        _SENTENCE_INSIDE.search(text)
    )


_BRACKETED_SECTION = re.compile(r"^【[^【】\s]{2,8}】$")


def opens_bracketed_sections(blocks: list[Block], pos: int) -> bool:
    """Is the heading at ``pos`` a short bracketed section's name (【基本案情】) that
    another such heading follows, with text between and no headline or byline in
    between: the first of a story's sections?"""
    if not _BRACKETED_SECTION.match(blocks[pos].text):
        return False
    seen_text = False
    for block in blocks[pos + 1:]:
        if block.kind is Kind.HEADING:
            return seen_text and _BRACKETED_SECTION.match(block.text) is not None
        if block.kind in (Kind.BYLINE, Kind.BOUNDARY, Kind.MARKER):
            return False
        seen_text = seen_text or block.is_para
    return False


def heads_a_brief(blocks: list[Block], pos: int) -> bool:
    """Is the heading at ``pos`` a brief's headline in a column of briefs: opened by a
    bullet, as every heading since the column's name was (📌 城事速览 / ◆南门口… / text /
    ◆雨花区… / text)? A bulleted heading inside a story heads a section (■ 强化要素保障);
    under a briefs column's name it is the next brief's."""
    bullet = blocks[pos].text[:1]
    if not bullet or bullet not in BULLETS:
        return False
    for block in reversed(blocks[:pos]):
        if block.kind is Kind.HEADING:
            if is_briefs_column(block.text):
                return True
            if block.text[:1] != bullet:
                return False
        elif not block.is_para or block.caption:
            return False
    return False


def names_caption(head: Block, after: Block, body: Block) -> bool:
    """A heading right above a photo caption that shares its words is the photo's title."""
    if not (after.is_para and after.caption):
        return False
    head_grams = grams(head.text)
    shared, with_body = len(head_grams & grams(after.text)), len(head_grams & grams(body.text))
    # A short phrase over it that shares no more with the text (古桥书声) titles it too.
    return shared > with_body or (shared == with_body and 2 <= len(head.text) <= PHOTO_TITLE_CHARS
                                  and CLAUSE_MARK.search(head.text) is None)


# How much of a heading's words the text under it must share, and the story above it at
# most (a word any story says: 新增, 开通), for the heading to be a headline of its own.
NAMES_BELOW, NAMES_ABOVE = 0.3, 0.1
_CUT_CLAUSE = re.compile(r"[，、；,;]")
MIN_OWN_HEADLINE = 8  # characters: a subhead's short phrase shares little with anything
_STORY_PARAS = 6  # paragraphs read above and below: a story's opening names its topic


def heads_its_own_story(blocks: list[Block], first: int, last: int) -> bool:
    """Does a heading between two stretches of text name the text under it and next to
    nothing of the story above it? Stories pasted one after another with no byline or dateline
    (长沙地铁6号线东延段开通试运营 / … / 湘潭启动秋冬季大气污染防治攻坚 / 湘潭市日前召开…):
    each headline is the next story's. A subhead goes on its story's topic, and one in a
    subhead's form (一、…, 【…】) is one whatever it shares."""
    head = "".join(block.text for block in blocks[first:last + 1])
    if len(head) < MIN_OWN_HEADLINE or subhead_form(blocks[first].text) \
            or _CUT_CLAUSE.search(head):
        return False  # (a narrow column's sentence cut: …名单，会同县宝山…、高椅古)
    above_text = "".join(_paras(blocks, first - 1, -1))
    if not any(flag == "ns" and word not in above_text for word, flag in worded(head)):
        return False  # a new story's headline names its own place (湘潭…); a subhead seldom
    words = grams(head)
    below = grams("".join(_paras(blocks, last + 1, 1)))
    return bool(words) and len(words & grams(above_text)) <= NAMES_ABOVE * len(words) \
        and len(words & below) >= NAMES_BELOW * len(words)


def _paras(blocks: list[Block], pos: int, step: int) -> list[str]:
    texts: list[str] = []
    while 0 <= pos < len(blocks) and len(texts) < _STORY_PARAS and blocks[pos].is_para:
        texts.append(blocks[pos].text)
        pos += step
    return texts
