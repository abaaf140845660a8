"""Layout step 5: headline stacks, and which blocks each one owns.

A :class:`Stack` is a headline with its kicker, deck, byline and lead photo; a
:class:`Piece` is an article under construction: a stack (or none) with the body blocks
it owns, or a photo caption on its own. Turning pieces into text and articles is
:mod:`desktop_app.core.reading.pdf_articles`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.reading.pdf_blocks import Block, ends_sentence, h_overlap
from desktop_app.core.reading.pdf_captions import find_captions, pictures, titles
from desktop_app.core.reading.pdf_lines import Line
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


@dataclass(eq=False)
class Piece:
    """An article under construction."""

    stack: Stack | None
    blocks: list[Block] = field(default_factory=list)
    caption: Block | None = None
    caption_title: Block | None = None  # a photo's own title, printed over its caption
    top: float = 0.0
    left: float = 0.0
    furniture: bool = False  # a front page's index: its text is the page's, no article


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
        line = prev.lines[0]
        joined = line.text + " " + head.lines[0].text
        prev.lines[0] = Line(line.chars + head.lines[0].chars, joined, line.x0, line.y0,
                             head.lines[0].x1, max(line.y1, head.lines[0].y1), line.size,
                             line.bold, line.role)
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


def build_pieces(blocks: list[Block], stacks: list[Stack], page: PageGeometry, body: float
                 ) -> list[Piece]:
    taken = {id(b) for s in stacks for b in s.members()}
    captions, titles, caption_ids = find_captions(blocks, taken, page, body)
    rest = [b for b in blocks if id(b) not in taken and id(b) not in caption_ids]
    index = [b for b in rest if b.role == "index"]
    rest = [b for b in rest if b.role != "index"]
    _widen(stacks, rest, blocks, body)
    by_stack: dict[int, Piece] = {id(s): Piece(s, top=s.y0, left=s.x0) for s in stacks}
    orphans: list[Block] = []
    for block in sorted(rest, key=lambda b: (b.y0, b.x0)):
        owner = _owner(block, stacks, page, body)
        if owner is None:
            orphans.append(block)
        else:
            by_stack[id(owner)].blocks.append(block)
    photos = [Piece(None, caption=c, caption_title=titles.get(id(c)), top=c.y0, left=c.x0)
              for c in captions]
    _flow_on(list(by_stack.values()), body)
    stories = _titles_to_captions(list(by_stack.values()), photos, page, body)
    pieces = _labels_to_kickers(stories, body)
    pieces.extend(_orphan_pieces(orphans, body))
    if index:
        pieces.append(Piece(None, index, top=min(b.y0 for b in index),
                            left=min(b.x0 for b in index), furniture=True))
    return pieces + photos


def _flow_on(pieces: list[Piece], body: float) -> None:
    """A brief that runs off the foot of a column goes on at the top of the next, under
    the column's name (社会简讯) spanning both: that text is the brief's, not the name's."""
    def last(piece: Piece) -> Block:
        return max(piece.blocks, key=lambda b: (round(b.x0 / body), b.y1))

    for piece in pieces:
        stack = piece.stack
        if stack is None or not piece.blocks or stack.decks or stack.byline is not None \
                or not all(is_column_name(h.text.replace(" ", "")) for h in stack.heads):
            continue
        first = min(piece.blocks, key=lambda b: (round(b.x0 / body), b.y0))
        if first.role != "body" or _indented_start(first, body):
            continue
        ended = [other for other in pieces if other is not piece and other.blocks]
        source = next((other for other in ended
                       if 0 <= first.x0 - (tail := last(other)).x1 <= 2 * body
                       and tail.y1 > first.y1 and not ends_sentence(tail.text)), None)
        if source is not None:
            piece.blocks.remove(first)
            source.blocks.append(first)


