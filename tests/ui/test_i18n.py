"""Languages: the menu switches the whole window live, Qt's own strings included."""

from __future__ import annotations

import re
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


def _latin(text: str) -> list[str]:
    """Latin letters, beside the accelerator a Chinese label keeps: 取消(&C)."""
    return [ch for ch in re.sub(r"\(&\w\)", "", text) if "a" <= ch.lower() <= "z"]


def test_qts_own_buttons_and_file_dialog_read_chinese_in_the_chinese_ui(qtbot, lib, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

    from desktop_app.ui.export_dialog import ExportContext, ExportDialog
    from desktop_app.ui.operations import OperationRunner

    runner = OperationRunner()
    try:
        i18n.install("zh_CN")
        dialog = ExportDialog(runner, lib, ExportContext(default_folder=tmp_path))
        qtbot.addWidget(dialog)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "取消"
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert [b.text() for b in box.buttons()] == ["是(&Y)", "否(&N)"]
        # Qt's own file dialog (no native one under Xvfb), its labels included.
        files = QFileDialog(None, "t")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        labels = [label.text() for label in files.findChildren(QLabel) if label.text()]
        assert len(labels) >= 3 and all(not _latin(text) for text in labels), labels
        assert "qtbase_zh_CN.qm" in [Path(f).name for f in i18n.installed_files()]
        # Back in English, nothing of Qt's Chinese catalog is left loaded.
        i18n.install("en")
        qtbot.waitUntil(lambda: cancel.text() == "Cancel", timeout=2000)
        assert not any("qtbase" in f for f in i18n.installed_files())
    finally:
        i18n.install("en")
        runner.stop()


def test_qts_catalog_is_found_where_a_frozen_app_keeps_it(qapp, monkeypatch, tmp_path):
    from PySide6.QtCore import QLibraryInfo

    # A frozen app's Qt may look for its catalogs under another prefix.
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        assert "qtbase_zh_CN.qm" in [Path(f).name for f in i18n.installed_files()]
    finally:
        monkeypatch.undo()
        i18n.install("en")
