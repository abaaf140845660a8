"""Layout step 5: headline stacks.

A :class:`Stack` is a headline with its kicker, deck and byline, the columns it spans
and where its body may start. Which blocks each stack then owns is
:mod:`desktop_app.core.reading.pdf_pieces`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.reading.pdf_blocks import Block, ends_sentence, h_overlap
from desktop_app.core.reading.pdf_lines import joined
from desktop_app.core.reading.pdf_records import PageGeometry
from desktop_app.core.splitting.lines import credit_split
from desktop_app.core.splitting.stacks import is_column_name


@dataclass(eq=False)
class Stack:
    """A headline with what is printed around it: kicker, deck, byline, a lead photo."""

    heads: list[Block]
    kickers: list[Block] = field(default_factory=list)
    decks: list[Block] = field(default_factory=list)
    byline: Block | None = None
    x0: float = 0.0
    x1: float = 0.0
    y0: float = 0.0
    bottom: float = 0.0  # where its body may start

    def members(self) -> list[Block]:
        extra = [self.byline] if self.byline is not None else []
        return [*self.kickers, *self.heads, *self.decks, *extra]


# -- 5. headline stacks and what they own -----------------------------------------------

def build_stacks(blocks: list[Block], page: PageGeometry, body: float) -> list[Stack]:
    heads = _join_word_spaced(sorted((b for b in blocks if b.role == "head"),
                                     key=lambda b: (b.y0, b.x0)), blocks, body)
    used: set[int] = set()
    stacks: list[Stack] = []
    for head in heads:
        if id(head) in used:
            continue
        used.add(id(head))
        stack = Stack([head])
        # Headline blocks right under this one (a two-size headline) join it.
        for other in heads:
            last = stack.heads[-1]
            if id(other) in used:
                continue
            if -0.5 * other.size <= other.y0 - last.y1 <= 0.8 * last.size and h_overlap(
                    last.x0, last.x1, other.x0, other.x1) > 0 and not is_column_name(
                    last.text.replace(" ", "")):  # 快讯 over a brief is its kicker
                stack.heads.append(other)
                used.add(id(other))
        stacks.append(stack)
    taken: set[int] = {id(h) for s in stacks for h in s.heads}
    for stack in stacks:
        _dress(stack, blocks, taken, page, body)
    return stacks


def _join_word_spaced(heads: list[Block], blocks: list[Block], body: float) -> list[Block]:
    """A headline of two phrases set an em apart on one line (外贸“开门稳”　湘货走四方)
    is one headline: the gap is a space at the headline's size, about its em. Two
    headlines side by side are a column's gutter apart, about the body's em: less than
    half the headline's. ``blocks`` loses the second part, whose line the first takes."""
    out: list[Block] = []
    for head in heads:
        prev = next((h for h in reversed(out) if len(h.lines) == 1 and len(head.lines) == 1
                     and abs(h.size - head.size) <= 0.03 * head.size and h.bold == head.bold
                     and min(h.y1, head.y1) - max(h.y0, head.y0) >= 0.8 * (head.y1 - head.y0)
                     and 0.7 * head.size <= head.x0 - h.x1 <= 1.3 * head.size
                     and head.x0 - h.x1 >= 2 * body), None)
        if prev is None:
            out.append(head)
            continue
        prev.lines[0] = joined(prev.lines[0], head.lines[0])
        blocks.remove(head)
    return out


