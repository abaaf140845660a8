"""A library that cannot be opened: the window explains why and offers the way out."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.service import LibraryService, LockedLibraryError
from desktop_app.ui import opening


def corrupt_middle_page(path: Path) -> None:
    """Overwrite one whole page in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    middle = (len(data) // page_size // 2) * page_size
    data[middle:middle + page_size] = b"\xab" * page_size
    path.write_bytes(bytes(data))


def answer_dialog(qtbot, choice: str) -> dict:
    """Click ``choice`` in the open-problem dialog once it shows; returns what it said."""
    seen: dict = {}

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "open-problem":
            QTimer.singleShot(20, poll)
            return
        seen["text"], seen["info"] = box.text(), box.informativeText()
        seen["buttons"] = sorted(b.objectName() for b in box.findChildren(QPushButton)
                                 if b.objectName().startswith("open-problem-"))
        box.findChild(QPushButton, f"open-problem-{choice}").click()

    QTimer.singleShot(0, poll)
    return seen


def start_window(qtbot, path: Path):
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    create_app([])
    window = MainWindow(path)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_a_damaged_library_is_restored_from_its_latest_backup(qtbot, library_path):
    LibraryService.open(library_path).close()  # makes today's automatic backup
    with LibraryService.open(library_path) as service:
        expected = service.count_articles()
    corrupt_middle_page(library_path)

    seen = answer_dialog(qtbot, opening.RESTORE)
    window = start_window(qtbot, library_path)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=15_000)

    assert "damaged" in seen["text"]
    assert str(library_path) in seen["info"] and "daily" in seen["info"]
    assert seen["buttons"] == ["open-problem-quit", "open-problem-restore"]
    assert window.list_panel.model.rowCount() == expected
    assert window.detail.title in window.reader.toPlainText()
    damaged = list(library_path.parent.glob(f"{library_path.name}.damaged-*"))
    assert len(damaged) == 1 and damaged[0].stat().st_size > 0
    assert damaged[0].name in window.statusBar().currentMessage()
    window.close()


def test_without_a_backup_the_window_says_so_and_quits(qtbot, library_path):
    corrupt_middle_page(library_path)
    seen = answer_dialog(qtbot, opening.QUIT)
    window = start_window(qtbot, library_path)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)

    assert "No automatic backup" in seen["info"] and str(library_path) in seen["info"]
    assert seen["buttons"] == ["open-problem-quit"]
    assert library_path.exists()  # left where it was, untouched


def test_a_newer_library_is_refused_with_its_own_message(qtbot, library_path):
    conn = sqlite3.connect(library_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    seen = answer_dialog(qtbot, opening.QUIT)
    window = start_window(qtbot, library_path)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)

    assert "newer version" in seen["text"] and str(library_path) in seen["info"]
    assert seen["buttons"] == ["open-problem-quit"]


def test_a_locked_library_offers_retry():
    headline, info, choices = opening.describe(LockedLibraryError(Path("/x/library.sqlite3")))
    assert "another Xiangyue" in headline and "/x/library.sqlite3" in info
    assert choices == [opening.RETRY, opening.QUIT]


def test_the_restore_offer_says_what_the_backup_would_lose(qtbot, library_path):
    import os
    import time

    from desktop_app.storage import backups

    LibraryService.open(library_path).close()  # today's automatic backup
    (backup,) = backups.list_backups(library_path)
    then = time.time() - 86400
    os.utime(backup, (then, then))
    with LibraryService.open(library_path, daily_backup=False) as service:
        service.set_note(service.article_ids()[0], "备份之后写的笔记")
    corrupt_middle_page(library_path)

    seen = answer_dialog(qtbot, opening.QUIT)
    window = start_window(qtbot, library_path)
    qtbot.waitUntil(lambda: "info" in seen, timeout=15_000)
    when = time.strftime("%Y-%m-%d", time.localtime(then))
    assert when in seen["info"]
    assert "1 notes" in seen["info"] or "whatever you changed" in seen["info"]
    window.close()


def test_an_older_library_says_it_is_being_updated_then_opens(qtbot, library_path):
    """Step 18 rebuilds the search index (minutes at 100,000 articles): the status bar
    says so while it runs, instead of a bare "Opening the library…"."""
    from desktop_app.ui import i18n
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    conn = sqlite3.connect(library_path)  # the search tables as version 17 had them
    conn.execute("DROP TABLE search_index")
    conn.execute("CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='',"
                 " tokenize='ascii', detail=full)")
    conn.execute("CREATE VIRTUAL TABLE search_chars USING fts5(title, body, content='',"
                 " tokenize='ascii', detail=column)")
    conn.execute("PRAGMA user_version = 17")
    conn.commit()
    conn.close()
    create_app([])
    i18n.install("en")
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=15_000)
    assert any(m.startswith("Updating the library for this version") for m in said)
    assert not window.statusBar().currentMessage().startswith("Updating")
    assert window.service.search("湖")  # the index rebuilt in its present form
    window.close()
