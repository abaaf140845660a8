"""The import's progress in the status bar: pages done of all, the file, pace, time
left, and a Cancel button. Not a dialog: the library stays in reach while it runs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desktop_app.ui.import_job import Shown, eta_seconds, rate
from desktop_app.ui.job_strip import job_strip

NAME_CHARS = 24  # a longer file name is shortened in its middle (the tooltip has it all)


class ImportPanel(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-panel")
        layout, self.label, self.bar = job_strip(self, "import-progress")
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("import-cancel")
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout.addWidget(self.cancel_button)
        self.shown = Shown()
        self.elapsed = 0.0
        self.retranslate()

    def start(self) -> None:
        self.show_progress(Shown(), 0.0)
        self.cancel_button.setEnabled(True)

    def show_progress(self, shown: Shown, elapsed: float) -> None:
        self.shown, self.elapsed = shown, elapsed
        if shown.total:
            self.bar.setRange(0, shown.total)
            self.bar.setValue(min(shown.done, shown.total))
        else:
            self.bar.setRange(0, 0)  # busy: the files are being listed
        self.cancel_button.setEnabled(not shown.cancelling)
        self.label.setText(self.text())
        self.label.setToolTip(shown.name)

    def text(self) -> str:
        """What the label says (in the window's language)."""
        shown = self.shown
        if shown.cancelling:
            return self.tr("Cancelling the import…")
        if not shown.total:
            return self.tr("Starting the import…")
        parts = [self.tr("Importing %1 of %2 pages").replace("%1", str(shown.done))
                 .replace("%2", str(shown.total))]
        if shown.name:
            parts.append(_shortened(shown.name))
        if shown.done:
            parts.append(self.tr("%1 pages/s").replace(
                "%1", f"{rate(shown, self.elapsed):.1f}"))
        left = eta_seconds(shown, self.elapsed)
        if left is not None:
            parts.append(self.tr("about %n min left", "", round(left / 60)) if left >= 90
                         else self.tr("about %n s left", "", max(1, round(left))))
        return " · ".join(parts)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the import; the pages imported so far "
                                              "stay in the library"))
        self.label.setText(self.text())


def _shortened(name: str) -> str:
    if len(name) <= NAME_CHARS:
        return name
    half = (NAME_CHARS - 1) // 2
    return f"{name[:half]}…{name[-half:]}"
