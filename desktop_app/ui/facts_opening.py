"""The figures table's place in the window: a dock under the list and the reader
(View → Figures), built after the first frame and hidden until asked for (its panel
when first shown: ui/panel_dock.py); and what its
rows lead to: the article with the number selected, a CSV file, a chart of a subject.

Kept out of main_window.py (which only calls :func:`add_facts_dock`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from desktop_app.ui.panel_dock import PanelDock

if TYPE_CHECKING:
    from desktop_app.core.figure_series import FigurePoint
    from desktop_app.service import LibraryService
    from desktop_app.ui.facts_model import FactsQuery
    from desktop_app.ui.facts_panel import FactsPanel
    from desktop_app.ui.figures_chart import FiguresChart
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.names_dock import NamesDock

SHORTCUT = "Ctrl+Shift+F"  # F for figures
CHART_LIMIT = 500  # figures of one subject drawn at most (bars beyond read as noise)
translate = QCoreApplication.translate


class FactsDock(PanelDock):
    def __init__(self, build: Callable[[], FactsPanel], parent: QWidget | None = None) -> None:
        super().__init__(build, "facts", SHORTCUT, parent)

    @property
    def panel(self) -> FactsPanel:
        return cast("FactsPanel", self.built_panel())

    def titles(self) -> tuple[str, str]:
        return self.tr("Figures"), self.tr("&Figures Table")

    def retranslate_panel(self) -> None:
        self.panel.retranslate()


def add_docks(window: MainWindow) -> tuple[NamesDock, FactsDock]:
    """The names index and the figures table, built into ``window``."""
    from desktop_app.ui.names_dock import add_names_dock

    return add_names_dock(window), add_facts_dock(window)


def add_facts_dock(window: MainWindow) -> FactsDock:
    """Add the figures dock to ``window`` (after its first frame); its panel is built and
    wired when the dock is first shown."""
    def build() -> FactsPanel:
        from desktop_app.ui.facts_panel import FactsPanel

        panel = FactsPanel(window.operations, window.library)
        panel.factChosen.connect(lambda article_id, start, end:
                                 show_fact(window, article_id, start, end))
        panel.chartWanted.connect(lambda subject, unit: chart_subject(window, subject, unit))
        panel.exportWanted.connect(lambda: ask_export(window, panel))
        bar = window.list_panel.filter_bar
        if bar is not None:
            bar.filtersChanged.connect(panel.set_filters)
            panel.set_filters(bar.filters())
        return panel

    dock = FactsDock(build, window)
    if not window.restoreDockWidget(dock):  # where and whether it was last time
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
    window.menus.view.insertAction(window.menus.toggle_notes, dock.toggleViewAction())
    dock.toggleViewAction().triggered.connect(
        lambda checked: dock.panel.table.setFocus() if checked else None)
    return dock


def show_fact(window: MainWindow, article_id: str, start: int, end: int) -> None:
    """Open the article in the reader with the number selected and marked as a search hit
    is (the current one in orange; F3 steps to where the same figure is printed again):
    the selection alone is pale while the table keeps the keyboard."""
    window.reader_panel.open_article(article_id)
    detail = window.reader_panel.detail
    if detail is None or detail.id != article_id:
        return
    view = window.reader_panel.view
    view.select_range(start, end)
    marks = window.reading.marks
    if marks.set_terms([detail.text[start:end]]):
        marks.first_at_or_after(start)
    view.scroll_to_offset(start)


# -- CSV ------------------------------------------------------------------------------
def ask_export(window: MainWindow, panel: FactsPanel) -> None:
    path, _filter = QFileDialog.getSaveFileName(
        window, translate("FactsDock", "Export Figures as CSV"),
        str(Path.home() / "figures.csv"), translate("FactsDock", "CSV table (*.csv)"))
    if path:
        export_csv(window, panel.query(), Path(path))


def export_csv(window: MainWindow, query: FactsQuery, path: Path) -> None:
    """Every figure ``query`` selects (not only the rows read so far) into ``path``."""
    service = window.service
    if service is None:
        return

    def work() -> int:
        from desktop_app.core.export.facts_csv import write_facts_csv

        rows = service.facts(query.filters, **query.narrowing(), order=query.order,
                             descending=query.descending)
        with path.open("w", encoding="utf-8", newline="") as out:
            write_facts_csv(out, rows)
        return len(rows)

    def failed(exc: Exception) -> None:
        from desktop_app.ui.library_messages import failure_text

        window.show_status(translate("FactsDock", "The figures could not be exported: %1")
                           .replace("%1", failure_text(exc)), 15_000)

    window.operations.read(work, owner=window, failed=failed, done=lambda n: window.show_status(
        translate("FactsDock", "%1 figures exported to %2").replace("%1", f"{n:,}")
        .replace("%2", str(path)), 8000))


# -- a chart of one subject -----------------------------------------------------------
def subject_points(service: LibraryService, subject: str, unit: str) -> list[FigurePoint]:
    """The figures in ``unit`` whose subject is ``subject`` (the same text, not only
    holding it), by period; Qt-free."""
    from desktop_app.core.figure_series import FigurePoint
    from desktop_app.ui.facts_model import shown_value

    found = service.facts(subject=subject, unit=unit, order="period")
    rows = [r for r in found if r.subject == subject and r.value is not None][:CHART_LIMIT]
    # The ISO form where there is one (else the page date): short under a bar (2023-10,
    # not 截至2023年10月) and, sorted, in time order; printed-only periods come last.
    points = [FigurePoint(r.period_iso or r.date or r.period or "?",
                          shown_value(r.value, r.unit), r.unit, r.article_id)
              for r in rows if r.value is not None]
    return sorted(points, key=lambda p: p.period)


class SubjectChart(QDialog):
    def __init__(self, window: MainWindow) -> None:
        from desktop_app.ui.figures_chart import FiguresChart

        super().__init__(window)
        self.setObjectName("subject-chart")
        self.resize(900, 480)
        self.chart: FiguresChart = FiguresChart(window.theme, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        self.chart.articleChosen.connect(window.open_article)
        window.menus.theme_group.triggered.connect(
            lambda _action: self.chart.set_theme(window.theme))


def chart_subject(window: MainWindow, subject: str, unit: str) -> None:
    service = window.service
    if service is None or not subject:
        return

    def done(points: list[FigurePoint]) -> None:
        dialog = window.findChild(SubjectChart)  # one per window, made on first use
        if dialog is None:
            dialog = SubjectChart(window)
        dialog.setWindowTitle(translate("FactsDock", "Figures: %1").replace("%1", subject))
        dialog.chart.show_figures(subject, points)
        dialog.show()
        dialog.raise_()

    window.operations.read(lambda: subject_points(service, subject, unit), owner=window,
                           done=done)
