"""The library as the GUI and CLI use it: import, listing, notes, highlights, tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.search.text import fold
from desktop_app.core.vocabulary import HIGHLIGHT_COLORS
from desktop_app.service import LibraryService, NotFoundError


@pytest.mark.seeds
def test_first_launch_creates_the_library_in_the_data_folder_with_the_seeds(
    _isolated_home: Path, seed_paths: list[Path]
) -> None:
    with LibraryService.open(import_seeds=True) as service:  # as the window opens it
        assert service.path.parent == _isolated_home
        assert service.count_articles() > len(seed_paths)
        pages = service._db.conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        assert pages == len(seed_paths)


def test_importing_the_same_pages_again_adds_nothing(lib: LibraryService, seed_paths: list[Path]
                                                     ) -> None:
    before = lib.count_articles()
    report = lib.import_paths(seed_paths)
    assert report.unchanged_pages == len(seed_paths)
    assert (report.added_pages, report.articles_added, report.errors) == (0, 0, [])
    assert lib.count_articles() == before


def test_a_bad_file_is_reported_and_skipped_while_the_rest_goes_in(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_bytes(seed_paths[0].read_bytes())
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_bytes(seed_paths[1].read_bytes())
    seen: list[tuple[int, int, str]] = []
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as service:
        report = service.import_paths([folder], progress=lambda *a: seen.append(a) is None)
        assert report.added_pages == 2
        assert len(report.errors) == 1 and "b.txt" in report.errors[0]
        assert "\n" not in report.errors[0]
        assert [s[0] for s in seen] == [0, 1, 2, 3] and seen[0][1] == 3
        assert report.articles_added == service.count_articles() > 0


def test_progress_returning_false_cancels_between_pages(tmp_path: Path, seed_paths: list[Path]
                                                        ) -> None:
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as service:
        report = service.import_paths(seed_paths, progress=lambda done, total, name: done < 2)
        assert report.cancelled and report.added_pages == 2


def test_article_rows_follow_the_requested_ids_and_orders(lib: LibraryService) -> None:
    ids = lib.article_ids()
    assert len(ids) == lib.count_articles() == len(set(ids))
    rows = lib.article_rows(ids[::-1])
    assert [r.id for r in rows] == ids[::-1]
    by_title = lib.article_rows(lib.article_ids(order="title"))
    assert [r.title for r in by_title] == sorted(r.title for r in rows)
    for kind, count in lib.kinds():
        assert len(lib.article_ids(kind=kind)) == count
    with pytest.raises(ValueError):
        lib.article_ids(order="random")


def test_article_detail_text_is_the_paragraphs_and_spans_index_it(lib: LibraryService) -> None:
    for article_id in lib.article_ids():
        a = lib.article(article_id)
        assert a.text == "\n".join(a.paragraphs)
        for span in [*a.numbers, *a.entities]:
            assert a.text[span.start:span.end] == span.text
    with pytest.raises(NotFoundError):
        lib.article("no-such-article")


def test_highlights_keep_their_quote_and_context_and_undo_restores_them(
    lib: LibraryService,
) -> None:
    article_id = lib.article_ids()[0]
    text = lib.article(article_id).text
    h = lib.add_highlight(article_id, 40, 52, color="green", note="要点")
    assert (h.quote, h.prefix, h.suffix) == (text[40:52], text[8:40], text[52:84])
    changed = lib.update_highlight(h.id, color="pink", note="改过")
    assert (changed.color, changed.note, changed.quote) == ("pink", "改过", h.quote)
    gone = lib.delete_highlight(h.id)
    assert lib.highlights(article_id) == []
    back = lib.restore_highlight(gone)
    assert back == gone and lib.highlights(article_id) == [gone]
    assert lib.article_rows([article_id])[0].highlight_count == 1


@pytest.mark.parametrize("start,end,color", [(5, 5, "yellow"), (-1, 3, "yellow"),
                                             (0, 10**6, "yellow"), (0, 3, "red")])
def test_impossible_highlights_are_refused(lib: LibraryService, start: int, end: int,
                                           color: str) -> None:
    article_id = lib.article_ids()[0]
    with pytest.raises(ValueError):
        lib.add_highlight(article_id, start, end, color=color)
    assert lib.highlights(article_id) == []


def test_every_documented_colour_is_accepted(lib: LibraryService) -> None:
    article_id = lib.article_ids()[0]
    for i, color in enumerate(HIGHLIGHT_COLORS):
        assert lib.add_highlight(article_id, i, i + 1, color=color).color == color


def test_notes_and_tags_survive_reopening(lib_path: Path) -> None:
    with LibraryService.open(lib_path) as service:
        first, second = service.article_ids()[:2]
        service.set_note(first, "## 读后\n- 算力 *很重要*")
        service.tag(first, "科技", " 湖南 ")
        service.tag(second, "湖南")
    with LibraryService.open(lib_path) as service:
        assert service.note(first) == "## 读后\n- 算力 *很重要*"
        assert service.article(first).tags == ["湖南", "科技"]
        assert service.all_tags() == [("湖南", 2), ("科技", 1)]
        assert set(service.article_ids(tag="湖南")) == {first, second}
        assert service.article_rows([first])[0].note_chars == len("## 读后\n- 算力 *很重要*")


def test_untag_and_rename_merge_tags(lib: LibraryService) -> None:
    a, b, c = lib.article_ids()[:3]
    lib.tag(a, "AI")
    lib.tag(b, "人工智能")
    lib.tag(c, "AI", "人工智能")
    lib.rename_tag("AI", "人工智能")
    assert lib.all_tags() == [("人工智能", 3)]
    assert lib.search("AI", limit=None) == [] or all(
        "ai" in fold(lib.article(h.article_id).text + lib.article(h.article_id).title)
        for h in lib.search("AI", limit=None))
    lib.untag(c, "人工智能")
    assert lib.all_tags() == [("人工智能", 2)]
    assert {h.article_id for h in lib.search("人工智能", limit=None)} >= {a, b}


def test_entity_corrections_apply_everywhere_and_can_be_withdrawn(lib: LibraryService) -> None:
    word = "长沙"
    lib.correct_entity(word, type="ORG")
    shown = {i for i in lib.article_ids()
             if any(e.text == word for e in lib.article(i).entities)}
    assert shown, "the corrected word occurs in the seeds on its own"
    assert set(lib.article_ids(entity=word)) == shown
    assert lib.entity_article_count(word) == len(shown)
    assert {e.type for i in shown for e in lib.article(i).entities if e.text == word} == {"ORG"}
    lib.correct_entity(word, remove=True)
    assert lib.entity_article_count(word) == 0
    assert all(e.text != word for i in shown for e in lib.article(i).entities)
    assert lib.corrections().removed == {word}
    lib.correct_entity(word)
    assert lib.corrections().is_empty()


def test_the_date_range_is_the_first_and_last_dated_article(lib: LibraryService,
                                                            tmp_path: Path) -> None:
    dates = sorted({lib.article(a).date for a in lib.article_ids()} - {None, ""})
    assert lib.date_range() == (dates[0], dates[-1])
    with LibraryService.open(tmp_path / "empty.sqlite3", daily_backup=False) as empty:
        assert empty.date_range() is None  # the calendar then opens on today
