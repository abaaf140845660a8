"""Undoable deletions: a deleted highlight or a removed tag can be brought back (Ctrl+Z).

Each command writes through the window's ``write`` helper (desktop_app.ui.saving); a
write that failed marks the command obsolete, so QUndoStack drops it instead of keeping
an entry for a change that never happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.ui.saving import FAILED

Write = Callable[[Callable[[], object]], object]  # SavingMixin.write


class DeleteHighlight(QUndoCommand):
    """Deleting through the service returns the full highlight, which restores it."""

    def __init__(self, service, highlight, changed: Callable[[str], None], write: Write):
        super().__init__(
            QCoreApplication.translate("Undo", "Delete highlight “%1”").replace(
                "%1", highlight.quote[:20]
            )
        )
        self.service = service
        self.highlight = highlight
        self.changed = changed
        self.write = write

    def _run(self, action: Callable[[], object]) -> None:
        result = self.write(action)
        if result is FAILED:
            self.setObsolete(True)
            return
        self.highlight = result
        self.changed(self.highlight.article_id)

    def redo(self) -> None:
        self._run(lambda: self.service.delete_highlight(self.highlight.id))

    def undo(self) -> None:
        self._run(lambda: self.service.restore_highlight(self.highlight))


class RecolourHighlight(QUndoCommand):
    """A highlight's colour changed; undo puts the old colour back."""

    def __init__(self, service, highlight, colour: str, changed: Callable[[str], None],
                 write: Write):
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
        self.write = write

    def _set(self, colour: str) -> None:
        if self.write(lambda: self.service.update_highlight(self.highlight_id, color=colour)
                      ) is FAILED:
            self.setObsolete(True)
            return
        self.changed(self.article_id)

    def redo(self) -> None:
        self._set(self.colours[1])

    def undo(self) -> None:
        self._set(self.colours[0])


class RemoveTag(QUndoCommand):
    def __init__(self, service, article_id: str, tag: str, changed: Callable[[str], None],
                 write: Write):
        super().__init__(QCoreApplication.translate("Undo", "Remove tag “%1”").replace("%1", tag))
        self.service = service
        self.article_id = article_id
        self.tag = tag
        self.changed = changed
        self.write = write

    def _run(self, action: Callable[[], object]) -> None:
        if self.write(action) is FAILED:
            self.setObsolete(True)
        # Refreshed either way: a tag the panel removed but the library kept comes back.
        self.changed(self.article_id)

    def redo(self) -> None:
        self._run(lambda: self.service.untag(self.article_id, self.tag))

    def undo(self) -> None:
        self._run(lambda: self.service.tag(self.article_id, self.tag))
