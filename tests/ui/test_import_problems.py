"""A folder import in the window takes Markdown pages and lists, after it, every file it
left out with the reason, one line each, copyable (issue 16)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tests.ui.test_import import NEW_PAGE


def test_the_files_left_out_are_listed_one_line_each_after_the_import(
        qtbot, window, tmp_path):
    folder = tmp_path / "pages"
    (folder / "photos").mkdir(parents=True)
    (folder / "new_page.md").write_text(NEW_PAGE, encoding="utf-8")  # Markdown: a page
    (folder / "photos" / "front.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n not text")
    window.importer.import_paths([folder])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
    assert window.importer.last_report.articles_added >= 1  # the .md page went in
    dialog = window.importer.problems
    assert dialog is not None and dialog.isVisible()
    lines = dialog.text.toPlainText().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("broken.txt: ") and "PNG" in lines[0]
    assert lines[1].startswith("photos/front.jpg: ") and ".md" in lines[1]
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().splitlines() == lines
    dialog.close()


def test_a_clean_import_opens_no_dialog(qtbot, window, tmp_path):
    (tmp_path / "p.md").write_text(NEW_PAGE.replace("新图书馆", "新剧院"), encoding="utf-8")
    window.importer.import_paths([tmp_path])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30_000)
    assert window.importer.last_report.added_pages == 1
    assert window.importer.problems is None


def test_the_list_says_the_reasons_in_the_windows_language(qtbot):
    from desktop_app.ui import i18n
    from desktop_app.ui.import_problems import ImportProblemsDialog

    errors = ["第05版.txt: is a PDF document, not a text page", "第06版.txt: is empty",
              "x.txt: a reason this window does not know"]
    try:
        i18n.install("zh_CN")
        dialog = ImportProblemsDialog(errors, ["照片/头版.jpg"])
        qtbot.addWidget(dialog)
        assert dialog.lines == ["第05版.txt：是PDF 文档，不是文本版面", "第06版.txt：是空文件",
                                "x.txt：a reason this window does not know",
                                "照片/头版.jpg：已跳过，不是版面文件（版面文件为 .txt, .md, .pdf）"]
    finally:
        i18n.install("en")
    assert ImportProblemsDialog(errors, []).lines[:2] == errors[:2]
