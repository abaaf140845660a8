"""A chart of one subject's figures across periods (for the figures table to open).

Call it with plain data::

    from desktop_app.core.extraction.number_units import PER_UNIT
from desktop_app.core.figure_series import FigurePoint
    from desktop_app.ui.figures_chart import FiguresChart

    chart = FiguresChart(window.theme)
    drawn = chart.show_figures("全省绿色智能计算产业规模", [
        FigurePoint("2023年", 7.1e11, "元", "a1"),
        FigurePoint("2024年", 8.52e11, "元", "a2"),
    ])
    chart.articleChosen.connect(window.open_article)  # a bar clicked: its article

``show_figures`` returns False, and shows why instead of a chart, when the points are in
more than one unit (they cannot share an axis) or there are none. Large values are shown
in 万 or 亿 of their unit (8520亿元, not 852,000,000,000 元); the bar's tooltip gives the
full value, its period and the unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.extraction.number_units import PER_UNIT
from desktop_app.core.figure_series import FigurePoint, MixedUnitsError, check_units
from desktop_app.core.vocabulary import CHINESE_MAGNITUDES
from desktop_app.ui import theme as themes
from desktop_app.ui.chart_plot import BarChart

# Shares are never scaled to 万 or 亿: the units number_units stores per printed unit.
UNSCALED = frozenset(PER_UNIT)


class FiguresChart(QWidget):
    articleChosen = Signal(str)  # the article a clicked bar's figure was printed in

    def __init__(self, theme: themes.Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figures-chart")
        self.chart = BarChart(theme)
        self.points: list[FigurePoint] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        self.chart.barClicked.connect(self._on_bar)

    def show_figures(self, subject: str, points: Sequence[FigurePoint]) -> bool:
        """Draw ``points`` in their order (one bar each), titled ``subject``; False (and a
        message in place of the chart) for no points or points in several units."""
        self.points = list(points)
        if not self.points:
            self.chart.show_message(self.tr("No figures to draw for “%1”.").replace("%1",
                                                                                   subject))
            return False
        try:
            unit = check_units(self.points)
        except MixedUnitsError as mixed:
            self.points = []
            self.chart.show_message(self.tr(
                "The figures for “%1” are in different units (%2): they cannot share one "
                "axis. Narrow the figures to one unit to chart them."
            ).replace("%1", subject).replace("%2", "、".join(mixed.units)))
            return False
        factor, shown_unit = _scale([p.value for p in self.points], unit)
        tooltips = [f"{p.period}: {_full(p.value)} {unit}" for p in self.points]
        self.chart.show_bars(subject, [p.period for p in self.points],
                             [p.value / factor for p in self.points], unit=shown_unit,
                             axis_title=self.tr("Period"), tooltips=tooltips)
        return True

    def set_theme(self, theme: themes.Theme) -> None:
        self.chart.set_theme(theme)

    def _on_bar(self, index: int) -> None:
        if 0 <= index < len(self.points):
            self.articleChosen.emit(self.points[index].article_id)


def _scale(values: Sequence[float], unit: str) -> tuple[float, str]:
    largest = max((abs(v) for v in values), default=0.0)
    if unit not in UNSCALED:
        for factor, prefix in CHINESE_MAGNITUDES:  # an axis in 亿元, as printed
            if largest >= factor:
                return factor, prefix + unit
    return 1.0, unit


def _full(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"
