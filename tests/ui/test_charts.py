"""View → Charts as a user meets it: bars that match the counts, hover values, a click that
narrows the list, exports that open as images; and the figures chart's refusal of mixed
units."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from desktop_app.service_charts import Subject, mentions_over_time, top_names
from desktop_app.ui import theme as themes
from desktop_app.ui.chart_dialog import ChartDialog
from tests.helpers.dated_library import spread_dates
from tests.ui.conftest import open_window


@pytest.fixture
def window(qtbot, library_path):
    spread_dates(library_path)  # the samples carry one date: spread them over months
    window = open_window(qtbot, library_path)
    yield window
    window.close()


def open_charts(qtbot, window):
    window.menus.charts.trigger()
    dialog = window.findChild(ChartDialog)
    qtbot.waitUntil(lambda: dialog.series is not None and dialog.top_chart.bar_count() > 0,
                    timeout=15_000)
    return dialog


def hover_bar(chart, index: int) -> None:
    """The pointer moved over the bar (QTest's mouseMove only moves the cursor offscreen)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = chart.plot_widget.viewport()
    pos = chart.bar_center(index)
    event = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def click_bar(qtbot, chart, index: int) -> None:
    qtbot.mouseClick(chart.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=chart.bar_center(index).toPoint())


def test_the_charts_show_the_top_names_and_the_first_one_over_time(qtbot, window):
    dialog = open_charts(qtbot, window)
    names = top_names(window.service)
    assert dialog.top_chart.bar_count() == len(names)
    assert dialog.top_chart.labels == [n.text for n in names]
    series = mentions_over_time(window.service, Subject("name", names[0].key), "month")
    assert dialog.time_chart.bar_count() == len(series.points)
    assert dialog.time_chart.values == [p.articles for p in series.points]
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData("week"))
    weeks = mentions_over_time(window.service, Subject("name", names[0].key), "week")
    qtbot.waitUntil(lambda: dialog.time_chart.bar_count() == len(weeks.points))
    assert "篇" in dialog.time_chart.tooltips[0] or "article" in dialog.time_chart.tooltips[0]


def test_clicking_a_month_lists_that_months_articles_naming_it(qtbot, window):
    dialog = open_charts(qtbot, window)
    series = dialog.series
    index = max(range(len(series.points)), key=lambda i: series.points[i].articles)
    point = series.points[index]
    chart = dialog.time_chart
    hover_bar(chart, index)
    qtbot.waitUntil(lambda: chart.hover_index == index)
    assert point.start in chart.hover_text and str(point.articles) in chart.hover_text
    click_bar(qtbot, chart, index)
    lists = window.list_panel
    qtbot.waitUntil(lambda: lists.filters().date_from == point.start
                    and lists.model.rowCount() == point.articles, timeout=10_000)
    assert lists.filters().entity_key == series.subject.value
    assert lists.filter_bar.entity_chip.isVisibleTo(lists)


def test_clicking_a_top_name_lists_its_articles_and_charts_it(qtbot, window):
    dialog = open_charts(qtbot, window)
    names = dialog.names
    click_bar(qtbot, dialog.top_chart, 2)
    lists = window.list_panel
    qtbot.waitUntil(lambda: lists.filters().entity_key == names[2].key
                    and lists.model.rowCount() == names[2].articles, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.series.subject.value == names[2].key)
    assert names[2].text in dialog.time_chart._title


def test_a_search_is_charted_and_its_bars_keep_the_search(qtbot, window):
    window.list_panel.search_box.setText("湖南")
    qtbot.waitUntil(lambda: window.list_panel.results_model.rowCount() > 0, timeout=10_000)
    dialog = open_charts(qtbot, window)
    assert dialog.series.subject == Subject("search", "湖南")
    assert dialog.series.total_articles == len(window.service.search("湖南", limit=None))
    index = next(i for i, p in enumerate(dialog.series.points) if p.articles)
    click_bar(qtbot, dialog.time_chart, index)
    lists = window.list_panel
    point = dialog.series.points[index]
    qtbot.waitUntil(lambda: lists.filters().date_from == point.start
                    and lists.results_model.rowCount() == point.articles, timeout=10_000)
    assert lists.query() == "湖南"


