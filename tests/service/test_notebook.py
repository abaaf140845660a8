"""LibraryService.notebook: every highlight and article note of the library, with the
article's title, date and tags, narrowed by tag, colour and text, in two orders."""

from __future__ import annotations

import pytest

from desktop_app.service import LibraryService
from desktop_app.service_notebook import HIGHLIGHT, NOTE


@pytest.fixture
def annotated(lib: LibraryService) -> tuple[LibraryService, list[str]]:
    """Three articles: two highlights and a note on the first (tagged 算力), a green
    highlight on the second, an untagged note on the third."""
    ids = lib.article_ids()[:3]
    first, second, third = ids
    lib.add_highlight(first, 0, 6, "yellow", note="要点 Alpha")
    lib.add_highlight(first, 10, 20, "blue")
    lib.set_note(first, "## 第一篇的笔记")
    lib.tag(first, "算力", "周报")
    lib.add_highlight(second, 3, 9, "green")
    lib.set_note(third, "第三篇的笔记 beta")
    return lib, ids


def test_every_highlight_and_note_is_listed_with_its_article(annotated):
    lib, (first, second, third) = annotated
    entries = lib.notebook()
    assert sorted((e.kind, e.article_id) for e in entries) == sorted([
        (HIGHLIGHT, first), (HIGHLIGHT, first), (NOTE, first), (HIGHLIGHT, second),
        (NOTE, third)])
    quote = next(e for e in entries if e.color == "yellow")
    detail = lib.article(first)
    assert quote.quote == detail.text[0:6]
    assert (quote.start, quote.end, quote.note) == (0, 6, "要点 Alpha")
    assert (quote.title, quote.article_date) == (detail.title, detail.date or "")
    assert quote.tags == ("周报", "算力")
    assert quote.highlight_id == detail.highlights[0].id
    note = next(e for e in entries if e.kind == NOTE and e.article_id == third)
    assert (note.note, note.highlight_id, note.tags) == ("第三篇的笔记 beta", None, ())


def test_newest_first_by_date(annotated):
    lib, (first, _second, _third) = annotated
    lib.set_note(first, "## 第一篇的笔记，改过")  # written last: first in the list
    entries = lib.notebook(order="date")
    rewritten = next(e for e in entries if e.kind == NOTE and e.article_id == first)
    assert rewritten.updated == entries[0].updated  # the newest (others may share its second)
    assert [e.updated for e in entries] == sorted((e.updated for e in entries), reverse=True)


def test_by_article_groups_each_article_note_first_then_in_text_order(annotated):
    lib, (first, _second, _third) = annotated
    entries = lib.notebook(order="article")
    ours = [e for e in entries if e.article_id == first]
    assert [e.kind for e in ours] == [NOTE, HIGHLIGHT, HIGHLIGHT]
    assert [e.start for e in ours[1:]] == [0, 10]
    positions = [i for i, e in enumerate(entries) if e.article_id == first]
    assert positions == list(range(positions[0], positions[0] + 3))  # together
    dates = [e.article_date for e in entries]
    assert dates == sorted(dates, reverse=True)


def test_narrowed_by_tag_colour_and_text(annotated):
    lib, (first, second, third) = annotated
    assert {e.article_id for e in lib.notebook(tag="算力")} == {first}
    assert len(lib.notebook(tag="算力")) == 3
    green = lib.notebook(color="green")
    assert [(e.kind, e.article_id) for e in green] == [(HIGHLIGHT, second)]
    # Text: in a highlight's note, a note, any case for Latin letters.
    assert [e.color for e in lib.notebook(text="alpha")] == ["yellow"]
    assert [(e.kind, e.article_id) for e in lib.notebook(text="BETA")] == [(NOTE, third)]
    # Or in the article's title: everything on that article.
    title = lib.article(second).title
    assert {e.article_id for e in lib.notebook(text=title)} == {second}
    assert lib.notebook(tag="算力", color="green") == []
    with pytest.raises(ValueError):
        lib.notebook(color="orange")
    with pytest.raises(ValueError):
        lib.notebook(order="colour")


def test_an_empty_library_has_an_empty_notebook(lib):
    assert lib.notebook() == []
