"""Blocks → layout units: headline groups, body runs, captions and quote boxes.

A *run* is body text that belongs to one article until something ends it (a headline,
a dateline, a byline, a continuation marker, a new extraction block, a sign-off). A
*group* is a stack of headline lines with their kicker, deck and byline. Which group
names which run is decided later (``split.py``), because column layouts print
headlines after their bodies.
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.affinity import grams
from desktop_app.core.splitting.cleanup import clean_heading, clean_paragraph
from desktop_app.core.splitting.layout_units import (
    Caption,
    Group,
    Headline,
    PageBanner,
    Para,
    Quote,
    Run,
    Unit,
)
from desktop_app.core.splitting.lines import (
    Kind,
    date_line,
    editor_name,
    is_graphics_credit,
    is_masthead,
    is_terminated,
    page_number,
)
from desktop_app.core.splitting.unwrap import (
    MAX_HEADING_WIDTH,
    SHORT_HEADING_WIDTH,
    Block,
    display_width,
    starts_dateline,
)


def take_banner(blocks: list[Block]) -> tuple[PageBanner, list[Block]]:
    """Page furniture (page number, date, editor, masthead, credits) → page metadata."""
    banner = PageBanner()
    kept: list[Block] = []
    after_credit = False
    for block in blocks:
        if block.kind is Kind.BANNER:
            text = block.text
            if banner.date is None and (iso := date_line(text)):
                banner.date = iso
            elif banner.page is None and (number := page_number(text)):
                banner.page = number
            elif banner.editor is None and (name := editor_name(text)):
                banner.editor = name
            # Only a graphics credit or an editor line is followed by bare names.
            after_credit = bool(editor_name(text)) or is_graphics_credit(text)
            if is_masthead(text):
                kept.append(block)  # stays as a boundary between headline stacks
            continue
        # The names under a graphics credit ("3-6版制图" / "吴希 吴广周") are furniture too.
        if after_credit and block.is_para and _names_only(block.text):
            continue
        after_credit = False
        kept.append(block)
    return banner, kept


def _names_only(text: str) -> bool:
    parts = text.split()
    return 1 <= len(parts) <= 6 and all(2 <= len(p) <= 4 for p in parts)


def headings_from_paras(blocks: list[Block], markdown_page: bool) -> list[Block]:
    """Short paragraphs that stop mid-sentence and go nowhere are headlines."""
    out: list[Block] = []
    stack = _stack_above(blocks, markdown_page)
    for pos, block in enumerate(blocks):
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        prev = out[-1] if out else None
        if _reads_as_heading(block, prev, nxt, markdown_page, stack[pos + 1]):
            out.extend(_split_heading(block))
        else:
            out.append(block)
    return out


def _stack_above(blocks: list[Block], markdown_page: bool) -> list[bool]:
    """For each block (and one past the end): is it a line of a headline stack?

    A stack may begin with a line wider than a lone headline would be (two headlines
    printed side by side): it is a headline when the line under it is one. Pages
    marked in Markdown say themselves which lines are headings.
    """
    stack = [False] * (len(blocks) + 1)
    for pos in range(len(blocks) - 1, -1, -1):
        block = blocks[pos]
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        stack[pos] = block.kind is Kind.HEADING or (
            not markdown_page and _reads_as_heading(block, None, nxt, False, stack[pos + 1])
        )
    return stack


def _reads_as_heading(
    block: Block,
    prev: Block | None,
    nxt: Block | None,
    markdown_page: bool,
    next_in_stack: bool = False,
) -> bool:
    if not block.is_para or block.caption or block.terminated or block.signoff:
        return False
    if starts_dateline(block.text):
        return False  # a dateline on a line of its own opens the story below it
    if block.lines[0].indent:
        return False  # on a page that indents paragraphs, headlines are not indented
    if block.text.startswith("—"):
        return True
    next_is_structure = (
        nxt is None
        or next_in_stack
        or nxt.kind in (Kind.BYLINE, Kind.HEADING, Kind.BANNER)
        or (nxt.is_para and bool(starts_dateline(nxt.text)))
    )
    widest = max(display_width(line.text) for line in block.lines)
    limit = MAX_HEADING_WIDTH if next_is_structure else SHORT_HEADING_WIDTH
    if len(block.lines) > 3 or widest > limit:
        return False
    # Several short lines that stop mid-sentence are a headline stack only where the
    # story cannot go on: before a byline, dateline, caption, marker or the page end.
    before_caption = nxt is not None and nxt.is_para and nxt.caption
    if before_caption and nxt is not None and nxt.start < block.end:
        return False  # its lines go on across the photo printed among them: a paragraph
    if before_caption and prev is not None and prev.kind is Kind.BYLINE:
        return False  # under a byline the story opens, even when a photo cuts it at once
    if len(block.lines) > 1 and not (next_is_structure or before_caption or _is_boundary(nxt)):
        return False
    if nxt is not None and nxt.kind is Kind.MARKER and _GOES_ON.search(nxt.text):
        return False  # the text above "（下转第2版）" is a story cut off, not a headline
    if not markdown_page:
        return True
    # Pages that mark headings in Markdown only leave bare lines for headline stacks
    # (kicker, deck) that sit right next to a heading, a byline or a dateline.
    return next_is_structure or (prev is not None and prev.kind is Kind.HEADING)


_GOES_ON = re.compile(r"下转|转第|转[A-Z\d一二三四五六七八九十]")


def _is_boundary(block: Block | None) -> bool:
    return block is not None and block.kind in (Kind.MARKER, Kind.BOUNDARY, Kind.CREDIT)


def _split_heading(block: Block) -> list[Block]:
    if block.text.startswith("—"):
        return [Block(kind=Kind.HEADING, lines=block.lines, text=block.text)]
    pieces: list[Block] = []
    for line in block.lines:
        pieces.append(Block(kind=Kind.HEADING, lines=[line], text=line.text))
    return pieces


MAX_DUPLICATE_CHECKS = 2_000_000


def drop_duplicates(blocks: list[Block]) -> list[Block]:
    """Remove a cut-off paragraph the extractor printed again, whole, elsewhere."""
    for block in blocks:
        if block.is_para:
            block.text = clean_paragraph(block.text)
    paras = [b for b in blocks if b.is_para and not b.caption and len(b.text) >= 30]
    # Whole sentences may genuinely repeat across articles: only cut-off copies go.
    fragments = [i for i, b in enumerate(paras) if not is_terminated(b.text)]
    doomed: set[int] = set()
    if len(fragments) * len(paras) > MAX_DUPLICATE_CHECKS:
        # A hostile page of thousands of fragments: exact repeats only, in linear time.
        last = {paras[i].text: i for i in fragments}
        doomed = {i for i in fragments if last[paras[i].text] != i}
    else:
        for i in fragments:
            text = paras[i].text
            for j, other in enumerate(paras):
                if i != j and j not in doomed and text in other.text and (
                    len(other.text) > len(text) or j > i
                ):
                    doomed.add(i)
                    break
    doomed_ids = {id(paras[i]) for i in doomed}
    kept: list[Block] = []
    for block in blocks:
        if id(block) in doomed_ids:
            if kept and kept[-1].kind is Kind.MARKER:
                # The marker introduced only the duplicate: keep it as a plain boundary
                # so the text after it is not taken for the continuation.
                kept[-1].kind = Kind.BOUNDARY
            continue
        kept.append(block)
    return kept


def units_from_blocks(blocks: list[Block]) -> list[Unit]:
    """Walk the blocks once and emit runs, groups, captions and quotes in page order."""
    units: list[Unit] = []
    run: Run | None = None
    pos = 0
    while pos < len(blocks):
        block = blocks[pos]
        if block.kind is Kind.BANNER:
            # A masthead left among the blocks parts headline stacks; a running header
            # in the middle of a story does not end the story.
            pos += 1
            continue
        if block.kind is Kind.BOUNDARY:
            run = None
            pos += 1
            continue
        if block.is_para and block.caption:
            units.append(Caption(block.text, block.credit, block.start, block.end))
            pos += 1
            continue
        if block.kind is Kind.HEADING and _is_subhead(blocks, pos):
            if run is None:
                run = Run()
                units.append(run)
            for line in block.lines:
                run.paras.append(Para(clean_heading(line.text), line.start, line.end, True))
            pos += 1
            continue
        if block.kind is Kind.HEADING and block.text.startswith("—") and _follows_body(units):
            prev_run = units[-1]
            assert isinstance(prev_run, Run)
            quoted = prev_run.paras.pop()
            units.append(Quote(quoted.text, clean_heading(block.text), quoted.start, block.end))
            run = None
            pos += 1
            continue
        if (
            block.kind is Kind.BYLINE
            and block.lines[0].signoff
            and run is not None
            and run.paras
            and is_terminated(run.paras[-1].text)
        ):
            # "（湖南日报全媒体记者 张三）" under a story signs it and ends it.
            run.signoff = block.text
            pos += 1
            continue
        if block.kind in (Kind.HEADING, Kind.BYLINE) and (
            block.kind is Kind.HEADING or _byline_joins_group(units)
        ):
            group, pos = _read_group(blocks, pos)
            units.append(group)
            run = None
            continue
        if block.kind in (Kind.MARKER, Kind.BYLINE):
            marker = block.kind is Kind.MARKER
            run = Run(marker=block.text if marker else "", byline="" if marker else block.text)
            units.append(run)
            pos += 1
            continue
        if block.is_para:
            dateline = starts_dateline(block.text)
            new_run = (
                run is None or bool(dateline) or block.lines[0].block_start or (run.signoff != "")
            )
            if new_run and not (run is not None and not run.paras and (run.marker or run.byline)):
                run = Run()
                units.append(run)
            assert run is not None
            text = block.text
            if dateline and not run.paras:
                run.dateline = dateline.strip()
                text = text[len(dateline) :].lstrip()
            if text:
                run.paras.append(Para(text, block.start, block.end))
            run.signoff = block.signoff or run.signoff
        pos += 1
    for index, unit in enumerate(units):
        unit.position = index
    return [u for u in units if not (isinstance(u, Run) and not u.paras)]


def _follows_body(units: list[Unit]) -> bool:
    return (
        bool(units)
        and isinstance(units[-1], Run)
        and bool(units[-1].paras)
        and (is_terminated(units[-1].paras[-1].text))
    )


def _byline_joins_group(units: list[Unit]) -> bool:
    return bool(units) and isinstance(units[-1], Group) and not units[-1].byline


def _neighbour(blocks: list[Block], pos: int, step: int) -> Block | None:
    pos += step
    while 0 <= pos < len(blocks):
        block = blocks[pos]
        if not (block.is_para and block.caption):
            return block
        pos += step
    return None


def _is_subhead(blocks: list[Block], pos: int) -> bool:
    """A heading between two stretches of body text heads a section, not an article.

    A subhead may take two lines (a short lead-in and the head proper); three headings
    in a row are a headline stack.
    """
    is_head = [
        0 <= i < len(blocks) and blocks[i].kind is Kind.HEADING for i in range(pos - 2, pos + 3)
    ]
    before2, before, _, after, after2 = is_head
    if before and after:
        return False
    if before:
        first, last = pos - 1, pos
        if before2:
            return False
    elif after:
        first, last = pos, pos + 1
        if after2:
            return False
    else:
        first = last = pos
    head = blocks[first]
    if head.level == 1 or head.text.startswith("—") or head.text.endswith(("——", "：")):
        return False
    if blocks[last].level == 1:
        return False
    prev, nxt = _neighbour(blocks, first, -1), _neighbour(blocks, last, 1)
    if prev is None or nxt is None:
        return False
    if last + 1 < len(blocks) and _names_caption(blocks[pos], blocks[last + 1], nxt):
        return False
    if _signed_twice(blocks, first, last):
        return False
    # A story signed at its end ("…说。 张三") is over: what follows heads another.
    prev_ok = (prev.is_para and not prev.signoff) or prev.kind is Kind.HEADING
    next_ok = nxt.is_para and not starts_dateline(nxt.text) and not nxt.lines[0].block_start
    return prev_ok and next_ok and not nxt.text.startswith("—")


def _signed_twice(blocks: list[Block], first: int, last: int) -> bool:
    """Would the heading at ``first``..``last`` leave one story signed twice?

    A story is signed once: by a byline or dateline above it, or by a name under its
    last sentence. Text above the heading signed at its top and text below it signed at
    its end are two stories.
    """
    pos = first - 1
    top = False
    while pos >= 0 and (blocks[pos].is_para or blocks[pos].kind is Kind.CREDIT):
        block = blocks[pos]
        if block.is_para and not block.caption and starts_dateline(block.text):
            top = True
        pos -= 1
    if pos >= 0 and blocks[pos].kind is Kind.BYLINE and not blocks[pos].lines[0].signoff:
        top = True
    if not top:
        return False
    pos = last + 1
    signed = False
    while pos < len(blocks) and (blocks[pos].is_para or blocks[pos].kind is Kind.CREDIT):
        block = blocks[pos]
        if block.is_para and not block.caption:
            signed = bool(block.signoff)
        pos += 1
    after = blocks[pos] if pos < len(blocks) else None
    return signed or (after is not None and after.kind is Kind.BYLINE and after.lines[0].signoff)


def _names_caption(head: Block, after: Block, body: Block) -> bool:
    """A heading right above a photo caption that shares its words is the photo's title."""
    if not (after.is_para and after.caption):
        return False
    head_grams = grams(head.text)
    return len(head_grams & grams(after.text)) > len(head_grams & grams(body.text))


