"""Recolouring and deleting a highlight, undoably: the reading pane and the notes panel
both offer them, with the same menu (desktop_app.ui.highlight_menu), so both use this."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from desktop_app.service import Highlight
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

# The undo commands (desktop_app.ui.undo) are imported where they are used: QUndoCommand
# is a Qt class the first frame does not need, and each costs start-up time on first touch.


class HighlightEdits(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds

    def __init__(self, runner: OperationRunner, library: LibraryHandle, stack: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.library, self.stack = runner, library, stack

    def recolour(self, highlight: Highlight, colour: str) -> None:
        if self.library.service is None or highlight.color == colour:
            return
        from desktop_app.ui.undo import RecolourHighlight, perform

        perform(RecolourHighlight(self.runner, self.library, self.stack, highlight, colour))

    def delete(self, highlight: Highlight) -> None:
        if self.library.service is None:
            return
        from desktop_app.ui.undo import DeleteHighlight, perform

        perform(DeleteHighlight(self.runner, self.library, self.stack, highlight),
                done=lambda _gone: self.statusMessage.emit(
                    self.tr("Highlight deleted — Ctrl+Z brings it back"), 5000))
