"""Blocks → layout units: headline groups, body runs, captions and quote boxes.

A *run* is body text that belongs to one article until something ends it (a headline,
a dateline, a byline, a continuation marker, a new extraction block, a sign-off). A
*group* is a stack of headline lines with their kicker, deck and byline. Which group
names which run is decided later (``split.py``), because column layouts print
headlines after their bodies.
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.blocks import (
    ON_ITS_TIME,
    Block,
    signed_in_brackets,
    starts_dateline,
)
from desktop_app.core.splitting.cleanup import clean_heading, clean_paragraph
from desktop_app.core.splitting.furniture import is_section_name
from desktop_app.core.splitting.headings import headings_from_paras
from desktop_app.core.splitting.layout_units import (
    Caption,
    Group,
    PageBanner,
    Para,
    Quote,
    Run,
    Unit,
)
from desktop_app.core.splitting.lines import Kind, is_closing_note, is_terminated
from desktop_app.core.splitting.page_heads import (
    closed_up,
    date_line,
    editor_name,
    glued_page_head,
    header_section,
    is_graphics_credit,
    is_masthead,
    page_number,
)
from desktop_app.core.splitting.stacks import (
    BOLD,
    PULL_QUOTE_MIN,
    is_column_name,
    pull_quotes,
    read_group,
    signs_the_story_above,
    signs_under,
)
from desktop_app.core.splitting.subhead_forms import (
    heads_a_brief,
    heads_its_own_story,
    names_caption,
    opens_bracketed_sections,
    subhead_form,
)
from desktop_app.core.splitting.titles import title_and_label
from desktop_app.core.surnames import COMMON_SURNAMES

__all__ = [
    "BOLD",
    "MAX_DUPLICATE_CHECKS",
    "PULL_QUOTE_MIN",
    "drop_duplicates",
    "headings_from_paras",
    "pull_quotes",
    "take_banner",
    "units_from_blocks",
]


def take_banner(blocks: list[Block]) -> tuple[PageBanner, list[Block]]:
    """Page furniture (page number, date, editor, masthead, credits) → page metadata."""
    banner = PageBanner()
    kept: list[Block] = []
    after_credit = after_head = False
    for block in blocks:
        # Under the masthead or the date, the page's number and section OCR ran together.
        glued = glued_page_head(block.text) if after_head else None
        if glued is not None and banner.page is None:
            banner.page, banner.section = glued[0], banner.section or glued[1]
            continue
        after_head = block.kind is Kind.BANNER
        if block.kind is Kind.BANNER:
            text = block.text
            # A running header prints several fields on one line: each is taken.
            banner.date = banner.date or date_line(text)
            banner.page = banner.page or page_number(text)
            banner.editor = banner.editor or editor_name(text)
            if banner.section is None:
                alone = is_section_name(text) and not is_masthead(text)
                banner.section = closed_up(text) if alone else header_section(text)
            # Only a graphics credit or an editor line is followed by bare names.
            after_credit = bool(editor_name(text)) or is_graphics_credit(text)
            if is_masthead(text):
                kept.append(block)  # stays as a boundary between headline stacks
            continue
        # The names under a graphics credit ("3-6版制图" / "吴希 吴广周") are furniture too.
        if after_credit and block.is_para and _names_only(block.text) \
                and not is_column_name(block.text):
            continue
        after_credit = False
        kept.append(block)
    return banner, kept


def _names_only(text: str) -> bool:
    """Names alone (吴希 吴广周); one word on no surname is a headline (春到茶山)."""
    parts = text.split()
    return 1 <= len(parts) <= 6 and all(2 <= len(p) <= 4 for p in parts) \
        and (len(parts) > 1 or parts[0][0] in COMMON_SURNAMES)


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
            if run is None and (run := _story_round_photo(units)) is None:
                run = Run()
                units.append(run)
            for line in block.lines:
                run.paras.append(Para(clean_heading(line.text), line.start, line.end, True))
            pos += 1
            continue
        if block.kind is Kind.HEADING and block.text.startswith("—") \
                and not block.text.endswith("—") and _follows_body(units):
            # (A label framed by dashes, ——广告——, attributes nothing.)
            prev_run = units[-1]
            assert isinstance(prev_run, Run)
            quoted = prev_run.paras.pop()
            units.append(Quote(quoted.text, clean_heading(block.text), quoted.start, block.end))
            run = None
            pos += 1
            continue
        if (
            ((block.kind is Kind.BYLINE and block.lines[0].signoff)
             or signs_the_story_above(block, blocks[pos + 1] if pos + 1 < len(blocks) else None))
            and run is not None
            and run.paras
            and is_terminated(run.paras[-1].text)
        ):
            # "（湖南日报全媒体记者 张三）" under a story signs it and ends it; so does a
            # name alone over the next headline.
            run.signoff = block.text
            pos += 1
            continue
        if block.kind in (Kind.HEADING, Kind.BYLINE) and (
            block.kind is Kind.HEADING or _byline_joins_group(units)
        ):
            group, pos = read_group(blocks, pos)
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


def _story_round_photo(units: list[Unit]) -> Run | None:
    """The story a photo with its own title was set in, when a subhead follows the
    photo: the story goes on under it (…见闻 / photo / **新产业挑大梁** / …)."""
    if len(units) < 3:
        return None
    story, title, caption = units[-3:]
    if isinstance(story, Run) and story.paras and isinstance(title, Group) \
            and not title.byline and isinstance(caption, Caption):
        return story
    return None


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
        # Captions stand anywhere; so do running page headers, but one above a heading
        # is the top of a column, where a story may start: only one under it is skipped.
        furniture = block.kind is Kind.BANNER and step > 0
        if not (block.is_para and block.caption) and not furniture:
            return block
        pos += step
    return None


# A part of a series, numbered at the label's end: 醴陵实践③, 系列报道之二.
_SERIES_PART = re.compile(r"(?:[①-⑳]|之[一二三四五六七八九十]{1,3})$")


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
    if is_column_name(head.text) or title_and_label(head.text)[1]:
        # 文体快讯, 湘江评论 above a headline, or before it (【乡村观察】让…): a column opens
        return False
    if _numbered_after_a_headline(blocks, first) or heads_a_brief(blocks, first):
        return False
    if blocks[last].level == 1 or (last > first and blocks[last].text.startswith("—")):
        return False  # (a subhead has no deck: 秋冬进补要因人而异 / ——专家解读…)
    prev, nxt = _neighbour(blocks, first, -1), _neighbour(blocks, last, 1)
    if prev is None or nxt is None:
        return False
    if first == last and prev.kind is Kind.BYLINE and not prev.lines[0].signoff \
            and nxt.is_para and opens_bracketed_sections(blocks, pos):
        # A case's sections under its signed headline (… / 李明 周晓 / 【基本案情】 …
        # 【分歧意见】 …): the first opens the story, as the others go on with it.
        return True
    if nxt.kind is Kind.BYLINE or _SERIES_PART.search(head.text) \
            or (last > first and signs_under(head.text, blocks[last].text)):
        # Signed under it (by a bare name too: 别让“AI代写”偷走独立思考 / 王嘉), or a
        # series' part (高质量发展·醴陵实践③): a piece of its own.
        return False
    if last + 1 < len(blocks) and names_caption(blocks[pos], blocks[last + 1], nxt):
        return False
    if _signed_twice(blocks, first, last):
        return False
    # A story signed at its end ("…说。 张三") is over: what follows heads another.
    prev_ok = (prev.is_para and not prev.signoff and not signed_in_brackets(prev.text)
               and not is_closing_note(prev.text)) or prev.kind is Kind.HEADING
    if nxt.kind is Kind.MARKER and "转" in nxt.text and "上接" not in nxt.text:
        # A heading at the foot of a story that goes on on another page ("下转第2版")
        # heads the section printed there: it is the story's subhead, not an article.
        return prev_ok
    # Text that opens on its day or its time (6月10日晚，…, 今年以来，…) under a plain
    # heading is a new piece (a brief, a photo); a subhead in a subhead's form (【在车间】,
    # 一、…) may open on one.
    next_ok = nxt.is_para and not starts_dateline(nxt.text) and not nxt.lines[0].block_start \
        and not (ON_ITS_TIME.match(nxt.text) and not subhead_form(blocks[pos].text))
    return prev_ok and next_ok and not nxt.text.startswith("—") \
        and not heads_its_own_story(blocks, first, last)


# A list's number before a heading: "2.《…》", "3、…".
_LIST_NUMBER = re.compile(r"^(?P<n>\d{1,2})(?P<sep>[.．、])")


def _numbered_after_a_headline(blocks: list[Block], pos: int) -> bool:
    """Does the heading at ``pos`` go on a numbered list of the page's headlines (a
    notes file's 1.《…》 over a byline, then 2.《…》 over bare text)? The list's headings
    before it, numbered down to 1 in the same style, come in order, and the first opened
    a piece: so does this one. (One pass back, and no recursion: the first heading's own
    question stops at once.)"""
    number = _LIST_NUMBER.match(blocks[pos].text)
    if number is None or number["n"] == "1":
        return False
    wanted = int(number["n"]) - 1
    for earlier in range(pos - 1, -1, -1):
        block = blocks[earlier]
        found = _LIST_NUMBER.match(block.text) if block.kind is Kind.HEADING else None
        if found is None or found["sep"] != number["sep"]:
            continue
        if int(found["n"]) != wanted:
            return False
        if wanted == 1:
            return not _is_subhead(blocks, earlier)
        wanted -= 1
    return False


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
