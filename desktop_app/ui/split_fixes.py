"""Fixing the split from the reading pane: merge with the next or previous article, split
the article at the cursor, take a line as the headline, change the kind.

The reading pane's context menu offers them (:func:`add_split_entries`); each is an
undoable command (:class:`FixSplit`) written through the operations runner: forward
makes the fix (desktop_app/service_split_edits.py), backward takes back the page's last
fix, which is this one (a later fix on the page sits above it on the undo stack).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.vocabulary import ARTICLE_KINDS
from desktop_app.ui.operations import Changes
from desktop_app.ui.undo import LibraryCommand

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMenu

    from desktop_app.ui.operations import LibraryHandle, OperationRunner

MERGE_NEXT, MERGE_PREV, SPLIT = "merge-next", "merge-prev", "split"
RETITLE, KIND = "retitle", "kind"


def _label(action: str) -> str:
    return {
        MERGE_NEXT: QCoreApplication.translate("SplitFixes", "Merge with Next Article"),
        MERGE_PREV: QCoreApplication.translate("SplitFixes", "Merge with Previous Article"),
        SPLIT: QCoreApplication.translate("SplitFixes", "Split Article Here"),
        RETITLE: QCoreApplication.translate("SplitFixes", "Use This Line as Headline"),
        KIND: QCoreApplication.translate("SplitFixes", "Change Kind"),
    }[action]


def add_split_entries(menu: QMenu, offset: int | None, length: int, kind: str,
                      request: Callable[[str, int, str], object]) -> None:
    """The fixes, in a submenu of ``menu``; ``offset``: the text offset under the
    pointer (None over a subhead: no split, no headline there); ``length``: the text's."""
    from desktop_app.ui.labels import kind_label

    fixes = menu.addMenu(QCoreApplication.translate("SplitFixes", "Fix the Split"))
    fixes.setObjectName("split-fixes")
    for action in (MERGE_NEXT, MERGE_PREV, SPLIT, RETITLE):
        entry = fixes.addAction(_label(action))
        entry.setObjectName(action)
        if action == SPLIT:
            entry.setEnabled(offset is not None and 0 < offset < length)
        elif action == RETITLE:
            entry.setEnabled(offset is not None)
        entry.triggered.connect(lambda _=False, a=action: request(a, offset or 0, ""))
    kinds = fixes.addMenu(_label(KIND))
    for choice in ARTICLE_KINDS:
        entry = kinds.addAction(kind_label(choice))
        entry.setCheckable(True)
        entry.setChecked(choice == kind)
        entry.setEnabled(choice != kind)
        entry.triggered.connect(lambda _=False, k=choice: request(KIND, 0, k))


class FixSplit(LibraryCommand):
    """One fix of the split of the page ``article_id`` is on; its result is the id of
    the article to show afterwards."""

    def __init__(self, runner: OperationRunner, library: LibraryHandle, stack: QUndoStack,
                 article_id: str, action: str, offset: int = 0, kind: str = "") -> None:
        super().__init__(_label(action), runner, library, stack, Changes(library=True))
        self.article_id, self.action, self.offset, self.kind = article_id, action, offset, kind
        self.shown = article_id  # the article the fix leaves open

    def forward(self) -> str:
        service, article_id = self.service, self.article_id
        if self.action in (MERGE_NEXT, MERGE_PREV):
            self.shown = service.merge_articles(
                article_id, "next" if self.action == MERGE_NEXT else "prev")
        elif self.action == SPLIT:
            service.split_article(article_id, self.offset)
        elif self.action == RETITLE:
            service.retitle_article(article_id, offset=self.offset)
        else:
            service.set_article_kind(article_id, self.kind)
        return self.shown

    def backward(self) -> Any:
        self.service.undo_split_edit(self.shown)
        return self.article_id
