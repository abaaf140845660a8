"""Page text → the articles a reader sees, in reading order.

Pipeline: classify lines (``lines``) → rejoin wrapped text into blocks (``unwrap``) →
page furniture, headings, duplicates and layout units (``layout``) → decide which
headline names which body (here) → :class:`~desktop_app.core.articles.Article`.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field

from desktop_app.core.affinity import Affinity, grams
from desktop_app.core.articles import Article, PageMeta, SplitPage
from desktop_app.core.layout import (
    Caption,
    Group,
    Quote,
    Run,
    Unit,
    drop_duplicates,
    headings_from_paras,
    take_banner,
    units_from_blocks,
)
from desktop_app.core.lines import (
    Kind,
    byline_names,
    drop_duplicate_lines,
    is_terminated,
    page_lines,
)
from desktop_app.core.unwrap import build_blocks

# Scores: lexical affinity (0..1) plus a bonus for sitting right before the body
# (the usual layout) or right after it (column pages print headlines below).
NEXT_BONUS = 0.35
NEXT_BONUS_MARKDOWN = 0.5
PREV_BONUS = 0.15
MIN_SCORE = 0.3
SAME_GROUP_MIN = 0.3
ATTACH_MIN = 0.35
TAIL_MIN = 0.5
BRIEF_CHARS = 600
NEAR = 8  # bodies considered on each side of a headline stack


@dataclass
class _Claim:
    group: Group
    headlines: list[int] = field(default_factory=list)  # indexes into group.lines


def split_page(text: str) -> SplitPage:
    """Split one page's text into articles. Never raises on any input string."""
    lines = drop_duplicate_lines(page_lines(text))
    markdown_page = any(line.kind is Kind.HEADING for line in lines)
    blocks = build_blocks(lines, markdown_page)
    banner, blocks = take_banner(blocks)
    blocks = headings_from_paras(blocks, markdown_page)
    blocks = drop_duplicates(blocks)
    units = units_from_blocks(blocks, markdown_page)
    section = _page_section(units)
    if section is not None:
        units.remove(section)
    meta = PageMeta(
        date=banner.date,
        page=banner.page,
        editor=banner.editor,
        section=_line_text(section) if section else None,
    )
    return SplitPage(meta=meta, articles=_articles(units, markdown_page))


def _line_text(group: Group) -> str | None:
    if not group.lines:
        return None
    first = group.lines[0].line_id
    return " ".join(h.text for h in group.lines if h.line_id == first)


def _page_section(units: list[Unit]) -> Group | None:
    """A headline stack at the top of the page with no body of its own names the page."""
    top = units[:2]
    if len(top) == 2 and all(isinstance(u, Group) for u in top) and not top[0].byline:
        return top[0]
    return None


def _articles(units: list[Unit], markdown_page: bool) -> list[Article]:
    runs = [u for u in units if isinstance(u, Run)]
    groups = [u for u in units if isinstance(u, Group)]
    affinity = Affinity([r.text for r in runs] + [u.text for u in units if isinstance(u, Caption)])
    claims = _assign(groups, units, affinity, markdown_page)
    _split_tails(groups, runs, claims, affinity)
    built: list[tuple[int, Article]] = []
    owner: dict[int, list[Run]] = {}
    for run in runs:
        claim = claims.get(id(run))
        if claim is None and not (run.marker or run.byline):
            target = _best_owner(run, runs, claims, affinity)
            if target is not None:
                owner.setdefault(id(target), []).append(run)
                continue
        owner.setdefault(id(run), [])
    for run in runs:
        if id(run) not in owner:
            continue
        parts = [run, *owner[id(run)]]
        built.append((_start_of(run, claims), _article_from_runs(parts, claims.get(id(run)))))
    for unit in units:
        if isinstance(unit, Caption):
            claim = claims.get(id(unit))
            built.append((unit.start, _caption_article(unit, claim)))
        elif isinstance(unit, Quote):
            built.append((unit.start, _quote_article(unit)))
    built.sort(key=lambda pair: pair[0])
    return _unique_ids([article for _, article in built])


