"""Sorting the list by a column puts the articles in the order the column's cells read
(titles by pinyin), ties in page order, whether the library or the window sorts."""

from __future__ import annotations

import pytest

from desktop_app.core.collation import title_key
from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.ui.article_model import _cell
from desktop_app.ui.library_queries import sorted_ids
from desktop_app.ui.roles import Column


@pytest.fixture
def annotated(lib):
    """The seed library with tags, highlights and notes on some articles."""
    ids = lib.article_ids()
    lib.tag(ids[3], "经济", "湖南")
    lib.tag(ids[5], "文化")
    lib.tag(ids[8], "湖南")
    lib.add_highlight(ids[5], 0, 2)
    lib.add_highlight(ids[5], 3, 5)
    lib.add_highlight(ids[2], 0, 2)
    lib.set_note(ids[7], "短")
    lib.set_note(ids[1], "长一些的笔记")
    return lib


def expected(service, column: Column, filters: Filters = NO_FILTERS) -> list[str]:
    """The order the cells read: every row read, sorted in Python (ties in page order)."""
    rows = service.article_rows(service.article_ids(filters))
    if column == Column.TITLE:
        rows.sort(key=lambda row: title_key(row.title))
    else:
        rows.sort(key=lambda row: _cell(row, column, True))
    return [row.id for row in rows]


@pytest.mark.parametrize("column", list(Column))
def test_each_column_sorts_as_its_cells_read(annotated, column):
    ascending = sorted_ids(annotated, Filters(), int(column), descending=False)
    assert ascending == expected(annotated, column)
    assert sorted_ids(annotated, Filters(), int(column), descending=True) == ascending[::-1]


def test_a_sort_keeps_the_filter(annotated):
    kind = Filters(kind="brief")
    for column in (Column.TITLE, Column.TAGS, Column.HIGHLIGHTS):
        assert sorted_ids(annotated, kind, int(column), False) == expected(
            annotated, column, kind)
