"""The date filter as a reader meets it: the calendar opens on the library's pages, a date
is typed the way a Chinese reader writes it, and a refused one says why."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QPalette

from desktop_app.ui import i18n
from tests.ui.conftest import settle
from tests.ui.keyboard import type_text


def _bar(qtbot, window):
    qtbot.waitUntil(lambda: window.list_panel.filter_bar is not None
                    and window.list_panel.filter_bar.date_from.library_range is not None)
    return window.list_panel.filter_bar


def _enter(qtbot, field, text: str) -> None:
    field.edit.clear()
    type_text(qtbot, field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_the_calendars_open_on_the_librarys_first_and_last_day(qtbot, window):
    bar = _bar(qtbot, window)
    first, last = window.service.date_range()
    for field, day in ((bar.date_from, first), (bar.date_to, last)):
        field.open_calendar()
        calendar = field.calendar
        assert (calendar.yearShown(), calendar.monthShown()) == (int(day[:4]), int(day[5:7]))
        assert calendar.selectedDate().toString("yyyy-MM-dd") == day
        # Days without pages cannot be chosen, and look it; the library's days are bold.
        assert calendar.minimumDate().toString("yyyy-MM-dd") == first
        assert calendar.maximumDate().toString("yyyy-MM-dd") == last
        shown = QDate.fromString(day, "yyyy-MM-dd")
        assert calendar.dateTextFormat(shown).fontWeight() == QFont.Weight.Bold
        before = calendar.dateTextFormat(QDate.fromString(first, "yyyy-MM-dd").addDays(-1))
        assert before.fontWeight() != QFont.Weight.Bold and before.foreground().color() \
            != calendar.palette().color(QPalette.ColorRole.Text)
        field.menu.close()
    bar.date_to.calendar.clicked.emit(QDate.fromString(first, "yyyy-MM-dd"))
    assert bar.filters().date_to == first and bar.date_to.edit.text() == first


def test_the_calendar_opens_from_the_keyboard(qtbot, window):
    bar = _bar(qtbot, window)
    bar.date_from.edit.setFocus()
    qtbot.keyClick(bar.date_from.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bar.date_from.menu is not None and bar.date_from.menu.isVisible())
    bar.date_from.menu.close()


def test_a_date_typed_as_a_reader_writes_it_filters_the_list(qtbot, window):
    bar = _bar(qtbot, window)
    _first, last = window.service.date_range()
    year, month, day = (int(part) for part in last.split("-"))
    expected = len(window.service.article_ids(date_from=last))
    for typed in (f"{month}月{day}日", f"{year}/{month}/{day}", f"{year}.{month}.{day}",
                  f"{year}年{month}月{day}日"):
        bar.date_from.set_value(None)
        _enter(qtbot, bar.date_from, typed)
        assert bar.filters().date_from == last, typed
        assert bar.date_from.edit.text() == last  # shown back in one form
        assert not bar.date_message.isVisible()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == expected)
    # Deleting the text lifts the filter at once.
    bar.date_from.edit.clear()
    bar.date_from.edit.textEdited.emit("")
    assert bar.filters().date_from is None


def test_a_refused_date_says_why_in_the_uis_language(qtbot, window):
    bar = _bar(qtbot, window)
    _enter(qtbot, bar.date_from, "2025-02-30")
    assert bar.filters().date_from is None  # the filter is left as it was
    assert bar.date_message.isVisibleTo(bar)
    assert "2025-02-30" in bar.date_message.text() and "no day" in bar.date_message.text()
    assert bar.date_from.edit.text() == "2025-02-30"  # kept, to be corrected
    try:
        window.menus.languages["zh_CN"].trigger()
        qtbot.waitUntil(lambda: "没有“2025-02-30”这一天" in bar.date_message.text())
        _enter(qtbot, bar.date_from, "昨天")
        assert "不是日期" in bar.date_message.text()
    finally:
        window.menus.languages["en"].trigger()
        i18n.install("en")
    _enter(qtbot, bar.date_from, "")
    assert not bar.date_message.isVisibleTo(bar)


def test_dates_in_the_wrong_order_are_pointed_out(qtbot, window):
    bar = _bar(qtbot, window)
    _first, last = window.service.date_range()
    day_before = (date.fromisoformat(last) - timedelta(days=1)).isoformat()
    _enter(qtbot, bar.date_from, last)
    _enter(qtbot, bar.date_to, day_before)
    assert "after" in bar.date_message.text()
    _enter(qtbot, bar.date_to, last)
    assert not bar.date_message.isVisibleTo(bar)
    _enter(qtbot, bar.date_to, day_before)
    bar.clear()
    assert bar.filters().date_from is None and bar.filters().date_to is None
    assert not bar.date_message.isVisibleTo(bar)
