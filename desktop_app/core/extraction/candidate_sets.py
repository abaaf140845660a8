"""Three operations the levers share on a text's candidates, sorted by start and not
overlapping: the ones that start inside a span, whether one runs into a span from before
it, and the list with some of them replaced by new ones (a name read in pieces made
whole, a chain cut, a place grown)."""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable

from desktop_app.core.extraction.entity_rules import Candidate


def starting_within(chosen: list[Candidate], starts: list[int], start: int, end: int
                    ) -> list[int]:
    """Indices of the candidates that start in ``[start, end)``; ``starts``: their starts."""
    return list(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))


def with_replacements(chosen: list[Candidate], dropped: Collection[int],
                      added: Iterable[Candidate]) -> list[Candidate]:
    """``chosen`` less the candidates at ``dropped``, with ``added``, sorted by start."""
    kept = [c for k, c in enumerate(chosen) if k not in dropped]
    return sorted([*kept, *added], key=lambda c: c.start)


def runs_into(chosen: list[Candidate], starts: list[int], start: int) -> bool:
    """A candidate that starts before ``start`` runs on past it."""
    k = bisect.bisect_left(starts, start)
    return k > 0 and chosen[k - 1].end > start
