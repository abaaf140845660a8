""""Show on Page": the printed PDF page an article came from, with the article outlined.

A non-modal window (one, reused) opened from the reading pane's context menu or the
reader's "Show on Page" link. The page is drawn by PDFium
(:mod:`desktop_app.core.reading.pdf_render`) on the operations runner's thread, never on
the UI thread; this module only turns the pixels into an image. The article's boxes
(PDF points) are outlined in the theme's accent colour with a light fill, and the view
scrolls to them. Zoom: Ctrl+wheel, + and −, Fit Width. A PDF that is gone, or that is
no longer the file imported (its hash differs), is said in one line instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_app.core.reading.pdf_print import ArticlePrint
    from desktop_app.core.reading.pdf_render import RenderedPage
    from desktop_app.ui.operations import OperationRunner

MIN_SCALE, MAX_SCALE, ZOOM_STEP = 0.25, 6.0, 1.25
GONE, CHANGED = "gone", "changed"


@dataclass(frozen=True)
class _Missing:
    """Why the page cannot be shown: the file is GONE or CHANGED."""

    why: str


# (path, size, modification time) → the file's hash: a zoom does not read a 300 MB
# issue again to know it is still the file imported.
_hashes: dict[tuple[str, int, int], str] = {}


def load_page(where: ArticlePrint, scale: float) -> RenderedPage | _Missing:
    """The work done off the UI thread: check the PDF is the one imported, render it."""
    from desktop_app.core.reading.pdf_print import file_hash
    from desktop_app.core.reading.pdf_render import render_page

    path = Path(where.pdf_path)
    try:
        stat = path.stat()
        key = (where.pdf_path, stat.st_size, stat.st_mtime_ns)
        if key not in _hashes:
            _hashes[key] = file_hash(path)
        if _hashes[key] != where.pdf_hash:
            return _Missing(CHANGED)
        return render_page(path, where.page_number, scale)
    except OSError:
        return _Missing(GONE)
    except ValueError:
        return _Missing(CHANGED)


class PageCanvas(QWidget):
    """The rendered page at its scale, with the article's boxes outlined over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-canvas")
        self.image: QImage | None = None
        self.scale = 1.0
        self.boxes: tuple[tuple[float, float, float, float], ...] = ()

    def show_page(self, image: QImage, scale: float,
                  boxes: tuple[tuple[float, float, float, float], ...]) -> None:
        self.image, self.scale, self.boxes = image, scale, boxes
        self.setFixedSize(image.size())
        self.update()

    def region_rects(self) -> list[QRectF]:
        """The outlined boxes, in this widget's pixels."""
        s = self.scale
        return [QRectF(x0 * s, y0 * s, (x1 - x0) * s, (y1 - y0) * s)
                for x0, y0, x1, y1 in self.boxes]

    def accent(self) -> QColor:
        # The theme's accent: the palette's selection colour, in both themes.
        return self.palette().color(QPalette.ColorRole.Highlight)

    def paintEvent(self, event) -> None:
        if self.image is None:
            return
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        accent = self.accent()
        fill = QColor(accent)
        fill.setAlpha(48)
        pen = QPen(accent)
        pen.setWidthF(2.0)
        # Each block filled; one line around them all (blocks a gutter apart merge), so
        # the article reads as one shape, not a dozen boxes.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        outline = QPainterPath()
        outline.setFillRule(Qt.FillRule.WindingFill)  # overlapping boxes make one shape
        for rect in self.region_rects():
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))  # around the ink, not over it
            outline.addRect(rect.adjusted(-6, -6, 6, 6))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline.simplified())
        painter.end()


