"""Numbers and entities of a text in one call (the analysis layer's public entry)."""

from __future__ import annotations

from desktop_app.core.spans import Analysis, Corrections


def analyse(text: str, corrections: Corrections | None = None) -> Analysis:
    """Find the numbers and the named entities in ``text``.

    Placeholder until the extractors land (issue 3): returns no spans.
    """
    del text, corrections
    return Analysis()
