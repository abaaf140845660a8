"""A panel that reads the library only while it is shown: a change marks it stale, and
it reads again when shown or, if shown, at once. Reads are tagged with a token so an
answer overtaken by a newer read is dropped."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ShownPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._token = 0  # the latest read asked for; older answers are dropped
        self._stale = True  # the library changed since the last read

    def mark_stale(self) -> None:
        self._stale = True
        self.reload_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_if_shown()

    def reload_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
