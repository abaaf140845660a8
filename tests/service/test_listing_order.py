"""The article list in page order reads page by page, like the paper."""

from __future__ import annotations

from itertools import groupby

from desktop_app.service import LibraryService


def test_page_order_keeps_each_pages_articles_together(lib: LibraryService) -> None:
    details = [lib.article(i) for i in lib.article_ids(order="page")]
    sources = [d.source_path for d in details]
    blocks = [source for source, _ in groupby(sources)]
    # Seed pages mostly print no date or page number: they must still not interleave.
    assert len(blocks) == len(set(sources)) == 5
