"""Finding highlights and articles again after a page was edited and re-imported.

A highlight is found by its quote; when the quote occurs more than once, the
occurrence whose surroundings best match the stored prefix and suffix wins, then the
one nearest the old position (the approach of Hypothesis' text-quote selectors).
When the quote itself was edited, its stored prefix and suffix may still bracket a
passage of similar text; that passage is taken only if it is close to the old quote.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

# How alike an edited quote must be to the old one to keep the highlight on it.
FUZZY_MIN_RATIO = 0.75
_MIN_CONTEXT = 6


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    before = text[max(0, start - len(prefix)):start]
    after = text[end:end + len(suffix)]
    return _common_prefix(before[::-1], prefix[::-1]) + _common_prefix(after, suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def anchor(text: str, quote: str, prefix: str, suffix: str, hint: int) -> tuple[int, int] | None:
    """Where the passage is in ``text`` now, or None when it cannot be found."""
    if not quote:
        return None
    best: tuple[int, int, int] | None = None  # (-score, distance, start)
    start = text.find(quote)
    while start >= 0:
        key = (-_context_score(text, start, start + len(quote), prefix, suffix),
               abs(start - hint), start)
        best = key if best is None or key < best else best
        start = text.find(quote, start + 1)
    if best is not None:
        return best[2], best[2] + len(quote)
    return _fuzzy(text, quote, prefix, suffix)


def _fuzzy(text: str, quote: str, prefix: str, suffix: str) -> tuple[int, int] | None:
    if len(prefix) < _MIN_CONTEXT or len(suffix) < _MIN_CONTEXT:
        return None
    after_prefix = text.find(prefix)
    while after_prefix >= 0:
        start = after_prefix + len(prefix)
        end = text.find(suffix, start, start + 2 * len(quote) + 8)
        if end > start:
            ratio = difflib.SequenceMatcher(None, quote, text[start:end]).ratio()
            if ratio >= FUZZY_MIN_RATIO:
                return start, end
        after_prefix = text.find(prefix, after_prefix + 1)
    return None


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
