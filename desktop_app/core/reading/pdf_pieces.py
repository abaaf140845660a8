"""Layout step 5, second half: which blocks each headline stack owns → pieces.

A :class:`Piece` is an article under construction: a stack (or none) with the body
blocks it owns, or a photo caption on its own. A stack takes the columns under it and,
where nothing else is printed, the columns beside it (a headline at the left of its
text, set vertically, centred over a lead); text under no headline runs on as pieces of
its own. Turning pieces into text and articles is
:mod:`desktop_app.core.reading.pdf_articles`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.reading.pdf_blocks import Block, ends_sentence, h_overlap
from desktop_app.core.reading.pdf_captions import find_captions, pictures, titles
from desktop_app.core.reading.pdf_records import PageGeometry
from desktop_app.core.reading.pdf_stacks import Stack
from desktop_app.core.splitting.stacks import is_column_name


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


# -- 5. what each stack owns ------------------------------------------------------------

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
    images = pictures(page)
    for piece in pieces:
        stack = piece.stack
        photo = None
        if stack is not None and not piece.blocks and stack.byline is None and not stack.kickers \
                and not stack.decks and len(stack.heads) == 1:
            head = stack.heads[0]
            photo = next((p for p in photos if p.caption is not None and p.caption_title is None
                          and titles(head, p.caption, body, images)), None)
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
