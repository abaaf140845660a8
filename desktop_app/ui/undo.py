"""Undoable deletions: a deleted highlight or a removed tag can be brought back (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class DeleteHighlight(QUndoCommand):
    """Deleting through the service returns the full highlight, which restores it."""

    def __init__(self, service, highlight, changed: Callable[[str], None]):
        super().__init__(
            QCoreApplication.translate("Undo", "Delete highlight “%1”").replace(
                "%1", highlight.quote[:20]
            )
        )
        self.service = service
        self.highlight = highlight
        self.changed = changed

    def redo(self) -> None:
        self.highlight = self.service.delete_highlight(self.highlight.id)
        self.changed(self.highlight.article_id)

    def undo(self) -> None:
        self.highlight = self.service.restore_highlight(self.highlight)
        self.changed(self.highlight.article_id)


class RecolourHighlight(QUndoCommand):
    """A highlight's colour changed; undo puts the old colour back."""

    def __init__(self, service, highlight, colour: str, changed: Callable[[str], None]):
        super().__init__(
            QCoreApplication.translate("Undo", "Recolour highlight “%1”").replace(
                "%1", highlight.quote[:20]
            )
        )
        self.service = service
        self.highlight_id = highlight.id
        self.article_id = highlight.article_id
        self.colours = (highlight.color, colour)  # before, after
        self.changed = changed

    def _set(self, colour: str) -> None:
        self.service.update_highlight(self.highlight_id, color=colour)
        self.changed(self.article_id)

    def redo(self) -> None:
        self._set(self.colours[1])

    def undo(self) -> None:
        self._set(self.colours[0])


class RemoveTag(QUndoCommand):
    def __init__(self, service, article_id: str, tag: str, changed: Callable[[str], None]):
        super().__init__(QCoreApplication.translate("Undo", "Remove tag “%1”").replace("%1", tag))
        self.service = service
        self.article_id = article_id
        self.tag = tag
        self.changed = changed

    def redo(self) -> None:
        self.service.untag(self.article_id, self.tag)
        self.changed(self.article_id)

    def undo(self) -> None:
        self.service.tag(self.article_id, self.tag)
        self.changed(self.article_id)
