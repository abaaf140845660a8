"""The docks' modules and the pinyin table are made ready off the UI thread, once, after
the first article is shown (ui/warm_up.py), not during start-up."""

from __future__ import annotations

import threading

from desktop_app.ui import warm_up


def test_the_docks_are_made_ready_off_the_ui_thread_after_the_first_article(
        qtbot, library_path, monkeypatch):
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    monkeypatch.setattr(warm_up, "AFTER_FIRST_ARTICLE_MS", 0)
    runs: list[tuple[threading.Thread, bool]] = []
    create_app([])
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    # The reader's article is a plain attribute: safe to look at from the thread.
    monkeypatch.setattr(warm_up, "warm_up", lambda: runs.append(
        (threading.current_thread(), window.reader_panel.detail is not None)))
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: bool(runs), timeout=15_000)
        window.open_article(window.service.article_ids()[1])  # another article: no rerun
        qtbot.wait(50)
        assert len(runs) == 1
        thread, article_shown = runs[0]
        assert thread is not threading.main_thread() and article_shown
    finally:
        window.close()


def test_warming_up_imports_the_docks_modules_and_the_pinyin_table():
    from desktop_app.core import collation

    collation._readings.cache_clear()
    collation._char_key.cache_clear()  # the characters it knew came from the table
    warm_up.warm_up()
    assert collation._readings.cache_info().currsize == 1
    import sys

    assert all(name in sys.modules for name in warm_up.MODULES)
