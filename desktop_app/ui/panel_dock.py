"""A dock holding one panel: named for saveState(), toggled from the View menu by a
shortcut, retitled when the language changes. Subclasses give the two words and retranslate
their panel.

The panel is built the first time the dock is shown (or ``panel`` is asked for), not
with the dock: the docks are created while the library opens, hidden unless they were
open last time, and building their panels (and importing their models) then only
delayed the list and the first article."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QWidget


class PanelDock(QDockWidget):
    def __init__(self, build: Callable[[], QWidget], name: str, shortcut: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}-dock")  # saveState() knows it by this name
        self._build = build
        self._panel: QWidget | None = None
        self.toggleViewAction().setObjectName(f"toggle-{name}")
        self.toggleViewAction().setShortcut(QKeySequence(shortcut))
        self.retranslate()

    def built_panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._panel is None:
            self._panel = self._build()
            self.setWidget(self._panel)
            self.retranslate()
        return self._panel

    def is_built(self) -> bool:
        return self._panel is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.built_panel()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def titles(self) -> tuple[str, str]:
        """(the dock's title, its View menu entry), in the current language."""
        raise NotImplementedError

    def retranslate(self) -> None:
        title, entry = self.titles()
        self.setWindowTitle(title)
        self.toggleViewAction().setText(entry)
        if self._panel is not None:
            self.retranslate_panel()

    def retranslate_panel(self) -> None:
        """The built panel's strings, in the current language."""
        raise NotImplementedError
