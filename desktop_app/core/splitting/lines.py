"""Classify the lines of a page: what each one *is* before we know which article it joins.

Pages come from PDF/OCR extraction, so structure is only hinted at: Markdown ``#``
headings or ``**bold**`` on some pages, bylines and photo credits in fixed formulas
everywhere, and a leading space where the extractor started a new text block.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum

from desktop_app.core.splitting import inline_paragraphs
from desktop_app.core.splitting.ocr_noise import is_lone_mark, is_ocr_noise
from desktop_app.core.splitting.page_heads import is_banner, is_running_header
from desktop_app.core.splitting.sentence_ends import CLOSERS as CLOSERS
from desktop_app.core.splitting.sentence_ends import TERMINAL as TERMINAL
from desktop_app.core.splitting.sentence_ends import is_closing_note as is_closing_note
from desktop_app.core.splitting.sentence_ends import is_terminated as is_terminated

# (Re-exported: the splitter reads these here with the line kinds.)
from desktop_app.core.splitting.signatures import CJK as CJK
from desktop_app.core.splitting.signatures import byline_names as byline_names
from desktop_app.core.splitting.signatures import credit_split as credit_split
from desktop_app.core.splitting.signatures import is_byline as is_byline


class Kind(Enum):
    TEXT = "text"
    HEADING = "heading"  # Markdown heading or a whole-line **bold** run
    BYLINE = "byline"
    CREDIT = "credit"  # a photo credit line: "湖南日报全媒体记者 易昂 摄"
    MARKER = "marker"  # continuation marker: "◀◀(上接1版①)"
    BANNER = "banner"  # page furniture: page number, date line, editor, masthead
    BOUNDARY = "boundary"  # ends whatever came before and carries no text


@dataclass(frozen=True)
class Line:
    index: int
    start: int  # offsets of ``text`` in the page text
    end: int
    text: str  # stripped, Markdown markers removed
    kind: Kind
    level: int = 0  # Markdown heading level (1 for "#"), 7 for bold, 0 otherwise
    block_start: bool = False  # the extractor began a new text block here (leading space)
    hard_break: bool = False  # ended with a Markdown hard break ("  "): same block as next
    signoff: bool = False  # a byline in brackets, printed after the story it signs
    indent: bool = False  # a paragraph indent ("　　") on a page that indents paragraphs
    after_blank: bool = False  # a blank line separates it from the line before
    centered: bool = False  # set far in from the margin: a centred headline, no indent


_INDENT = "\u3000\u3000"
# A year, alone or opening a headline (2025湖南省…): a date, no count.
YEAR = r"(?:19|20)\d\d"
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*$")
# Continuation markers: "◀◀(上接1版②)", "（下转第2版）", and without brackets "下转第2版",
# "▶上接第二版" (bare, the words must end on a page number).
_MARKER = re.compile(
    r"^[◀◁▶▷<>]{0,2}\s*(?:[（(]\s*(?:上接|下转|紧接|转|接|续)[^）)]{1,12}[）)]"
    r"|(?:上接|下转|紧接|转|接|续)第?[A-Z]?[\d一二三四五六七八九十]{1,3}[版页][①-⑩\d]?)$"
)
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def classify(index: int, raw: str, start: int) -> Line | None:
    """One physical line → a :class:`Line`, or None when blank."""
    stripped = raw.strip()
    if "></" in stripped:  # (the test is a fast path: most lines hold no markup)
        stripped = _EMPTY_ANCHOR.sub("", stripped).strip()
    if not stripped:
        return None
    lead = len(raw) - len(raw.lstrip())
    text_start = start + lead
    text_end = start + len(raw.rstrip())
    hard_break = raw.endswith("  ")
    # Two ideographic spaces are how Chinese text indents a paragraph (a typist's, a
    # site's, a word processor's): a paragraph opens there, not an extraction block.
    indent = raw.startswith(_INDENT) and lead == len(_INDENT)
    block_start = lead > 0 and raw[0] in " \u3000\t" and not indent
    centered = _gap_width(raw[:lead]) >= 2 * CENTERED_SPACES  # in cells: a space is one
    kind, level, text, signoff = Kind.TEXT, 0, stripped, False
    if heading := _MD_HEADING.match(stripped):
        kind, level, text = Kind.HEADING, len(heading.group(1)), heading.group(2).strip()
    elif (bold := _BOLD_LINE.match(stripped)) and is_byline(bold.group(1).strip()):
        kind, text = Kind.BYLINE, bold.group(1).strip()  # a byline set in bold: still one
    elif bold and not _bold_lead(bold.group(1).strip()):
        kind, level, text = Kind.HEADING, 7, bold.group(1).strip()
    elif bold:
        text = bold.group(1).strip()  # a story's lead set in bold: its first paragraph
    elif _MARKER.match(stripped):
        kind = Kind.MARKER
    elif len(stripped) <= 40 and (split := credit_split(stripped)) and not split[0]:
        # Before bylines: "记者 田超 摄影报道" would otherwise read as a byline.
        kind = Kind.CREDIT
    elif is_byline(stripped):
        kind = Kind.BYLINE
    elif (inner := _bracketed(stripped)) and is_byline(inner):
        kind, text, signoff = Kind.BYLINE, inner, True
    elif is_banner(stripped):
        kind = Kind.BANNER
    return Line(
        index=index,
        start=text_start,
        end=text_end,
        text=text,
        kind=kind,
        level=level,
        block_start=block_start,
        indent=indent,
        hard_break=hard_break,
        signoff=signoff,
        centered=centered,
    )


# An anchor a converter leaves for its links, with nothing in it: <span id="page-0-0"></span>.
_EMPTY_ANCHOR = re.compile(r"<(span|a)\b[^<>]{0,80}></\1>")
# A bold line this long that ends a sentence is a lead paragraph set in bold, no heading.
BOLD_LEAD_CHARS = 40


def _bold_lead(text: str) -> bool:
    return len(text) > BOLD_LEAD_CHARS and is_terminated(text)


def _bracketed(text: str) -> str:
    """"（湖南日报全媒体记者 张三）" → the text inside the brackets, else ""."""
    if len(text) > 2 and text[0] in "（(" and text[-1] in "）)":
        return text[1:-1].strip()
    return ""


def _physical_lines(text: str) -> Iterator[tuple[int, str, int, bool]]:
    """Each line of the page as (its number, its text, where it starts, whether it opens
    a paragraph cut from the line before); a line a tool ran several paragraphs into
    comes as its paragraphs (numbered -1: numbered again, as cells are), each after the
    first opening on its indent, whatever the page does."""
    for index, match in enumerate(_LINE.finditer(text)):
        parts = inline_paragraphs.pieces(match.group(1), match.start())
        if "接" in match.group(1) or "续" in match.group(1) or "转" in match.group(1):
            # (a continuation's words, or a jump's)
            parts = [part for raw, start in parts for part in _marker_apart(raw, start)]
        for raw, start in parts:
            yield (index if len(parts) == 1 else -1), raw, start, start > parts[0][1]
        if match.end() == len(text):
            return


def _marker_apart(raw: str, start: int) -> list[tuple[str, int]]:
    """A paragraph a tool ran on from its continuation's marker ((上接第一版)从行业分布看…)
    as the marker and the paragraph: the marker opens the story's second part; and a
    paragraph that ends on its jump (…家乐和民宿（下转第4版）) as the two, the jump ending
    the story's first part."""
    jump = _TRAILING_JUMP.search(raw)
    if jump is not None and len(raw[:jump.start()].strip()) >= _AFTER_MARKER \
            and raw.strip()[0] not in _BULLETS:
        # The other way round: a story's part ended on its jump (…家乐和民宿（下转第4版）).
        # (A front page's teaser with its page stays whole: ● 侗寨里的“夜经济”（下转第3版）.)
        return [(raw[:jump.start()], start), (raw[jump.start():], start + jump.start())]
    marker = _LEADING_CONTINUATION.match(raw)
    if marker is None or len(raw[marker.end():].strip()) < _AFTER_MARKER:
        return [(raw, start)]
    return [(raw[:marker.end()], start), (raw[marker.end():], start + marker.end())]


