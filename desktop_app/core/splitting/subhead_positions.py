"""Where each stored subhead stands, found again by splitting the page's text once more.

Libraries written before subhead positions were stored (schema version 7 in
docs/schema.md) kept an article's subheads but not the paragraph each one heads. The
page's text, where it can still be read, is split again; an article whose text and
subheads the new split gives unchanged gets the positions of that split. An article the
split now gives differently keeps its subheads with their positions unknown (None):
its text, and so its highlights' offsets, are never changed here.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.splitting.split import split_page


def rederived_positions(
    page_text: str, stored: Sequence[tuple[str, Sequence[str]]]
) -> list[list[int] | None]:
    """For each stored ``(text, subheads)`` of the page: the paragraph index each subhead
    stands before, or None when the page no longer splits into that article."""
    found: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for article in split_page(page_text).articles:
        found.setdefault((article.text, tuple(article.subheads)), article.subhead_positions)
    return [
        [] if not subheads else _copy(found.get((text, tuple(subheads))))
        for text, subheads in stored
    ]


def _copy(positions: list[int] | None) -> list[int] | None:
    return None if positions is None else list(positions)
