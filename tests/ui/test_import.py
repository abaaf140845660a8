"""Importing from the menu's code path and by drag and drop, in the worker thread."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import SEEDS

NEW_PAGE = """04
2025年4月2日 星期三
责任编辑 张三

## 湘江边的新图书馆开馆

湖南日报记者 李四

4月1日，长沙市新图书馆正式开馆，藏书120万册，总投资8.5亿元。

市民王五说，周末会带孩子来看书。
"""


def test_drop_a_folder_imports_its_pages_off_the_ui_thread(qtbot, window, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "new_page.txt").write_text(NEW_PAGE, encoding="utf-8")
    before = window.service.count_articles()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    assert window.importer.panel.isVisible()  # progress with a Cancel button
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
    assert window.importer.last_report.articles_added >= 1
    assert not window.importer.panel.isVisible()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == window.service.count_articles() > before)
    titles = [row.title for row in window.service.article_rows(model.ids())]
    assert any("图书馆" in title for title in titles)
    assert "1" in window.statusBar().currentMessage()


def test_reimporting_the_samples_changes_nothing(qtbot, window, tmp_path):
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, tmp_path / seed.name)
    window.importer.import_paths([tmp_path])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
    report = window.importer.last_report
    assert report.articles_added == 0 and report.unchanged_pages == 2


def test_cancel_stops_the_import(qtbot, window, tmp_path):
    for index in range(6):
        (tmp_path / f"p{index}.txt").write_text(NEW_PAGE.replace("新图书馆", f"新馆{index}"),
                                                encoding="utf-8")
    window.importer.import_paths([tmp_path])
    window.importer.panel.cancel_button.click()
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
    assert window.importer.last_report.cancelled
    assert window.importer.last_report.added_pages < 6


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_import_dialog_offers_every_page_format_an_import_reads(
        qtbot, window, monkeypatch, language):
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.page_files import PAGE_SUFFIXES
    from desktop_app.ui import i18n

    asked: list[str] = []

    def choose(_parent, _title, _folder, filters):
        asked.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    try:
        i18n.install(language)
        window.importer.choose_files()
    finally:
        i18n.install("en")
    pages = asked[0].split(";;")[0]
    assert pages.startswith("报纸版面" if language == "zh_CN" else "Newspaper pages")
    assert pages.endswith(f"({' '.join('*' + s for s in PAGE_SUFFIXES)})")
