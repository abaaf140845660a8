"""The feature mix-ins of LibraryService, each in its own module over the same connection
and lock (``self._db``, ``self._lock``): one line here adds a feature's methods without
growing service.py."""

from __future__ import annotations

from desktop_app.service_analysis import LibraryAnalysis
from desktop_app.service_facts import FactsReading
from desktop_app.service_names import NamesIndex
from desktop_app.service_notebook import NotebookReading
from desktop_app.service_prints import PrintsReading
from desktop_app.service_reading import ReadingState
from desktop_app.service_split_edits import SplitEditing


class ServiceFeatures(ReadingState, FactsReading, NamesIndex, SplitEditing, NotebookReading,
                      PrintsReading, LibraryAnalysis):
    """Read state, figures, the names index, fixes to a split, the notebook, print places,
    analysing the library again."""