def _dress(stack: Stack, blocks: list[Block], taken: set[int], page: PageGeometry,
           body: float) -> None:
    """Kicker above, deck and byline below, a photo under it; the columns it owns."""
    first, last = stack.heads[0], stack.heads[-1]
    x0, x1 = min(h.x0 for h in stack.heads), max(h.x1 for h in stack.heads)
    top = first.y0
    for _ in range(2):  # a kicker, and a label over it (【岳阳】 / 十年禁渔见成效)
        for block in blocks:
            if id(block) in taken or block.role in ("marker", "credit"):
                continue
            if h_overlap(x0 - body, x1 + body, block.x0, block.x1) <= 0:
                continue
            gap_above = top - block.y1
            if (-0.5 * block.size <= gap_above <= 0.7 * first.size and len(block.lines) <= 2
                    and (block.role not in ("head", "small") or _tag(block))
                    and not ends_sentence(block.text)
                    and credit_split(block.text) is None
                    and not _rule_between(page, block.y1, top, block.x0, block.x1)
                    and block.x0 >= x0 - body and block.x1 <= max(x1, block.x0) + 4 * body):
                stack.kickers.insert(0, block)
                taken.add(id(block))
                top = block.y0
                break
        else:
            break
    bottom = last.y1
    changed = True
    while changed:
        changed = False
        for block in sorted(blocks, key=lambda b: b.y0):
            if id(block) in taken or block.y0 < bottom - 0.5 * block.size:
                continue
            gap = block.y0 - bottom
            if gap > max(1.8 * max(block.size, body), 0.8 * last.size) or (h_overlap(
                    x0 - body, x1 + body, block.x0, block.x1) <= 0
                    and not _byline_aside(block, stack, blocks, x0, body)):
                continue
            if block.role == "byline" and stack.byline is None:
                stack.byline = block
            elif _deck_goes_on(stack, block) or (
                    block.role in ("small", "body", "subhead") and not stack.decks
                    and stack.byline is None and len(block.lines) <= 2
                    and (block.text.startswith(("——", "—", "--")) or (
                        block.size > 1.04 * body and not ends_sentence(block.text)))):
                stack.decks.append(block)
            else:
                continue
            taken.add(id(block))
            bottom = block.y1
            x1 = max(x1, block.x1) if block.role != "byline" else x1
            changed = True
            break
    # A photo printed right under the headline widens what the article covers.
    for image in sorted(page.images, key=lambda b: b.y0):
        if -2 <= image.y0 - bottom <= 2.5 * body and h_overlap(
                x0 - body, x1 + body, image.x0, image.x1) > 0 and image.x0 >= x0 - 2 * body:
            x1 = max(x1, image.x1)
    stack.x0, stack.x1 = x0, x1
    stack.y0 = min([first.y0, *(k.y0 for k in stack.kickers)])
    stack.bottom = bottom


def _deck_goes_on(stack: Stack, block: Block) -> bool:
    """A deck wrapped in a narrow stack: the line right under a "——" deck, of its size,
    ending no sentence (——今年秋季学期起 / 全省中小学开设人工智能课程)."""
    if len(stack.decks) != 1 or stack.byline is not None:
        return False
    deck = stack.decks[0]
    return (deck.text.startswith("—") and block.role in ("small", "body", "subhead")
            and len(block.lines) <= 2 and abs(block.size - deck.size) <= 0.05 * deck.size
            and 0 <= block.y0 - deck.y1 <= 0.8 * deck.size
            and abs(block.x0 - deck.x0) <= deck.size
            and not ends_sentence(block.text) and not block.text.startswith("—"))


def _byline_aside(block: Block, stack: Stack, blocks: list[Block], x0: float, body: float
                  ) -> bool:
    """A byline set at the top of the first column, left of a headline centred over the
    others, with no headline of its own above it, is this headline's."""
    return (block.role == "byline" and stack.byline is None and block.x1 < x0
            and x0 - block.x1 <= 8 * body and not any(
                other.role == "head" and other not in stack.heads and other.y1 <= block.y0 + 1
                and block.y0 - other.y1 < 6 * body
                and h_overlap(other.x0, other.x1, block.x0, block.x1) > 0 for other in blocks))


def _tag(block: Block) -> bool:
    """A place or topic tag over a story, in brackets and often small: 【岳阳】."""
    text = block.text.strip()
    return len(block.lines) == 1 and text.startswith("【") and text.endswith("】") and len(
        text) <= 10


def _rule_between(page: PageGeometry, top: float, bottom: float, x0: float, x1: float
                  ) -> bool:
    return any(top - 1 <= rule.y0 <= bottom + 1 and h_overlap(rule.x0, rule.x1, x0, x1) > 0
               for rule in page.rules)
