"""Whether the library's pages and articles were split or analysed by an earlier
version's rules, and bringing them up to date (:mod:`desktop_app.library_analysis`). Mixed into
:class:`desktop_app.service.LibraryService`; the state lives in ``meta``
(storage/analysis_state.py)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.extraction.version import ANALYSIS_VERSION
from desktop_app.core.splitting.version import SPLIT_VERSION
from desktop_app.storage import analysis_state
from desktop_app.storage.db import Database

if TYPE_CHECKING:
    from desktop_app.library_analysis import Progress, ReanalysisReport


class LibraryAnalysis:
    """``articles_to_analyse`` and ``reanalyse`` of :class:`LibraryService`."""

    _db: Database
    _lock: AbstractContextManager[None]
    path: Path

    def articles_to_analyse(self) -> int:
        """How many articles an earlier version split or analysed, still to bring up to
        this version's split, numbers, names and figures (0: none)."""
        with self._lock:
            return analysis_state.articles_to_update(self._db.conn, ANALYSIS_VERSION,
                                                     SPLIT_VERSION)

    def reanalyse(self, progress: Progress | None = None, *, jobs: int | None = None,
                  everything: bool = False) -> ReanalysisReport:
        """Split again the pages an earlier splitter split (where their text can still be
        read), then analyse again the articles an earlier version analysed
        (``everything``: every page and article). Through a connection of its own,
        without this service's lock, like ``import_paths``: a thread can run it while the
        window reads and writes. ``progress(done, total)`` after each page or batch
        written; False cancels (what was written stays, and the next run goes on from
        there)."""
        from desktop_app import library_analysis  # with the analysis: not to open or read

        return library_analysis.reanalyse(self.path, progress, jobs=jobs,
                                          everything=everything)