def _read_group(blocks: list[Block], pos: int) -> tuple[Group, int]:
    group = Group()
    while pos < len(blocks):
        block = blocks[pos]
        if block.kind is Kind.BYLINE:
            if group.byline:
                break
            group.byline = block.text
            group.byline_span = (block.start, block.end)
            pos += 1
            break
        if block.kind is not Kind.HEADING:
            break
        text = clean_heading(block.text)
        if not group.lines and not group.kicker and (kicker := _inline_kicker(text)):
            group.kicker, text = kicker, text[len(kicker) :].strip()
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        is_kicker = (
            text.endswith(("——", "：", ":")) and nxt is not None and (nxt.kind is Kind.HEADING)
        )
        # A kicker or a second Markdown headline starts the next headline stack.
        if group.lines and (is_kicker or _next_stack(group, block.level)):
            break
        if text.startswith("—"):
            if not group.decks:
                group.deck_after = len(group.lines)
            group.decks.append(text.lstrip("—").strip())
        elif is_kicker:
            group.kicker = text
        elif _is_label(block, nxt):
            group.label = text
        else:
            chained = bool(group.lines) and blocks[pos - 1].lines[-1].hard_break
            group.lines.extend(_headline_parts(text, block, chained))
        group.starts.append(block.start)
        pos += 1
    return group, pos


