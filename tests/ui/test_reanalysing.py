"""A library an earlier version analysed: the window offers to analyse it again, runs it
beside the reader with progress and Cancel, and shows the new numbers when it ends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app import library_analysis
from desktop_app.core.spans import Analysis, Corrections
from desktop_app.service import LibraryService
from desktop_app.ui import i18n
from tests.helpers.older_analysis import as_if_an_earlier_version, count_articles
from tests.ui.conftest import open_window


@pytest.fixture
def outdated(library_path: Path) -> Path:
    as_if_an_earlier_version(library_path)
    return library_path


@pytest.fixture
def release(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The window's run analyses in batches of 5, each held until the event is set."""
    event = threading.Event()

    def held(text: str, corrections: Corrections) -> Analysis:
        event.wait(20)
        return Analysis()

    def run(service, progress=None, *, jobs=None, everything=False):
        return library_analysis.reanalyse(service.path, progress, jobs=1, analyser=held)

    monkeypatch.setattr(library_analysis, "BATCH", 5)
    monkeypatch.setattr(LibraryService, "reanalyse", run)
    yield event
    event.set()


def open_in_english(qtbot, path: Path):
    window = open_window(qtbot, path)
    i18n.install("en")  # the panels follow the language change
    return window


def test_the_offer_runs_and_the_reader_marks_the_numbers_again(qtbot, outdated: Path) -> None:
    window = open_in_english(qtbot, outdated)
    try:
        reanalyser = window.reanalyser
        qtbot.waitUntil(lambda: reanalyser.panel is not None and reanalyser.panel.isVisible())
        panel = reanalyser.panel
        total = count_articles(outdated)
        qtbot.waitUntil(lambda: panel.label.text() == (
            f"{total} articles were analysed by an earlier version of Xiangyue"))
        assert window.detail.numbers == []  # what the earlier rules left
        opened = window.detail.id
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        assert not window.menus.reanalyse.isEnabled()  # one run at a time
        qtbot.waitUntil(lambda: not reanalyser.running and not panel.isVisible(),
                        timeout=60_000)
        assert window.statusBar().currentMessage() == (
            f"{total} articles analysed again: their numbers, names and figures are this "
            "version's")
        qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == opened
                        and window.detail.numbers != [])
        assert window.menus.reanalyse.isEnabled()
        assert window.service.articles_to_analyse() == 0
    finally:
        window.close()


def test_the_outdated_articles_are_counted_off_the_ui_thread(qtbot, outdated: Path,
                                                             monkeypatch) -> None:
    counted_on: list[threading.Thread] = []
    real = LibraryService.articles_to_analyse

    def counting(service: LibraryService) -> int:
        counted_on.append(threading.current_thread())
        return real(service)

    monkeypatch.setattr(LibraryService, "articles_to_analyse", counting)
    window = open_in_english(qtbot, outdated)
    try:
        qtbot.waitUntil(lambda: window.reanalyser.panel is not None
                        and window.reanalyser.panel.isVisible())
        assert counted_on and threading.main_thread() not in counted_on
    finally:
        window.close()


def test_a_current_library_is_not_offered_anything(qtbot, window) -> None:
    i18n.install("en")
    assert window.reanalyser.panel is None
    window.menus.reanalyse.trigger()
    assert window.statusBar().currentMessage() == (
        "Every article already has this version's numbers, names and figures")
    assert not window.reanalyser.running


def test_not_now_puts_the_offer_away_until_the_next_opening(qtbot, outdated: Path) -> None:
    window = open_in_english(qtbot, outdated)
    try:
        qtbot.waitUntil(lambda: window.reanalyser.panel is not None
                        and window.reanalyser.panel.isVisible())
        qtbot.mouseClick(window.reanalyser.panel.dismiss_button, Qt.MouseButton.LeftButton)
        assert not window.reanalyser.panel.isVisible() and not window.reanalyser.running
        assert window.service.articles_to_analyse() == count_articles(outdated)
    finally:
        window.close()


def test_cancel_keeps_the_batches_written_and_says_how_far_it_got(
        qtbot, outdated: Path, release: threading.Event) -> None:
    window = open_in_english(qtbot, outdated)
    try:
        reanalyser = window.reanalyser
        qtbot.waitUntil(lambda: reanalyser.panel is not None and reanalyser.panel.isVisible())
        panel = reanalyser.panel
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        assert reanalyser.running and panel.dismiss_button.text() == "Cancel"
        assert panel.label.text() == (
            f"Analysing articles again: 0 of {count_articles(outdated)}")
        qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
        assert panel.label.text() == "Stopping the analysis…"
        assert not panel.dismiss_button.isEnabled()
        release.set()
        qtbot.waitUntil(lambda: not reanalyser.running and not panel.isVisible(),
                        timeout=30_000)
        total = count_articles(outdated)
        assert window.statusBar().currentMessage() == (
            f"Analysis stopped: 5 of {total} articles analysed again; File → Analyse "
            "Library Again goes on from there")
        assert window.service.articles_to_analyse() == total - 5
    finally:
        release.set()
        window.close()


def test_closing_mid_run_keeps_the_batch_being_written(
        qtbot, outdated: Path, release: threading.Event) -> None:
    window = open_in_english(qtbot, outdated)
    try:
        qtbot.waitUntil(lambda: window.reanalyser.panel is not None)
        window.menus.reanalyse.trigger()
        assert window.reanalyser.running
        threading.Timer(0.3, release.set).start()  # the batch ends while closing waits
        window.close()
        assert not window.reanalyser.running
    finally:
        release.set()
    with LibraryService.open(outdated, import_seeds=False, daily_backup=False) as lib:
        assert lib.articles_to_analyse() == count_articles(outdated) - 5


def test_the_offer_in_chinese(qtbot, outdated: Path) -> None:
    window = open_in_english(qtbot, outdated)
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "文件(&F)")
        qtbot.waitUntil(lambda: window.reanalyser.panel is not None)
        panel = window.reanalyser.panel
        assert panel.label.text() == (
            f"有 {count_articles(outdated)} 篇文章是旧版湘阅分析的")
        assert panel.start_button.text() == "重新分析"
        assert window.menus.reanalyse.text() == "重新分析文库(&N)"
    finally:
        i18n.install("en")
        window.close()
