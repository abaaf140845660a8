"""View → Hide Photo Captions: the list and search leave the photo captions out.

A page's captions ("图为……") are split out as articles of their own, which is right for
finding them but crowds the list of a reader who reads the stories: a page of the
samples has as many captions as articles. The choice is remembered in the settings and
applies to the list, the search and "Mark All in List as Read" (through the list's
filters, ``Filters.exclude_kind``); a kind chosen in the filter bar wins over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.core.vocabulary import CAPTION_KIND

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop_app.ui.list_panel import ListPanel
    from desktop_app.ui.settings import Settings

SHORTCUT = "Ctrl+Shift+P"


class CaptionToggle(QObject):
    def __init__(self, view_menu: QMenu, before: QAction, lists: ListPanel,
                 settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lists, self.settings = lists, settings
        self.action = QAction(view_menu)
        self.action.setObjectName("hide-captions")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        view_menu.insertAction(before, self.action)  # beside List Columns
        hidden = settings.hide_captions
        self.action.setChecked(hidden)
        lists.exclude_kind = CAPTION_KIND if hidden else None  # before the first listing
        self.action.toggled.connect(self.set_hidden)
        self.retranslate()

    def set_hidden(self, hidden: bool) -> None:
        self.settings.hide_captions = hidden
        self.lists.exclude_kind = CAPTION_KIND if hidden else None
        self.lists.request_listing()  # and the search, if one is shown

    def retranslate(self) -> None:
        self.action.setText(self.tr("Hide &Photo Captions"))
