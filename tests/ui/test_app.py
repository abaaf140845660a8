"""The application object: name and icon every window inherits."""

from __future__ import annotations

from desktop_app.ui.app import create_app


def test_the_app_and_its_window_carry_the_xiangyue_icon(window):
    app = create_app([])
    icon = app.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()
    assert not window.windowIcon().isNull()


FIRST_FRAME_PROBE = """
import sys
from desktop_app.ui.app import build_window, create_app
app = create_app([])
window = build_window(sys.argv[1])
later = ("desktop_app.ui.library_queries", "desktop_app.ui.notes_panel",
         "desktop_app.ui.tag_editor", "desktop_app.ui.filter_bar",
         "desktop_app.ui.search_results", "desktop_app.service", "jieba",
         "desktop_app.core.filters", "desktop_app.ui.highlight_menu",
         "desktop_app.ui.reader_document", "desktop_app.ui.undo", "desktop_app.ui.opening",
         "desktop_app.ui.importing", "desktop_app.ui.failure_banner",
         "dataclasses", "pyqtgraph", "numpy", "desktop_app.ui.chart_dialog",
         "desktop_app.ui.chart_plot", "desktop_app.service_charts",
         "desktop_app.ui.facts_panel", "desktop_app.ui.names_panel")
print(",".join(name for name in later if name in sys.modules))
lists = window.list_panel
print(window.notes is None and lists.filter_bar is None and lists.results is None)
window.close()
"""


def test_the_first_frame_leaves_the_filters_notes_and_the_worker_unimported(tmp_path):
    """Start-up budget (docs/benchmarks.md, Window): these load after the first paint."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XIANGYUE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE, str(tmp_path / "lib.sqlite3")],
                         capture_output=True, text=True, env=env, timeout=60, check=True)
    assert out.stdout.splitlines() == ["", "True"]


def test_the_filters_and_notes_are_there_once_the_window_starts(window):
    lists = window.list_panel
    assert lists.filter_bar.isVisibleTo(window) and window.notes.isVisibleTo(window)
    assert lists.filter_host.minimumHeight() == 0  # the placeholder's reservation is gone
    assert window.notes.isEnabled()  # an article is open


def test_the_hidden_docks_build_their_panels_only_when_first_shown(window, qtbot):
    """Start-up budget: the names index and the figures table cost nothing until asked."""
    for dock in (window.names_dock, window.facts_dock):
        assert not dock.isVisible() and not dock.is_built()
        dock.toggleViewAction().trigger()
        qtbot.waitUntil(dock.panel.isVisible)
        assert dock.widget() is dock.panel


def test_a_theme_is_a_frozen_record_and_its_fonts_default_to_bold_headings():
    """theme.py avoids `dataclasses` and Qt imports at start-up; it behaves as before."""
    import pytest
    from PySide6.QtGui import QFont

    from desktop_app.ui import theme as themes

    with pytest.raises(AttributeError):
        themes.LIGHT.dark = True
    assert themes.LIGHT == themes.LIGHT and themes.LIGHT != themes.DARK
    assert themes.heading_font(12).weight() == QFont.Weight.Bold
    assert themes.heading_font(12, QFont.Weight.Normal).weight() == QFont.Weight.Normal
    assert themes.reading_font(10).pointSizeF() == 10
