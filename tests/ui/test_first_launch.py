"""A first launch: the sample pages go in while the window is usable, the status bar
says how many are in, and their articles are listed as each page lands (issue 16)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_app import page_import
from desktop_app.paths import LIBRARY_FILE
from desktop_app.service import LibraryService
from desktop_app.ui import i18n
from tests.conftest import SEEDS
from tests.helpers.fake_analysers import quick


@pytest.mark.seeds
def test_the_sample_pages_are_counted_and_listed_as_they_land(qtbot, _isolated_home: Path):
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    last_page = threading.Event()  # the slow step: the last sample page waits for it

    class HeldBeforeTheLastPage(LibraryService):
        def import_samples(self, progress=None):
            def held(done: int, total: int, name: str) -> bool:
                going_on = progress(done, total, name)
                if done == total - 1:
                    last_page.wait(30)
                return going_on
            # The real pages, without the analysis (seconds a page, not the subject here).
            return page_import.import_files(self.path, [SEEDS], held, sample=True,
                                            analyser=quick)

    create_app([])
    window = MainWindow(_isolated_home / LIBRARY_FILE,
                        opener=lambda path, seeds: HeldBeforeTheLastPage.open(
                            path, import_seeds=seeds))
    qtbot.addWidget(window)
    i18n.install("en")
    window.show()
    window.start()
    try:
        status, model = window.statusBar(), window.list_panel.model
        qtbot.waitUntil(lambda: status.currentMessage() == "Adding the sample pages: 4 of 5…",
                        timeout=30_000)
        # Four pages in, the fifth not: their articles are listed already.
        assert window.service.count_samples() == 4
        bar = window.opening.samples.bar
        assert bar.isVisible() and (bar.value(), bar.maximum()) == (4, 5)
        listed = window.service.count_articles()
        qtbot.waitUntil(lambda: model.rowCount() == listed > 0, timeout=10_000)
    finally:
        last_page.set()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("The sample pages are in: 5"),
                    timeout=30_000)
    qtbot.waitUntil(lambda: model.rowCount() == window.service.count_articles() > listed)
    assert window.service.count_samples() == 5
    assert not bar.isVisible()
    window.close()


class QuickSamples(LibraryService):
    """The real sample pages, without the analysis."""

    def import_samples(self, progress=None):
        return page_import.import_files(self.path, [SEEDS], progress, sample=True,
                                        analyser=quick)


@pytest.mark.seeds
def test_a_first_launch_cut_short_by_closing_is_finished_at_the_next(
        qtbot, _isolated_home: Path):
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    path = _isolated_home / LIBRARY_FILE
    with QuickSamples.open(path, import_seeds=False) as service:
        # The window closed after two of the five pages.
        page_import.import_files(path, [SEEDS], lambda done, *_: done < 2, sample=True,
                                 analyser=quick)
        assert service.count_samples() == 2 and service.samples_cut_short()
    create_app([])
    window = MainWindow(path, opener=lambda p, seeds: QuickSamples.open(p, import_seeds=seeds))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.service is not None
                    and window.service.count_samples() == 5, timeout=30_000)
    assert not window.service.samples_cut_short()
    window.close()