def _titles_to_captions(pieces: list[Piece], photos: list[Piece], page: PageGeometry,
                        body: float) -> list[Piece]:
    """A headline alone, with no text, byline or deck, right over a photo's caption at
    its left edge is the photo's title (暖冬送温暖), not an empty story."""
    kept: list[Piece] = []
    for piece in pieces:
        stack = piece.stack
        photo = None
        if stack is not None and not piece.blocks and stack.byline is None and not stack.kickers \
                and not stack.decks and len(stack.heads) == 1:
            head = stack.heads[0]
            photo = next((p for p in photos if p.caption is not None and p.caption_title is None
                          and titles(head, p.caption, body, pictures(page))), None)
        if photo is None:
            kept.append(piece)
            continue
        assert stack is not None
        photo.caption_title = stack.heads[0]
        photo.top = min(photo.top, stack.y0)
    return kept


def _labels_to_kickers(pieces: list[Piece], body: float) -> list[Piece]:
    """A headline with no text of its own right above another one names what follows:
    a column's name (快讯, 社会扫描) over its first brief, a label over a story. It
    becomes that headline's kicker instead of an empty article."""
    kept: list[Piece] = []
    for piece in pieces:
        stack = piece.stack
        if stack is None or piece.blocks or stack.byline is not None:
            kept.append(piece)
            continue
        below = [other for other in pieces
                 if other.stack is not None and other.stack is not stack and other.blocks
                 and 0 <= other.stack.y0 - stack.bottom <= 2.5 * body
                 and h_overlap(stack.x0, stack.x1, other.stack.x0, other.stack.x1) > 0]
        if not below:
            kept.append(piece)
            continue
        host = min(below, key=lambda p: (p.top, abs(p.left - stack.x0)))
        assert host.stack is not None
        host.stack.kickers[:0] = [*stack.kickers, *stack.heads, *stack.decks]
        host.stack.y0 = host.top = min(host.top, stack.y0)
    return kept


def _widen(stacks: list[Stack], rest: list[Block], blocks: list[Block], body: float) -> None:
    """A short headline over several columns: take the columns to either side whose text
    starts right under it while nothing is printed beside the headline (a lead centred
    over the page's width owns the columns to its left too). A headline set at the left
    of its story, with nothing under it, takes the columns beside it that start at its
    top."""
    lead = 4.5 * body

    def below(stack: Stack) -> list[Block]:
        return [b for b in rest if b.role in ("body", "subhead", "marker")
                and stack.bottom - 2 <= b.y0 <= stack.bottom + lead]

    for stack in stacks:
        right = sorted((b for b in below(stack) if b.x1 > stack.x1 + body
                        and b.x0 >= stack.x0 - 1), key=lambda b: b.x0)
        for block in right:
            if _beside(stack, block, blocks, stack.x1 + 1, block.x0 + 1):
                break
            stack.x1 = max(stack.x1, block.x1)
    for stack in stacks:
        # Only columns no other headline has taken already, over or beside it.
        left = sorted((b for b in below(stack) if b.x0 < stack.x0 - body
                       and b.x1 <= stack.x1 + 1 and not _covered(b, stacks, stack)),
                      key=lambda b: -b.x1)
        # A column cut in blocks (by a subhead) is no text beside the headline.
        starts = {id(b) for b in left}
        for block in left:
            if _beside(stack, block, blocks, block.x0 + 1, stack.x0 - 1, starts):
                break
            stack.x0 = min(stack.x0, block.x0)
    for stack in stacks:
        if any(h_overlap(stack.x0, stack.x1, b.x0, b.x1) > 0 and b.role != "byline"
               for b in below(stack)):
            continue
        if _vertical(stack) and _take_left(stack, stacks, rest, body):
            continue
        # Columns that run beside the headline: from a little above its top (a stack set
        # in the middle of its story's height) to past its foot.
        # (And the byline over them.)
        reach = min(stack.bottom, stack.y0 + 2 * body)
        beside = sorted((b for b in rest if b.role in ("body", "subhead", "byline")
                         and b.x0 > stack.x1 and stack.y0 - 6 * body <= b.y0 <= stack.y0 + 3 * body
                         and (b.role == "byline" or b.y1 >= reach)), key=lambda b: b.x0)
        for block in beside:
            if block.x0 - stack.x1 > 3 * body or _covered(block, stacks, stack):
                break
            stack.x1, stack.bottom = max(stack.x1, block.x1), min(stack.bottom, block.y0)


