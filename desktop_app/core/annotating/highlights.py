"""What a highlight is allowed to be, and the context that finds it again.

The rules the library, note import and the command line share: the colours a
highlight may have (declared in :mod:`desktop_app.core.vocabulary`), and the quote with
its surroundings stored beside its offsets so that :mod:`anchors` can find the passage
after the text changes.
"""

from __future__ import annotations

from desktop_app.core.vocabulary import HIGHLIGHT_COLORS

# Characters of text kept on each side of a quote (W3C TextQuoteSelector prefix/suffix).
CONTEXT_CHARS = 32


def check_color(color: str) -> str:
    """``color`` if a highlight may have it; otherwise ValueError naming the choices."""
    if color not in HIGHLIGHT_COLORS:
        raise ValueError(f"unknown colour {color!r}; use one of {', '.join(HIGHLIGHT_COLORS)}")
    return color


def anchor_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(quote, prefix, suffix) that find a passage again after the text changes."""
    return (text[start:end], text[max(0, start - CONTEXT_CHARS):start],
            text[end:end + CONTEXT_CHARS])
