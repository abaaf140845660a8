"""The reader's fixes to a split, through the service: made at once, kept through a
re-import of the page (same text or changed), the user's highlights kept on their words,
and undone."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.page_import import import_files
from desktop_app.service import LibraryService
from desktop_app.service_split_edits import EditError
from tests.helpers.fake_analysers import quick

pytestmark = pytest.mark.usefixtures("tagger")


@pytest.fixture
def page_lib(tmp_path: Path, seed_paths: list[Path]):
    page = tmp_path / "page.txt"
    page.write_text(seed_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as service:
        _import(service, page)
        yield service, page


def _import(service: LibraryService, page: Path) -> int:
    """Import the page (no analysis: names and numbers play no part here); pages updated."""
    return import_files(service.path, [page], analyser=quick).updated_pages


def _long_pair(service: LibraryService) -> tuple[str, str]:
    """Two neighbouring articles with more than one paragraph each."""
    ids = service.article_ids()
    for a, b in itertools.pairwise(ids):
        if all(len(service.article(x).text.split("\n")) > 1 for x in (a, b)):
            return a, b
    raise AssertionError("no two long neighbours on the page")


def _touch_page(page: Path, last_text: str) -> None:
    """Change the page's text away from the edited articles: two characters of its last
    article, so that the splitter runs again on the page."""
    text = page.read_text(encoding="utf-8")
    quote = last_text[-12:-4]
    at = text.rindex(quote)
    page.write_text(text[:at] + quote[:-2] + "新字" + text[at + len(quote):], encoding="utf-8")


def test_merge_keeps_the_first_id_moves_highlights_and_survives_reimport(page_lib) -> None:
    service, page = page_lib
    first, second = _long_pair(service)
    text_a, text_b = service.article(first).text, service.article(second).text
    mark = service.add_highlight(second, 2, 8, note="要点")
    service.set_note(second, "第二篇的笔记")
    count = service.count_articles()

    assert service.merge_articles(first, "next") == first
    merged = service.article(first).text
    assert merged == text_a + "\n" + text_b
    assert not service.has_article(second)
    moved = service.highlight(mark.id)
    assert merged[moved.start:moved.end] == text_b[2:8] and not moved.orphan
    assert "第二篇的笔记" in service.note(first)
    assert service.count_articles() == count - 1

    _touch_page(page, service.article(service.article_ids()[-1]).text)
    assert _import(service, page) == 1
    assert service.article(first).text == merged
    assert not service.has_article(second)
    again = service.highlight(mark.id)
    assert service.article(first).text[again.start:again.end] == text_b[2:8]
    assert not again.orphan


def test_split_gives_the_second_half_its_highlights_and_undo_joins_them(page_lib) -> None:
    service, page = page_lib
    first, _ = _long_pair(service)
    text = service.article(first).text
    at = text.index("\n") + 1
    late = service.add_highlight(first, at + 1, at + 5)
    new_id = service.split_article(first, at)
    assert service.article(first).text == text[:at - 1]
    assert service.article(new_id).text == text[at:]
    moved = service.highlight(late.id)
    assert service.article(new_id).text[moved.start:moved.end] == text[at + 1:at + 5]

    _touch_page(page, service.article(service.article_ids()[-1]).text)
    _import(service, page)
    assert service.article(new_id).text == text[at:]
    assert [e.op for e in service.split_edits(first)] == ["split"]

    undone = service.undo_split_edit(first)
    assert undone is not None and undone.op == "split"
    assert service.article(first).text == text and not service.has_article(new_id)
    back = service.highlight(late.id)
    assert (back.start, back.end) == (at + 1, at + 5)
    assert service.split_edits(first) == []


def test_retitle_and_kind_survive_reimport_and_undo(page_lib) -> None:
    service, page = page_lib
    first, _ = _long_pair(service)
    detail = service.article(first)
    line = detail.text.split("\n")[1]
    assert service.retitle_article(first, line=1) == line
    service.set_article_kind(first, "commentary")
    _touch_page(page, service.article(service.article_ids()[-1]).text)
    _import(service, page)
    after = service.article(first)
    assert (after.title, after.kind) == (line, "commentary")
    assert line not in after.text.split("\n")
    service.undo_split_edit(first)
    service.undo_split_edit(first)
    restored = service.article(first)
    assert (restored.title, restored.kind, restored.text) == (detail.title, detail.kind,
                                                              detail.text)


def test_an_edit_that_does_not_fit_is_refused(page_lib) -> None:
    service, _ = page_lib
    last = service.article_ids()[-1]
    with pytest.raises(EditError):
        service.merge_articles(last, "next")
    with pytest.raises(EditError):
        service.split_article(last, 0)
    assert service.split_edits(last) == []


def _change_once(page: Path, text: str) -> None:
    """Change two characters of ``text`` where the page file prints it verbatim."""
    page_text = page.read_text(encoding="utf-8")
    quote = next(text[i:i + 6] for i in range(len(text)) if page_text.count(text[i:i + 6]) == 1)
    at = page_text.index(quote)
    page.write_text(page_text[:at] + "改写" + page_text[at + 2:], encoding="utf-8")


def test_a_fix_follows_an_article_whose_text_changed_by_its_headline(page_lib) -> None:
    service, page = page_lib
    first, second = _long_pair(service)
    text_a, text_b = service.article(first).text, service.article(second).text
    mark = service.add_highlight(second, 1, 5)
    service.merge_articles(first, "next")
    _change_once(page, text_b[len(text_b) // 2:])  # the second's id changes with its text
    assert _import(service, page) == 1
    merged = service.article(first).text
    assert merged.startswith(text_a + "\n" + text_b[:len(text_b) // 2 - 10])
    assert second not in service.article_ids()
    kept = service.highlight(mark.id)
    assert merged[kept.start:kept.end] == text_b[1:5] and not kept.orphan


def test_a_fix_the_changed_page_no_longer_fits_is_left_out_and_can_be_forgotten(
        page_lib) -> None:
    service, page = page_lib
    first, second = _long_pair(service)
    text_a, text_b = service.article(first).text, service.article(second).text
    service.merge_articles(first, "next")
    # As if the second article's headline had been reprinted too (a changed headline
    # also moves the splitter's other decisions on this page, so it is set here).
    with sqlite3.connect(service.path) as conn:
        args = json.loads(conn.execute("SELECT args FROM split_edits").fetchone()[0])
        args["titles"][second] = "另一个标题"
        conn.execute("UPDATE split_edits SET args = ?", (json.dumps(args),))
    _change_once(page, text_b[len(text_b) // 2:])
    assert _import(service, page) == 1
    assert service.article(first).text == text_a
    assert [e.op for e in service.split_edits(first)] == ["merge"]
    undone = service.undo_split_edit(first)
    assert undone is not None and undone.op == "merge"
    assert service.split_edits(first) == []
    assert service.article(first).text == text_a
