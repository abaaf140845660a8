"""Runs one export in a thread of its own so the dialog keeps painting and can cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.service_export import ExportCancelled, ExportRequest, ExportService


class ExportWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ExportResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, exporter: ExportService, request: ExportRequest, force: bool) -> None:
        super().__init__()
        self.exporter = exporter
        self.request = request
        self.force = force
        self.cancel = threading.Event()  # set from the UI thread, read between articles

    @Slot()
    def run(self) -> None:
        try:
            result = self.exporter.export(self.request, force=self.force,
                                          progress=self._progress)
        except ExportCancelled:
            outcome, value = self.cancelled, None
        except Exception as exc:  # disk full, permissions, a vanished folder: all shown
            outcome, value = self.failed, str(exc)
        else:
            outcome, value = self.finished, result
        # Closed before reporting: the dialog may go away as soon as it hears back.
        self.exporter.close()
        if value is None:
            outcome.emit()
        else:
            outcome.emit(value)

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancel.is_set()


def start_export(worker: ExportWorker, parent: QObject) -> QThread:
    thread = QThread(parent)
    thread.setObjectName("export-worker")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread
