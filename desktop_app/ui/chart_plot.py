"""One bar chart of the window (pyqtgraph): title, axes with units, hover values, clicks,
export as PNG and SVG, in the window's theme.

pyqtgraph was chosen by measurement (docs/benchmarks.md, Charts). It costs most of a
second to import, so only the chart windows import this module, when they are opened;
the window's first frame never does (tests/ui/test_app.py).

Bars stand at x = 0, 1, 2, … (vertical) or y = 0, 1, 2, … from the top (horizontal); a
hover or click anywhere in a bar's column picks that bar, which is easier to hit than
the bar itself when it is short.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from desktop_app.ui import theme as themes

BAR_WIDTH = 0.7
MAX_LABELS = 12  # category labels drawn along a vertical chart's axis; the rest on hover


class BarChart(QWidget):
    barClicked = Signal(int)  # the bar's index in the values last shown

    def __init__(self, theme: themes.Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.horizontal = False
        self.values: list[float] = []
        self.labels: list[str] = []
        self.tooltips: list[str] = []
        self.hover_index = -1
        self.hover_text = ""
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName("chart-plot")
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.bars: pg.BarGraphItem | None = None
        # The unit of the value axis, printed level above it: a rotated 篇 reads sideways.
        self.unit_label = pg.LabelItem("", justify="left")
        self.plot.layout.addItem(self.unit_label, 1, 0)  # above the left axis
        self.message = QLabel()  # instead of the plot: nothing to draw, or a refusal
        self.message.setObjectName("chart-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.message, 1)
        scene = self.plot_widget.scene()
        scene.sigMouseMoved.connect(self._on_move)
        scene.sigMouseClicked.connect(self._on_click)
        self._title = ""
        self._axis_title = ""
        self._unit = ""
        self.set_theme(theme)

    # -- drawing ------------------------------------------------------------------------
    def show_bars(self, title: str, labels: Sequence[str], values: Sequence[float], *,
                  unit: str, axis_title: str, tooltips: Sequence[str] | None = None,
                  horizontal: bool = False) -> None:
        """Draw one bar per value. ``unit`` labels the value axis (篇, 次, 亿元);
        ``axis_title`` the category axis; ``tooltips`` what hovering each bar says
        (by default its label and value with the unit)."""
        self.horizontal = horizontal
        self.labels, self.values = list(labels), [float(v) for v in values]
        self.tooltips = list(tooltips) if tooltips is not None else [
            f"{label}: {_number(value)} {unit}" for label, value in zip(labels, values,
                                                                         strict=True)]
        self._title, self._axis_title, self._unit = title, axis_title, unit
        self.hover_index = -1
        self.message.hide()
        self.plot_widget.show()
        if self.bars is not None:
            self.plot.removeItem(self.bars)
        positions = [self._position(i) for i in range(len(self.values))]
        if horizontal:
            self.bars = pg.BarGraphItem(x0=0, y=positions, width=self.values,
                                        height=BAR_WIDTH, pen=None)
        else:
            self.bars = pg.BarGraphItem(x=positions, height=self.values, width=BAR_WIDTH,
                                        pen=None)
        self.plot.addItem(self.bars)
        self._paint_bars()
        self._lay_out_axes()

    def show_message(self, text: str) -> None:
        """Show ``text`` in place of the chart (no data, or data refused)."""
        self.message.setText(text)
        self.plot_widget.hide()
        self.message.show()

    def bar_count(self) -> int:
        return len(self.values) if self.plot_widget.isVisibleTo(self) else 0

    def _lay_out_axes(self) -> None:
        text = self.theme.text
        self.plot.setTitle(self._title, color=text, size="12pt")
        value_side, category_side = ("bottom", "left") if self.horizontal else ("left",
                                                                                 "bottom")
        count = len(self.values)
        ticks = [(self._position(i), label) for i, label in enumerate(self.labels)]
        if not self.horizontal and count > MAX_LABELS:
            step = math.ceil(count / MAX_LABELS)
            ticks = ticks[::step]
        category = self.plot.getAxis(category_side)
        category.setTicks([ticks])
        if self.horizontal:  # wide enough for the longest name (else pyqtgraph drops it)
            metrics = QFontMetrics(category.font())
            widest: int = max((metrics.horizontalAdvance(label) for label in self.labels),
                         default=0)
            category.setWidth(widest + 16)
        category.setLabel(self._axis_title, color=text)
        value = self.plot.getAxis(value_side)
        value.setLabel("")
        top: float = max(self.values, default=0.0)
        tick = _nice_step(top)
        levels = [(tick * n, _number(tick * n)) for n in range(int(top / tick) + 2)]
        value.setTicks([levels])
        self.unit_label.setText(
            "" if self.horizontal else self._unit, color=text, size="10pt")
        if self.horizontal:
            value.setLabel(self._unit, color=text)
        else:
            # The unit stands in the left column, above the axis: the axis takes the
            # column's whole width, or it would stand apart from the bars ("articles" is
            # wider than the tick numbers).
            metrics = QFontMetrics(value.font())
            numbers = max(metrics.horizontalAdvance(label) for _v, label in levels) + 16
            unit = int(self.unit_label.item.boundingRect().width()) + 4
            value.setWidth(max(numbers, unit))
        self.plot.showGrid(x=self.horizontal, y=not self.horizontal, alpha=0.25)
        view = self.plot.getViewBox()
        span = (-0.6, max(count, 1) - 0.4)
        reach = (0, top * 1.08 if top > 0 else 1)
        if self.horizontal:
            view.setRange(xRange=reach, yRange=span, padding=0)
        else:
            view.setRange(xRange=span, yRange=reach, padding=0)

    def _paint_bars(self) -> None:
        if self.bars is None:
            return
        base = QColor(self.theme.entities["LOC"])
        hot = QColor(self.theme.numbers["money"])
        self.bars.setOpts(brushes=[pg.mkBrush(hot if i == self.hover_index else base)
                                   for i in range(len(self.values))])

    # -- look ---------------------------------------------------------------------------
    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        self.plot_widget.setBackground(theme.background)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.text))
            axis.setStyle(hideOverlappingLabels=False)  # 0 at the corner is a value too
        self.message.setStyleSheet(f"color: {theme.muted}; background: {theme.background};")
        if self.values or self.bars is not None:
            self._paint_bars()
            self._lay_out_axes()

    # -- hover and click ----------------------------------------------------------------
    def index_at(self, scene_pos: QPointF) -> int:
        """The bar whose column holds ``scene_pos``, or -1."""
        view = self.plot.getViewBox()
        if not self.values or not view.sceneBoundingRect().contains(scene_pos):
            return -1
        point = view.mapSceneToView(scene_pos)
        index = self._position(round(point.y() if self.horizontal else point.x()))
        return index if 0 <= index < len(self.values) else -1

    def _position(self, index: int) -> int:
        """Where bar ``index`` stands on the category axis; the inverse too. Horizontal
        bars count down from the top, so the first (the largest name) is read first."""
        return len(self.values) - 1 - index if self.horizontal else index

    def bar_center(self, index: int) -> QPointF:
        """Where bar ``index`` is drawn, in the plot widget's coordinates (for tests and
        for pointing at it)."""
        value: float = max(self.values[index], 0.0) / 2
        at = self._position(index)
        if self.values[index] == 0:  # an empty column: its middle
            view_range = self.plot.getViewBox().viewRange()
            value = sum(view_range[0 if self.horizontal else 1]) / 2
        point = QPointF(value, at) if self.horizontal else QPointF(at, value)
        scene = self.plot.getViewBox().mapViewToScene(point)
        return self.plot_widget.mapFromScene(scene).toPointF()

    def _on_move(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        if index != self.hover_index:
            self.hover_index = index
            self._paint_bars()
        self.hover_text = self.tooltips[index] if index >= 0 else ""
        if self.hover_text:
            QToolTip.showText(QCursor.pos(), self.hover_text, self.plot_widget)
        else:
            QToolTip.hideText()

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.index_at(event.scenePos())
        if index >= 0:
            self.barClicked.emit(index)

    # -- export -------------------------------------------------------------------------
    def export_png(self, path: str | Path) -> bool:
        """The chart as drawn, at twice its size on screen (sharp when printed)."""
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot)
        exporter.parameters()["width"] = max(2 * self.plot_widget.width(), 1200)
        exporter.export(str(path))
        return Path(path).is_file()

    def export_svg(self, path: str | Path) -> bool:
        """The chart as vectors and text. Through QtSvg's generator: pyqtgraph's own SVG
        exporter fails on the paths Qt 6.11 writes (it expects "x,y" pairs)."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        size = self.plot_widget.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self._title)
        painter = QPainter(generator)
        try:
            self.plot_widget.render(painter)
        finally:
            painter.end()
        return Path(path).is_file()


def _nice_step(top: float) -> float:
    """A tick step of 1, 2 or 5 × 10ⁿ giving about five ticks up to ``top`` (whole
    numbers at least: counts of articles have no halves)."""
    if top <= 5:
        return 1.0
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