def test_each_chart_exports_as_png_and_svg(qtbot, window, tmp_path, monkeypatch):
    dialog = open_charts(qtbot, window)
    for tab in (0, 1):
        dialog.tabs.setCurrentIndex(tab)
        for kind, button in (("png", dialog.export_png_button),
                             ("svg", dialog.export_svg_button)):
            target = tmp_path / f"chart{tab}"  # no suffix typed: the format's is added
            monkeypatch.setattr(QFileDialog, "getSaveFileName",
                                lambda *_a, t=target, **_k: (str(t), ""))
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            written = tmp_path / f"chart{tab}.{kind}"
            assert written.is_file()
            if kind == "png":
                image = QImage(str(written))
                assert not image.isNull() and image.width() >= 1200
            else:
                root = ET.parse(written).getroot()
                assert root.tag.endswith("svg")
                assert dialog.current_chart()._title in written.read_text(encoding="utf-8")


def test_the_charts_follow_the_theme(qtbot, window):
    dialog = open_charts(qtbot, window)
    window.menus.themes["dark"].trigger()
    background = dialog.time_chart.plot_widget.backgroundBrush().color().name()
    assert background == themes.DARK.background
    window.menus.themes["light"].trigger()
    assert dialog.top_chart.plot_widget.backgroundBrush().color().name() == (
        themes.LIGHT.background)


def test_a_name_in_the_reader_is_charted_from_its_context_menu(qtbot, window):
    from PySide6.QtGui import QAction

    span = window.detail.entities[0]
    menu = window.reader.build_context_menu(window.reader.viewport_point_of(span.start))
    menu.findChild(QAction, "entity-chart").trigger()
    dialog = window.findChild(ChartDialog)
    qtbot.waitUntil(lambda: dialog.series is not None
                    and dialog.series.subject.label == span.text, timeout=15_000)
    assert dialog.series.total_articles == window.service.entity_article_count(
        key=dialog.series.subject.value)


def test_the_figures_chart_draws_one_unit_and_refuses_mixed_ones(qtbot):
    from desktop_app.core.figure_series import FigurePoint
    from desktop_app.ui.figures_chart import FiguresChart

    chart = FiguresChart(themes.LIGHT)
    qtbot.addWidget(chart)
    chart.resize(640, 400)
    chart.show()
    points = [FigurePoint("2022年", 6.0e11, "元", "a1"), FigurePoint("2023年", 7.1e11, "元", "a2"),
              FigurePoint("2024年", 8.52e11, "元", "a3")]
    assert chart.show_figures("全省绿色智能计算产业规模", points)
    bars = chart.chart
    assert bars.bar_count() == 3 and bars.values == [6000, 7100, 8520]  # in 亿元
    assert bars._unit == "亿元" and "852,000,000,000 元" in bars.tooltips[2]
    with qtbot.waitSignal(chart.articleChosen) as chosen:
        click_bar(qtbot, bars, 1)
    assert chosen.args == ["a2"]
    mixed = [*points, FigurePoint("2024年", 19.2, "%", "a3")]
    assert not chart.show_figures("全省绿色智能计算产业规模", mixed)
    assert bars.bar_count() == 0
    assert "元" in bars.message.text() and "%" in bars.message.text()


def test_the_charts_count_within_the_lists_filters(qtbot, window):
    from desktop_app.core.filters import Filters

    bar = window.list_panel.filter_bar
    kind = window.service.kinds()[-1][0]
    bar.kind_box.setCurrentIndex(bar.kind_box.findData(kind))
    dialog = open_charts(qtbot, window)
    names = top_names(window.service, Filters(kind=kind))
    assert dialog.top_chart.values == [n.articles for n in names]
    assert kind in dialog.scope_label.text()


def test_a_tag_is_charted_from_its_context_menu_in_the_notes_panel(qtbot, window):
    from PySide6.QtGui import QAction

    from tests.ui.conftest import settle

    editor = window.notes.tag_editor
    editor.edit_tags(window.detail.id, ["跟踪"], [])
    settle(qtbot, window)
    editor.tag_menu("跟踪").findChild(QAction, "tag-chart").trigger()
    dialog = window.findChild(ChartDialog)
    qtbot.waitUntil(lambda: dialog.series is not None
                    and dialog.series.subject == Subject("tag", "跟踪"), timeout=15_000)
    assert dialog.time_chart.bar_count() == len(dialog.series.points)
    assert dialog.series.total_articles == 1 and "跟踪" in dialog.time_chart._title
