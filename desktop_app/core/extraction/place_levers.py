"""Levers for places that news names and the model misses or mistypes (issue 12, third
round; docs/quality.md): each a kind of error, fixed by a shape or by a shipped table, not
by a list of the dev sets' words.

1. **A place abroad is no person**: the model reads transliterated country names as people
   (马拉维 正好…, 圭亚|那总理). A name that is, or that jieba's word completes into, a
   country, region or city of the world table (``world_places.txt``, built from CLDR) is
   that place.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.extraction.entity_rules import Candidate

# How far jieba's word may run past the model's person to complete a place (圭亚|那).
_COMPLETE = 2


def world_places(text: str, chosen: list[Candidate], words: Iterable[tuple[int, int]],
                 world: frozenset[str]) -> list[Candidate]:
    """``chosen`` with its persons that name a place of ``world`` retyped to places, and
    completed to jieba's word where the model cut the place short (圭亚 → 圭亚那).
    ``words``: jieba's ``(start, end)``."""
    ends = dict(words)
    starts = {c.start for c in chosen}
    out = []
    for cand in chosen:
        if cand.type in ("PER", "LOC"):
            end = ends.get(cand.start, -1)
            if cand.end < end <= cand.end + _COMPLETE and text[cand.start:end] in world \
                    and not any(k in starts for k in range(cand.start + 1, end)):
                cand = Candidate(cand.start, end, "LOC", cand.strength)
            elif cand.type == "PER" and text[cand.start:cand.end] in world:
                cand = Candidate(cand.start, cand.end, "LOC", cand.strength)
        out.append(cand)
    return out


def world_words(text: str, words: Iterable[tuple[int, int]], world: frozenset[str]
                ) -> list[Candidate]:
    """jieba's words that are places of ``world``: to fill where no name is."""
    return [Candidate(s, e, "LOC", 1) for s, e in words if text[s:e] in world]
