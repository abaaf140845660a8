"""View → Reading Settings (Ctrl+Shift+D): its menu entry, and the reading pane's look
remembered between runs. The dialog (ui/reading_settings_dialog.py) is imported and
built when first asked for: the first frame needs none of its widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.reading_settings_dialog import ReadingSettingsDialog

SHORTCUT = "Ctrl+Shift+D"  # D for display; Ctrl+F finds, Ctrl+Shift+F is the figures
translate = QCoreApplication.translate


class ReadingSettings(QObject):
    """The menu entry, the look remembered, and the dialog built when first asked for."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReadingSettingsDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("reading-settings")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        menus = window.menus
        menus.view.insertAction(menus.zoom_in, self.action)
        menus.view.insertSeparator(menus.zoom_in)
        self.action.triggered.connect(self.open_dialog)
        window.reader.set_look(window.settings.reading_look)  # before any article is drawn

    def open_dialog(self) -> ReadingSettingsDialog:
        if self.dialog is None:
            from desktop_app.ui.reading_settings_dialog import ReadingSettingsDialog

            self.dialog = ReadingSettingsDialog(self.window.reader, self.window.settings,
                                                self.window)
            self.dialog.setWindowFlag(Qt.WindowType.Tool)  # stays above the window
        self.dialog.show_current()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def retranslate(self) -> None:
        self.action.setText(translate("ReadingSettings", "&Reading Settings…"))
