"""Find in the article (Ctrl+F): a bar above the reading pane with the hit count.

What is typed is one literal term (whitespace, width and case do not matter, as in the
search); every place is marked by :class:`desktop_app.ui.hit_marks.HitMarks`, the one
after the top of the visible text becomes current. Enter and F3 go to the next,
Shift+Enter and Shift+F3 to the previous, Esc closes the bar and removes the marks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from desktop_app.ui.hit_marks import HitMarks


class FindBar(QWidget):
    def __init__(self, marks: HitMarks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.marks = marks
        self.input = QLineEdit()
        self.input.setObjectName("find-input")
        self.input.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("find-count")
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self.input, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self.input.textChanged.connect(self._on_text)
        self.input.installEventFilter(self)
        self.previous_button.clicked.connect(marks.previous)
        self.next_button.clicked.connect(marks.next)
        self.close_button.clicked.connect(self.close_bar)
        marks.changed.connect(self._show_count)
        self.setVisible(False)
        self.retranslate()

    # -- opening and closing ------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with what was typed last selected (Ctrl+F again selects it)."""
        self.setVisible(True)
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()
        if self.input.text():
            self._on_text(self.input.text())

    def close_bar(self) -> None:
        if not self.isVisible():
            return
        self.setVisible(False)
        self.marks.clear()
        self.marks.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- finding ------------------------------------------------------------------------
    def find_again(self) -> None:
        """Find what is typed in the article now shown (j / k went on to another)."""
        self._on_text(self.input.text())

    def _on_text(self, text: str) -> None:
        term = text.strip()
        self.marks.set_terms([term] if term else [])
        if term and self.marks.hits:
            view = self.marks.view
            top = view.cursorForPosition(QPoint(0, 0)).position()
            self.marks.first_at_or_after(max(0, top - view.document_position(0)))
        self._show_count(self.marks.current, len(self.marks.hits))

    def _show_count(self, current: int, total: int) -> None:
        if not self.input.text().strip():
            self.count.clear()
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(f"{current + 1}/{total}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                (self.marks.previous if shift else self.marks.next)()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("Find in this article"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._show_count(self.marks.current, len(self.marks.hits))
