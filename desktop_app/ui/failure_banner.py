"""The write-failure banner: how the window shows that an operation could not be saved.

A write can fail for reasons that are not bugs: a full disk, a library in a read-only
folder, another program holding the write lock, a file damaged mid-session. The runner
(desktop_app.ui.operations) catches the failure off the UI thread and announces it;
this shows it in the status bar and in a banner above the reading pane, in the UI's
language (desktop_app.ui.library_messages). The banner stays until a later write
succeeds and nothing typed is still waiting to be saved: a background write (an article
marked read) going through does not hide it while a note is still unsaved. The panel
that asked for the write keeps what the user typed (NotesPanel.keep_unsaved) and tries
again on the next edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QBoxLayout, QLabel, QStatusBar

    from desktop_app.ui.operations import OperationRunner

# Fixed colours: the banner must read as a warning in the light and the dark theme alike.
BANNER_STYLE = ("QLabel#write-warning { background: #fff3cd; color: #5c4400; "
                "border: 1px solid #e0b84c; padding: 6px; }")


class FailureBanner(QObject):
    def __init__(self, runner: OperationRunner, status_bar: QStatusBar, host: QBoxLayout,
                 parent: QObject | None = None, *,
                 still_unsaved: Callable[[], bool] | None = None) -> None:
        """``still_unsaved`` says whether something the user typed is still waiting to be
        saved (the window asks the notes panel); while it is, a write that succeeds
        leaves the banner up."""
        super().__init__(parent)
        self._still_unsaved = still_unsaved or (lambda: False)
        self.status_bar = status_bar
        self.host = host  # the label goes on top of this layout
        self.failure: Exception | None = None  # the last failure, until a write succeeds
        self._label: QLabel | None = None
        runner.failed.connect(self.show_failure)
        runner.succeeded.connect(self.clear)

    def show_failure(self, exc: Exception) -> None:
        from desktop_app.ui.library_messages import failure_text

        self.failure = exc
        text = self.tr("Not saved: %1. What you typed is kept; it is saved again when you "
                       "next edit.").replace("%1", failure_text(exc))
        self.status_bar.showMessage(text)
        label = self._banner()
        label.setText(text)
        label.show()

    def clear(self) -> None:
        if self.failure is None or self._still_unsaved():
            return
        self.failure = None
        if self._label is not None:
            self._label.hide()
        self.status_bar.showMessage(self.tr("Saved"), 3000)

    def _banner(self) -> QLabel:
        # Built on the first failure only: most sessions never need it.
        if self._label is None:
            from PySide6.QtWidgets import QLabel

            label = QLabel()
            label.setObjectName("write-warning")
            label.setWordWrap(True)
            label.setStyleSheet(BANNER_STYLE)
            self.host.insertWidget(0, label)
            self._label = label
        return self._label

    def shown_text(self) -> str:
        """The banner's text while it is shown, else "" (what the user sees; tests)."""
        label = self._label
        return label.text() if label is not None and label.isVisible() else ""
