"""One export, run by the operations runner off the UI thread; it reports progress and
can be cancelled, so the dialog keeps painting."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.service_export import ExportCancelled, ExportRequest, ExportService

if TYPE_CHECKING:
    from desktop_app.service import LibraryService
    from desktop_app.service_export import ExportResult


class ExportJob(QObject):
    progress = Signal(int, int)  # done, total (emitted on the operations thread)

    def __init__(self, service: LibraryService, request: ExportRequest, force: bool) -> None:
        super().__init__()
        self.service = service
        self.request = request
        self.force = force
        self.cancel = threading.Event()  # set from the UI thread, read between articles

    def run(self) -> ExportResult | None:
        """Write the export (on the operations thread); None when it was cancelled."""
        try:
            return ExportService(self.service).export(self.request, force=self.force,
                                                      progress=self._progress)
        except ExportCancelled:
            return None

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancel.is_set()
