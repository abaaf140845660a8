"""Page text → the articles a reader sees, in reading order.

Pipeline: classify lines (``lines``) → rejoin wrapped text into blocks (``unwrap``) →
page furniture, headings, duplicates and layout units (``layout``) → decide which
headline names which body (here) → :class:`~desktop_app.core.articles.Article`.
"""

from __future__ import annotations

import hashlib
import re

from desktop_app.core.articles import Article, PageMeta, SplitPage
from desktop_app.core.splitting.affinity import Affinity
from desktop_app.core.splitting.blocks import dateline_reporters
from desktop_app.core.splitting.chart_labels import chart_lines, tables_in_stories
from desktop_app.core.splitting.furniture import clip_titles, section_lines
from desktop_app.core.splitting.headline_lists import listed_stacks
from desktop_app.core.splitting.headline_roles import headline_roles
from desktop_app.core.splitting.kindle_clippings import clipping_lines
from desktop_app.core.splitting.labelled import labelled_lines
from desktop_app.core.splitting.layout import (
    drop_duplicates,
    headings_from_paras,
    pull_quotes,
    take_banner,
    units_from_blocks,
)
from desktop_app.core.splitting.layout_units import Caption, Group, Para, Quote, Run, Unit
from desktop_app.core.splitting.lines import Kind, byline_names, page_lines
from desktop_app.core.splitting.matching import (
    Claim,
    assign,
    best_owner,
    split_tails,
)
from desktop_app.core.splitting.note_apps import note_lines
from desktop_app.core.splitting.repeats import drop_duplicate_lines, repeated_chrome
from desktop_app.core.splitting.run_in_heads import cut_run_in_heads
from desktop_app.core.splitting.spoken_pages import spoken_lines
from desktop_app.core.splitting.stacks import is_column_name
from desktop_app.core.splitting.subtitle_pages import subtitle_lines
from desktop_app.core.splitting.table_rows import table_lines
from desktop_app.core.splitting.titles import (
    bare_title,
    derived_title,
    has_words,
    title_and_label,
)
from desktop_app.core.splitting.unwrap import build_blocks
from desktop_app.core.splitting.web_chrome import web_lines

BRIEF_CHARS = 600


def split_page(text: str) -> SplitPage:
    """Split one page's text into articles. Never raises on any input string."""
    read = subtitle_lines(table_lines(text) or page_lines(text))
    lines = tables_in_stories(chart_lines(repeated_chrome(drop_duplicate_lines(
        listed_stacks(labelled_lines(clip_titles(web_lines(note_lines(section_lines(
            clipping_lines(spoken_lines(read))))))))))))
    markdown_page = any(line.kind is Kind.HEADING for line in lines)
    blocks = cut_run_in_heads(build_blocks(lines, markdown_page))
    banner, blocks = take_banner(blocks)
    blocks = headings_from_paras(blocks, markdown_page)
    blocks = drop_duplicates(blocks)
    units = pull_quotes(units_from_blocks(blocks))
    section = _page_section(units)
    if section is not None:
        units.remove(section)
    meta = PageMeta(
        date=banner.date,
        page=banner.page,
        editor=banner.editor,
        section=_line_text(section) if section else banner.section,
    )
    return SplitPage(meta=meta, articles=_articles(units, markdown_page))


def _line_text(group: Group) -> str | None:
    if not group.lines:
        return None
    first = group.lines[0].line_id
    return " ".join(h.text for h in group.lines if h.line_id == first)


def _page_section(units: list[Unit]) -> Group | None:
    """A headline stack at the top of the page with no body of its own names the page."""
    if len(units) < 2:
        return None
    first, second = units[0], units[1]
    if isinstance(first, Group) and isinstance(second, Group) and not first.byline:
        return first
    return None


def _articles(units: list[Unit], markdown_page: bool) -> list[Article]:
    runs = [u for u in units if isinstance(u, Run)]
    groups = [u for u in units if isinstance(u, Group)]
    affinity = Affinity([r.text for r in runs] + [u.text for u in units if isinstance(u, Caption)])
    claims = assign(groups, units, affinity, markdown_page)
    split_tails(groups, runs, claims, affinity)
    built: list[tuple[int, Article]] = []
    owner: dict[int, list[Run]] = {}
    for run in runs:
        claim = claims.get(id(run))
        if claim is None and not (run.marker or run.byline):
            target = best_owner(run, runs, claims, affinity)
            if target is not None:
                owner.setdefault(id(target), []).append(run)
                continue
        owner.setdefault(id(run), [])
    for run in runs:
        if id(run) not in owner:
            continue
        if claims.get(id(run)) is None and not owner[id(run)] and (
                _only_a_column_name(run) or not has_words(run.text)):
            # 五、农事简讯 on a line of its own names what follows; marks alone (a stray
            # 。) say nothing: no article.
            continue
        parts = [run, *owner[id(run)]]
        built.append(
            (_start_of(run), _article_from_runs(parts, claims.get(id(run)), affinity))
        )
    for unit in units:
        if isinstance(unit, Caption):
            claim = claims.get(id(unit))
            built.append((unit.start, _caption_article(unit, claim, affinity)))
        elif isinstance(unit, Quote) and has_words(unit.text):
            built.append((unit.start, _quote_article(unit)))
    claimed = {id(c.group) for c in claims.values()}
    for group in groups:
        if id(group) not in claimed and group.lines and group.byline:
            # A signed headline whose body was not found is still a story. A bare one
            # with nothing under it (a site's slogan, a section's name, an advert's
            # display line) is no article: its words stay in the page's text.
            claim = Claim(group, list(range(len(group.lines))))
            built.append((group.lines[0].start, _article_from_runs([Run()], claim, affinity)))
    built.sort(key=lambda pair: pair[0])
    return _unique_ids([article for _, article in built])


