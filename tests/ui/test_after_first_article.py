"""The filter bar, notes panel and docks are built after the first article is drawn
(ui/first_frame.py AfterFirstArticle), and then show what the library holds."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.filters import Filters


def started(qtbot, path: Path):
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    create_app([])
    window = MainWindow(path)
    qtbot.addWidget(window)
    built_before_article: list[bool] = []
    window.reader_panel.articleOpened.connect(
        lambda _detail: built_before_article.append(window.notes is not None))
    window.show()
    window.start()
    return window, built_before_article


def test_the_article_comes_first_then_the_filters_and_notes(qtbot, library_path):
    window, built_before_article = started(qtbot, library_path)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=15_000)
    assert built_before_article == [False]
    lists = window.list_panel
    qtbot.waitUntil(lambda: window.notes is not None and lists.filter_bar is not None,
                    timeout=15_000)
    bar = lists.filter_bar
    # The library opened before the bar was built: the bar read its kinds and tags then.
    kinds = {bar.kind_box.itemData(i) for i in range(bar.kind_box.count())}
    assert {kind for kind, _n in window.service.kinds()} <= kinds
    if window.notes_host.isVisible():  # shown on a first run
        qtbot.waitUntil(window.notes.isVisible, timeout=5_000)
    # The list listed everything before the bar existed; the bar's choices now narrow it.
    everything = lists.model.rowCount()
    kind, count = window.service.kinds()[-1]
    bar.set_filters(Filters(kind=kind))
    qtbot.waitUntil(lambda: lists.model.rowCount() == count < everything, timeout=15_000)
    window.close()


def test_an_empty_library_gets_its_filters_too(qtbot, tmp_path):
    window, built_before_article = started(qtbot, tmp_path / "empty.sqlite3")
    qtbot.waitUntil(lambda: window.service is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.list_panel.filter_bar is not None, timeout=15_000)
    assert window.notes is not None and window.detail is None
    assert built_before_article == []
    window.close()
