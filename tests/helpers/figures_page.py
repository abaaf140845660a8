"""A page of figures to import into a fresh library (the figures' storage tests)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.service import LibraryService

PAGE = """湖南日报
2025年3月30日 星期日
第04版

# 湖南绿色智能计算产业规模达8520亿元

　　本报讯 2024年，全省绿色智能计算产业规模达8520亿元，同比增长19.2%。全省新增智能制造企业1585家。

# 长沙市新开三条地铁

　　本报讯 长沙市今天开通三条地铁线路，日均客流超过20万人次。
"""


def import_page(tmp_path: Path, text: str) -> Path:
    """A new library at ``tmp_path`` holding ``text`` as the page of 2025-03-30, 04."""
    page = tmp_path / "pages" / "2025-03-30_04.txt"
    page.parent.mkdir(exist_ok=True)
    page.write_text(text, encoding="utf-8")
    db = tmp_path / "library.sqlite3"
    with LibraryService.open(db, import_seeds=False, daily_backup=False) as lib:
        lib.import_paths([page])
    return db
