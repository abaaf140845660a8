"""File → Export as a user drives it: choose, look at the preview, export, confirm."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.service import LibraryService
from desktop_app.ui.export_dialog import ExportContext, ExportDialog
from desktop_app.ui.operations import OperationRunner
from tests.helpers.library_content import annotate


@pytest.fixture
def annotated(lib):
    """A library with notes and highlights, and the runner the dialog works through."""
    runner = OperationRunner()
    try:
        yield lib, runner, annotate(lib)
    finally:
        runner.stop()


def _dialog(qtbot, annotated, context, fmt="md"):
    library, runner, _ = annotated
    dialog = ExportDialog(runner, library, context, fmt)
    qtbot.addWidget(dialog)
    return dialog


def _preview(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.previewShown, timeout=10_000):
        dialog.update_preview()
    return dialog.preview.toPlainText()


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_preview_shows_what_the_chosen_scope_holds(qtbot, annotated, tmp_path):
    library, _, info = annotated
    first, second, _ = info["ids"]
    context = ExportContext(current_id=second, tags=("算力", "湖南"),
                            default_folder=tmp_path)
    dialog = _dialog(qtbot, annotated, context)
    _choose(dialog.scope, "current")
    shown = _preview(qtbot, dialog)
    assert library.article(second).highlights[0].quote in shown
    assert library.article(first).title not in shown
    _choose(dialog.scope, "tag")
    dialog.tag.setCurrentText("湖南")
    assert library.article(first).title in _preview(qtbot, dialog)


def test_export_writes_the_file_named_in_the_dialog(qtbot, annotated, tmp_path):
    dialog = _dialog(qtbot, annotated, ExportContext(default_folder=tmp_path), "html")
    assert dialog.destination.text().endswith(".html")
    target = tmp_path / "out" / "notes.html"
    dialog.destination.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.export_button.click()
    ET.fromstring(target.read_text(encoding="utf-8").removeprefix("<!DOCTYPE html>\n"))
    assert dialog.exported.items == 7  # five highlights and two article notes


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, annotated, tmp_path,
                                                                monkeypatch):
    target = tmp_path / "notes.json"
    target.write_text("keep me", encoding="utf-8")
    dialog = _dialog(qtbot, annotated, ExportContext(default_folder=tmp_path), "json")
    dialog.destination.setText(str(target))
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())  # asked, and answered No
    assert asked and str(target) in asked[0]
    assert target.read_text(encoding="utf-8") == "keep me"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.export_button.click()
    assert target.read_text(encoding="utf-8").startswith("{")


def test_scopes_offered_follow_the_window(qtbot, annotated, tmp_path):
    info = annotated[2]
    bare = _dialog(qtbot, annotated, ExportContext(default_folder=tmp_path))
    assert [bare.scope.itemData(i) for i in range(bare.scope.count())] == ["all"]
    full = _dialog(qtbot, annotated, ExportContext(
        current_id=info["ids"][0], selected_ids=info["ids"][:2], tags=("算力",),
        query="算力", default_folder=tmp_path))
    assert [full.scope.itemData(i) for i in range(full.scope.count())] == [
        "current", "selected", "tag", "search", "all"]
    _choose(full.format, "md")
    full.split.setChecked(True)
    assert not full.destination.text().endswith(".md")  # a folder for one file each


def test_file_menu_offers_every_format_and_knows_the_current_article(qtbot, lib_path):
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    with LibraryService.open(lib_path, import_seeds=False) as library:
        annotate(library)
    path = lib_path
    create_app([])
    window = MainWindow(path)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=15_000)
    # Filled once the first listing is shown (after start-up, MainWindow.export_menu).
    qtbot.waitUntil(lambda: bool(window.menus.export_menu.actions()))
    names = [a.objectName() for a in window.menus.export_menu.actions()]
    assert names[:4] == ["export-md", "export-html", "export-csv", "export-json"]
    assert "import-notes" in names
    assert window.menus.export_menu.menuAction().isVisible()
    context = window.export_menu.context()
    assert context.current_id == window.detail.id
    assert set(context.tags) == {"算力", "湖南"}
    window.close()


def test_the_html_preview_is_the_page_as_rendered_not_its_source(qtbot, annotated, tmp_path):
    library, _, info = annotated
    first = info["ids"][0]
    dialog = _dialog(qtbot, annotated, ExportContext(current_id=first, default_folder=tmp_path),
                     "html")
    _choose(dialog.scope, "current")
    shown = _preview(qtbot, dialog)
    assert dialog.preview.currentWidget() is dialog.preview.page
    assert library.article(first).title in shown and "文章笔记" in shown
    # No CSS, no tags: what a browser shows, not the file's text.
    assert "font-family" not in shown and "<h1" not in shown and "<blockquote" not in shown
    # The note's <img onerror> and the highlight's <script> are text of the page, as exported.
    assert "<script>alert(1)</script>" in shown
    assert dialog.preview.page.palette().base().color().name() == "#ffffff"  # its own paper
    _choose(dialog.format, "md")
    assert "# " in _preview(qtbot, dialog)  # a text format still shows its source
    assert dialog.preview.currentWidget() is dialog.preview.source


def assert_nothing_local_is_read(browser, tmp_path) -> None:
    """A picture and a style sheet on disk, named by URL and by path: none is read."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    picture, sheet = tmp_path / "secret.png", tmp_path / "secret.css"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    sheet.write_text("p { color: red; }", encoding="utf-8")
    by_url = QUrl.fromLocalFile(str(picture)).toString()
    browser.setHtml(f'<html><head><link rel="stylesheet" href="{sheet}"></head><body>'
                    f'<p>正文</p><img src="{by_url}"><img src="{picture}"></body></html>')
    browser.show()
    browser.repaint()  # painting is when Qt tries an image's src as a path
    document = browser.document()
    for src in (by_url, str(picture)):
        got = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert got is None or got.width() != 4, src
    assert not document.resource(QTextDocument.ResourceType.StyleSheetResource,
                                 QUrl(str(sheet)))
    assert "#ff0000" not in document.toHtml()  # the sheet on disk made text red


def test_the_rendered_page_fetches_nothing_and_runs_nothing(qtbot, tmp_path):
    from PySide6.QtCore import QUrl

    from desktop_app.ui.export_preview import ExportPreview

    preview = ExportPreview()
    qtbot.addWidget(preview)
    preview.show_page("<html><head><script>document.write('ran')</script></head><body>"
                      '<p>正文</p><a href="javascript:alert(3)">链接</a></body></html>')
    assert "正文" in preview.toPlainText() and "ran" not in preview.toPlainText()
    page = preview.page
    assert not page.openLinks() and not page.openExternalLinks()
    page.anchorClicked.emit(QUrl("javascript:alert(3)"))
    assert page.source().isEmpty()
    assert_nothing_local_is_read(page, tmp_path)
