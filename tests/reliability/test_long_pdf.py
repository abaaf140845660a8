"""A PDF of hundreds of pages imports page by page: memory stays flat, progress names
each page, and cancelling stops between pages with what was imported kept.

The 500-page variant runs with XIANGYUE_LONG=1; the default run imports 80 pages."""

from __future__ import annotations

import os
import resource
from pathlib import Path

import pytest

from desktop_app import page_import
from desktop_app.core.spans import Analysis, Corrections
from desktop_app.service import LibraryService
from tests.helpers.newspaper_issue import PageSpec, StorySpec
from tests.helpers.newspaper_pdf import render

LONG = os.environ.get("XIANGYUE_LONG") == "1"
PARAGRAPH = ("当前，全球人工智能爆发式发展，加速重塑计算能力的布局与结构，"
             "智能算力增速远超通用算力。全省绿色智能计算产业规模达8520亿元，同比增长19.2%。")


def _issue(path: Path, pages: int) -> Path:
    specs = [PageSpec(n, 3, (2025, 3, 30), "要闻", "谭云东", [
        StorySpec(f"第{n}版头条：绿色智能计算产业加快发展", [PARAGRAPH] * 6, span=3,
                  byline="本报记者 黄利飞"),
        StorySpec(f"第{n}版简讯", [PARAGRAPH[:60] + f"（第{n}版）"], span=1),
    ]) for n in range(1, pages + 1)]
    render(path, specs)
    return path


def _no_analysis(text: str, corrections: Corrections) -> Analysis:
    return Analysis()


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads RSS from /proc")
@pytest.mark.parametrize("pages", [500] if LONG else [80])
def test_a_long_pdf_imports_page_by_page_with_flat_memory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    pdf = _issue(tmp_path / "issue.pdf", pages)
    library = tmp_path / "library.sqlite3"
    LibraryService.open(library, import_seeds=False, daily_backup=False).close()
    # Analysis (jieba) is measured elsewhere; here only reading, layout and storing.
    monkeypatch.setattr(page_import, "default_analyser", lambda: _no_analysis)
    rss: dict[int, float] = {}
    names: list[str] = []

    def progress(done: int, total: int, name: str) -> bool:
        names.append(name)
        rss[len(names)] = _rss_mb()
        return True

    report = page_import.import_files(library, [pdf], progress)
    assert report.errors == [] and report.added_pages == pages
    assert f"issue.pdf (1/{pages})" in names and f"issue.pdf ({pages}/{pages})" in names
    growth = max(rss.values()) - rss[20]
    assert growth <= 100, f"RSS grew {growth:.0f} MB from page 20 to page {pages}"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0


def test_cancelling_stops_between_pages_and_keeps_what_went_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _issue(tmp_path / "issue.pdf", 12)
    library = tmp_path / "library.sqlite3"
    LibraryService.open(library, import_seeds=False, daily_backup=False).close()
    monkeypatch.setattr(page_import, "default_analyser", lambda: _no_analysis)
    seen: list[str] = []

    def progress(done: int, total: int, name: str) -> bool:
        seen.append(name)
        return not name.startswith("issue.pdf (5/")

    report = page_import.import_files(library, [pdf], progress)
    assert report.cancelled and report.added_pages == 4
    with LibraryService.open(library, import_seeds=False, daily_backup=False) as service:
        assert len(service.search("简讯", limit=None)) == 4
