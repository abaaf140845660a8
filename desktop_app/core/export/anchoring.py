"""Finding a quoted passage again in an article's text, for notes import.

Offsets are tried first (they are exact when nothing changed); otherwise every
occurrence of the quote is scored by how much of the recorded prefix and suffix it
shares, as the Web Annotation model intends the TextQuoteSelector to be used. Only the
exact quote is accepted: an imported note never lands on text that merely looks alike.
"""

from __future__ import annotations

from desktop_app.core.anchoring import anchor


def locate(
    text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None
) -> tuple[int, int] | None:
    """``(start, end)`` of ``exact`` in ``text``, or None when it is not there."""
    if start is not None and text[start:start + len(exact)] == exact and exact:
        return start, start + len(exact)
    return anchor(text, exact, prefix, suffix, -1 if start is None else start, fuzzy=False)
