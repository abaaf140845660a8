"""What the levers share on a text's candidates, sorted by start and not overlapping: the
ones that start inside a span, whether one runs into a span from before it, the list with
some of them replaced by new ones (a name read in pieces made whole, a chain cut, a place
grown), new names put in place of those that start inside them, and which characters the
names already hold (:class:`Taken`)."""

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


class Taken:
    """The characters names already hold: ``free`` asks of a span, ``take`` marks one.

    A byte per character, grown as names further on are taken: a lever asks of every
    span it would add, and a set of spans would cost a search per question."""

    __slots__ = ("_held",)

    def __init__(self, chosen: Iterable[Candidate] = ()) -> None:
        self._held = bytearray()
        for cand in chosen:
            self.take(cand.start, cand.end)

    def free(self, start: int, end: int) -> bool:
        return not any(self._held[start:end])

    def take(self, start: int, end: int) -> None:
        if end > len(self._held):
            self._held.extend(bytes(end - len(self._held)))
        self._held[start:end] = b"\1" * (end - start)


def in_place_of(chosen: list[Candidate], new: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each of ``new`` (not overlapping each other) in place of the names
    that start inside it, unless a name before it runs into it."""
    if not new:
        return chosen
    chosen = sorted(chosen, key=lambda c: c.start)
    starts = [c.start for c in chosen]
    dropped: set[int] = set()
    added = []
    for cand in new:
        if not runs_into(chosen, starts, cand.start):
            dropped.update(starting_within(chosen, starts, cand.start, cand.end))
            added.append(cand)
    return with_replacements(chosen, dropped, added)
