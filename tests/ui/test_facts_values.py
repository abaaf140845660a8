"""The figures table's values read whole: the column fits its widest value (a value cut
short reads as another number), the Chinese UI writes large values in 万 / 亿 / 万亿, and
every digit is in the value's tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.facts_model import FactColumn
from tests.ui.test_facts_table import open_table


def _row_of(panel, printed: str) -> int:
    model = panel.model
    return next(r for r in range(model.rowCount()) if model.row(r).text == printed)


def test_the_value_column_shows_every_digit_of_its_largest_value(qtbot, window):
    panel = open_table(qtbot, window)
    table, model = panel.table, panel.model
    # A reader with a larger font (a setting of the desktop), who then narrows to money.
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("money"))
    qtbot.waitUntil(lambda: not panel._typing.isActive() and model.rowCount() > 0
                    and all(model.row(r).kind == "money" for r in range(model.rowCount())),
                    timeout=15_000)
    value = model.index(_row_of(panel, "1.7 万亿元"), FactColumn.VALUE)
    assert value.data() == "1,700,000,000,000 元"
    widest = max(table.fontMetrics().horizontalAdvance(model.index(r, FactColumn.VALUE).data())
                 for r in range(model.rowCount()))
    # The text fits in the cell with its margins, so nothing is elided.
    assert table.columnWidth(FactColumn.VALUE) >= widest + 8
    assert table.visualRect(value).width() >= widest + 8


def test_the_chinese_ui_writes_large_values_in_yi_with_every_digit_in_the_tooltip(
        qtbot, window):
    from desktop_app.ui import i18n

    panel = open_table(qtbot, window)
    model = panel.model
    row = _row_of(panel, "1.7 万亿元")
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.facts_dock.windowTitle() == "数据")
        value = model.index(row, FactColumn.VALUE)
        qtbot.waitUntil(lambda: value.data() == "1.7万亿 元")
        assert "1,700,000,000,000 元" in value.data(Qt.ItemDataRole.ToolTipRole)
        shown = {model.index(r, FactColumn.VALUE).data() for r in range(model.rowCount())}
        assert "15 %" in shown  # small values as they are
        assert not any("," in text for text in shown if "亿" in text)
        widest = max(panel.table.fontMetrics().horizontalAdvance(t) for t in shown)
        assert panel.table.columnWidth(FactColumn.VALUE) >= widest + 8
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: model.index(row, FactColumn.VALUE).data()
                    == "1,700,000,000,000 元")


def test_a_year_reads_as_it_is_written_and_an_amount_grouped(qtbot, window):
    panel = open_table(qtbot, window)
    model = panel.model
    year = model.index(_row_of(panel, "2023 年"), FactColumn.VALUE)
    assert year.data() == "2023"
    assert model.index(_row_of(panel, "1.7 万亿元"), FactColumn.VALUE).data() \
        == "1,700,000,000,000 元"
