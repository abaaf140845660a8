"""The reader's keyboard: hits of a search marked and stepped through, find in the article,
article to article, read and unread; their menu entries and the shortcuts list.

Built by the window once its panels exist (one line there); every piece of logic lives
in its own module: desktop_app.ui.hit_marks, find_bar, article_navigation, read_marks.

Entries: Edit → Find in Article (Ctrl+F), Find Next (F3), Find Previous (Shift+F3);
a Go menu → Next Article (J), Previous Article (K), Mark as Unread, Mark All as Read;
View → Hide Photo Captions (Ctrl+Shift+P, desktop_app.ui.caption_toggle);
Help → Keyboard Shortcuts (F1); View → Reading Settings (Ctrl+Shift+D,
ui/reading_settings.py) and View → Notebook (Ctrl+Shift+B, ui/notebook_dock.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.ui.article_navigation import ArticleNavigation
from desktop_app.ui.caption_toggle import CaptionToggle
from desktop_app.ui.find_bar import FindBar
from desktop_app.ui.hit_marks import HitMarks
from desktop_app.ui.notebook_dock import Notebook
from desktop_app.ui.read_marks import ReadMarks
from desktop_app.ui.reading_settings import ReadingSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate


class ReadingControls(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        reader, lists, menus = window.reader_panel, window.list_panel, window.menus
        self.marks = HitMarks(reader.view)
        self.find_bar = FindBar(self.marks)
        reader.banner_host.insertWidget(0, self.find_bar)  # above the pane
        self.navigation = ArticleNavigation(lists, reader.view)
        edit = menus.edit
        edit.addSeparator()
        self.find_in_article = self._action(edit, "find-in-article", "Ctrl+F")
        self.find_next = self._action(edit, "find-next", "F3")
        self.find_previous = self._action(edit, "find-previous", "Shift+F3")
        self.go_menu: QMenu = window.menuBar().addMenu("")
        window.menuBar().insertMenu(menus.help.menuAction(), self.go_menu)
        self.next_article = self._action(self.go_menu, "next-article", "J")
        self.previous_article = self._action(self.go_menu, "previous-article", "K")
        self.go_menu.addSeparator()
        self.reads = ReadMarks(window.operations, window.library, lists, reader, self)
        lists.search_row.addWidget(self.reads.filter_box)
        self.reads.statusMessage.connect(window.show_status)
        self.reads.readFilterChosen.connect(lists.set_read_state)
        self.mark_unread = self._action(self.go_menu, "mark-unread", "Shift+U")
        self.mark_all_read = self._action(self.go_menu, "mark-all-read", "Ctrl+Shift+R")
        self.look = ReadingSettings(window)  # View → Reading Settings
        self.notebook = Notebook(window)  # View → Notebook
        self.captions = CaptionToggle(menus.view, menus.columns_menu.menuAction(), lists,
                                      window.settings, self)
        self.shortcuts = self._action(menus.help, "keyboard-shortcuts", "F1")
        menus.help.insertAction(menus.about, self.shortcuts)
        self.find_in_article.triggered.connect(self.find_bar.open_bar)
        self.find_next.triggered.connect(self.marks.next)
        self.find_previous.triggered.connect(self.marks.previous)
        self.next_article.triggered.connect(self.navigation.next)
        self.previous_article.triggered.connect(self.navigation.previous)
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.mark_unread.triggered.connect(self.reads.mark_unread_now)
        self.mark_all_read.triggered.connect(self.reads.mark_all_read)
        menus.clear_filters.triggered.connect(lambda: self.reads.filter_box.setCurrentIndex(0))
        lists.hitOpened.connect(self._on_hit)
        reader.articleOpened.connect(self._on_opened)
        reader.articleOpened.connect(lambda detail: self.reads.opened(detail.id))

    def _action(self, menu: QMenu, name: str, shortcut: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _on_opened(self, detail) -> None:
        """Another article: the previous one's marks go; an open find bar finds again."""
        self.marks.follow(detail.id)
        if self.find_bar.isVisible():
            self.find_bar.find_again()

    def _on_hit(self, article_id: str, query: str) -> None:
        """A search result is shown: every hit marked, the first in view."""
        detail = self.window.reader_panel.detail
        if detail is None or detail.id != article_id or not query:
            return
        self.find_bar.setVisible(False)  # the search's marks replace a find's
        if self.marks.set_query(query):
            self.marks.go(0)

    def show_shortcuts(self) -> None:
        from desktop_app.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setObjectName("shortcuts-dialog")
        dialog.show()
        self.dialog = dialog  # tests look at it

    def retranslate(self) -> None:
        self.find_in_article.setText(translate("ReadingControls", "&Find in Article"))
        self.find_next.setText(translate("ReadingControls", "Find &Next"))
        self.find_previous.setText(translate("ReadingControls", "Find Pre&vious"))
        self.go_menu.setTitle(translate("ReadingControls", "&Go"))
        self.next_article.setText(translate("ReadingControls", "&Next Article"))
        self.previous_article.setText(translate("ReadingControls", "&Previous Article"))
        self.shortcuts.setText(translate("ReadingControls", "&Keyboard Shortcuts"))
        self.mark_unread.setText(translate("ReadingControls", "Mark as &Unread"))
        self.mark_all_read.setText(translate("ReadingControls", "Mark All in List as &Read"))
        self.find_bar.retranslate()
        self.reads.retranslate()
        self.look.retranslate()
        self.notebook.retranslate()
        self.captions.retranslate()
