"""File → Remove Sample Pages, as a user meets it: enabled while samples are there, a
question that counts what goes (the user's notes and highlights on them too), then a
list without them and the command disabled (issue 15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app import APP_DISPLAY_NAME
from desktop_app.service import LibraryService
from desktop_app.ui import i18n
from tests.ui.conftest import open_window, settle
from tests.ui.test_main_window import click_row


@pytest.fixture
def sample_library(library_path: Path) -> Path:
    """The seed library with every page but the last marked a sample (as a first launch
    marks them); the last stands for a page the user imported."""
    with sqlite3.connect(library_path) as conn:
        conn.execute("UPDATE pages SET sample = 1 WHERE id != (SELECT max(id) FROM pages)")
    conn.close()
    return library_path


def answer(qtbot, choice: str) -> dict:
    """Click ``choice`` (remove, cancel) in the question once it shows; what it said."""
    seen: dict = {}

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "remove-samples":
            QTimer.singleShot(20, poll)
            return
        seen["text"] = box.text()
        box.findChild(QPushButton, f"remove-samples-{choice}").click()

    QTimer.singleShot(0, poll)
    return seen


def test_removing_the_samples_asks_with_the_counts_then_leaves_the_users_pages(
        qtbot, sample_library):
    window = open_window(qtbot, sample_library)
    i18n.install("en")  # its plural forms ("1 note, 2 highlights")
    service, action, lists = window.service, window.menus.remove_samples, window.list_panel
    contents = service.sample_contents()
    total = service.count_articles()
    assert contents.pages >= 2 and 0 < contents.articles < total
    qtbot.waitUntil(action.isEnabled)
    # The user's work on a sample article.
    own = own_source(service)
    sample_id = next(i for i in lists.model.ids() if service.article(i).source_path != own)
    click_row(qtbot, window, lists.model.row_of(sample_id))
    qtbot.waitUntil(lambda: window.detail.id == sample_id)
    service.set_note(sample_id, "我的笔记")
    service.add_highlight(sample_id, 0, 2)
    service.add_highlight(sample_id, 3, 5)

    seen = answer(qtbot, "cancel")
    action.trigger()
    assert seen["text"]
    settle(qtbot, window)
    assert service.count_samples() == contents.pages and action.isEnabled()

    seen = answer(qtbot, "remove")
    action.trigger()
    text = seen["text"]
    assert f"{contents.pages} sample pages" in text and f"{contents.articles} articles" in text
    assert "1 note, 2 highlights" in text and "deleted too" in text
    qtbot.waitUntil(lambda: service.count_samples() == 0, timeout=15_000)
    left = total - contents.articles
    qtbot.waitUntil(lambda: lists.model.rowCount() == left, timeout=15_000)
    assert not action.isEnabled()
    assert all(service.article(i).source_path == own for i in lists.model.ids())
    # The sample being read went too: the reader and the notes panel show what is left.
    qtbot.waitUntil(lambda: window.detail.source_path == own)
    assert window.notes.article_id == window.detail.id
    assert f"Removed {contents.pages} sample pages" in window.statusBar().currentMessage()
    window.close()
    with LibraryService.open(sample_library, import_seeds=False, daily_backup=False) as lib:
        assert lib.count_articles() == left and not lib.has_article(sample_id)


def test_removing_a_library_of_samples_only_leaves_an_empty_window(qtbot, library_path):
    """A first launch holds the samples alone: after removing them nothing is shown."""
    with sqlite3.connect(library_path) as conn:
        conn.execute("UPDATE pages SET sample = 1")
    conn.close()
    window = open_window(qtbot, library_path)
    answer(qtbot, "remove")
    window.menus.remove_samples.trigger()
    qtbot.waitUntil(lambda: window.detail is None, timeout=15_000)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 0)
    assert window.reader.toPlainText() == "" and window.windowTitle() == APP_DISPLAY_NAME
    assert not window.notes.isEnabled() and not window.menus.remove_samples.isEnabled()
    window.close()


def test_the_command_is_disabled_for_a_library_without_samples(qtbot, window):
    settle(qtbot, window)
    assert window.service.count_samples() == 0
    assert not window.menus.remove_samples.isEnabled()


def own_source(service: LibraryService) -> str:
    """The source file of the page that is not a sample."""
    return max((service.article(i) for i in service.article_ids()),
               key=lambda detail: detail.source_path).source_path
