"""Analysing the library again (File → Analyse Library Again, and the offer when a
library an earlier version split or analysed opens): this version's split, numbers, names
and figures for the pages imported before it.

The run takes minutes for a large library, so, like an import, it runs on a thread of
its own through a connection of its own (``LibraryService.reanalyse``: a batch of
articles per transaction), never through the operations runner: notes and highlights are
written meanwhile. Its progress and a Cancel button sit in the status bar; a cancelled or
interrupted run keeps what it wrote and the next one goes on from there. The offer is
made once per opening and only when articles need it; "Not Now" leaves it for the menu.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desktop_app.ui.job_strip import job_strip
from desktop_app.ui.operations import EVERYTHING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.library_analysis import ReanalysisReport
    from desktop_app.service import LibraryService
    from desktop_app.ui.operations import Changes, LibraryHandle, OperationRunner

STOP_WAIT_S = 30.0  # closing waits this long for the batch being written


class ReanalysisPanel(QWidget):
    """The status bar's offer, then the run's progress: a text, a bar, two buttons."""

    startRequested = Signal()
    dismissed = Signal()  # "Not Now", or Cancel while running

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reanalysis-panel")
        layout, self.label, self.bar = job_strip(self, "reanalysis")
        self.start_button = QToolButton()
        self.start_button.setObjectName("reanalysis-start")
        self.start_button.clicked.connect(self.startRequested)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("reanalysis-dismiss")
        self.dismiss_button.clicked.connect(self.dismissed)
        layout.addWidget(self.start_button)
        layout.addWidget(self.dismiss_button)
        self.outdated = 0
        self.progress: tuple[int, int] | None = None  # (done, total) while running
        self.cancelling = False
        self.retranslate()

    def offer(self, outdated: int) -> None:
        self.outdated, self.progress, self.cancelling = outdated, None, False
        self.retranslate()

    def running(self, done: int, total: int) -> None:
        self.progress = (done, total)
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        self.retranslate()

    def retranslate(self) -> None:
        running = self.progress is not None
        self.bar.setVisible(running)
        self.start_button.setVisible(not running)
        self.start_button.setText(self.tr("Analyse Again"))
        self.start_button.setToolTip(self.tr(
            "Split their pages again where the files are unchanged and find their numbers, "
            "names and figures with this version's rules; your notes, highlights, tags and "
            "corrections follow their articles"))
        self.dismiss_button.setText(self.tr("Cancel") if running else self.tr("Not Now"))
        self.dismiss_button.setToolTip(
            self.tr("Stop; the articles analysed so far keep their new analysis, and the "
                    "next run goes on from there") if running
            else self.tr("File → Analyse Library Again does it later"))
        self.dismiss_button.setEnabled(not self.cancelling)
        self.label.setText(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        if self.progress is None:
            return self.tr("%n article(s) were analysed by an earlier version of Xiangyue",
                           "", self.outdated)
        if self.cancelling:
            return self.tr("Stopping the analysis…")
        done, total = self.progress
        return self.tr("Analysing articles again: %1 of %2").replace(
            "%1", f"{done:,}").replace("%2", f"{total:,}")


class LibraryReanalyser(QObject):
    statusMessage = Signal(str, int)  # text, milliseconds
    _progressed = Signal(int, int)  # from the run's thread: done, total
    _ended = Signal()

    def __init__(self, runner: OperationRunner, library: LibraryHandle, action: QAction,
                 window: QMainWindow) -> None:
        super().__init__(window)
        self.runner, self.library, self.action, self.window = runner, library, action, window
        self.panel: ReanalysisPanel | None = None
        self.report: ReanalysisReport | None = None
        self.error: Exception | None = None
        self._offered = False
        self._quiet = False  # the window is closing: the run's thread emits nothing more
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        action.triggered.connect(self.start)
        runner.libraryChanged.connect(self._on_library_changed)
        self._progressed.connect(self._on_progress)
        self._ended.connect(self._on_ended)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        service = self.library.service
        if not changes.library or self._offered or service is None:
            return
        self._offered = True  # once per opening: "Not Now" is not asked again
        # Counted off the UI thread: an indexed count, but over every article (21 ms cold
        # at 100,000), and the window has just opened.
        self.runner.read(service.articles_to_analyse, owner=self, done=self._offer)

    def _offer(self, outdated: int) -> None:
        if outdated and not self.running:
            panel = self._panel()
            panel.offer(outdated)
            panel.show()

    def _panel(self) -> ReanalysisPanel:
        if self.panel is None:
            self.panel = ReanalysisPanel()
            self.panel.startRequested.connect(self.start)
            self.panel.dismissed.connect(self._dismiss)
            self.window.statusBar().addPermanentWidget(self.panel)
        return self.panel

    def start(self) -> None:
        service = self.library.service
        if service is None or self.running:
            return
        outdated = service.articles_to_analyse()
        if not outdated:
            if self.panel is not None:
                self.panel.hide()
            self.statusMessage.emit(self.tr(
                "Every article already has this version's numbers, names and figures"), 8000)
            return
        self._cancel.clear()
        self.report, self.error = None, None
        self.action.setEnabled(False)
        panel = self._panel()
        panel.running(0, outdated)
        panel.show()
        self._thread = threading.Thread(target=self._work, args=(service,),
                                        name="reanalysis", daemon=False)
        self._thread.start()

    def _dismiss(self) -> None:
        if self.running:
            self._cancel.set()
            if self.panel is not None:
                self.panel.cancelling = True
                self.panel.retranslate()
        elif self.panel is not None:
            self.panel.hide()

    def stop(self) -> None:
        """The window is closing: stop after the batch being written."""
        self._quiet = True
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_S)

    # -- on the run's thread ------------------------------------------------------------
    def _work(self, service: LibraryService) -> None:
        try:
            self.report = service.reanalyse(self._progress)
        except Exception as exc:  # told on the UI thread, in the window's language
            self.error = exc
        if not self._quiet:
            self._ended.emit()

    def _progress(self, done: int, total: int) -> bool:
        if not self._cancel.is_set():
            self._progressed.emit(done, total)
        return not self._cancel.is_set()

    # -- back on the UI thread ----------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self.panel is not None and self.running:
            self.panel.running(done, total)

    def _on_ended(self) -> None:
        self.action.setEnabled(True)
        if self.panel is not None:
            self.panel.hide()
        if self.error is not None:
            self.runner.report_failure(self.error)
            return
        self.runner.announce(EVERYTHING)  # the reader, the names and the figures read anew
        report = self.report
        if report is None:
            return
        if report.cancelled:
            text = self.tr("Analysis stopped: %1 of %2 articles analysed again; File → "
                           "Analyse Library Again goes on from there").replace(
                "%1", str(report.analysed)).replace("%2", str(report.total))
        else:
            text = self.tr("%n article(s) analysed again: their numbers, names and figures "
                           "are this version's", "", report.analysed)
        if report.orphaned:
            text += self.tr("; %n highlight(s) no longer found in the pages split again "
                            "(kept in the notes panel)", "", len(report.orphaned))
        if report.errors:
            text += self.tr("; some could not be analysed and keep their earlier analysis")
        self.statusMessage.emit(text, 15_000)
