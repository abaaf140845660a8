"""The names index of a large library shows its most mentioned names at once (read from
the kept counts) while every name is still being read, then the whole index."""

from __future__ import annotations

import threading

from desktop_app.ui import names_model, names_panel
from tests.ui.test_names_panel import keys


def test_the_first_screen_comes_before_every_name(qtbot, window, monkeypatch):
    monkeypatch.setattr(names_model, "FIRST_SCREEN", 5)
    release = threading.Event()
    every_name = names_panel.load_names

    def slow(service, filters):  # the whole index of a large library takes seconds
        release.wait(30)
        return every_name(service, filters)

    monkeypatch.setattr(names_panel, "load_names", slow)
    window.findChild(type(window.menus.find), "toggle-names").trigger()
    panel = window.names_dock.panel
    try:
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=15_000)
        service = window.service
        assert keys(panel) == [e.key for e in service.names(limit=5)]
        assert keys(panel)[0] == "LOC:湖南"
        # Not counted yet: no count that would be wrong, the caption says it reads.
        assert panel.caption.text() == "Reading the names…"
        assert not any(ch.isdigit() for i in range(panel.tabs.count())
                       for ch in panel.tabs.tabText(i))
    finally:
        release.set()
    qtbot.waitUntil(lambda: panel._loaded, timeout=15_000)
    everything = window.service.names()
    assert len(everything) > 5 and panel.model.rowCount() == len(everything)
    assert str(len(everything)) in panel.caption.text()
    assert any(ch.isdigit() for ch in panel.tabs.tabText(0))


def test_a_filtered_index_shows_its_first_screen_before_every_name(qtbot, window,
                                                                  monkeypatch):
    # Narrowing the list (a month, a tag) while the index is open: the most mentioned
    # names of those articles come first, not the previous filter's list until all is read.
    from desktop_app.core.filters import Filters

    monkeypatch.setattr(names_model, "FIRST_SCREEN", 3)
    window.findChild(type(window.menus.find), "toggle-names").trigger()
    panel = window.names_dock.panel
    qtbot.waitUntil(lambda: panel._loaded, timeout=15_000)
    service = window.service
    day = service.article_rows(service.article_ids()[-1:])[0].date
    one_day = Filters(date_from=day, date_to=day)
    release = threading.Event()
    every_name = names_panel.load_names

    def slow(service, filters):
        release.wait(30)
        return every_name(service, filters)

    monkeypatch.setattr(names_panel, "load_names", slow)
    try:
        panel.set_filters(one_day)
        wanted = [e.key for e in service.names(one_day, limit=3)]
        qtbot.waitUntil(lambda: keys(panel) == wanted, timeout=15_000)
        assert wanted != [e.key for e in service.names(limit=3)]  # not the whole library's
        assert panel.caption.text() == "Reading the names…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: panel._loaded, timeout=15_000)
    assert panel.model.rowCount() == len(service.names(one_day))
