"""A dock holding one panel: named for saveState(), toggled from the View menu by a
shortcut, retitled when the language changes. Subclasses give the two words."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget


class PanelDock(QDockWidget):
    def __init__(self, panel: QWidget, name: str, shortcut: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}-dock")  # saveState() knows it by this name
        self.panel = panel
        self.setWidget(panel)
        self.toggleViewAction().setObjectName(f"toggle-{name}")
        self.toggleViewAction().setShortcut(QKeySequence(shortcut))
        self.retranslate()

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
        retranslate = getattr(self.panel, "retranslate", None)
        if retranslate is not None:
            retranslate()
