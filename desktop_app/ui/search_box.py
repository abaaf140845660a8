"""The search field: emits the query after a typing pause (results: search_results.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.ui import pauses


class SearchBox(QLineEdit):
    """Emits the query after a short typing pause; Escape clears it."""

    queryChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search-box")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=pauses.SEARCH_TYPING_MS)
        self._timer.timeout.connect(lambda: self.queryChanged.emit(self.text().strip()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search articles (Ctrl+K)…"))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)
