"""Finding articles again after a page was edited and re-imported.

Highlights inside them are found again by :func:`desktop_app.core.annotating.anchors.anchor`.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["pair_articles"]


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def pair_articles(
    old: Sequence[tuple[str, str, str]], new: Sequence[tuple[str, str, str]],
    min_similarity: float = 0.3,
) -> dict[int, int]:
    """Map old articles of a page to their successors: index in ``old`` → index in ``new``.

    Each article is (id, title, text). Same id first (the splitter's ids are stable for
    unchanged articles), then the same title, then the most similar text.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    new_by_id = {a[0]: j for j, a in enumerate(new)}
    for i, (id_, _, _) in enumerate(old):
        j = new_by_id.get(id_)
        if j is not None and j not in taken:
            _pair(pairs, taken, i, j)
    for i, (_, title, _) in enumerate(old):
        if i in pairs or not title:
            continue
        same = [j for j, a in enumerate(new) if a[1] == title and j not in taken]
        if len(same) == 1:
            _pair(pairs, taken, i, same[0])
    grams_new = {j: _bigrams(a[2]) for j, a in enumerate(new) if j not in taken}
    for i, (_, _, text) in enumerate(old):
        if i in pairs:
            continue
        grams = _bigrams(text)
        scored = [(len(grams & g) / max(1, len(grams | g)), j) for j, g in grams_new.items()
                  if j not in taken]
        if scored:
            score, j = max(scored)
            if score >= min_similarity:
                _pair(pairs, taken, i, j)
    return pairs


def _pair(pairs: dict[int, int], taken: set[int], i: int, j: int) -> None:
    pairs[i] = j
    taken.add(j)
