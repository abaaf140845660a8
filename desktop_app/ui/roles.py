"""Custom item roles and column numbers shared by the models, delegates and tests."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

USER = int(Qt.ItemDataRole.UserRole)

ARTICLE_ID_ROLE = USER + 1
SORT_ROLE = USER + 2
HIGHLIGHT_ROLE = USER + 3  # the Highlight dataclass of a row in the highlights list
SEARCH_HIT_ROLE = USER + 4  # the SearchHit dataclass of a row in the results list
COLOR_ROLE = USER + 5


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    PAGE = 2
    KIND = 3
    TAGS = 4
    HIGHLIGHTS = 5
    NOTE = 6


# The order the library lists each column in (ties in page order; titles by pinyin,
# not by code point): storage/listing.py, asked from the query thread. The page order
# is by date first, so it is the Date column's order too, ties in page order.
SERVICE_ORDER = {Column.TITLE: "pinyin", Column.DATE: "page", Column.PAGE: "page",
                 Column.KIND: "kind", Column.TAGS: "tags", Column.HIGHLIGHTS: "highlights",
                 Column.NOTE: "note"}
