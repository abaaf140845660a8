"""Finding a highlighted passage again in an article's text.

A passage is found by its quote; when the quote occurs more than once, the
occurrence whose surroundings best match the stored prefix and suffix wins, then the
one nearest the old position (the approach of Hypothesis' text-quote selectors and
the W3C TextQuoteSelector). When the quote itself was edited, its stored prefix and
suffix may still bracket a passage of similar text; that passage is taken only if it
is close to the old quote. Used by re-import (storage) and by notes import (export).
"""

from __future__ import annotations

import difflib

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


def anchor(
    text: str, quote: str, prefix: str, suffix: str, hint: int, *, fuzzy: bool = True
) -> tuple[int, int] | None:
    """Where the passage is in ``text`` now, or None when it cannot be found.

    With ``fuzzy`` off only the quote itself, word for word, is accepted.
    """
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
    return _fuzzy(text, quote, prefix, suffix) if fuzzy else None


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


def locate(
    text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None
) -> tuple[int, int] | None:
    """``(start, end)`` of ``exact`` in ``text`` for notes import, or None.

    Offsets are tried first (they are exact when nothing changed); otherwise every
    occurrence is scored by its recorded prefix and suffix. Only the exact quote is
    accepted: an imported note never lands on text that merely looks alike.
    """
    if start is not None and text[start:start + len(exact)] == exact and exact:
        return start, start + len(exact)
    return anchor(text, exact, prefix, suffix, -1 if start is None else start, fuzzy=False)
