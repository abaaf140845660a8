"""Every write the window makes goes through :meth:`SavingMixin.write`.

A write can fail for reasons that are not bugs: a full disk, a library in a read-only
folder, another program holding the write lock, a file damaged mid-session. The service
raises a :class:`LibraryError` subclass with a one-line message for each; this catches
them so they never escape into Qt's event handling (where the user would see nothing),
and shows them in the status bar and in a banner above the reading pane. The banner
stays until a later write succeeds, so a failure cannot flash past unnoticed. Callers
keep what the user typed (see NotesPanel.keep_unsaved) and try again on the next edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from PySide6.QtWidgets import QLabel

T = TypeVar("T")


class _Failed:
    def __repr__(self) -> str:
        return "FAILED"


FAILED: Final = _Failed()  # what write() returns instead of raising

# Fixed colours: the banner must read as a warning in the light and the dark theme alike.
BANNER_STYLE = ("QLabel#write-warning { background: #fff3cd; color: #5c4400; "
                "border: 1px solid #e0b84c; padding: 6px; }")


class SavingMixin:
    write_failure: Exception | None = None
    _write_banner: QLabel | None = None

    def write(self, action: Callable[[], T]) -> T | _Failed:
        """Run one service write; on a LibraryError tell the user and return FAILED."""
        from desktop_app.service import LibraryError  # loaded by the worker long before

        try:
            result = action()
        except LibraryError as exc:
            self.report_write_failure(exc)
            return FAILED
        if self.write_failure is not None:
            self._clear_write_failure()
        return result

    def report_write_failure(self, exc: Exception) -> None:
        self.write_failure = exc
        from desktop_app.ui.library_messages import failure_text

        text = self.tr("Not saved: %1. What you typed is kept; it is saved again when you "
                       "next edit.").replace("%1", failure_text(exc))
        self.statusBar().showMessage(text)
        banner = self._banner()
        banner.setText(text)
        banner.show()

    def _clear_write_failure(self) -> None:
        self.write_failure = None
        if self._write_banner is not None:
            self._write_banner.hide()
        self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _banner(self) -> QLabel:
        # Built on the first failure only: most sessions never need it.
        if self._write_banner is None:
            banner = QLabel()
            banner.setObjectName("write-warning")
            banner.setWordWrap(True)
            banner.setStyleSheet(BANNER_STYLE)
            self.centre_layout.insertWidget(0, banner)
            self._write_banner = banner
        return self._write_banner

    def write_banner_text(self) -> str:
        """The banner's text while it is shown, else "" (what the user sees; tests)."""
        banner = self._write_banner
        return banner.text() if banner is not None and banner.isVisible() else ""
