"""What a web page, an app or a Markdown converter prints around a newspaper's articles.

Pages saved from the paper's e-paper site, a news app or a public account carry lines
that are no part of any article: navigation (上一篇 下一篇 返回首页), the article's
metadata (来源：湖南日报　作者：…　发布时间：2026-03-05 07:30:12), font-size and share
controls, follow prompts, links and copyright notes; converters leave link and image
markup and separators between articles. Such a line read as text becomes a headline
or runs two stories together. :func:`web_lines` gives such lines their kind: page
furniture, a byline, or a boundary between two stories.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from desktop_app.core.splitting.furniture import is_index_label
from desktop_app.core.splitting.lines import Kind, Line, classify, is_byline, is_terminated
from desktop_app.core.splitting.stacks import BARE_NAMES, is_briefs_column
from desktop_app.core.splitting.titles import LEAD_NUMBER
from desktop_app.core.splitting.web_roles import (
    BARE_URL,
    CARD_LINES,
    COMMENT,
    COMMENTER,
    COMMENTS,
    CONTROL_LINE,
    LINK_NUMBER,
    MAIL_HEADER,
    MAX_CARD_LINE,
    MAX_CHROME_CHARS,
    MAX_RECOMMENDED,
    PAGE_IN_TITLE,
    PHOTO_TITLE,
    POINTS_DOWN,
    POST_HEADER,
    RECOMMENDED,
    RELATED,
    SOURCE_CARD,
    line_role,
    record_author,
)

# Markup a converter leaves that carries no text: images, the target of a link (its
# words stay), pandoc's attributes and empty anchors.
# Bounded, so that a line of unclosed brackets is not searched to its end from each one.
_IMAGE = re.compile(r"!\[[^\]]{0,200}\]\([^)]{0,500}\)(?:\{[^}]{0,200}\})?")
_LINK = re.compile(
    r"\[([^\]]{0,200})\]\([^)\s]{0,500}(?:\s+\"[^\"]{0,200}\")?\)(?:\{[^}]{0,200}\})?"
)
_ATTRIBUTES = re.compile(r"\{[#.][^}]{0,200}\}|\[\]")
_QUOTE_MARK = re.compile(r"^(?:[>＞]\s?)+")
_ITALIC_LINE = re.compile(r"^[*_](?![*_\s])([^*_]{1,200}?)(?<!\s)[*_]$")
_ESCAPE = re.compile(r"\\([|*_\[\]#.()-])")
# A line of only rule characters: a thematic break, a fenced block's fence, an
# ornament between two stories (————, ★★★, ***, :::).
_RULE_RUN = r"(?:[-—─━=_*★☆◆◇~～:·•※#＊]\s*){3,}"
# A rule, or two with a short label between (==== [4/6] ====, ==== 本版完 ====): a
# clipping file's separator between the articles it copied.
_RULE = re.compile(
    rf"^{_RULE_RUN}(?:[\[【(（]?\s*[\w/\u4e00-\u9fff ]{{1,8}}?\s*[\]】)）]?\s*{_RULE_RUN})?$")
_PLAIN_RULE = re.compile(rf"^{_RULE_RUN}$")
SETEXT = re.compile(r"^(?:=+|-+)$")



def unmark(text: str) -> str:
    """``text`` without link targets, images and attributes (the words of a link stay),
    out of a whole line's italics (*湖南日报全媒体记者 邹麟 摄*) and a quote's marks."""
    if text.startswith((">", "＞")):
        text = _QUOTE_MARK.sub("", text)  # a Markdown quote's marks: the quote is text
    if italic := _ITALIC_LINE.match(text):
        text = italic[1]
    if "[" not in text and "{" not in text and "\\" not in text:
        return text
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _ATTRIBUTES.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def is_rule(text: str) -> bool:
    """A line of only rule characters (————, ★★★, ***, :::), or two rules with a short
    label between. Only a short line is tried for the label: over a long run of marks and
    spaces that pattern backtracks (a hostile line)."""
    if len(text) > MAX_LABELLED_RULE:
        return _PLAIN_RULE.match(text) is not None
    return _RULE.match(text) is not None


MAX_LABELLED_RULE = 160


def _alone(out: list[Line]) -> bool:
    """Is the last line a paragraph of its own, as a Setext heading's text is? On a page
    of lines with no blank between them (a document saved as text), a rule under a line
    of the text (同时，要… / （作者系…研究员） / -----) parts two pieces; it heads nothing."""
    if _finished(out[-1].text):
        return False  # a sentence or a note in brackets (（李静注：…）) heads nothing
    return out[-1].after_blank or len(out) == 1 or out[-2].kind is not Kind.TEXT


def _finished(text: str) -> bool:
    """A sentence's end, or a note in brackets on a line of its own (（李静整理，…略）,
    【本文系…成果】), which a rule under it parts from the next piece."""
    return is_terminated(text) or (text[:1] in _NOTE_OPENS and text[-1:] in _NOTE_CLOSES)


_NOTE_OPENS, _NOTE_CLOSES = "（(【[", "）)】]"


def _closes_frame(out: list[Line], rule: str) -> bool:
    """Is ``rule`` the foot of a box the same rule opened a few lines above (a
    newsletter's head or foot between two rows of ====), not a Setext heading's
    underline? One line between two rules is a heading set off all the same."""
    for back, line in enumerate(reversed(out[-_FRAME_LINES:])):
        if line.text == rule:
            return back >= 2
        if line.after_blank:
            return False
    return False


_FRAME_LINES = 6


def _mail_headers(lines: list[Line]) -> set[int]:
    """The lines of a mail's header block saved with it (Subject: …, From: …, Date: …):
    two such lines in a row at least, so one "Date:" in a story is left alone."""
    marked = [MAIL_HEADER.match(line.text) is not None for line in lines]
    return {k for k, hit in enumerate(marked)
            if hit and ((k > 0 and marked[k - 1]) or (k + 1 < len(marked) and marked[k + 1]))}


def web_lines(lines: list[Line]) -> list[Line]:
    """The page's lines with markup taken out, a converter's underlined headings as
    headings, rules as boundaries, and chrome and metadata lines as page furniture (a
    metadata line that names the author as a byline)."""
    out: list[Line] = []
    last_seen: dict[str, int] | None = None  # read only for a page that lists entries
    printed: Counter[str] = Counter()  # each line's text: how many times it is printed
    related = recommended = False  # in a list of links to other articles; of a post's
    comments = commenter = False  # in readers' comments; under a reader's name
    briefs = briefs_seen = False  # in a column of briefs; a brief of it read
    excerpt = text_seen = False  # under a web clipper's "Excerpt"; any text read yet
    card = 0  # the lines of a repost's card for its source account still to come
    markdown = any(line.kind is Kind.HEADING for line in lines)
    texts = [unmark(line.text).strip() for line in lines]  # (markup left out, once)
    furniture = _mail_headers(lines) | _listed_bare(lines, texts)
    for number, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if number in furniture:
            out.append(replace(line, kind=Kind.BANNER))
            continue
        listed = _entry_head(line.text, text)
        if listed and last_seen is None:
            last_seen, printed = _seen(texts)
        if listed and (related or max((last_seen or {}).get(listed, -1),
                                      (last_seen or {}).get(text, -1)) > number
                       or (printed[text] >= _REPRINTS and _ENTRY.match(text) is not None)):
            # A list of the page's headlines ahead of the articles, or of other pages'
            # under 相关新闻, or a bulleted one a site prints over each of its articles
            # (a headline printed again over its story is one copy more, not three);
            # its label (本期导读) with it.
            if out and out[-1].kind is Kind.TEXT and is_index_label(out[-1].text):
                out[-1] = replace(out[-1], kind=Kind.BANNER)
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        related = text in RELATED  # (相关新闻 reads as a masthead: before the kinds)
        if text in RECOMMENDED or (recommended and line.kind is Kind.TEXT
                                   and not line.after_blank and len(text) <= MAX_RECOMMENDED):
            # The account's other posts under 往期推荐, a bare title a line.
            recommended = True
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        recommended = False
        if text in COMMENTS or (comments and line.kind is Kind.BANNER) or (
                comments and line.kind is Kind.TEXT and (
                    COMMENT.match(text) or (CONTROL_LINE.match(text) and "评论" not in text)
                    or COMMENTER.match(text) or commenter or text.isdigit())):
            # Each a reader's name and words (湘江边的老王：…), or its likes and replies,
            # until "查看全部21条评论" or anything else ends them; or a reader's name and
            # province over their words (北湖老周 湖南 / 项目落地… / 18).
            comments = True
            commenter = COMMENTER.match(text) is not None
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        comments = commenter = False
        if SOURCE_CARD.match(text) or (card and line.kind is Kind.TEXT
                                        and len(text) <= MAX_CARD_LINE):
            card = CARD_LINES if SOURCE_CARD.match(text) else card - 1
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        card = 0
        if line.kind not in (Kind.TEXT, Kind.HEADING):
            out.append(line)
            continue
        if not text:
            continue  # an image or an anchor: nothing to read
        clipped = text.lstrip("# ").casefold() == "excerpt"
        if clipped or (line.kind is Kind.HEADING and not text_seen
                       and PAGE_IN_TITLE.search(text)):
            # A web clipper's head: the page's own title (湖南日报数字报-第08版：图片新闻),
            # and the site's description under "Excerpt".
            excerpt = clipped
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        if excerpt and line.kind is Kind.TEXT and not line.after_blank:
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        excerpt = False
        text_seen = text_seen or line.kind is Kind.TEXT
        if line.kind is Kind.TEXT and SETEXT.match(text) and len(text) >= 3 and out \
                and out[-1].kind is Kind.TEXT and not line.after_blank \
                and _alone(out) and not _closes_frame(out, text):
            out[-1] = replace(out[-1], kind=Kind.HEADING, level=1 if text[0] == "=" else 2)
            continue
        if briefs and line.kind is Kind.TEXT and (brief := _RUN_IN.match(text)) \
                and _A_SENTENCE.search(brief["rest"]):
            # In a column of briefs, a brief's headline runs into its text, set apart
            # by a space: "衡山:南岳区至衡山县城快速路通车 9月20日，…". Each opens an
            # article (after the first, the one before ends: no subhead of it).
            cut = line.start + brief.start("rest")
            # (The line's paragraph indent is the brief's, not its headline's.)
            head = replace(line, text=brief["head"], end=cut, indent=False)
            if briefs_seen or not markdown:
                # (On a plain page the column's name, a line that ends no sentence, would
                # otherwise run on into the first brief's headline.)
                out.append(replace(line, text="", kind=Kind.BOUNDARY, end=line.start))
            briefs_seen = True
            out.append(replace(head, kind=Kind.HEADING, level=7) if markdown else head)
            # (On a plain page the text opens a paragraph of its own, as if indented: it
            # goes on from no headline.)
            out.append(replace(line, text=brief["rest"], start=cut, block_start=False,
                               indent=not markdown, after_blank=False))
            continue
        if line.kind is Kind.HEADING or (line.kind is Kind.TEXT and briefs and text
                                         and _web_kind(text) is Kind.TEXT):
            briefs = False  # the column ends where anything but furniture begins
        if is_briefs_column(text):
            briefs, briefs_seen = True, False
            out.append(replace(line, text=text))
            continue
        if line.kind is Kind.TEXT and text.startswith("**") and (lead := _BOLD_LEAD.match(text)):
            # A brief led by its headline in bold: "**湘潭电机拿下大单**近日，…".
            cut = line.start + lead.end("bold")
            out.append(replace(line, text=lead["head"], kind=Kind.HEADING, level=7, end=cut))
            out.append(replace(line, text=lead["rest"], start=cut, block_start=False))
            continue
        if "**" in text:
            text = _INLINE_BOLD.sub(r"\1", text)  # bold inside a paragraph: plain text
        if text != line.text and line.kind is Kind.TEXT:
            # What the markup hid: a photo credit in italics, a byline in a link.
            again = classify(line.index, text, line.start)
            if again is not None and again.kind is not Kind.TEXT:
                out.append(replace(line, text=again.text, kind=again.kind, level=again.level,
                                   signoff=again.signoff))
                continue
        if (titled := PHOTO_TITLE.match(text)) \
                and not is_byline(title := titled["title"] or titled["named"]):
            text = title  # 图：杜鹃花开满山红: a photo's title, not its credit
            kind = Kind.TEXT
        else:
            kind = _web_kind(text) if line.kind is Kind.TEXT else Kind.HEADING
        if kind is Kind.BANNER and is_rule(text) and out and _finished(out[-1].text):
            kind = Kind.BOUNDARY  # between two stories; inside a sentence it is noise
        if kind is Kind.BYLINE:
            text = record_author(text)
        elif kind is Kind.BOUNDARY and BARE_URL.match(text) and out \
                and out[-1].kind in (Kind.TEXT, Kind.HEADING) \
                and len(out[-1].text) <= MAX_CHROME_CHARS and not is_terminated(out[-1].text):
            kind = Kind.BANNER  # a feed's item: its title, then its link, then its text
        elif kind is Kind.TEXT and (by := _BY.match(text)) \
                and (is_byline(by["who"]) or BARE_NAMES.match(by["who"])):
            kind, text = Kind.BYLINE, by["who"]  # a feed's author: By 湖南日报全媒体记者 …
        if (text.endswith(POINTS_DOWN) or POST_HEADER.match(text)) and not line.after_blank \
                and out and out[-1].kind in (Kind.TEXT, Kind.HEADING) \
                and len(out[-1].text) <= MAX_CHROME_CHARS and not is_terminated(out[-1].text):
            # The lead-in's first line (今天的《湖南日报》第6版是图片新闻版 / 一起来看看👇);
            # the post's own title over its account's header (图片新闻｜龙舟下水… / 原创 …).
            out[-1] = replace(out[-1], kind=Kind.BANNER)
        out.append(replace(line, text=text, kind=kind))
    return out


# A headline in bold opening a brief's paragraph; not a speaker's name in an interview
# (**记者：**) nor a lead-in the sentence goes on from (**一是**，…).
_BOLD_LEAD = re.compile(
    r"^(?P<bold>\*\*(?P<head>[^*]{4,30}?[^*：:，。、；！？,.;!?])\*\*)\s*"
    r"(?P<rest>[^\s，。、；：！？,.;:!?*].{8,})$"
)
# A brief's headline running into its text: a list's bullet or bold, the headline of
# 3–30 characters (a place and a colon may open it), a space, then the text.
_RUN_IN = re.compile(
    r"^(?:[-*•·●■◆▶]\s*)?(?:\*\*)?(?P<head>[^\s。！？，,*]{3,30}?)(?:\*\*)?[ \u3000]+"
    r"(?P<rest>[^\s].{8,})$"
)
_A_SENTENCE = re.compile(r"[。！？!?]|\.(?!\d)")  # (OCR may print a full stop as ".")
_INLINE_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
# An entry of a list of headlines: a bullet, then the headline; or a link alone on its
# line, the list's marker taken off ("[橘洲焰火迎客来](https://…)").
_ENTRY = re.compile(r"^[·•●▪◦◆\-*]\s*(?P<head>[^\s·•].{3,40})$")
_LINK_ENTRY = re.compile(r"^\[(?P<head>[^\[\]\s][^\[\]]{3,40})\]\([^()\s]*\)$")
# Or a numbered entry of a newsletter's index (本期导读 / 一、常德早稻…), printed again
# over its story, with its number (titles.LEAD_NUMBER) or without.
_ENTRY_CHARS = range(4, 42)
# A bulleted list printed this many times is a site's, over each of its articles.
_REPRINTS = 3


def _entry_head(raw: str, text: str) -> str:
    """The headline an entry of a list of headlines names, or "" for any other line."""
    if is_rule(text):
        return ""  # a rule, "-----", is no entry of a list marked "-"
    if entry := _ENTRY.match(text) or _LINK_ENTRY.match(raw):
        return LINK_NUMBER.sub("", entry["head"])
    if (number := LEAD_NUMBER.match(text)) and len(text) - number.end() in _ENTRY_CHARS:
        return text[number.end():]
    return ""


def _seen(texts: list[str]) -> tuple[dict[str, int], Counter[str]]:
    """Each line's text (bullet, link number and markup left out) → the last line that
    prints it; and each line's text (markup left out) → how many lines print it."""
    last = {LINK_NUMBER.sub("", _ENTRY.sub(r"\g<head>", text)): number
            for number, text in enumerate(texts)}
    return last, Counter(texts)


_BY = re.compile(r"^(?:By|BY|by)\s+(?P<who>\S.*)$")


def _web_kind(text: str) -> Kind:
    if is_rule(text):
        return Kind.BANNER
    role = line_role(text)
    if role == "ends":
        return Kind.BOUNDARY
    if role == "chrome":
        return Kind.BANNER
    if role == "record":
        # The author in a byline's form, or with their affiliation (汤雅琪（作者单位：…）):
        # a byline, which also parts the headline from the text. A bare name is left to
        # the record: a photo's record names its photographer.
        author = record_author(text)
        return Kind.BYLINE if is_byline(author) or len(author) > 5 else Kind.BANNER
    return Kind.TEXT


# A list's entry printed bare is a headline: short, no sentence's end.
MIN_ENTRY, MAX_ENTRY = 4, 40
MIN_ENTRIES = 2


def _listed_bare(lines: list[Line], texts: list[str]) -> set[int]:
    """The lines of each run of headline-like lines, no bullet or number before them, that
    are all printed again further down, each copy apart from the others: a list of the
    page's headlines (本版新闻 / 让“冷资源”变成“热经济” / 答好民生…), whose entries would
    otherwise name the wrong stories (the copy over each article does). A passage printed
    twice is copied as a run, its lines in a row. (A bulleted or numbered list is read
    entry by entry in :func:`web_lines`.) ``texts``: the lines' text, markup left out."""
    last = {text: number for number, text in enumerate(texts)}
    # Two lines in a row printed in a row again: a passage copied, not two entries.
    pairs = Counter(pairwise(texts))
    listed = [
        MIN_ENTRY <= len(text) <= MAX_ENTRY and not is_terminated(text)
        and line.kind in (Kind.TEXT, Kind.HEADING) and last[text] > number
        for number, (line, text) in enumerate(zip(lines, texts, strict=True))
    ]
    found: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and listed[end] \
                and (end == start or pairs[texts[end - 1], texts[end]] == 1):
            end += 1
        if end - start >= MIN_ENTRIES:
            found.update(range(start, end))
        start = max(end, start + 1)
    return found
