"""Languages: the menu switches the whole window live, Qt's own strings included."""

from __future__ import annotations

from pathlib import Path

from desktop_app.paths import resource_path
from desktop_app.ui import i18n


def test_compiled_translations_are_shipped():
    for language in i18n.LANGUAGES:
        qm = resource_path("i18n", f"xiangyue_{language}.qm")
        assert qm.exists() and qm.stat().st_size > 100


def test_switching_to_chinese_and_back(qtbot, window):
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "文件(&F)")
        assert window.list_panel.search_box.placeholderText().startswith("搜索文章")
        assert window.reader_panel.legend.buttons["PER"].text() == "人名"
        assert "篇" in window.list_panel.count_label.text()
        assert "\n文章" in window.reader.toPlainText()  # the kind in the article header
        files = [Path(f).name for f in i18n.installed_files()]
        assert "xiangyue_zh_CN.qm" in files and "qtbase_zh_CN.qm" in files
        assert window.settings.language == "zh_CN"
        window.menus.languages["en"].trigger()
        qtbot.waitUntil(lambda: window.menus.file.title() == "&File")
        assert window.reader_panel.legend.buttons["PER"].text() == "Person"
        assert "article" in window.list_panel.count_label.text()
    finally:
        i18n.install("en")
