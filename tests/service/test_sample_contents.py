"""What removing the sample pages would take, counted before the window asks (issue 15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.service import LibraryService, SampleContents


def test_sample_contents_counts_the_pages_articles_and_the_users_work_on_them(
        lib_path: Path) -> None:
    with sqlite3.connect(lib_path) as conn:  # every page but the last, as a first launch
        conn.execute("UPDATE pages SET sample = 1 WHERE id != (SELECT max(id) FROM pages)")
    conn.close()
    with LibraryService.open(lib_path, daily_backup=False) as lib:
        before = lib.sample_contents()
        assert before.pages == lib.count_samples() >= 2
        assert 0 < before.articles < lib.count_articles()
        assert (before.notes, before.highlights, before.tags) == (0, 0, 0)
        sources = {i: lib.article(i).source_path for i in lib.article_ids()}
        last = max(sources.values())  # the page not marked: the user's own
        sample = next(i for i, source in sources.items() if source != last)
        own = next(i for i, source in sources.items() if source == last)
        for article_id in (sample, own):
            lib.set_note(article_id, "笔记")
            lib.add_highlight(article_id, 0, 2)
            lib.tag(article_id, "甲", "乙")
        counted = lib.sample_contents()
        assert counted == SampleContents(before.pages, before.articles, 1, 1, 2)
        lib.remove_samples(keep_annotated=False)
        assert lib.sample_contents() == SampleContents()
        assert lib.note(own) == "笔记"  # the user's own page keeps its work