def _assign(
    groups: list[Group], units: list[Unit], affinity: Affinity, markdown_page: bool
) -> dict[int, _Claim]:
    """Greedy best-first matching of headline lines to bodies (runs or captions)."""
    targets = [u for u in units if isinstance(u, Run | Caption)]
    target_grams = {id(t): grams(t.text) for t in targets}
    scored: list[tuple[float, float, int, int, Group, Run | Caption]] = []
    positions = [t.position for t in targets]
    for group in groups:
        following = _following(units, group.position)
        preceding = _preceding(units, group.position)
        for index, headline in enumerate(group.lines):
            for target in _near(targets, positions, group.position):
                if isinstance(target, Caption) and (group.byline or target not in following):
                    continue
                raw = affinity.score(headline.text, target_grams[id(target)])
                bonus = 0.0
                if target in following:
                    strong = markdown_page or group.byline or getattr(target, "dateline", "")
                    bonus = NEXT_BONUS_MARKDOWN if strong else NEXT_BONUS
                elif target is preceding and not markdown_page:
                    bonus = PREV_BONUS
                scored.append((raw + bonus, raw, group.position, index, group, target))
    scored.sort(key=lambda item: (-item[0], item[2], item[3]))
    claims: dict[int, _Claim] = {}
    placed: set[tuple[int, int]] = set()
    _lock_bylined(groups, units, claims, placed)
    for score, raw, _, index, group, target in scored:
        if score < MIN_SCORE or (id(group), index) in placed:
            continue
        claim = claims.get(id(target))
        if claim is None:
            # A second line of a stack names another body only on its own merits.
            elsewhere = any(
                c.group is group and not _chained(group, index, c) for c in claims.values()
            )
            if elsewhere and raw < SAME_GROUP_MIN:
                continue
            claims[id(target)] = _Claim(group, [index])
        elif claim.group is group and (raw >= SAME_GROUP_MIN or _chained(group, index, claim)):
            claim.headlines.append(index)
        else:
            continue
        placed.add((id(group), index))
    _place_leftover_parts(groups, claims, placed)
    return claims


def _lock_bylined(
    groups: list[Group],
    units: list[Unit],
    claims: dict[int, _Claim],
    placed: set[tuple[int, int]],
) -> None:
    """Headline, byline, body in that order is the one layout that needs no guessing."""
    for group in groups:
        if not group.byline or not group.lines:
            continue
        run = next((u for u in _following(units, group.position) if isinstance(u, Run)), None)
        if run is None or id(run) in claims:
            continue
        first = [i for i, h in enumerate(group.lines) if h.line_id == group.lines[0].line_id]
        claims[id(run)] = _Claim(group, first)
        placed.update((id(group), i) for i in first)


def _place_leftover_parts(
    groups: list[Group], claims: dict[int, _Claim], placed: set[tuple[int, int]]
) -> None:
    """A headline line that fits nowhere on its own stays with the rest of its stack.

    A part of a printed line joins its siblings; any other line joins the stack's
    first claim (the kicker or deck of a headline whose words the body barely uses).
    """
    for group in groups:
        mine = [c for c in claims.values() if c.group is group]
        if not mine:
            continue
        for index, head in enumerate(group.lines):
            if (id(group), index) in placed:
                continue
            siblings = [
                c for c in mine if any(group.lines[i].line_id == head.line_id for i in c.headlines)
            ]
            target = siblings[0] if siblings else min(mine, key=lambda c: min(c.headlines))
            target.headlines.append(index)
            placed.add((id(group), index))


def _chained(group: Group, index: int, claim: _Claim) -> bool:
    """Lines joined by a Markdown hard break belong to the same headline."""
    lines = group.lines
    return any(
        abs(index - other) == 1
        and lines[max(index, other)].chained
        and lines[index].line_id != lines[other].line_id
        for other in claim.headlines
    )


def _near(items: list, positions: list[int], position: int) -> list:
    """The items printed within a few units of ``position``.

    Headlines sit next to their bodies, at most a column or two away; looking only
    nearby keeps huge inputs linear instead of comparing every pair.
    """
    centre = bisect.bisect_left(positions, position)
    return items[max(0, centre - NEAR) : centre + NEAR]


def _following(units: list[Unit], position: int) -> list[Run | Caption]:
    """The captions and the first run printed right after a headline stack."""
    found: list[Run | Caption] = []
    for unit in units[_index_after(units, position) :]:
        if isinstance(unit, Group):
            break
        if isinstance(unit, Caption):
            found.append(unit)
        elif isinstance(unit, Run):
            found.append(unit)
            break
    return found


def _preceding(units: list[Unit], position: int) -> Run | None:
    for unit in reversed(units[: _index_after(units, position - 1)]):
        if isinstance(unit, Run):
            return unit
        if isinstance(unit, Group):
            return None
    return None


