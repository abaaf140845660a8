"""Layout step 6: pieces → the page text in reading order and its articles.

Reads each piece's blocks column by column, rejoins paragraphs across lines and column
breaks, writes the page text with the offsets of what was written, and makes the
:class:`~desktop_app.core.articles.Article` records (kind, title, byline, spans) that
index it, in the :class:`LaidOutPage` that layout returns.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.articles import Article, PageMeta, SplitPage
from desktop_app.core.reading.pdf_blocks import Block, ends_sentence, h_overlap
from desktop_app.core.reading.pdf_lines import Line, join_lines
from desktop_app.core.reading.pdf_pieces import Piece
from desktop_app.core.reading.pdf_records import Box
from desktop_app.core.splitting.blocks import dateline_reporters, starts_dateline
from desktop_app.core.splitting.lines import byline_names, credit_split
from desktop_app.core.splitting.titles import bare_title, derived_title, has_words

BRIEF_CHARS = 600

_JUMP_FROM = re.compile(r"上接|接第|紧接")


@dataclass(frozen=True)
class LaidOutPage:
    """The page's text in reading order and its articles, whose offsets index ``text``."""

    text: str
    split: SplitPage
    regions: tuple[tuple[Box, ...], ...] = ()  # per article: where it is printed


# -- 6. text and articles ----------------------------------------------------------------

