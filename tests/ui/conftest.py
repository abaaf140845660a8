"""GUI test fixtures: one real library built per session, copied into each test's home."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.paths import LIBRARY_FILE


@pytest.fixture(scope="session")
def template_library(seed_library: Path) -> Path:
    """The bundled samples imported once (tests/conftest.py); tests copy the file."""
    return seed_library


@pytest.fixture
def library_path(template_library: Path, _isolated_home: Path) -> Path:
    target = _isolated_home / LIBRARY_FILE
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{template_library}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{target}{suffix}")
    return target


def open_window(qtbot, path: Path):
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    create_app([])
    window = MainWindow(path)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=15_000)
    # The filter bar, notes panel and docks come after the first article.
    qtbot.waitUntil(lambda: window.notes is not None, timeout=15_000)
    return window


def settle(qtbot, window) -> None:
    """Wait until every write the window asked for is stored and every panel refreshed."""
    qtbot.waitUntil(lambda: window.operations.idle, timeout=15_000)


@pytest.fixture
def reader(qtbot):
    """A bare reading pane, shown at a reading size (no window, no library)."""
    from desktop_app.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def window(qtbot, library_path: Path):
    window = open_window(qtbot, library_path)
    yield window
    window.close()


@pytest.fixture(autouse=True)
def _short_pauses(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's typing pauses last 10 ms here instead of a reader's 150–300 ms, and
    the list follows an import every 50 ms instead of every second: a test types in one
    go, so a burst is still gathered into one search or one save, and the suite does not
    spend a second in every ten tests waiting. Tests marked ``real_pauses`` keep the
    lengths a reader gets (tests/ui/test_pauses.py checks the gathering there)."""
    from desktop_app.ui import pauses

    if request.node.get_closest_marker("real_pauses") is None:
        for name in pauses.TYPING:
            monkeypatch.setattr(pauses, name, 10)
        monkeypatch.setattr(pauses, "IMPORT_REFRESH_MS", 50)