_BULLETS = "●•·■◆▪○◇□▶►-*"
_TRAILING_JUMP = re.compile(r"[（(]\s*下转[^（）()]{1,12}[）)]\s*$")
_LEADING_CONTINUATION = re.compile(
    r"^\s*[◀◁]{0,2}\s*[（(]\s*(?:上接|接上|紧接|续)[^）)]{1,12}[）)]")
_AFTER_MARKER = 4


def page_lines(text: str) -> list[Line]:
    """All non-blank lines of the page, classified, with their offsets."""
    # Text that did not come through the page reader may still end lines with \r.
    lines: list[Line] = []
    blank = noise = False  # the line before was blank; was OCR's noise
    beside: list[tuple[Line, Line]] = []  # the two cells of consecutive side-by-side lines
    columns: tuple[int, ...] = ()  # where the right column of side-by-side lines starts
    held: list[Line] = []
    for number, raw, start, opens_paragraph in _physical_lines(text):
        cells = _cells(raw, start) if len(raw) <= MAX_LAYOUT_LINE else None
        if cells is not None:
            if blank and not beside and lines:
                cells = (replace(cells[0], after_blank=True), cells[1])
            beside.append(cells)
            offset = cells[1].start - start
            # Where the right column starts, counted in characters and in cells (a
            # tool may pad a line of Chinese as if each character took two columns).
            columns = (offset, sum(1 if ord(ch) < 0x2E80 else 2 for ch in raw[:offset]))
            blank = False
            continue
        line = classify(number, raw, start)
        # OCR's marks, set apart by a blank line or under others (a column's wrapped
        # tail, "）。”", never is).
        noise = line is not None and line.kind is Kind.TEXT and (
            ((blank or noise) and is_ocr_noise(line.text))
            or is_lone_mark(line.text, lines[-1].text if lines else ""))
        if noise and line is not None:
            line = replace(line, kind=Kind.BANNER)
        if line is not None and opens_paragraph:
            line = replace(line, block_start=False, indent=True)
        if beside and (line is None or line.kind is Kind.BANNER):
            # A blank line or a running header inside side-by-side lines: read after them.
            if line is not None:
                held.append(line)
            continue
        lines.extend(_read_beside(beside) + held)
        beside, held = [], []
        if line is not None:
            lead = line.start - start
            if columns and lead >= 3 and any(abs(lead - c) <= 2 for c in columns):
                # The right-hand column goes on below the side-by-side lines.
                line = replace(line, block_start=False)
            elif lead < 3 and line.kind is not Kind.BANNER:
                columns = ()  # (a page number or running header leaves the column be)
            lines.append(replace(line, after_blank=True) if blank and lines else line)
        blank = line is None
    lines.extend(_read_beside(beside) + held)
    if any(line.index < 0 for line in lines):  # cells, paragraphs cut apart: new numbers
        lines = [replace(line, index=number) for number, line in enumerate(lines)]
    return _paragraph_indents(_drop_caps(lines))


