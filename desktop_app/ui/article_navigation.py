"""Going from article to article without leaving the reading pane (as Readwise, KOReader).

* j / k: the next / previous article in the list's current order (the search results
  when they are shown). They are window shortcuts, and a text field takes a typed
  letter before any shortcut sees it (Qt's ShortcutOverride), so typing a j in the
  note, the search field or the find bar types a j.
* Space / Shift+Space in the reading pane: a page down / up; Space at the end of an
  article opens the next one, at its top. Only in the pane: Space elsewhere presses a
  button or ticks a box, as it should.

The list's row moves as the article changes, so the list and the pane never disagree;
the keyboard focus stays where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractSlider

from desktop_app.ui.roles import ARTICLE_ID_ROLE

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from desktop_app.ui.list_panel import ListPanel
    from desktop_app.ui.reader_view import ReaderView


class ArticleNavigation(QObject):
    def __init__(self, lists: ListPanel, view: ReaderView) -> None:
        super().__init__(view)
        self.lists, self.view = lists, view
        view.installEventFilter(self)

    def _list_view(self) -> QAbstractItemView:
        from desktop_app.ui.list_panel import RESULTS_PAGE

        lists = self.lists
        if lists.pages.currentIndex() == RESULTS_PAGE and lists.results is not None:
            return lists.results
        return lists.table

    def step(self, delta: int) -> bool:
        """Open the article ``delta`` rows away in the list; False at either end."""
        view = self._list_view()
        model = view.model()
        row = view.currentIndex().row()
        detail = self.view.detail
        if detail is not None and (row < 0 or model.index(row, 0).data(ARTICLE_ID_ROLE)
                                   != detail.id):
            # The list moved on (a new listing) without the reader: start from what is read.
            rows = (r for r in range(model.rowCount())
                    if model.index(r, 0).data(ARTICLE_ID_ROLE) == detail.id)
            row = next(rows, row)
        target = row + delta if row >= 0 else 0
        if not 0 <= target < model.rowCount():
            return False
        index = model.index(target, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)
        return True

    def next(self) -> bool:
        return self.step(1)

    def previous(self) -> bool:
        return self.step(-1)

    def page(self, down: bool) -> None:
        """Space's page down (the next article at the end) or Shift+Space's page up."""
        bar = self.view.verticalScrollBar()
        if down and bar.value() >= bar.maximum():
            self.next()  # it opens at its top (a search result: at its first hit)
            return
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd if down
                          else QAbstractSlider.SliderAction.SliderPageStepSub)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key_event.key() == Qt.Key.Key_Space and modifiers in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                self.page(modifiers == Qt.KeyboardModifier.NoModifier)
                return True
        return super().eventFilter(watched, event)
