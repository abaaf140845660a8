"""Undoable writes: a deleted or recoloured highlight, a removed tag (Ctrl+Z, Ctrl+Shift+Z).

Each command writes through the operations runner, off the UI thread. The first write
runs before the command is pushed (:func:`perform`): a write that failed leaves no entry
in the history for a change that never happened. An undo or redo that fails later marks
the command obsolete and takes it out of the history (QUndoStack drops an obsolete
command without running it), and the banner says why.

The steps run on the operations thread one after another, so a command's state (the
highlight brought back under a new id) is updated there, before the next step reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.ui.operations import Changes

if TYPE_CHECKING:
    from desktop_app.service import Highlight, LibraryService
    from desktop_app.ui.operations import LibraryHandle, OperationRunner


class LibraryCommand(QUndoCommand):
    """A write and its opposite, both run through ``runner``."""

    def __init__(self, text: str, runner: OperationRunner, library: LibraryHandle,
                 stack: QUndoStack, changes: Changes) -> None:
        super().__init__(text)
        self.runner, self.library, self.stack, self.changes = runner, library, stack, changes
        self._done_before_push = False

    @property
    def service(self) -> LibraryService:
        service = self.library.service
        if service is None:
            raise RuntimeError("the library is closed")
        return service

    def forward(self) -> Any:
        """The write (runs on the operations thread)."""
        raise NotImplementedError

    def backward(self) -> Any:
        """What takes it back (runs on the operations thread)."""
        raise NotImplementedError

    def redo(self) -> None:
        if self._done_before_push:  # QUndoStack.push redoes; perform() already wrote it
            self._done_before_push = False
            return
        self.runner.write(self.forward, self.changes, failed=lambda _e: self._failed(False))

    def undo(self) -> None:
        self.runner.write(self.backward, self.changes, failed=lambda _e: self._failed(True))

    def _failed(self, undoing: bool) -> None:
        self.setObsolete(True)
        stack = self.stack
        # Drop it now if it is where the step left it (later steps may be queued behind).
        if undoing and stack.index() < stack.count() and stack.command(stack.index()) is self:
            stack.redo()  # an obsolete command is removed, not run
        elif not undoing and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()


def perform(command: LibraryCommand, *, done: Callable[[Any], object] | None = None,
            failed: Callable[[Exception], object] | None = None) -> None:
    """Write ``command`` now; push it on its stack once the write succeeded."""

    def pushed(result: Any) -> None:
        command._done_before_push = True
        command.stack.push(command)
        if done is not None:
            done(result)

    command.runner.write(command.forward, command.changes, done=pushed, failed=failed)


class DeleteHighlight(LibraryCommand):
    """Deleting through the service returns the full highlight, which restores it."""

    def __init__(self, runner: OperationRunner, library: LibraryHandle, stack: QUndoStack,
                 highlight: Highlight) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Delete highlight “%1”").replace(
                "%1", highlight.quote[:20]),
            runner, library, stack,
            Changes.of_article(highlight.article_id, highlights=True))
        self.highlight = highlight

    def forward(self) -> Highlight:
        self.highlight = self.service.delete_highlight(self.highlight.id)
        return self.highlight

    def backward(self) -> Highlight:
        self.highlight = self.service.restore_highlight(self.highlight)  # a new id
        return self.highlight


class RecolourHighlight(LibraryCommand):
    """A highlight's colour changed; undo puts the old colour back."""

    def __init__(self, runner: OperationRunner, library: LibraryHandle, stack: QUndoStack,
                 highlight: Highlight, colour: str) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Recolour highlight “%1”").replace(
                "%1", highlight.quote[:20]),
            runner, library, stack,
            Changes.of_article(highlight.article_id, highlights=True))
        self.highlight_id = highlight.id
        self.colours = (highlight.color, colour)  # before, after

    def forward(self) -> Highlight:
        return self.service.update_highlight(self.highlight_id, color=self.colours[1])

    def backward(self) -> Highlight:
        return self.service.update_highlight(self.highlight_id, color=self.colours[0])


class RemoveTag(LibraryCommand):
    def __init__(self, runner: OperationRunner, library: LibraryHandle, stack: QUndoStack,
                 article_id: str, tag: str) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Remove tag “%1”").replace("%1", tag),
            runner, library, stack, Changes.of_article(article_id, tags=True))
        self.article_id = article_id
        self.tag = tag

    def forward(self) -> None:
        self.service.untag(self.article_id, self.tag)

    def backward(self) -> None:
        self.service.tag(self.article_id, self.tag)