_ONE_WIDE = re.compile(rf"^[{CJK}]$")


def _drop_caps(lines: list[Line]) -> list[Line]:
    """A story's first character set large (a drop cap, 首字下沉), which a tool prints
    on a line of its own ("党" / "的二十届四中全会…"), opens the line under it. It stands
    where no sentence runs on: after a heading, a byline or a finished sentence; a
    column's wrapped tail of one character follows a line that runs on."""
    out: list[Line] = []
    cap: Line | None = None
    for pos, line in enumerate(lines):
        if cap is not None:
            line = replace(line, text=cap.text + line.text, start=cap.start,
                           after_blank=cap.after_blank, indent=cap.indent)
            cap = None
        nxt = lines[pos + 1] if pos + 1 < len(lines) else None
        if line.kind is Kind.TEXT and _ONE_WIDE.match(line.text) and nxt is not None \
                and nxt.kind is Kind.TEXT and _ONE_WIDE.match(nxt.text[:1]) \
                and not _ONE_WIDE.match(nxt.text) \
                and (not out or out[-1].kind is not Kind.TEXT or is_terminated(out[-1].text)):
            cap = line
            continue
        out.append(line)
    return out


# Layout-preserving extraction prints what stands side by side on one line, the two
# columns apart by a run of spaces: a headline beside the start of its story, or two
# columns of text. Such lines are read column by column, the left column first.
_GAP = re.compile(r"\S(?P<gap>[ \t\u3000]{2,})\S")
GAP_CELLS = 3  # a gap at least this wide (an ideographic space is two cells, a tab four)
# A word processor centres a line with ideographic spaces, a layout tool (pdftotext
# -layout) with plain ones, two to a character; a paragraph's indent is two characters.
CENTERED_SPACES = 6


