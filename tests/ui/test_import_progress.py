"""A large import in the window: progress in the status bar, Cancel, the library in
use meanwhile, closing mid-import (issue 15).

The import runs through the worker pool with the fake analysers of
tests/helpers/fake_analysers.py (workers start in a fraction of a second): pages 0-3
go through, page 4 on carry ``SLOWME`` and hold their worker, so the import stands at
4 of 10 pages until it is cancelled. No sleep decides anything: the test waits for what
the window shows.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app import page_import
from desktop_app.service import ImportReport, LibraryService
from desktop_app.ui import i18n
from tests.helpers import fake_analysers
from tests.service.test_import_workers import stored, write_pages
from tests.ui.conftest import settle
from tests.ui.test_main_window import click_row

PAGES, LANDING = 10, 4  # pages in the folder; pages that land before the slow ones


@pytest.fixture
def slow_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder whose import stops at page LANDING (until cancelled), through 2 workers."""
    monkeypatch.setenv(fake_analysers.LOG_ENV, str(tmp_path / "analysed.log"))
    folder = tmp_path / "pages"
    write_pages(folder, PAGES, {i: "SLOWME" for i in range(LANDING, PAGES)})

    def pooled(service, paths, progress=None, *, jobs=None, status=None):
        return page_import.import_files(service.path, paths, progress, jobs=2,
                                        analyser=fake_analysers.faulty, time_limit=250,
                                        status=status)

    monkeypatch.setattr(LibraryService, "import_paths", pooled)
    return folder


def worker_pids(folder: Path) -> set[int]:
    log = folder.parent / "analysed.log"
    return {int(line.split()[0]) for line in log.read_text(encoding="utf-8").splitlines()}


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for_landing(qtbot, window) -> None:
    """Until the panel stands at LANDING of PAGES (the slow pages hold it there)."""
    panel = window.importer.panel
    qtbot.waitUntil(lambda: panel.bar.value() == LANDING and panel.bar.maximum() == PAGES,
                    timeout=60_000)


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_progress_advances_and_cancel_keeps_the_pages_imported_so_far(
        qtbot, window, slow_folder):
    service, lists = window.service, window.list_panel
    before = set(service.article_ids())
    window.reader.select_range(2, 9)  # the user is about to highlight something
    window.importer.import_paths([slow_folder])
    panel = window.importer.panel
    assert panel.isVisible() and panel.cancel_button.isEnabled()
    wait_for_landing(qtbot, window)
    # The list follows while the import runs (it ends only when cancelled, below) …
    qtbot.waitUntil(lambda: lists.model.rowCount() == len(before) + LANDING, timeout=30_000)
    assert window.reader.selected_range() == (2, 9)  # … and leaves the reader alone
    assert f"{LANDING} of {PAGES} pages" in panel.label.text()
    assert "pages/s" in panel.label.text() and "left" in panel.label.text()

    # Meanwhile the library is in use: a new page is read and highlighted.
    new_ids = [i for i in lists.model.ids() if i not in before]
    click_row(qtbot, window, lists.model.row_of(new_ids[0]))
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == new_ids[0])
    window.reader.select_range(0, 4)
    window.reader_panel.highlight_selection("green")
    settle(qtbot, window)
    assert [h.color for h in service.highlights(new_ids[0])] == ["green"]
    # A second import asked for meanwhile is refused, and says so.
    window.importer.import_paths([slow_folder])
    assert "already running" in window.statusBar().currentMessage()
    assert window.importer.job is not None

    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
    report = window.importer.last_report
    assert report.cancelled and report.added_pages == LANDING and report.errors == []
    message = window.statusBar().currentMessage()
    assert f"{LANDING} pages imported, the other {PAGES - LANDING} not" in message
    assert not panel.isVisible()
    # The pages kept are whole and listed; the highlight made meanwhile is still there.
    qtbot.waitUntil(lambda: lists.model.rowCount() == len(before) + LANDING)
    assert all(service.article(i).text for i in new_ids)
    assert [h.color for h in service.highlights(new_ids[0])] == ["green"]
    # No worker process is left.
    assert multiprocessing.active_children() == []
    pids = worker_pids(slow_folder)
    assert pids and not any(alive(pid) for pid in pids)


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_closing_the_window_mid_import_cancels_it_and_keeps_what_landed(
        qtbot, window, slow_folder):
    path, before = window.service.path, window.service.count_articles()
    window.importer.import_paths([slow_folder])
    wait_for_landing(qtbot, window)
    window.close()
    assert window.importer.job is None and window.service is None
    assert multiprocessing.active_children() == []
    assert not any(alive(pid) for pid in worker_pids(slow_folder))
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        assert lib.count_articles() == before + LANDING
    landed = stored(path)[-LANDING:]  # whole pages, each with its article
    assert landed == [(f"page-{i:03d}.txt", 1) for i in range(LANDING)]


def test_a_cancelled_import_says_what_happened_in_chinese(qtbot, window):
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "文件(&F)")
        text = window.importer.report_text(
            ImportReport(added_pages=120, articles_added=700, cancelled=True), 380)
    finally:
        i18n.install("en")
    assert text.startswith("导入已取消：已导入 120 页，取消了其余 380 页"), text
