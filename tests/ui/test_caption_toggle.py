"""View → Hide Photo Captions: the list and search leave the captions out, and the choice
is remembered across a restart (issue 16)."""

from __future__ import annotations

from desktop_app.core.filters import Filters
from desktop_app.core.vocabulary import CAPTION_KIND
from desktop_app.ui.roles import ARTICLE_ID_ROLE
from tests.ui.conftest import open_window


def kinds_listed(window) -> set[str]:
    return {row.kind for row in window.service.article_rows(window.list_panel.model.ids())}


def test_hiding_captions_takes_them_out_of_the_list_and_search_and_is_remembered(
        qtbot, window, library_path):
    service = window.service
    captions = service.article_ids(Filters(kind=CAPTION_KIND))
    assert captions  # the sample pages have photo captions
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == service.count_articles())
    assert CAPTION_KIND in kinds_listed(window)
    action = window.findChild(type(window.menus.charts), "hide-captions")
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    from desktop_app.ui.shortcuts_dialog import menu_rows

    assert any(keys == "Ctrl+Shift+P" and "Captions" in what  # Help → Keyboard Shortcuts
               for what, keys in menu_rows(window))
    action.trigger()
    everything = service.count_articles()
    qtbot.waitUntil(lambda: model.rowCount() == everything - len(captions))
    assert CAPTION_KIND not in kinds_listed(window)
    assert window.list_panel.count_label.text().endswith(" · photo captions hidden")
    # Search: a caption's own words find it no more.
    caption = service.article(captions[0])
    word = caption.text.strip()[:4]
    assert caption.id in {hit.article_id for hit in service.search(word, limit=200)}
    window.list_panel.search_box.setText(word)
    results = window.list_panel
    qtbot.waitUntil(lambda: results.results_model is not None
                    and results.results_model.rowCount() > 0, timeout=5000)
    shown = {results.results_model.index(r).data(ARTICLE_ID_ROLE)
             for r in range(results.results_model.rowCount())}
    assert caption.id not in shown
    window.close()
    again = open_window(qtbot, library_path)  # restarted: still hidden
    qtbot.waitUntil(lambda: again.list_panel.model.rowCount() == everything - len(captions))
    assert again.findChild(type(again.menus.charts), "hide-captions").isChecked()
    again.close()


def test_captions_chosen_in_the_kind_filter_are_shown_even_when_hidden(qtbot, window):
    window.reading.captions.action.setChecked(True)
    filters = window.list_panel.filters()
    assert filters.exclude_kind == CAPTION_KIND
    bar = window.list_panel.filter_bar
    bar.kind_box.setCurrentIndex(bar.kind_box.findData(CAPTION_KIND))
    assert window.list_panel.filters().exclude_kind is None
    model = window.list_panel.model
    captions = len(window.service.article_ids(Filters(kind=CAPTION_KIND)))
    qtbot.waitUntil(lambda: model.rowCount() == captions)
