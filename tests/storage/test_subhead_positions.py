"""Subheads stored with the paragraph they head, and found again for older libraries.

Migration step 6 (``_v6_subhead_positions``; its version is its place in MIGRATIONS)
adds ``articles.subhead_positions`` and fills it by splitting each page's text again:
from the page file when it still holds the imported text, from the bundled sample pages
by hash, otherwise not at all (positions unknown, the text untouched).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from desktop_app.core.reading.pages import read_page
from desktop_app.core.splitting.split import split_page
from desktop_app.service import LibraryService
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS, _v6_subhead_positions
from tests.helpers.paths import SEEDS

STEP = MIGRATIONS.index(_v6_subhead_positions) + 1


def _before_step(path: Path) -> None:
    """Make ``path`` the file the version before this step wrote: no positions column."""
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE articles DROP COLUMN subhead_positions")
    conn.execute(f"PRAGMA user_version = {STEP - 1}")
    conn.commit()
    conn.close()


def _expected() -> dict[tuple[str, str], list[int]]:
    """(title, text) → subhead positions, as the splitter gives them on the sample pages."""
    return {(a.title, a.text): a.subhead_positions
            for page in sorted(SEEDS.glob("*.txt"))
            for a in split_page(read_page(page).text).articles if a.subheads}


def test_an_import_stores_each_subhead_with_the_paragraph_it_heads(lib: LibraryService) -> None:
    expected = _expected()
    assert sum(len(p) for p in expected.values()) >= 20  # the sample pages print 24
    shown = 0
    for article_id in lib.article_ids():
        detail = lib.article(article_id)
        if detail.subheads:
            assert detail.subhead_positions == expected[(detail.title, detail.text)]
            shown += len(detail.subheads)
    assert shown == sum(len(p) for p in expected.values())


def test_an_older_library_gets_positions_from_its_page_files(lib_path: Path) -> None:
    _before_step(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        found = {(d.title, d.text): d.subhead_positions
                 for d in map(lib.article, lib.article_ids()) if d.subheads}
    assert found == _expected()


def test_sample_pages_moved_away_are_found_by_their_text(lib_path: Path,
                                                         tmp_path: Path) -> None:
    # A frozen app unpacks its sample pages somewhere new on every start: the folder
    # they were imported from is gone.
    gone = tmp_path / "unpacked-at-an-earlier-start"
    with contextlib.closing(sqlite3.connect(lib_path)) as conn, conn:
        for page_id, source in conn.execute("SELECT id, source_path FROM pages").fetchall():
            conn.execute("UPDATE pages SET source_path = ? WHERE id = ?",
                         (str(gone / Path(source).name), page_id))
    _before_step(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        found = {(d.title, d.text): d.subhead_positions
                 for d in map(lib.article, lib.article_ids()) if d.subheads}
    assert found == _expected()


def test_a_page_whose_file_is_gone_keeps_its_subheads_text_and_highlights(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.txt"
    body = ("## 长沙重点项目建设提速\n\n湖南日报全媒体记者 张三\n\n"
            "长沙市今年新开工重点项目120个。\n\n**抓项目 稳增长**\n\n项目涵盖先进制造等领域。\n")
    page.write_text(body, encoding="utf-8")
    path = tmp_path / "lib" / "library.sqlite3"
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        lib.import_paths([page])
        [article_id] = lib.article_ids()
        before = lib.article(article_id)
        assert before.subhead_places() == [("抓项目 稳增长", 1)]
        mark = lib.add_highlight(article_id, before.text.index("先进制造"),
                                 before.text.index("先进制造") + 4)
    page.unlink()
    _before_step(path)
    with LibraryService.open(path, import_seeds=False) as lib:
        after = lib.article(article_id)
        assert after.text == before.text
        assert after.subhead_places() == [("抓项目 稳增长", None)]
        assert after.to_dict()["subheads"] == [{"text": "抓项目 稳增长", "before_paragraph": None}]
        [kept] = after.highlights
        assert (kept.start, kept.end, kept.quote) == (mark.start, mark.end, "先进制造")
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT subhead_positions FROM articles").fetchone()[0]
    assert stored is None or json.loads(stored) is None


def test_a_page_imported_again_moves_its_subheads_and_keeps_a_highlight_on_its_words(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.txt"
    head = ("## 长沙重点项目建设提速\n\n湖南日报全媒体记者 张三\n\n"
            "长沙市今年新开工重点项目120个。\n\n")
    tail = ("一、抓项目 稳增长\n\n项目涵盖先进制造等领域。\n\n"
            "【服务跟着需求走】\n\n今年新建服务站30个。\n")
    page.write_text(head + tail, encoding="utf-8")
    path = tmp_path / "lib" / "library.sqlite3"
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        lib.import_paths([page])
        [article_id] = lib.article_ids()
        text = lib.article(article_id).text
        start = text.index("服务站")
        lib.add_highlight(article_id, start, start + 3)
        # The page printed again with a paragraph more above the first subhead.
        page.write_text(head + "市发改委介绍了有关情况。\n\n" + tail, encoding="utf-8")
        lib.import_paths([page])
        [article_id] = lib.article_ids()
        after = lib.article(article_id)
        assert after.subhead_places() == [("一、抓项目 稳增长", 2), ("【服务跟着需求走】", 3)]
        [mark] = after.highlights
        assert after.text[mark.start:mark.end] == "服务站" and not mark.orphan
