""""Show on Page" as a reader meets it: offered for an article from a PDF (the link and
the pane's context menu), the page drawn with the article outlined where it was printed
and scrolled to, zoomable; a moved PDF said in one line; not offered for a text page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from desktop_app.paths import LIBRARY_FILE
from tests.helpers.printed_library import printed_library
from tests.ui.conftest import open_window


@pytest.fixture
def printed_window(qtbot, _isolated_home: Path, tmp_path: Path):
    _, pdf = printed_library(tmp_path / "paper", library=_isolated_home / LIBRARY_FILE)
    window = open_window(qtbot, _isolated_home / LIBRARY_FILE)
    yield window, pdf
    window.close()


def _show_on_page(qtbot, window):
    reader = window.reader_panel
    menu = reader.view.build_context_menu(QPoint(10, 10))
    actions = [a for a in menu.actions() if a.objectName() == "show-on-page"]
    assert len(actions) == 1
    actions[0].trigger()
    menu.deleteLater()
    page = reader.page.window
    assert page is not None and page.isVisible()
    return page


def _close(a, b, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_show_on_page_draws_the_page_with_the_article_outlined(qtbot, printed_window):
    window, pdf = printed_window
    reader = window.reader_panel
    assert reader.page.bar.isVisible()  # the link above the pane
    where = reader.page.where
    assert where is not None and Path(where.pdf_path) == pdf.resolve()
    page = _show_on_page(qtbot, window)
    canvas = page.canvas
    qtbot.waitUntil(lambda: canvas.image is not None, timeout=15_000)
    assert not page.message.isVisible()
    scale = canvas.scale
    assert scale > 0.5  # fitted to the window's width
    assert abs(canvas.image.width() - where.width * scale) <= 1
    rects = canvas.region_rects()
    assert len(rects) == len(where.boxes)
    first = where.boxes[0]
    assert abs(rects[0].left() - first.x0 * scale) < 1
    assert abs(rects[0].top() - first.y0 * scale) < 1
    # The outline is drawn there, in the accent colour, on the white page.
    image = canvas.grab().toImage()
    accent = canvas.accent()
    x, y = round(rects[0].left() - 6), round(rects[0].center().y())
    pixel = image.pixelColor(x, y)
    assert _close((pixel.red(), pixel.green(), pixel.blue()),
                  (accent.red(), accent.green(), accent.blue())), pixel.name()
    # Scrolled so that the article's top is in view.
    bar = page.scroller.verticalScrollBar()
    top = where.bounds.y0 * scale
    assert bar.value() <= top <= bar.value() + page.scroller.viewport().height()
    # Zoom in: the page is drawn again, larger.
    page.zoom_by(1)
    qtbot.waitUntil(lambda: canvas.scale > scale, timeout=15_000)
    assert abs(canvas.image.width() - where.width * canvas.scale) <= 1
    page.fit_width()
    qtbot.waitUntil(lambda: abs(canvas.scale - scale) < 0.01, timeout=15_000)
    assert canvas.width() <= page.scroller.viewport().width()


def test_a_moved_pdf_is_said_in_one_line(qtbot, printed_window):
    window, pdf = printed_window
    shutil.move(pdf, pdf.with_name("moved.pdf"))
    page = _show_on_page(qtbot, window)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=15_000)
    assert "no longer" in page.message.text() and str(pdf.resolve()) in page.message.text()
    assert not page.scroller.isVisible()


def test_a_changed_pdf_is_said_in_one_line(qtbot, printed_window):
    window, pdf = printed_window
    with open(pdf, "ab") as f:
        f.write(b"\n% edited\n")
    page = _show_on_page(qtbot, window)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=15_000)
    assert "has changed" in page.message.text()


def test_a_text_page_offers_no_page(window):
    reader = window.reader_panel
    assert reader.detail is not None
    assert not reader.page.bar.isVisible()
    menu = reader.view.build_context_menu(QPoint(10, 10))
    assert not [a for a in menu.actions() if a.objectName() == "show-on-page"]
    menu.deleteLater()


def test_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(qtbot, printed_window):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window, _ = printed_window
    page = _show_on_page(qtbot, window)
    canvas = page.canvas
    qtbot.waitUntil(lambda: canvas.image is not None, timeout=15_000)
    scale = canvas.scale

    def wheel(modifiers) -> None:
        viewport = page.scroller.viewport()
        centre = QPointF(viewport.width() / 2, viewport.height() / 2)
        event = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(viewport, event)

    before = page.scroller.verticalScrollBar().value()
    wheel(Qt.KeyboardModifier.NoModifier)
    assert page.scroller.verticalScrollBar().value() > before and canvas.scale == scale
    wheel(Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: canvas.scale < scale, timeout=15_000)
    assert abs(canvas.image.width() - page.where.width * canvas.scale) <= 1
