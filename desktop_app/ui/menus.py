"""Menus, actions and shortcuts of the main window, with their translatable texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS
from desktop_app.ui.labels import highlight_colour_label

StdKey = QKeySequence.StandardKey
translate = QCoreApplication.translate


class Menus:
    def __init__(self, window: QMainWindow, undo_stack):
        self.window = window
        bar = window.menuBar()
        self.file = bar.addMenu("")
        self.edit = bar.addMenu("")
        self.view = bar.addMenu("")
        self.annotate = bar.addMenu("")
        self.help = bar.addMenu("")

        self.import_files = self._action(self.file, "import-files", StdKey.Open)
        self.import_folder = self._action(self.file, "import-folder", "Ctrl+Shift+O")
        self.file.addSeparator()
        # File → Export lives here; the export module fills this menu (see export_menu).
        self.export_menu: QMenu = self.file.addMenu("")
        self.export_menu.setObjectName("export-menu")
        self.export_menu.menuAction().setVisible(False)
        self.backup = self._action(self.file, "backup")
        self.reanalyse = self._action(self.file, "reanalyse")
        self.remove_samples = self._action(self.file, "remove-samples")
        self.remove_samples.setEnabled(False)  # until the library shows it holds samples
        self.file.addSeparator()
        self.quit = self._action(self.file, "quit", StdKey.Quit)

        self.undo = undo_stack.createUndoAction(window)
        self.undo.setShortcut(StdKey.Undo)
        self.redo = undo_stack.createRedoAction(window)
        self.redo.setShortcut(StdKey.Redo)
        self.edit.addAction(self.undo)
        self.edit.addAction(self.redo)
        self.edit.addSeparator()
        self.find = self._action(self.edit, "find", None)
        self.find.setShortcut(QKeySequence("Ctrl+K"))  # Ctrl+F finds in the article
        self.clear_filters = self._action(self.edit, "clear-filters", "Ctrl+Shift+L")

        self.zoom_in = self._action(self.view, "zoom-in", None)
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = self._action(self.view, "zoom-out", StdKey.ZoomOut)
        self.zoom_reset = self._action(self.view, "zoom-reset", "Ctrl+0")
        self.view.addSeparator()
        self.theme_menu = self.view.addMenu("")
        self.theme_group = QActionGroup(window)
        self.themes = {name: self._choice(self.theme_menu, self.theme_group, name)
                       for name in ("system", "light", "dark")}
        self.language_menu = self.view.addMenu("")
        self.language_group = QActionGroup(window)
        self.languages = {name: self._choice(self.language_menu, self.language_group, name)
                          for name in ("system", "zh_CN", "en")}
        self.view.addSeparator()
        self.toggle_notes = self._action(self.view, "toggle-notes", "Ctrl+Shift+N")
        self.toggle_notes.setCheckable(True)
        self.toggle_notes.setChecked(True)
        self.columns_menu = self.view.addMenu("")  # filled by the article list as it opens
        self.charts = self._action(self.view, "charts", "Ctrl+Shift+G")

        self.highlight_actions: dict[str, QAction] = {}
        for number, colour in enumerate(HIGHLIGHT_COLORS, start=1):
            action = self._action(self.annotate, f"highlight-{colour}", f"Ctrl+{number}")
            self.highlight_actions[colour] = action
        self.highlight_actions[DEFAULT_HIGHLIGHT_COLOR].setShortcuts(
            [QKeySequence("Ctrl+1"), QKeySequence("Ctrl+H")]
        )
        self.annotate.addSeparator()
        self.edit_note = self._action(self.annotate, "edit-note", "Ctrl+E")
        self.add_tag = self._action(self.annotate, "add-tag", "Ctrl+T")
        self.about = self._action(self.help, "about")
        self.retranslate()

    def _action(self, menu: QMenu, name: str, shortcut=None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _choice(self, menu: QMenu, group: QActionGroup, name: str) -> QAction:
        action = self._action(menu, name)
        action.setCheckable(True)
        action.setData(name)
        group.addAction(action)
        return action

    def retranslate(self) -> None:
        self.file.setTitle(translate("Menus", "&File"))
        self.edit.setTitle(translate("Menus", "&Edit"))
        self.view.setTitle(translate("Menus", "&View"))
        self.annotate.setTitle(translate("Menus", "&Annotate"))
        self.help.setTitle(translate("Menus", "&Help"))
        self.import_files.setText(translate("Menus", "&Import Files…"))
        self.import_folder.setText(translate("Menus", "Import &Folder…"))
        self.export_menu.setTitle(translate("Menus", "&Export"))
        self.backup.setText(translate("Menus", "&Back Up Library…"))
        self.reanalyse.setText(translate("Menus", "A&nalyse Library Again"))
        self.remove_samples.setText(translate("Menus", "&Remove Sample Pages…"))
        self.quit.setText(translate("Menus", "&Quit"))
        self.undo.setText(translate("Menus", "&Undo"))
        self.redo.setText(translate("Menus", "&Redo"))
        self.find.setText(translate("Menus", "&Search Articles"))
        self.clear_filters.setText(translate("Menus", "Clear Search and &Filters"))
        self.zoom_in.setText(translate("Menus", "Zoom &In"))
        self.zoom_out.setText(translate("Menus", "Zoom &Out"))
        self.zoom_reset.setText(translate("Menus", "&Actual Size"))
        self.theme_menu.setTitle(translate("Menus", "&Theme"))
        self.themes["system"].setText(translate("Menus", "Follow &System"))
        self.themes["light"].setText(translate("Menus", "&Light"))
        self.themes["dark"].setText(translate("Menus", "&Dark"))
        self.language_menu.setTitle(translate("Menus", "&Language"))
        self.languages["system"].setText(translate("Menus", "Follow &System"))
        self.languages["zh_CN"].setText("中文（简体）")  # each language named in itself
        self.languages["en"].setText("English")
        self.toggle_notes.setText(translate("Menus", "&Notes Panel"))
        self.columns_menu.setTitle(translate("Menus", "List &Columns"))
        self.charts.setText(translate("Menus", "&Charts…"))
        for colour, action in self.highlight_actions.items():
            label = translate("Menus", "Highlight in %1")
            action.setText(label.replace("%1", highlight_colour_label(colour)))
        self.edit_note.setText(translate("Menus", "Edit Article &Note"))
        self.add_tag.setText(translate("Menus", "Add &Tag"))
        self.about.setText(translate("Menus", "&About Xiangyue"))