BOLD = 7  # the level of a whole-line **bold** heading


def _next_stack(group: Group, level: int) -> bool:
    """A Markdown heading as large as the stack's headline starts the next stack.

    Bare lines above a heading are its kicker, a smaller heading below it is its deck,
    and bold lines (all of one size) stay one stack: kicker, headline, deck.
    """
    if not level or level == BOLD or group.kicker:
        return False
    marked = [h.level for h in group.lines if 0 < h.level < BOLD]
    return bool(marked) and level <= min(marked)


def _inline_kicker(text: str) -> str:
    """ "某某公司党委书记程刚： 湖南是…" prints kicker and headline on one line, apart.

    Without the space the colon is the headline's own ("浏阳花炮：一年卖出…").
    """
    match = re.match(r"^[^：:]{4,30}[：:][ \u3000]+(?=\S)", text)
    return match.group(0).strip() if match and len(match.group(0)) < len(text) else ""


def _headline_parts(text: str, block: Block, chained: bool) -> list[Headline]:
    """A line may print several headlines side by side ("甲标题 乙标题"): offer each part.

    Parts of one line that end up naming the same body are joined again.
    """
    parts = text.split(" ")
    if len(parts) < 2 or any(len(part) < 4 for part in parts):
        parts = [text]
    heads: list[Headline] = []
    offset = 0
    for index, part in enumerate(parts):
        heads.append(
            Headline(
                part,
                block.start + offset,
                block.start + offset + len(part),
                chained if index == 0 else True,
                block.start,
                block.level,
            )
        )
        offset += len(part) + 1
    return heads