def _gap_width(gap: str) -> int:
    return gap.count(" ") + 2 * gap.count("\u3000") + 4 * gap.count("\t")
MAX_LAYOUT_LINE = 400


_SPACED_OUT = re.compile(rf"^[{CJK}](?:[ \u3000]+[{CJK}]){{1,4}}$")
_LIST_ITEM = re.compile(r"^(?:[-*+•]|\d{1,2}[.)])$")


def _cells(raw: str, start: int) -> tuple[Line, Line] | None:
    """The left and right cell of a side-by-side line, or None for an ordinary line."""
    if "\u3000" not in raw and "   " not in raw and "\t" not in raw:
        return None
    lead = len(raw) - len(raw.lstrip())
    gap = next((g for g in _GAP.finditer(raw, lead) if _gap_width(g["gap"]) >= GAP_CELLS), None)
    if gap is None or _MD_HEADING.match(raw.strip()) or is_running_header(raw.strip()) \
            or _LIST_ITEM.match(raw[lead:gap.start("gap")]) or _SPACED_OUT.match(raw.strip()):
        # (A running header padded across the page is one line of furniture; a list's
        # marker and the spaces after it, "-   [橘洲焰火迎客来](…)", a list's item; a word
        # set with its characters spaced out, "目　　录", one word.)
        return None
    left_end, right_start = gap.start("gap"), gap.end("gap")
    left = classify(-1, raw[:left_end], start)
    right = classify(-1, " " * right_start + raw[right_start:], start)
    if left is None or right is None:
        return None
    return left, replace(right, block_start=False)


def _read_beside(rows: list[tuple[Line, Line]]) -> list[Line]:
    """The left column, then the right one. Text does not flow from the foot of the
    left column into the top of the right one: the right column starts a block."""
    rights = [right for _, right in rows]
    if rights:
        rights[0] = replace(rights[0], block_start=True)
    return [left for left, _ in rows] + rights


# Share of text lines that open with white space above which the page indents its
# paragraphs: a leading space then starts a paragraph, not a new extraction block.
INDENTED_PAGE = 0.15
# The same share among the lines that may open a paragraph (after a finished
# sentence): long stories set flush beside their headlines (pdftotext -layout) keep
# the first share low on a page whose other stories indent every paragraph.
INDENTED_OPENINGS = 1 / 3


def _paragraph_indents(lines: list[Line]) -> list[Line]:
    text = [line for line in lines if line.kind is Kind.TEXT]
    opened = sum(line.block_start or line.indent for line in text)
    openings = [after for before, after in itertools.pairwise(text) if is_terminated(before.text)]
    indented_openings = sum(line.block_start or line.indent for line in openings)
    # (A short text, a story or two pasted alone, indents every paragraph it opens: two
    # paragraphs make no extraction blocks.)
    every_opening = bool(openings) and indented_openings == len(openings) and opened >= 2
    if (opened < 3 and not every_opening) or (
        opened < INDENTED_PAGE * len(text)
        and indented_openings < max(3, INDENTED_OPENINGS * len(openings))
    ):
        return lines
    return [
        replace(line, block_start=False, indent=True)
        if line.block_start and not line.centered else line
        for line in lines
    ]