def _vertical(stack: Stack) -> bool:
    """A headline set vertically (竖排), a character a line."""
    return len(stack.heads) == 1 and len(stack.heads[0].lines) >= 3 and all(
        len(line.text.strip()) == 1 for line in stack.heads[0].lines)


def _take_left(stack: Stack, stacks: list[Stack], rest: list[Block], body: float) -> bool:
    """A vertical headline at the right of its story owns the columns at its left that
    run beside it, from the nearest outwards, and the byline over them."""
    beside = sorted((b for b in rest if b.role in ("body", "subhead", "byline")
                     and b.x1 < stack.x0 and b.y0 < stack.y0 + 3 * body
                     and b.y1 > stack.y0 and not _covered(b, stacks, stack)),
                    key=lambda b: -b.x1)
    edge, taken = stack.x0, False
    for block in beside:
        if edge - block.x1 > 3 * body or block.y0 < stack.y0 - 2 * body:
            if block.x1 < edge:
                break  # a gutter too wide, or a column that starts higher: another story's
            continue
        taken = True
        edge = min(edge, block.x0)
        stack.x0, stack.bottom = min(stack.x0, block.x0), min(stack.bottom, block.y0)
    return taken


def _covered(block: Block, stacks: list[Stack], own: Stack) -> bool:
    """Does another headline above the block, and nearer to it than ``own``'s top, span
    its column? (A lead far up the page spans every column under it.)"""
    width = block.x1 - block.x0
    return any(other is not own and own.y0 - 1 <= other.bottom <= block.y0 + 1
               and h_overlap(other.x0, other.x1, block.x0, block.x1) >= 0.5 * width
               for other in stacks)


def _beside(stack: Stack, block: Block, blocks: list[Block], x0: float, x1: float,
            ignore: frozenset[int] | set[int] = frozenset()) -> bool:
    """Is anything but the stack (and the blocks in ``ignore``) printed between ``x0``
    and ``x1`` from the stack's top down to where ``block`` starts?"""
    return any(other is not block and id(other) not in ignore and other.y1 > stack.y0
               and other.y0 < block.y0 - 1 and h_overlap(x0, x1, other.x0, other.x1) > 0
               and not any(other is m for m in stack.members()) for other in blocks)


def _owner(block: Block, stacks: list[Stack], page: PageGeometry, body: float
           ) -> Stack | None:
    width = block.x1 - block.x0
    best: Stack | None = None
    for stack in stacks:
        if stack.bottom > block.y0 + 1:
            continue
        if h_overlap(stack.x0 - body, stack.x1 + body, block.x0, block.x1) < 0.5 * width:
            continue
        if best is None or stack.bottom > best.bottom:
            best = stack
    if best is None:
        return None
    for rule in page.rules:
        if best.bottom - 1 <= rule.y0 <= block.y0 + 1 and h_overlap(
                rule.x0, rule.x1, block.x0, block.x1) > 0.5 * width:
            return None
    return best


def _orphan_pieces(orphans: list[Block], body: float) -> list[Piece]:
    """Body text under no headline: runs that go on from block to block are one piece."""
    pieces: list[Piece] = []
    for block in sorted(orphans, key=lambda b: (round(b.x0 / body), b.y0)):
        prev = pieces[-1] if pieces else None
        if prev is not None and block.role != "marker" and (
                not ends_sentence(prev.blocks[-1].text) or prev.blocks[-1].role == "marker"
                or not _indented_start(block, body)):
            prev.blocks.append(block)
            continue
        pieces.append(Piece(None, [block], top=block.y0, left=block.x0))
    return pieces


def _indented_start(block: Block, body: float) -> bool:
    first = block.lines[0]
    if len(block.lines) > 1:
        return first.x0 - block.x0 > 1.2 * first.size
    return False
