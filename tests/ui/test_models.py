"""Every item model of the window passes Qt's model tester, filled from a real library."""

from __future__ import annotations

from desktop_app.ui.article_model import ArticleTableModel
from desktop_app.ui.highlight_model import HighlightListModel
from desktop_app.ui.roles import ARTICLE_ID_ROLE, Column
from desktop_app.ui.search_results import SearchResultModel


def test_article_model(qtmodeltester, window):
    service = window.service
    model = ArticleTableModel(service.article_rows)
    model.set_ids(service.article_ids())
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, Column.TITLE).data() == service.article_rows(model.ids()[:1])[0].title
    assert model.index(0, 0).data(ARTICLE_ID_ROLE) == model.ids()[0]


def test_article_model_fetches_rows_lazily(window):
    calls: list[int] = []

    def fetch(ids):
        calls.append(len(ids))
        return window.service.article_rows(ids)

    model = ArticleTableModel(fetch)
    model.set_ids(window.service.article_ids())
    assert calls == []
    model.index(1, 0).data()
    model.index(2, 0).data()
    assert calls == [model.rowCount()]  # one block for the first rows, then cached


def test_window_models(qtbot, qtmodeltester, window):
    qtmodeltester.check(window.list_panel.model, force_py=True)
    window.reader.select_range(0, 4)
    window.reader_panel.highlight_selection("blue")
    qtbot.waitUntil(lambda: window.operations.idle)
    qtmodeltester.check(window.notes.highlight_model, force_py=True)
    results = SearchResultModel()
    results.set_hits("算力", window.service.search("算力"))
    assert results.rowCount() > 0
    qtmodeltester.check(results, force_py=True)


def test_highlight_model_empty(qtmodeltester):
    qtmodeltester.check(HighlightListModel(), force_py=True)
