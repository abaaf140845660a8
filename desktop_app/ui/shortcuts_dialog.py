"""Help → Keyboard Shortcuts: every key the window answers, in the UI's language.

The menu entries are read from the menu bar itself (every action with a shortcut,
under its menu's title), so an entry added to a menu is listed without anyone
remembering to; the keys that are no menu entry (Space in the reading pane, Enter and
Esc in the find bar) are listed below them.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker or ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def menu_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(where › what, keys) for each menu entry with a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {_plain(sub.title())}")
            elif isinstance(action, QAction) and action.shortcuts():
                keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                                 for s in action.shortcuts())
                rows.append((f"{path} › {_plain(action.text())}", keys))

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = menu_rows(window) + self.other_keys()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts-table")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def other_keys(self) -> list[tuple[str, str]]:
        pane, bar = self.tr("Reading pane"), self.tr("Find bar")
        search = self.tr("Search field")
        rows = [
            (pane, self.tr("Page down; at the end, the next article"), "Space"),
            (pane, self.tr("Page up"), "Shift+Space"),
            (bar, self.tr("Next match"), "Enter"),
            (bar, self.tr("Previous match"), "Shift+Enter"),
            (bar, self.tr("Close and remove the marks"), "Esc"),
            (search, self.tr("Go to the first result"), "Enter"),
            (search, self.tr("Clear the search"), "Esc"),
        ]
        return [(f"{where} › {what}", keys) for where, what, keys in rows]

    def rows(self) -> list[tuple[str, str]]:
        """What the table lists (tests read it)."""
        items = [(self.table.item(r, 0), self.table.item(r, 1))
                 for r in range(self.table.rowCount())]
        return [(what.text(), keys.text()) for what, keys in items if what and keys]
