"""The figures table in the window, driven as a user would: open it from View, sort by
value, narrow by kind, click a row to read the number in its article, copy rows as TSV,
export CSV, chart a subject."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from desktop_app.ui.facts_model import PAGE, FactColumn
from desktop_app.ui.facts_opening import SubjectChart
from desktop_app.ui.shortcuts_dialog import menu_rows
from tests.ui.conftest import settle
from tests.ui.keyboard import type_text


def open_table(qtbot, window):
    window.findChild(type(window.menus.find), "toggle-facts").trigger()
    panel = window.facts_dock.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.model.total is not None,
                    timeout=15_000)
    return panel


def wait_reloaded(qtbot, panel, check) -> None:
    qtbot.waitUntil(lambda: not panel._typing.isActive() and check(), timeout=15_000)


def click_cell(qtbot, panel, row: int, column: int) -> None:
    rect = panel.table.visualRect(panel.model.index(row, column))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_table_opens_with_the_library_count_and_its_first_rows(qtbot, window):
    panel = open_table(qtbot, window)
    service = window.service
    total = service.count_facts()
    assert window.facts_dock.isVisible()
    assert panel.model.total == total
    assert f"{total:,}" in panel.caption.text()
    first = service.facts(limit=3)
    shown = [panel.model.row(r) for r in range(3)]
    assert [(r.article_id, r.start) for r in shown] == [(r.article_id, r.start) for r in first]
    # Read a page at a time, never all at once; the rest comes as the view scrolls.
    assert panel.model.rowCount() == min(PAGE, total)
    assert ("View › Figures Table", "Ctrl+Shift+F") in menu_rows(window)


def test_scrolling_to_the_end_reads_the_next_page(qtbot, window):
    panel = open_table(qtbot, window)
    total = panel.model.total
    assert total > PAGE  # the sample pages print more figures than one page holds
    bar = panel.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: panel.model.rowCount() == total, timeout=15_000)
    everything = window.service.facts()
    last = panel.model.row(total - 1)
    assert (last.article_id, last.start) == (everything[-1].article_id, everything[-1].start)


def test_values_are_shown_normalised_and_percent_as_printed(qtbot, window):
    panel = open_table(qtbot, window)
    model = panel.model
    texts = {model.row(r).text: model.index(r, FactColumn.VALUE).data()
             for r in range(model.rowCount())}
    assert texts["1.7 万亿元"] == "1,700,000,000,000 元"
    assert texts["15%"] == "15 %"
    tip = model.index(0, FactColumn.SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row(0).text.replace(" ", "") in tip.replace(" ", "")  # its sentence


def test_sort_by_value_is_the_library_order(qtbot, window):
    panel = open_table(qtbot, window)
    header = panel.table.horizontalHeader()
    for _click in range(2):  # one way, then the other
        x = header.sectionViewportPosition(FactColumn.VALUE) + 20
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
        assert header.sortIndicatorSection() == FactColumn.VALUE
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        expected = window.service.facts(limit=5, order="value", descending=descending)
        wait_reloaded(qtbot, panel, lambda e=expected: [
            (r.article_id, r.start) for r in map(panel.model.row, range(5))
            if r is not None] == [(r.article_id, r.start) for r in e])
        values = [panel.model.row(r).value or 0.0 for r in range(5)]
        assert values == sorted(values, reverse=descending)


def test_filter_by_kind_and_subject_narrows_rows_and_count(qtbot, window):
    panel = open_table(qtbot, window)
    expected = window.service.count_facts(kind="percent")
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("percent"))
    wait_reloaded(qtbot, panel, lambda: panel.model.total == expected)
    assert {panel.model.row(r).kind for r in range(panel.model.rowCount())} == {"percent"}
    assert f"{expected:,}" in panel.caption.text()
    type_text(qtbot, panel.subject, "数字经济")
    narrowed = window.service.count_facts(kind="percent", subject="数字经济")
    assert 0 < narrowed < expected
    wait_reloaded(qtbot, panel, lambda: panel.model.total == narrowed)
    assert all("数字经济" in panel.model.row(r).subject for r in range(narrowed))


def test_filter_by_unit_and_period_range(qtbot, window):
    panel = open_table(qtbot, window)
    type_text(qtbot, panel.unit, "元")
    type_text(qtbot, panel.period_from, "2024")
    type_text(qtbot, panel.period_to, "2025")
    expected = window.service.facts(unit="元", period=("2024", "2025"))
    assert 0 < len(expected) < window.service.count_facts(unit="元")
    wait_reloaded(qtbot, panel, lambda: panel.model.total == len(expected))
    assert [(panel.model.row(r).article_id, panel.model.row(r).start)
            for r in range(len(expected))] == [(r.article_id, r.start) for r in expected]
    assert f"{len(expected):,}" in panel.caption.text()


def test_the_list_filters_narrow_the_table(qtbot, window):
    panel = open_table(qtbot, window)
    settle(qtbot, window)
    bar = window.list_panel.filter_bar
    bar.set_entity_key("LOC:湖南", "湖南")
    filters = bar.filters()
    expected = window.service.count_facts(filters)
    assert 0 < expected < window.service.count_facts()
    wait_reloaded(qtbot, panel, lambda: panel.model.total == expected)


def test_click_a_row_shows_the_number_selected_in_its_article(qtbot, window):
    panel = open_table(qtbot, window)
    current = window.detail.id
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.row(r).article_id != current)
    fact = panel.model.row(row)
    click_cell(qtbot, panel, row, FactColumn.SUBJECT)
    assert window.detail.id == fact.article_id
    assert window.reader.selected_range() == (fact.start, fact.end)
    assert window.reader.textCursor().selectedText().replace(" ", "") \
        == fact.text.replace(" ", "")
    marks = window.reading.marks  # marked as a search hit is, the current one
    assert marks.hits[marks.current] == (fact.start, fact.end)
    assert marks.format_at(fact.start) is not None


def test_ctrl_c_copies_the_selected_rows_as_tsv(qtbot, window):
    panel = open_table(qtbot, window)
    panel.table.setFocus()
    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.model.index(1, 0), panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3  # the header and two rows
    assert lines[0].split("\t")[:2] == ["Printed", "Value"]
    first = lines[1].split("\t")
    assert first[0] == panel.model.row(0).text
    assert first[1] == panel.model.index(0, FactColumn.VALUE).data()
    assert len(first) == len(lines[0].split("\t"))


def test_export_csv_writes_every_figure_of_the_view(qtbot, window, tmp_path, monkeypatch):
    panel = open_table(qtbot, window)
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("money"))
    expected = window.service.facts(kind="money")
    wait_reloaded(qtbot, panel, lambda: panel.model.total == len(expected))
    target = tmp_path / "figures.csv"
    monkeypatch.setattr("desktop_app.ui.facts_opening.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    panel.export_button.click()
    qtbot.waitUntil(target.exists, timeout=15_000)
    settle(qtbot, window)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # Excel reads it as UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == len(expected)
    assert {r["kind"] for r in rows} == {"money"}
    assert rows[0]["text"] == expected[0].text


def test_chart_this_subject_draws_that_subjects_figures(qtbot, window):
    panel = open_table(qtbot, window)
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.row(r).subject == "营业收入"
               and panel.model.row(r).unit == "元")
    menu = panel.menu_for(panel.model.row(row))
    assert isinstance(menu, QMenu)
    chart_action = next(a for a in menu.actions() if a.text() == "Chart This Subject")
    chart_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(SubjectChart) is not None
                    and window.findChild(SubjectChart).isVisible(), timeout=15_000)
    points = window.findChild(SubjectChart).chart.points
    every = [r for r in window.service.facts(subject="营业收入")
             if r.subject == "营业收入"]
    # The subject is printed in several units; the chart takes the clicked row's (元),
    # which can share an axis, a bar per figure.
    assert len({r.unit for r in every}) > 1
    assert sorted(p.article_id for p in points) == sorted(r.article_id for r in every
                                                          if r.unit == "元")
    assert [p.period for p in points] == sorted(p.period for p in points)  # time order
    assert {p.unit for p in points} == {"元"} and len(points) >= 2


def test_the_table_reads_chinese_in_the_chinese_ui(qtbot, window):
    from desktop_app.ui import i18n

    panel = open_table(qtbot, window)
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.facts_dock.windowTitle() == "数据")
        assert panel.caption.text() == f"共 {panel.model.total:,} 个数字"
        header = panel.model.headerData(FactColumn.SUBJECT, Qt.Orientation.Horizontal)
        assert header == "指标"
        assert window.facts_dock.toggleViewAction().text() == "数据表(&F)"
    finally:
        i18n.install("en")


def test_the_table_follows_a_change_to_the_library(qtbot, window):
    from desktop_app.ui.operations import Changes

    panel = open_table(qtbot, window)
    service, bar = window.service, window.list_panel.filter_bar
    ids = list(dict.fromkeys(r.article_id for r in service.facts()))[:2]

    def tag(article_id: str) -> None:
        window.operations.write(lambda: service.tag(article_id, "数据测试"),
                                Changes.of_article(article_id, tags=True))
        settle(qtbot, window)

    tag(ids[0])
    qtbot.waitUntil(lambda: bar.tag_box.findData("数据测试") >= 0, timeout=15_000)
    bar.set_tag("数据测试")
    one = service.count_facts(bar.filters())
    wait_reloaded(qtbot, panel, lambda: panel.model.total == one)
    tag(ids[1])  # another article takes the tag: its figures join the table
    both = service.count_facts(bar.filters())
    assert both > one
    wait_reloaded(qtbot, panel, lambda: panel.model.total == both)


def test_an_export_that_cannot_be_written_says_so(qtbot, window, tmp_path, monkeypatch):
    panel = open_table(qtbot, window)
    target = tmp_path / "no-such-folder" / "figures.csv"
    monkeypatch.setattr("desktop_app.ui.facts_opening.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    panel.export_button.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "could not be exported" in window.statusBar().currentMessage(),
                    timeout=15_000)
    assert not target.exists()
