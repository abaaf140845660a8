"""A library from before kickers were kept apart (schema step 19): the articles of pages
whose text can be read again get their kicker, the others show their subtitle under the
headline as before; nothing else changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.service import LibraryService


def _before_kickers(path: Path, *, pages_changed: bool = False) -> dict[str, str]:
    """Make the library at ``path`` a version 18 file; returns each title's subtitle."""
    conn = sqlite3.connect(path)
    subtitles = dict(conn.execute("SELECT title, subtitle FROM articles"))
    conn.execute("ALTER TABLE articles DROP COLUMN kicker")
    if pages_changed:  # files edited since: their text is not the text imported
        conn.execute("UPDATE pages SET content_hash = 'changed-' || content_hash")
    conn.execute("PRAGMA user_version = 18")
    conn.commit()
    conn.close()
    return subtitles


def _by_title(lib: LibraryService, title: str):
    return next(d for d in map(lib.article, lib.article_ids()) if d.title == title)


def test_an_older_library_gets_the_kickers_of_the_pages_it_can_read_again(lib_path: Path):
    subtitles = _before_kickers(lib_path)
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as lib:
        over = _by_title(lib, "新材料产业是突破口")
        under = _by_title(lib, "湘江潮涌 制造向新")
        assert over.kicker == "从制造业大省向强省跨越"
        assert under.kicker == "" and under.subtitle == "湖南持续用力打造国家重要先进制造业高地"
        assert {d.title: d.subtitle for d in map(lib.article, lib.article_ids())} == subtitles


def test_pages_changed_since_keep_their_subtitle_whole(lib_path: Path):
    subtitles = _before_kickers(lib_path, pages_changed=True)
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as lib:
        article = _by_title(lib, "新材料产业是突破口")
        assert article.kicker == "" and article.subtitle == subtitles[article.title]
