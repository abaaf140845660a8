"""One end of the date filter: a field that takes a date as a reader types it, and a
calendar that opens on the library's own dates.

A QDateEdit refused every keystroke outside its display format without a word and
opened on January 1900; here the text is read by ``core/date_input.parse_date`` when
the reader presses Enter or leaves the field, and a refusal is said in the UI's language
(``problemChanged``), the typed text kept so it can be corrected.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop_app.core.date_input import FIRST_YEAR, LAST_YEAR, DateRefusal, parse_date


def library_dates(iso_range: tuple[str, str] | None) -> tuple[date, date] | None:
    """The service's first and last page date as dates; None when either is partial."""
    if iso_range is None:
        return None
    first, last = (parse_date(text, None, 2000) for text in iso_range)
    return (first, last) if isinstance(first, date) and isinstance(last, date) else None


# How the filter bar shows a refusal: the failure banner's amber, legible in both themes.
MESSAGE_STYLE = ("QLabel#date-message { background: #fff3cd; color: #5c4400; "
                 "border: 1px solid #e0b84c; padding: 2px 6px; }")


class DateField(QWidget):
    changed = Signal()  # the date it stands for changed (a date or none)
    problemChanged = Signal(str)  # why the typed text is no date; "" once it is one

    def __init__(self, name: str, *, end: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.end = end  # the "to" field: its calendar opens on the library's last month
        self.value: date | None = None
        self.library_range: tuple[date, date] | None = None
        self.problem = ""
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{name}-text")
        self.edit.setClearButtonEnabled(True)
        self.edit.editingFinished.connect(self.read_text)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName(f"{name}-calendar")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.clicked.connect(self.open_calendar)
        self.menu: QMenu | None = None
        self.calendar: QCalendarWidget | None = None  # built on first use: costs start-up
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def retranslate(self, placeholder: str) -> None:
        self.edit.setPlaceholderText(placeholder)
        self.button.setToolTip(self.tr("Choose a day on a calendar (Alt+Down)"))
        self.edit.setToolTip(self.tr("Type a date: 2025-03-30, 2025/3/30, 2025.3.30, "
                                     "2025年3月30日 or 3月30日; empty for any"))
        if self.calendar is not None:
            self.calendar.setLocale(QLocale())
        if self.problem:
            self.read_text()

    # -- the value --------------------------------------------------------------------
    def iso(self) -> str | None:
        return self.value.isoformat() if self.value else None

    def set_value(self, value: date | None, *, notify: bool = True) -> None:
        self.edit.setText(value.isoformat() if value else "")
        self._set_problem("")
        if value != self.value:
            self.value = value
            if notify:
                self.changed.emit()

    def set_library_range(self, iso_range: tuple[str, str] | None) -> None:
        self.library_range = library_dates(iso_range)

    def read_text(self) -> None:
        """Enter or leaving the field: the typed text becomes the date, or says why not."""
        typed = self.edit.text()
        if not typed.strip():
            self.set_value(None)
            return
        got = parse_date(typed, self.library_range, date.today().year)
        if isinstance(got, DateRefusal):
            self._set_problem(self._refusal(got, typed.strip()))
        else:
            self.set_value(got)

    def _refusal(self, why: DateRefusal, typed: str) -> str:
        if why is DateRefusal.NO_SUCH_DAY:
            return self.tr("There is no day “%1” in the calendar.").replace("%1", typed)
        if why is DateRefusal.OUT_OF_RANGE:
            return (self.tr("“%1”: the year must be between %2 and %3.").replace("%1", typed)
                    .replace("%2", str(FIRST_YEAR)).replace("%3", str(LAST_YEAR)))
        return self.tr("“%1” is not a date; type 2025-03-30, 2025/3/30 or 3月30日."
                       ).replace("%1", typed)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problemChanged.emit(problem)

    def _on_edited(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted: any date at once
            self.set_value(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # -- the calendar -----------------------------------------------------------------
    def _build_calendar(self) -> QCalendarWidget:
        self.menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setObjectName(f"{self.objectName()}-month")
        calendar.setGridVisible(False)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setLocale(QLocale())
        calendar.clicked.connect(self._on_picked)
        calendar.activated.connect(self._on_picked)
        calendar.currentPageChanged.connect(lambda year, month: self._mark_days(year, month))
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(calendar)
        self.menu.addAction(action)
        self.calendar = calendar
        return calendar

    def open_calendar(self) -> None:
        calendar = self.calendar or self._build_calendar()
        self.shown_day(calendar)
        assert self.menu is not None
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()

    def shown_day(self, calendar: QCalendarWidget) -> QDate:
        """The day the calendar opens on: the chosen one, else the library's first day
        (the "from" field) or last day (the "to" field); days outside it are greyed."""
        if self.library_range is not None:
            first, last = self.library_range
            calendar.setDateRange(QDate(first.year, first.month, first.day),
                                  QDate(last.year, last.month, last.day))
            day = self.value or (last if self.end else first)
        else:
            calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
            day = self.value or date.today()
        shown = QDate(day.year, day.month, day.day)
        calendar.setSelectedDate(shown)
        calendar.setCurrentPage(shown.year(), shown.month())
        self._mark_days(shown.year(), shown.month())
        return shown

    def _mark_days(self, year: int, month: int) -> None:
        """On the page shown: the library's days bold, the others grey (not choosable)."""
        calendar = self.calendar
        if calendar is None:
            return
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget the last page's
        if self.library_range is None:
            return
        first, last = self.library_range
        inside, outside = QTextCharFormat(), QTextCharFormat()
        inside.setFontWeight(QFont.Weight.Bold)
        outside.setForeground(calendar.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        start = date(year, month, 1) - timedelta(days=7)
        for offset in range(50):  # the six weeks a page shows, and a margin
            day = start + timedelta(days=offset)
            calendar.setDateTextFormat(QDate(day.year, day.month, day.day),
                                       inside if first <= day <= last else outside)

    def _on_picked(self, day: QDate) -> None:
        if self.menu is not None:
            self.menu.close()
        self.set_value(date(day.year(), day.month(), day.day()))
