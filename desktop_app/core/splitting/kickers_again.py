"""Which part of a stored article's subtitle is its kicker, for articles stored before
the kicker was kept apart (schema step 19): the page is split again and each stored
article matched by its title, text and subtitle."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.splitting.split import split_page


def rederived_kickers(page_text: str, stored: Sequence[tuple[str, str, str]]
                      ) -> list[str | None]:
    """For each stored ``(title, text, subtitle)`` of the page: its kicker (``""`` for
    none), or None when the page no longer splits into that article (an edited split)."""
    found: dict[tuple[str, str, str], str] = {}
    for article in split_page(page_text).articles:
        found.setdefault((article.title, article.text, article.subtitle), article.kicker)
    return [found.get(key) for key in stored]
