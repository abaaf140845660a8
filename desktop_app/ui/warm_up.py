"""What the docks need before they are first opened, made ready while the reader reads.

The names index and the figures table are built when first shown (ui/panel_dock.py).
Their first opening then paid for importing their modules and, for the names, loading the
pinyin table the index ranks its names by (core/collation.py: 0.1-0.2 s of CPU): time
the reader waited for with the dock already open (docs/benchmarks.md, "Figures table
at scale"). Once the first article is shown and a moment has passed, a thread of its own
imports those modules and loads the table, so a later opening only builds the panel and
reads. Never before: the start-up's first paint, list and article come first. Only
Python modules and a plain table: no Qt object is made off the UI thread.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

AFTER_FIRST_ARTICLE_MS = 1500  # the article painted, the reader settled into it
MODULES = ("desktop_app.ui.facts_panel", "desktop_app.ui.names_panel")


def warm_up() -> None:
    """Import the docks' modules and load the pinyin table (any thread)."""
    for name in MODULES:
        importlib.import_module(name)
    from desktop_app.core.collation import load_readings

    load_readings()


def warm_up_after_first_article(window: MainWindow) -> None:
    """Run :func:`warm_up` on a thread of its own once, a moment after ``window`` first
    shows an article."""
    reader = window.reader_panel

    def start() -> None:
        if not window.isVisible():
            return  # closed meanwhile: nothing to get ready for
        threading.Thread(target=warm_up, name="warm-up", daemon=True).start()

    def first_article(*_args: object) -> None:
        reader.articleOpened.disconnect(first_article)
        QTimer.singleShot(AFTER_FIRST_ARTICLE_MS, window, start)

    reader.articleOpened.connect(first_article)
