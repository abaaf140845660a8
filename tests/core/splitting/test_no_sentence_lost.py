"""No printed sentence is ever lost or duplicated, whatever the layout.

Over every family of the layout generator (tests/core/splitting/layouts.py): each
sentence printed in a story, a continued fragment or a photo caption lands in exactly
one article, whole, once (page furniture, markers and lines extracted twice aside).
``XIANGYUE_LONG=1`` runs 20× the examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings

from desktop_app.core.splitting.split import split_page
from tests.core.splitting.layouts import Page, pages, sentence_counts

SCALE = 20 if os.environ.get("XIANGYUE_LONG") else 1


@settings(max_examples=150 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_every_printed_sentence_lands_in_exactly_one_article(page: Page) -> None:
    articles = split_page(page.text).articles
    wrong = sentence_counts(page, articles)
    assert not wrong, (page.describe(), wrong, page.text)
    for article in articles:
        assert 0 <= article.source_start <= article.source_end <= len(page.text)
