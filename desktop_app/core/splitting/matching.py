"""Which headline names which body: the matching step of the splitter.

Column layouts print headlines away from their bodies, sometimes two on one line and
sometimes below the story. Each headline line is scored against the bodies near it by
the words they share (``affinity``) plus a bonus for sitting on the side the page
prints its headlines: above the story usually, below it on a page whose headlines'
words and shape say so (``headlines_follow_bodies``); the best pairs win, greedily. On
a page that prints headlines above, a headline with its byline directly above a body
is never second-guessed. :mod:`~desktop_app.core.splitting.headline_roles` then tells a
stack's kicker, headline and deck apart.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TypeVar

from desktop_app.core.splitting.affinity import Affinity, grams
from desktop_app.core.splitting.layout_units import Caption, Group, Run, Unit
from desktop_app.core.splitting.lines import is_terminated

# Scores: lexical affinity (0..1) plus a bonus for sitting right before the body
# (the usual layout) or right after it (column pages print headlines below).
NEXT_BONUS = 0.35
NEXT_BONUS_MARKDOWN = 0.5
PREV_BONUS = 0.15
MIN_SCORE = 0.3
SAME_GROUP_MIN = 0.3
ATTACH_MIN = 0.35
TAIL_MIN = 0.5
NEAR = 8  # bodies considered on each side of a headline stack

_T = TypeVar("_T")


@dataclass
class Claim:
    group: Group
    headlines: list[int] = field(default_factory=list)  # indexes into group.lines


def assign(
    groups: list[Group], units: list[Unit], affinity: Affinity, markdown_page: bool
) -> dict[int, Claim]:
    """Greedy best-first matching of headline lines to bodies (runs or captions)."""
    targets = [u for u in units if isinstance(u, Run | Caption)]
    target_grams = {id(t): grams(t.text) for t in targets}
    scored: list[tuple[float, float, int, int, Group, Run | Caption]] = []
    positions = [t.position for t in targets]
    # Markdown marks do not say where a headline sits: a PDF-to-Markdown tool reading a
    # column page in print order puts each "## headline" after its story just the same.
    below = headlines_follow_bodies(groups, units, affinity, target_grams)
    for group in groups:
        following = _following(units, group.position)
        preceding = _preceding(units, group.position)
        for index, headline in enumerate(group.lines):
            for target in _near(targets, positions, group.position):
                if isinstance(target, Caption) and (group.byline or target not in following):
                    continue
                raw = affinity.score(headline.text, target_grams[id(target)])
                bonus = 0.0
                if below:
                    # Bylines and datelines open the story under them, whatever the
                    # headline above them names.
                    if target is preceding:
                        bonus = NEXT_BONUS
                    elif target in following:
                        bonus = PREV_BONUS
                elif target in following:
                    strong = markdown_page or group.byline or getattr(target, "dateline", "")
                    bonus = NEXT_BONUS_MARKDOWN if strong else NEXT_BONUS
                elif target is preceding and not markdown_page:
                    bonus = PREV_BONUS
                scored.append((raw + bonus, raw, group.position, index, group, target))
    scored.sort(key=lambda item: (-item[0], item[2], item[3]))
    claims: dict[int, Claim] = {}
    placed: set[tuple[int, int]] = set()
    if not below:
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
            claims[id(target)] = Claim(group, [index])
        elif claim.group is group and (raw >= SAME_GROUP_MIN or _chained(group, index, claim)):
            claim.headlines.append(index)
        else:
            continue
        placed.add((id(group), index))
    _place_leftover_parts(groups, claims, placed)
    _hand_bylines_down(groups, units, claims)
    return claims


def _hand_bylines_down(groups: list[Group], units: list[Unit], claims: dict[int, Claim]) -> None:
    """A byline under a headline that names the story above it signs the story below."""
    by_id = {id(u): u for u in units}
    for group in groups:
        if not group.byline:
            continue
        targets = [by_id[key] for key, claim in claims.items() if claim.group is group]
        run = next((u for u in _following(units, group.position) if isinstance(u, Run)), None)
        if run is None or run.byline or not targets or run in targets:
            continue
        if all(t.position < group.position for t in targets):
            run.byline, group.byline, group.byline_span = group.byline, "", None


# A headline line votes for the story above it (or below it) when it shares this much
# more with it than with the other, and at least VOTE_MIN.
VOTE_MARGIN = 0.15
VOTE_MIN = 0.2


def headlines_follow_bodies(
    groups: list[Group], units: list[Unit], affinity: Affinity, target_grams: dict[int, set[str]]
) -> bool:
    """Does the page print its headlines under their stories (column layouts)?

    The words tell: each headline line votes for the story just above it or just
    below it when it clearly shares more with that one. A headline with a story on
    one side only votes for it if it shares enough with it. So does the page's shape:
    a page that opens on a story (not on a continuation) and one that ends on a
    headline vote for headlines after stories, the others for headlines above them.
    The page prints headlines after their stories when at least two votes say so and
    more than say otherwise.
    """
    back = ahead = 0
    ends = [u for u in units if isinstance(u, Run | Group)]
    if ends:
        first, last = ends[0], ends[-1]
        if isinstance(first, Group):
            ahead += 1
        elif not first.marker:
            back += 1
        if isinstance(last, Group):
            back += 1
        else:
            ahead += 1
    for group in groups:
        above = _preceding(units, group.position)
        below = next((u for u in _following(units, group.position) if isinstance(u, Run)), None)
        for head in group.lines:
            up = affinity.score(head.text, target_grams[id(above)]) if above else 0.0
            down = affinity.score(head.text, target_grams[id(below)]) if below else 0.0
            if up >= VOTE_MIN and up > down + VOTE_MARGIN:
                back += 1
            elif down >= VOTE_MIN and down > up + VOTE_MARGIN:
                ahead += 1
    return back >= 2 and back > ahead


def _lock_bylined(
    groups: list[Group],
    units: list[Unit],
    claims: dict[int, Claim],
    placed: set[tuple[int, int]],
) -> None:
    """Headline, byline, body in that order needs no guessing (on a page that prints
    headlines above their stories)."""
    for group in groups:
        if not group.byline or not group.lines:
            continue
        run = next((u for u in _following(units, group.position) if isinstance(u, Run)), None)
        if run is None or id(run) in claims:
            continue
        first = [i for i, h in enumerate(group.lines) if h.line_id == group.lines[0].line_id]
        claims[id(run)] = Claim(group, first)
        placed.update((id(group), i) for i in first)


def _place_leftover_parts(
    groups: list[Group], claims: dict[int, Claim], placed: set[tuple[int, int]]
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


def _chained(group: Group, index: int, claim: Claim) -> bool:
    """Lines joined by a Markdown hard break belong to the same headline."""
    lines = group.lines
    return any(
        abs(index - other) == 1
        and lines[max(index, other)].chained
        and lines[index].line_id != lines[other].line_id
        for other in claim.headlines
    )


def _near(items: list[_T], positions: list[int], position: int) -> list[_T]:
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


def split_tails(
    groups: list[Group], runs: list[Run], claims: dict[int, Claim], affinity: Affinity
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
            own = title_of(claim) if claim else ""
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
        claims[id(tail)] = Claim(group, list(range(len(group.lines))))
        claimed_groups.add(id(group))


def best_owner(
    run: Run, runs: list[Run], claims: dict[int, Claim], affinity: Affinity
) -> Run | None:
    """A body run with no headline of its own continues the article it talks about."""
    run_grams = grams(run.text)
    best: tuple[float, Run] | None = None
    for other in _near(runs, [r.position for r in runs], run.position):
        claim = claims.get(id(other))
        if claim is None or other.position >= run.position:
            continue
        score = affinity.score(title_of(claim), run_grams)
        if score >= ATTACH_MIN and (best is None or score > best[0]):
            best = (score, other)
    return best[1] if best else None


def title_of(claim: Claim) -> str:
    return " ".join(claim.group.lines[i].text for i in sorted(claim.headlines))
