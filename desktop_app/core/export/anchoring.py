"""Finding a quoted passage again in an article's text.

Offsets are tried first (they are exact when nothing changed); otherwise every
occurrence of the quote is scored by how much of the recorded prefix and suffix it
shares, as the Web Annotation model intends the TextQuoteSelector to be used.
"""

from __future__ import annotations


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def locate(
    text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None
) -> tuple[int, int] | None:
    """``(start, end)`` of ``exact`` in ``text``, or None when it is not there."""
    if not exact:
        return None
    if start is not None and text[start:start + len(exact)] == exact:
        return start, start + len(exact)
    best: tuple[int, int, int] | None = None  # (-context, distance, position)
    position = text.find(exact)
    while position != -1:
        end = position + len(exact)
        context = _common_suffix(text[max(0, position - len(prefix)):position], prefix) \
            + _common_prefix(text[end:end + len(suffix)], suffix)
        distance = abs(position - start) if start is not None else 0
        candidate = (-context, distance, position)
        if best is None or candidate < best:
            best = candidate
        position = text.find(exact, position + 1)
    if best is None:
        return None
    return best[2], best[2] + len(exact)