def _is_label(block: Block, nxt: Block | None) -> bool:
    """A column label ("三湘时评") sits above a headline of a larger Markdown level."""
    return (
        nxt is not None
        and nxt.kind is Kind.HEADING
        and 0 < nxt.level < block.level <= 6
        and len(block.text) <= 6
    )


PULL_QUOTE_MIN = 12


def _run_near(units: list[Unit], pos: int, step: int) -> Run | None:
    """The story printed next to the unit at ``pos`` (captions between skipped)."""
    pos += step
    while 0 <= pos < len(units):
        unit = units[pos]
        if isinstance(unit, Run):
            return unit
        if not isinstance(unit, Caption):
            return None
        pos += step
    return None


def pull_quotes(units: list[Unit]) -> list[Unit]:
    """A headline-like line printed word for word inside a body is a pull quote.

    Papers set a striking sentence of a story large beside it ("初步估算，设备更新市场
    需求规模将在5万亿元以上"); it names no article and must not become a headline.
    A stack with a byline is a real headline even when the lead repeats it.
    """
    runs = [u for u in units if isinstance(u, Run)]
    out: list[Unit] = []
    for pos, unit in enumerate(units):
        if not isinstance(unit, Group) or unit.byline:
            out.append(unit)
            continue
        # A deck repeats a line of the story printed next to its stack; a pull quote is
        # set apart from the story it quotes.
        beside = {id(u) for u in (_run_near(units, pos, -1), _run_near(units, pos, 1)) if u}
        bodies = [
            p.text for u in runs if id(u) not in beside for p in u.paras if not p.subhead
        ]
        # Only a whole printed line: one half of "甲标题 乙标题" may well recur in a body.
        whole = [h for h in unit.lines if sum(x.line_id == h.line_id for x in unit.lines) == 1]
        quoted = [
            h for h in whole
            if len(h.text) >= PULL_QUOTE_MIN and any(h.text in body for body in bodies)
        ]
        unit.lines = [h for h in unit.lines if h not in quoted]
        if unit.lines or unit.kicker or unit.decks:
            out.append(unit)
        for head in quoted:
            out.append(Quote(head.text, "", head.start, head.end, position=unit.position))
    return out

