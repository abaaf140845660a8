"""File → Remove Sample Pages: the bundled samples a first launch added, gone in one go.

The command is enabled only while the library holds sample pages (looked at again when
articles come or go). Before removing, it says how many pages and articles go, and how
many of the user's notes, highlights and tags on them go too: the removal takes those
with it (``remove_samples(keep_annotated=False)``), as the question says. The removal is
one transaction, written through the operations runner like every other write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.operations import EVERYTHING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from desktop_app.service import SampleContents, SampleRemoval
    from desktop_app.ui.operations import Changes, LibraryHandle, OperationRunner


class SamplePages(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds

    def __init__(self, runner: OperationRunner, library: LibraryHandle, action: QAction,
                 window: QWidget) -> None:
        super().__init__(window)
        self.runner, self.library, self.action, self.window = runner, library, action, window
        self._removing = False
        action.setEnabled(False)
        action.triggered.connect(self.ask)
        runner.libraryChanged.connect(self._on_library_changed)

    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.library or changes.listing:
            self.update_action()

    def update_action(self) -> None:
        service = self.library.service
        self.action.setEnabled(not self._removing and service is not None
                               and service.count_samples() > 0)

    def ask(self) -> None:
        """Say what goes, and remove it when the user agrees."""
        service = self.library.service
        if service is None or self._removing:
            return
        contents = service.sample_contents()
        if contents.pages == 0:
            self.update_action()
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove Sample Pages"),
                          self.question(contents), parent=self.window)
        box.setObjectName("remove-samples")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("remove-samples-remove")
        box.addButton(QMessageBox.StandardButton.Cancel).setObjectName("remove-samples-cancel")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is remove:
            self.remove()

    def question(self, contents: SampleContents) -> str:
        text = (self.tr("Remove the %n sample page(s) bundled with Xiangyue", "",
                        contents.pages)
                + self.tr(" (%n article(s)) from the library?", "",
                          contents.articles))
        work = [self.tr("%n note(s)", "", contents.notes) if contents.notes else "",
                self.tr("%n highlight(s)", "", contents.highlights)
                if contents.highlights else "",
                self.tr("%n tag(s)", "", contents.tags) if contents.tags else ""]
        named = [part for part in work if part]
        if named:
            text += "\n\n" + self.tr("Your %1 on them will be deleted too.").replace(
                "%1", self.tr(", ").join(named))
        return text + "\n\n" + self.tr("Your own pages are not touched.")

    def remove(self) -> None:
        service = self.library.service
        if service is None:
            return
        self._removing = True
        self.action.setEnabled(False)
        self.runner.write(lambda: service.remove_samples(keep_annotated=False), EVERYTHING,
                          done=self._removed, failed=lambda _exc: self._failed(),
                          owner=self)

    def _removed(self, removal: SampleRemoval) -> None:
        self._removing = False
        self.update_action()
        self.statusMessage.emit(
            self.tr("Removed %1 sample pages (%2 articles)").replace(
                "%1", str(removal.pages)).replace("%2", str(removal.articles)), 10_000)

    def _failed(self) -> None:  # the banner says why
        self._removing = False
        self.update_action()