class _Scroll(QScrollArea):
    def __init__(self, window: PageWindow) -> None:
        super().__init__(window)
        self._window = window

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._window.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class PageWindow(QWidget):
    """The window; :meth:`show_print` shows one article's page."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("page-window")
        self.setAutoFillBackground(True)  # its own palette's window colour, in both themes
        self.runner = runner
        self.where: ArticlePrint | None = None
        self.title = ""
        self.scale = 0.0  # 0: fit the width when the page arrives
        self._wanted = 0  # the render asked for last; earlier answers are dropped
        self._scroll_to_region = True
        self._keep = 0.0  # where the view's top was, in points, across a zoom
        self._why = ""  # GONE or CHANGED while the message is shown
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        self.caption = QLabel()
        self.caption.setObjectName("page-caption")
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.fit_button = QPushButton()
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(32)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        self.fit_button.clicked.connect(self.fit_width)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        layout.addLayout(bar)
        self.message = QLabel()  # the one line shown instead of a page that cannot be
        self.message.setObjectName("page-message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        layout.addWidget(self.message, 1)
        self.canvas = PageCanvas()
        self.scroller = _Scroll(self)
        self.scroller.setWidget(self.canvas)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.scroller, 1)
        for keys, steps in ((QKeySequence.StandardKey.ZoomIn, 1), ("+", 1), ("=", 1),
                            (QKeySequence.StandardKey.ZoomOut, -1), ("-", -1)):
            QShortcut(QKeySequence(keys), self, lambda s=steps: self.zoom_by(s))
        self.retranslate()

    # -- showing --------------------------------------------------------------------------
    def show_print(self, where: ArticlePrint, title: str) -> None:
        """Show ``where``'s page, fitted to the width and scrolled to the article."""
        self.where, self.title, self.scale = where, title, 0.0
        self._scroll_to_region = True
        self.retranslate()
        self._render()

    def zoom_by(self, steps: int) -> None:
        if self.where is None or self.scale <= 0:
            return
        self._zoom_to(self.scale * ZOOM_STEP ** steps)

    def fit_width(self) -> None:
        if self.where is not None:
            self._zoom_to(self._fit_scale())

    def _fit_scale(self) -> float:
        assert self.where is not None
        if (layout := self.layout()) is not None:
            layout.activate()  # a window just shown: the viewport's width is known
        room = self.scroller.viewport().width() - 4
        bar = self.scroller.verticalScrollBar()
        if not bar.isVisible():  # it will be, once a page taller than the view is shown
            room -= bar.sizeHint().width()
        fit = room / self.where.width if self.where.width > 0 else 1.0
        return min(MAX_SCALE, max(MIN_SCALE, fit))

    def _zoom_to(self, scale: float) -> None:
        scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        if abs(scale - self.scale) < 1e-3:
            return
        bar = self.scroller.verticalScrollBar()
        # Keep the point at the top of the view where it is on the page.
        self._keep = bar.value() / self.scale if self.scale > 0 else 0.0
        self.scale = scale
        self._render()

    def _render(self) -> None:
        where = self.where
        if where is None:
            return
        scale = self.scale or self._fit_scale()
        self._wanted += 1
        wanted = self._wanted
        self.runner.read(lambda: load_page(where, scale), owner=self,
                         done=lambda result: self._rendered(wanted, where, scale, result),
                         failed=lambda exc: self._rendered(wanted, where, scale,
                                                           _Missing(CHANGED)))

    def _rendered(self, wanted: int, where: ArticlePrint, scale: float,
                  result: RenderedPage | _Missing) -> None:
        if wanted != self._wanted or where is not self.where:
            return  # a newer request is on its way
        if isinstance(result, _Missing):
            self.scroller.hide()
            self._why = result.why
            self.message.setText(self._missing_text(result.why))
            self.message.show()
            return
        self.message.hide()
        self._why = ""
        self.scroller.show()
        image = QImage(result.data, result.width, result.height, result.stride,
                       QImage.Format.Format_ARGB32).copy()  # owns its pixels
        self.scale = scale
        boxes = tuple((b.x0, b.y0, b.x1, b.y1) for b in where.boxes)
        self.canvas.show_page(image, scale, boxes)
        if self._scroll_to_region:
            self._scroll_to_region = False
            bounds = where.bounds
            self.scroller.horizontalScrollBar().setValue(int(bounds.x0 * scale) - 24)
            self.scroller.verticalScrollBar().setValue(int(bounds.y0 * scale) - 24)
        else:
            self.scroller.verticalScrollBar().setValue(int(self._keep * scale))
        self._update_caption()

    # -- words ----------------------------------------------------------------------------
    def _missing_text(self, why: str) -> str:
        name = Path(self.where.pdf_path).name if self.where is not None else ""
        if why == GONE:
            return self.tr("The PDF this article came from is no longer at %1.").replace(
                "%1", self.where.pdf_path if self.where is not None else name)
        return self.tr("The PDF %1 has changed since it was imported; import it again to "
                       "show this article on its page.").replace("%1", name)

    def _update_caption(self) -> None:
        if self.where is None:
            self.caption.clear()
            return
        self.caption.setText(
            self.tr("%1 · page %2 · %3%").replace("%1", Path(self.where.pdf_path).name)
            .replace("%2", str(self.where.page_number))
            .replace("%3", str(round(self.scale * 100))))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Show on Page — %1").replace("%1", self.title)
                            if self.title else self.tr("Show on Page"))
        self.fit_button.setText(self.tr("Fit Width"))
        self.zoom_in_button.setToolTip(self.tr("Zoom In (Ctrl+wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom Out (Ctrl+wheel)"))
        if self._why:
            self.message.setText(self._missing_text(self._why))
        self._update_caption()