def _index_after(units: list[Unit], position: int) -> int:
    """Index of the first unit printed after ``position`` (units are in page order)."""
    lo, hi = 0, len(units)
    while lo < hi:
        mid = (lo + hi) // 2
        if units[mid].position <= position:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _split_tails(
    groups: list[Group], runs: list[Run], claims: dict[int, _Claim], affinity: Affinity
) -> None:
    """A headline left without a body takes the tail of an earlier run that it fits."""
    claimed_groups = {id(c.group) for c in claims.values()}
    for group in groups:
        if id(group) in claimed_groups or not group.lines or not group.byline:
            continue
        title = " ".join(h.text for h in group.lines)
        best: tuple[float, Run, int] | None = None
        for run in _near(runs, [r.position for r in runs], group.position):
            if run.position > group.position or len(run.paras) < 3:
                continue
            claim = claims.get(id(run))
            own = _title_of(claim) if claim else ""
            gains = [
                affinity.score(title, grams(p.text)) - affinity.score(own, grams(p.text))
                for p in run.paras
            ]
            for cut in range(1, len(run.paras) - 1):
                if run.paras[cut - 1].subhead or not is_terminated(run.paras[cut - 1].text):
                    continue
                total = sum(gains[cut:])
                if total >= TAIL_MIN and (best is None or total > best[0]):
                    best = (total, run, cut)
        if best is None:
            continue
        _, run, cut = best
        tail = Run(paras=run.paras[cut:], position=run.position, signoff=run.signoff)
        run.paras, run.signoff = run.paras[:cut], ""
        runs.insert(runs.index(run) + 1, tail)
        claims[id(tail)] = _Claim(group, list(range(len(group.lines))))
        claimed_groups.add(id(group))


def _best_owner(
    run: Run, runs: list[Run], claims: dict[int, _Claim], affinity: Affinity
) -> Run | None:
    """A body run with no headline of its own continues the article it talks about."""
    run_grams = grams(run.text)
    best: tuple[float, Run] | None = None
    for other in _near(runs, [r.position for r in runs], run.position):
        claim = claims.get(id(other))
        if claim is None or other.position >= run.position:
            continue
        score = affinity.score(_title_of(claim), run_grams)
        if score >= ATTACH_MIN and (best is None or score > best[0]):
            best = (score, other)
    return best[1] if best else None


def _title_of(claim: _Claim) -> str:
    return " ".join(claim.group.lines[i].text for i in sorted(claim.headlines))


def _start_of(run: Run, claims: dict[int, _Claim]) -> int:
    starts = [p.start for p in run.paras]
    return min(starts) if starts else 0


def _article_from_runs(parts: list[Run], claim: _Claim | None) -> Article:
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
    title, subtitle, byline, extra_spans = _headline_fields(claim)
    byline = byline or first.byline or first.signoff or _dateline_reporters(first.dateline)
    authors = byline_names(byline) if byline else []
    if not authors and first.dateline:
        authors = byline_names(_dateline_reporters(first.dateline))
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
    if not title:
        title = _derived_title(text)
    all_spans = [(p.start, p.end) for p in paras] + extra_spans
    return Article(
        id="",
        title=title,
        kind=kind,
        subtitle=subtitle,
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


def _headline_fields(claim: _Claim | None) -> tuple[str, str, str, list[tuple[int, int]]]:
    if claim is None:
        return "", "", "", []
    group = claim.group
    heads = [group.lines[i] for i in sorted(claim.headlines)]
    title_parts = [heads[0].text]
    decks: list[str] = []
    for head in heads[1:]:
        (title_parts if head.chained else decks).append(head.text)
    subtitle_parts = [x for x in (group.label, group.kicker) if x] + decks + group.decks
    spans = [(h.start, h.end) for h in heads]
    if group.byline_span:
        spans.append(group.byline_span)
    return " ".join(title_parts), " ".join(subtitle_parts), group.byline, spans


def _dateline_reporters(dateline: str) -> str:
    match = re.search(r"[（(]([^）)]*)[）)]", dateline)
    return match.group(1).strip() if match else ""


def _derived_title(text: str) -> str:
    """An untitled fragment is listed by its opening words."""
    first = re.split(r"(?<=[。！？])", text, maxsplit=1)[0]
    first = first.rstrip("。！？")
    return first if len(first) <= 28 else first[:26].rstrip("，、；：") + "…"


def _caption_article(caption: Caption, claim: _Claim | None) -> Article:
    title = _headline_fields(claim)[0] if claim else _derived_title(caption.text)
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
        title=_derived_title(quote.text),
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