def _only_a_column_name(run: Run) -> bool:
    return len(run.paras) == 1 and is_column_name(bare_title(run.paras[0].text))


def _start_of(run: Run) -> int:
    return min((p.start for p in run.paras), default=0)


def _article_from_runs(parts: list[Run], claim: Claim | None, affinity: Affinity) -> Article:
    first = parts[0]
    paras = [p for run in parts for p in run.paras]
    body = [p for p in paras if not p.subhead]
    subheads = [p.text for p in paras if p.subhead]
    positions, seen_body = [], 0
    for para in paras:
        if para.subhead:
            positions.append(seen_body)
        else:
            seen_body += 1
    spans = [(p.start, p.end) for p in body]
    title, kicker, deck, byline, extra_spans = _headline_fields(claim, affinity, paras)
    subtitle = " ".join(x for x in (kicker, deck) if x)
    # A dateline names its reporters itself ("本报讯（记者 叶伟）"); the byline field
    # only holds a byline printed as one, so the two are not shown twice.
    byline = byline or first.byline or first.signoff
    authors = byline_names(byline) if byline else []
    if not authors and first.dateline:
        authors = byline_names(dateline_reporters(first.dateline))
    text = "\n".join(p.text for p in body)
    if first.marker:
        kind = "continuation"
        subtitle = subtitle or first.marker
    elif "评论员" in byline or (claim and re.search(r"评|论", claim.group.label)):
        kind = "commentary"
    elif (not claim and first.byline) or (
        len(text) < BRIEF_CHARS and not subheads and (first.dateline or not byline)
    ):
        kind = "brief"
    else:
        kind = "article"
    if title:
        title, label = title_and_label(title)
        if label:
            subtitle, kicker = f"{label} {subtitle}".strip(), f"{label} {kicker}".strip()
    else:
        title = derived_title(text)
    all_spans = [(p.start, p.end) for p in paras] + extra_spans
    return Article(
        id="",
        title=title,
        kind=kind,
        subtitle=subtitle,
        kicker=kicker,
        byline=byline,
        authors=authors,
        dateline=first.dateline,
        subheads=subheads,
        subhead_positions=positions,
        paragraphs=[p.text for p in body],
        source_start=min(s for s, _ in all_spans) if all_spans else 0,
        source_end=max(e for _, e in all_spans) if all_spans else 0,
        paragraph_spans=spans,
    )


def _headline_fields(
    claim: Claim | None, affinity: Affinity, paras: list[Para]
) -> tuple[str, str, str, str, list[tuple[int, int]]]:
    """The headline, what is printed over it (label and kicker), what under it (decks),
    the byline, and the spans of the lines they were read from."""
    if claim is None:
        return "", "", "", "", []
    group = claim.group
    title, kickers, decks = headline_roles(claim, affinity, "\n".join(p.text for p in paras))
    over = " ".join([x for x in (group.label, group.kicker) if x] + kickers)
    under = " ".join(decks + group.decks)
    spans = [(group.lines[i].start, group.lines[i].end) for i in sorted(claim.headlines)]
    if group.byline_span:
        spans.append(group.byline_span)
    return title, over, under, group.byline, spans


def _caption_article(caption: Caption, claim: Claim | None, affinity: Affinity) -> Article:
    if claim:
        title = bare_title(_headline_fields(claim, affinity, [Para(caption.text, 0, 0)])[0])
    else:
        title = derived_title(caption.text)
    return Article(
        id="",
        title=title,
        kind="photo_caption",
        byline=caption.credit,
        authors=byline_names(caption.credit) if caption.credit else [],
        paragraphs=[caption.text],
        source_start=caption.start,
        source_end=caption.end,
        paragraph_spans=[(caption.start, caption.end)],
    )


def _quote_article(quote: Quote) -> Article:
    return Article(
        id="",
        title=derived_title(quote.text),
        kind="quote_box",
        byline=quote.attribution,
        paragraphs=[quote.text],
        source_start=quote.start,
        source_end=quote.end,
        paragraph_spans=[(quote.start, quote.end)],
    )


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Same content → same id; identical twins on one page get a numbered suffix."""
    seen: dict[str, int] = {}
    for article in articles:
        digest = hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()[:16]
        count = seen.get(digest, 0)
        seen[digest] = count + 1
        article.id = digest if count == 0 else f"{digest}-{count}"
    return articles
