"""The title order (the list sorted by title) stays the pinyin order of the titles as they
are now, after an import, a retitle, a merge and a split: each write stores the title's
sort string (schema step 15)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.collation import title_key
from desktop_app.service import LibraryService


def pinyin_order(lib: LibraryService) -> list[str]:
    """The titles' order computed from the titles alone (stable: ties in page order)."""
    rows = lib.article_rows(lib.article_ids())
    return [row.id for row in sorted(rows, key=lambda row: title_key(row.title))]


def test_an_imported_page_takes_its_place_in_title_order(lib, tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("2025年3月2日 星期日\n责任编辑 刘乐\n\n## 阿里巴巴在长沙设立新中心\n\n"
                    "湖南日报全媒体记者 黄利飞\n\n正文：项目总投资10亿元。\n\n"
                    "## 株洲轨道交通装备出口增长\n\n正文：同比增长9.5%。\n", encoding="utf-8")
    lib.import_paths([page])
    order = lib.article_ids(order="pinyin")
    assert order == pinyin_order(lib)
    assert "阿里巴巴在长沙设立新中心" in [row.title for row in lib.article_rows(order)]


def test_retitle_merge_and_split_keep_title_order(lib):
    first = next(row for row in lib.article_rows(lib.article_ids())
                 if len(lib.article(row.id).paragraphs) > 2)
    old_title = first.title
    detail = lib.article(first.id)
    new_title = lib.retitle_article(first.id, offset=detail.text.index(detail.paragraphs[1]))
    assert new_title != old_title
    assert lib.article_ids(order="pinyin") == pinyin_order(lib)
    ids = lib.article_ids()
    lib.merge_articles(ids[0], "next")
    assert lib.article_ids(order="pinyin") == pinyin_order(lib)
    target = next(lib.article(i) for i in lib.article_ids() if len(lib.article(i).paragraphs) > 2)
    lib.split_article(target.id, target.text.index(target.paragraphs[2]))
    assert lib.article_ids(order="pinyin") == pinyin_order(lib)