class _Text:
    """The page text being written, with the offsets of what was written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def gap(self) -> None:
        if self.parts:
            self.parts.append("\n")
            self.length += 1

    def value(self) -> str:
        return "".join(self.parts)


def assemble(meta: PageMeta, band: list[Line], pieces: list[Piece], body: float,
             foot: Sequence[Line] = ()) -> LaidOutPage:
    out = _Text()
    for line in band:
        out.add(line.text)
    articles: list[Article] = []
    regions: list[tuple[Box, ...]] = []
    for piece in sorted(pieces, key=lambda p: (p.top, p.left)):
        if out.parts:
            out.gap()
        if piece.furniture:
            for block in sorted(piece.blocks, key=lambda b: (b.y0, b.x0)):
                out.add(block.text)
            continue
        article = (_caption_article(piece.caption, piece.caption_title, out)
                   if piece.caption is not None else _story_article(piece, out, body))
        if article is not None:
            articles.append(article)
            regions.append(_region(piece))
    if foot:
        out.gap()
        for line in sorted(foot, key=lambda f: (f.y0, f.x0)):
            out.add(line.text)
    _unique_ids(articles)
    return LaidOutPage(out.value(), SplitPage(meta, articles), tuple(regions))


def _region(piece: Piece) -> tuple[Box, ...]:
    members = [*(piece.stack.members() if piece.stack else []), *piece.blocks]
    if piece.caption is not None:
        members.append(piece.caption)
    if piece.caption_title is not None:
        members.append(piece.caption_title)
    return tuple(b.box for b in members)


def _caption_article(caption: Block, title_block: Block | None, out: _Text
                     ) -> Article | None:
    text = caption.text
    credit = ""
    if (split := credit_split(text)) is not None:
        text, credit = split
    if not text:
        return None
    title = title_block.text if title_block is not None else derived_title(text)
    if title_block is not None:
        out.add(title)
    start, end = out.add(text)
    if credit:
        out.add(credit)
    return Article(id="", title=title, kind="photo_caption", byline=credit,
                   authors=byline_names(credit) if credit else [], paragraphs=[text],
                   source_start=start, source_end=out.length, paragraph_spans=[(start, end)])


def _story_article(piece: Piece, out: _Text, body: float) -> Article | None:
    stack = piece.stack
    title = subtitle = kicker = byline = ""
    start = out.length + (1 if out.parts else 0)
    if stack is not None:
        mains = _main_heads(stack.heads)
        kickers = [k.text for k in stack.kickers]
        kickers += [h.text for h in stack.heads if h.y0 < mains[0].y0]
        decks = [h.text for h in stack.heads if h.y0 > mains[-1].y0]
        decks += [d.text for d in stack.decks]
        for text in kickers:
            out.add(text)
        # (A column's mark before it, ■, is no part of it: bare_title leaves it out.)
        title = bare_title(join_lines([h.text for h in mains]))
        out.add(title)
        for text in decks:
            out.add(text)
        subtitle, kicker = " ".join(kickers + decks), " ".join(kickers)
        if stack.byline is not None:
            byline = stack.byline.text
            out.add(byline)
    blocks = _reading_order(piece.blocks, body)
    marker = ""
    if blocks and blocks[0].role == "marker":
        marker = blocks[0].text
    signed = list(itertools.takewhile(lambda b: b.role == "byline", blocks[bool(marker):]))
    # A byline wrapped in two blocks (…记者 谢 军 / 通讯员邓亮) names them all.
    byline = " ".join([byline, *(b.text for b in signed)]).strip()
    paragraphs, subheads, positions = _paragraphs(blocks, body)
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    dateline = ""
    body_index = 0
    for kind, text in paragraphs:
        if kind == "marker":
            out.add(text)
            continue
        if kind == "byline":
            out.add(text)
            continue
        if kind == "subhead":
            out.add(text)
            subheads.append(text)
            positions.append(body_index)
            continue
        start_at, end_at = out.add(text)
        if not texts and not dateline and (opening := starts_dateline(text)):
            # As on a text page: the dateline (本报讯（记者 王晗）) is shown with the
            # byline, not as the story's first paragraph; the page text keeps it.
            dateline, text = opening.strip(), text[len(opening):].lstrip()
            if not text:
                continue
            start_at = end_at - len(text)
        spans.append((start_at, end_at))
        texts.append(text)
        body_index += 1
    if not texts or not has_words("".join(texts)):
        # A headline with nothing under it: an advertisement's display lines, a label
        # (短评), a notice's heading, a photo's title whose caption went elsewhere; or
        # marks alone (a stray 。). Its words stay in the page's text; an empty article
        # would only be noise.
        return None
    if stack is None and len(texts) == 1 and _TAG_ALONE.match(texts[0]):
        return None  # a place or topic tag (【娄底】) whose story or photo went elsewhere
    if stack is None and len(texts) == 1 and _credit_alone(texts[0]):
        return None  # a photo's credit under no caption (…记者 郭立亮 摄): no article
    if _contact_only("".join(texts)) and not byline:
        # The paper's address and hotlines; an advertisement's display line over its
        # dates and phone number (湘江银行 / …服务热线96599): no article.
        return None
    joined = "\n".join(texts)
    if marker and _JUMP_FROM.search(marker):
        kind = "continuation"
        subtitle = subtitle or marker
    elif "评论员" in byline:
        kind = "commentary"
    elif len(joined) < BRIEF_CHARS and not subheads and not byline:
        kind = "brief"
    else:
        kind = "article"
    if not title:
        title = derived_title(joined)
    authors = byline_names(byline or dateline_reporters(dateline)) if byline or dateline else []
    return Article(id="", title=title, kind=kind, subtitle=subtitle, kicker=kicker,
                   byline=byline, authors=authors, dateline=dateline, subheads=subheads,
                   subhead_positions=positions, paragraphs=texts, source_start=start,
                   source_end=out.length, paragraph_spans=spans)


def _main_heads(heads: list[Block]) -> list[Block]:
    """The headline: the largest head, with the heads of its size and face right under it
    (a headline wrapped in a narrow column: ■湖南出台措施 / 支持外贸企业稳订单)."""
    main = max(heads, key=lambda h: h.size)
    at = heads.index(main)
    end = at + 1
    while end < len(heads) and abs(heads[end].size - main.size) <= 0.03 * main.size \
            and heads[end].bold == main.bold and not heads[end].text.startswith("—"):
        end += 1
    return heads[at:end]


_TAG_ALONE = re.compile(r"^【[^【】]{1,8}】$")


def _contact_only(text: str) -> bool:
    """A few words around a telephone number and no sentence: 新闻热线：0731-84326110."""
    return len(text) <= MAX_CONTACT_CHARS and _PHONE.search(text) is not None \
        and not any(mark in text for mark in "。！？")


MAX_CONTACT_CHARS = 100
_PHONE = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)|热线")


def _credit_alone(text: str) -> bool:
    split = credit_split(text)
    return split is not None and not split[0]


def _reading_order(blocks: list[Block], body: float) -> list[Block]:
    """Column by column (left to right), top to bottom within a column."""
    columns: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: b.x0):
        for column in columns:
            # The column's whole width: a short byline at its head is narrower than it.
            x0, x1 = min(b.x0 for b in column), max(b.x1 for b in column)
            if h_overlap(x0, x1, block.x0, block.x1) > 0.5 * min(
                    x1 - x0, block.x1 - block.x0):
                column.append(block)
                break
        else:
            columns.append([block])
    ordered: list[Block] = []
    for column in sorted(columns, key=lambda c: min(b.x0 for b in c)):
        ordered.extend(sorted(column, key=lambda b: b.y0))
    return ordered


def _paragraphs(blocks: list[Block], body: float
                ) -> tuple[list[tuple[str, str]], list[str], list[int]]:
    """(kind, text) in order: body paragraphs rejoined across lines and columns."""
    out: list[tuple[str, str]] = []
    current: list[str] = []
    edges = _column_edges(blocks)

    def flush() -> None:
        if current:
            out.append(("body", join_lines(current)))
            current.clear()

    for block in blocks:
        if block.role in ("marker", "byline", "subhead", "credit"):
            flush()
            out.append((block.role if block.role != "credit" else "body", block.text))
            continue
        left = edges.get(id(block), block.x0)
        right = block.x1
        for i, line in enumerate(block.lines):
            indented = line.x0 - left > 1.2 * line.size
            if indented and current:
                flush()
            current.append(line.text)
            short = right - line.x1 > 2.0 * line.size
            if short and ends_sentence(line.text) and i < len(block.lines) - 1:
                flush()
        if block.lines and right - block.lines[-1].x1 > 2.0 * block.size and ends_sentence(
                block.lines[-1].text):
            flush()
    flush()
    return out, [], []


def _column_edges(blocks: list[Block]) -> dict[int, float]:
    """A block's column's left edge, from the other blocks in that column when it has
    only its indented first line to go by."""
    edges: dict[int, float] = {}
    for block in blocks:
        if len(block.lines) > 1:
            edges[id(block)] = min(line.x0 for line in block.lines[1:])
    for block in blocks:
        if id(block) in edges:
            continue
        peers = [edges[id(o)] for o in blocks if id(o) in edges
                 and abs(edges[id(o)] - block.x0) < 3 * block.size]
        edges[id(block)] = min(peers) if peers else block.x0
    return edges


def _unique_ids(articles: list[Article]) -> None:
    seen: dict[str, int] = {}
    for article in articles:
        digest = hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()[:16]
        count = seen.get(digest, 0)
        seen[digest] = count + 1
        article.id = digest if count == 0 else f"{digest}-{count}"
