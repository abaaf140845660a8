"""View → Charts: a name, tag or search over time, and the top names of the list's filters.

Opened from the menu or a name's context menu (ui/chart_opening.py), never at start-up:
this module imports pyqtgraph (through ui/chart_plot.py). The counts are read off the UI
thread (the operations runner's ``read``) and answered with a token, so a late answer
to an older question is dropped. A bar clicked narrows the article list to what it
counts (``filtersWanted``); a name clicked among the top names also becomes the subject
of the chart over time.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.vocabulary import ENTITY_TYPES
from desktop_app.service_charts import (
    MentionSeries,
    Subject,
    TopName,
    mentions_over_time,
    top_names,
)
from desktop_app.ui import theme as themes
from desktop_app.ui.chart_plot import BarChart
from desktop_app.ui.labels import entity_label
from desktop_app.ui.operations import Changes

if TYPE_CHECKING:
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

OVER_TIME, TOP_NAMES = 0, 1


class ChartDialog(QDialog):
    # Filters, the search to type ("" for none), the name (text, type) a name filter shows
    filtersWanted = Signal(object, str, object)

    def __init__(self, runner: OperationRunner, library: LibraryHandle, theme: themes.Theme,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-dialog")
        self.runner, self.library = runner, library
        self.subject: Subject | None = None
        self.filters: Filters = NO_FILTERS
        self.series: MentionSeries | None = None
        self.names: list[TopName] = []
        self._token = 0
        self.tabs = QTabWidget()
        self.time_chart, self.top_chart = BarChart(theme), BarChart(theme)
        self.time_chart.setObjectName("time-chart")
        self.top_chart.setObjectName("top-chart")
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("period-unit")
        self.measure_box = QComboBox()
        self.measure_box.setObjectName("chart-measure")
        self.type_box = QComboBox()
        self.type_box.setObjectName("name-type")
        self.tabs.addTab(self._page(self.time_chart, self.unit_box, self.measure_box), "")
        self.tabs.addTab(self._page(self.top_chart, self.type_box), "")
        self.scope_label = QLabel()
        self.scope_label.setObjectName("chart-scope")
        self.scope_label.setWordWrap(True)
        self.export_png_button, self.export_svg_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.scope_label, 1)
        buttons.addWidget(self.export_png_button)
        buttons.addWidget(self.export_svg_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.unit_box.currentIndexChanged.connect(lambda _i: self.refresh_time())
        self.measure_box.currentIndexChanged.connect(lambda _i: self._draw_time())
        self.type_box.currentIndexChanged.connect(lambda _i: self.refresh_top())
        self.time_chart.barClicked.connect(self._on_period_clicked)
        self.top_chart.barClicked.connect(self._on_name_clicked)
        self.export_png_button.clicked.connect(lambda: self.choose_export("png"))
        self.export_svg_button.clicked.connect(lambda: self.choose_export("svg"))
        runner.libraryChanged.connect(self._on_library_changed)
        self.resize(820, 540)

    @staticmethod
    def _page(chart: BarChart, *controls: QComboBox) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        for control in controls:
            row.addWidget(control)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(chart, 1)
        return page

    # -- what to chart ------------------------------------------------------------------
    def show_charts(self, subject: Subject | None, filters: Filters) -> None:
        """Chart ``subject`` over time (None: the first of the top names) and the top
        names, both within ``filters`` (the list's, when the charts were opened)."""
        self.subject, self.filters = subject, filters
        self.tabs.setCurrentIndex(OVER_TIME if subject is not None else TOP_NAMES)
        self._show_scope()
        self.refresh()

    def refresh(self) -> None:
        self.refresh_top()
        self.refresh_time()

    def refresh_time(self) -> None:
        service, subject = self.library.service, self.subject
        if service is None or subject is None:
            return
        self._token += 1
        token, unit, filters = self._token, self.unit_box.currentData(), self.filters
        self.runner.read(lambda: mentions_over_time(service, subject, unit, filters),
                         done=lambda series: self._on_series(token, series), owner=self)

    def refresh_top(self) -> None:
        service = self.library.service
        if service is None:
            return
        entity_type, filters = self.type_box.currentData(), self.filters
        self.runner.read(lambda: top_names(service, filters, entity_type=entity_type),
                         done=lambda names: self._on_names(entity_type, names), owner=self)

    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if self.isVisible() and (changes.library or changes.entities or changes.tags):
            self.refresh()

    # -- answers ------------------------------------------------------------------------
    def _on_series(self, token: int, series: MentionSeries) -> None:
        if token != self._token:
            return  # an older question answered late
        self.series = series
        self.measure_box.setEnabled(series.has_mentions)
        if not series.has_mentions:
            self.measure_box.setCurrentIndex(0)
        self._draw_time()

    def _on_names(self, entity_type: str | None, names: list[TopName]) -> None:
        if entity_type != self.type_box.currentData():
            return
        self.names = names
        self._draw_top()
        if self.subject is None and names:
            self.subject = Subject("name", names[0].key, names[0].text)
            self.refresh_time()

    # -- drawing ------------------------------------------------------------------------
    def _draw_time(self) -> None:
        series = self.series
        if series is None:
            return
        subject = series.subject.shown
        if not series.points:
            self.time_chart.show_message(self.tr("No dated articles for “%1” within these "
                                                 "filters.").replace("%1", subject))
            return
        mentions = series.has_mentions and self.measure_box.currentData() == "mentions"
        unit = self.tr("mentions") if mentions else self.tr("articles")
        values = [p.mentions if mentions else p.articles for p in series.points]
        tooltips = [self.tr("%1 to %2: %n article(s)", "", p.articles).replace(
            "%1", p.start).replace("%2", p.end) + (
                self.tr(", %n mention(s)", "", p.mentions) if series.has_mentions else "")
            for p in series.points]
        weekly = series.unit == "week"
        titles = {
            "name": self.tr("“%1” in the papers, per week") if weekly
            else self.tr("“%1” in the papers, per month"),
            "tag": self.tr("Articles tagged “%1”, per week") if weekly
            else self.tr("Articles tagged “%1”, per month"),
            "search": self.tr("Articles matching “%1”, per week") if weekly
            else self.tr("Articles matching “%1”, per month"),
        }
        axis = self.tr("Week (page date)") if weekly else self.tr("Month (page date)")
        years = sorted({series.points[0].start[:4], series.points[-1].start[:4]})
        if weekly:  # the labels are months and days: the year goes with the axis title
            axis += " · " + "–".join(years)
        self.time_chart.show_bars(
            titles[series.subject.kind].replace("%1", subject), period_labels(series),
            values, unit=unit, axis_title=axis, tooltips=tooltips)

    def _draw_top(self) -> None:
        if not self.names:
            self.top_chart.show_message(self.tr("No names within these filters."))
            return
        tooltips = [self.tr("%1 (%2): %n article(s)", "", n.articles).replace(
            "%1", n.text).replace("%2", entity_label(n.type)) for n in self.names]
        self.top_chart.show_bars(
            self.tr("Names in most articles"), [n.text for n in self.names],
            [n.articles for n in self.names], unit=self.tr("articles"), axis_title="",
            tooltips=tooltips, horizontal=True)

    # -- clicks -------------------------------------------------------------------------
    def _on_period_clicked(self, index: int) -> None:
        series = self.series
        if series is None or not 0 <= index < len(series.points):
            return
        subject = series.subject
        query = subject.value if subject.kind == "search" else ""
        name = (subject.shown, subject.value.split(":", 1)[0]) if subject.kind == "name" \
            else None
        self.filtersWanted.emit(series.filters_for(series.points[index]), query, name)

    def _on_name_clicked(self, index: int) -> None:
        if not 0 <= index < len(self.names):
            return
        name = self.names[index]
        self.filtersWanted.emit(replace(self.filters, entity=None, entity_key=name.key), "",
                                (name.text, name.type))
        self.subject = Subject("name", name.key, name.text)
        self.refresh_time()

    # -- export -------------------------------------------------------------------------
    def current_chart(self) -> BarChart:
        return self.time_chart if self.tabs.currentIndex() == OVER_TIME else self.top_chart

    def choose_export(self, kind: str) -> None:
        caption = (self.tr("Export Chart as PNG") if kind == "png"
                   else self.tr("Export Chart as SVG"))
        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr(
            "SVG drawing (*.svg)")
        path, _chosen = QFileDialog.getSaveFileName(self, caption, f"chart.{kind}", pattern)
        if path:
            self.export(Path(path), kind)

    def export(self, path: Path, kind: str) -> bool:
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        chart = self.current_chart()
        try:
            written = chart.export_png(path) if kind == "png" else chart.export_svg(path)
        except OSError:
            written = False
        self.scope_label.setText(
            self.tr("Saved %1").replace("%1", str(path)) if written
            else self.tr("Could not save %1").replace("%1", str(path)))
        return written

    # -- look and language --------------------------------------------------------------
    def set_theme(self, theme: themes.Theme) -> None:
        self.time_chart.set_theme(theme)
        self.top_chart.set_theme(theme)

    def _show_scope(self) -> None:
        # A name's key (LOC:湖南) shown as the name; dates, kind and tag as they are.
        values = [value.split(":", 1)[-1] if field == "entity_key" else value
                  for field, value in self.filters.kwargs().items()]
        self.scope_label.setText(
            self.tr("Within the list's filters: %1").replace("%1", " · ".join(values))
            if values else self.tr("Within the whole library"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._draw_time()
            if self.names:
                self._draw_top()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Charts"))
        self.tabs.setTabText(OVER_TIME, self.tr("Over time"))
        self.tabs.setTabText(TOP_NAMES, self.tr("Top names"))
        self.export_png_button.setText(self.tr("Export PNG…"))
        self.export_svg_button.setText(self.tr("Export SVG…"))
        choices: dict[QComboBox, list[tuple[str, str | None]]] = {
            self.unit_box: [(self.tr("Per month"), "month"), (self.tr("Per week"), "week")],
            self.measure_box: [(self.tr("Articles"), "articles"),
                               (self.tr("Mentions"), "mentions")],
            self.type_box: [(self.tr("All names"), None),
                            *((entity_label(t), t) for t in ENTITY_TYPES)],
        }
        for box, items in choices.items():
            current = box.currentIndex()
            box.blockSignals(True)
            box.clear()
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(current, 0))
            box.blockSignals(False)
        self.measure_box.setToolTip(self.tr("Mentions are counted where the library "
                                            "stores them (names only)"))
        self._show_scope()


def period_labels(series: MentionSeries) -> list[str]:
    """``2025-03`` per month; per week the Monday as ``03-10`` (the axis title names the
    years), so that a long axis stays readable."""
    if series.unit == "month":
        return [p.start[:7] for p in series.points]
    return [p.start[5:] for p in series.points]
