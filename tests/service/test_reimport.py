"""An edited page re-imports its articles and keeps every highlight that still matches."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.reading.pages import read_page
from desktop_app.core.splitting.split import split_page
from desktop_app.service import LibraryService


def _page(tmp_path: Path, seed: Path) -> Path:
    page = tmp_path / "page.txt"
    page.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return page


def _verbatim(text: str, page_text: str, near: int, size: int) -> int:
    """A start near ``near`` whose passage appears once, verbatim, in the page file
    (the splitter rejoins lines and folds characters, so not every passage does)."""
    for start in sorted(range(len(text) - size), key=lambda s: abs(s - near)):
        quote = text[start:start + size]
        if page_text.count(quote) == 1 and text.count(quote) == 1:
            return start
    raise AssertionError("no verbatim passage in the seed page")


def _longest(service: LibraryService) -> str:
    return max(service.article_ids(), key=lambda i: len(service.article(i).text))


def test_reimporting_an_edited_page_reanchors_highlights_and_lists_orphans(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    page = _page(tmp_path, seed_paths[0])
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as service:
        assert service.import_paths([page]).added_pages == 1
        article_id = _longest(service)
        text = service.article(article_id).text
        page_text = page.read_text(encoding="utf-8")
        starts = [_verbatim(text, page_text, s, 8) for s in (10, len(text) // 2, len(text) - 20)]
        kept = [service.add_highlight(article_id, s, s + 8, note=f"n{s}") for s in starts]
        doomed_at = _verbatim(text, page_text, len(text) // 4, 20)
        doomed_quote = text[doomed_at:doomed_at + 20]
        doomed = service.add_highlight(article_id, doomed_at, doomed_at + 20, color="blue")
        service.set_note(article_id, "我的笔记")
        service.tag(article_id, "留存")
        count = service.count_articles()

        edited = page_text.replace(doomed_quote, "（此段已删改）")
        first_line_end = edited.index(kept[0].quote) - 5
        edited = edited[:first_line_end] + "新增文字" + edited[first_line_end:]
        page.write_text(edited, encoding="utf-8")

        report = service.import_paths([page])
        assert (report.updated_pages, report.errors) == (1, [])
        assert report.orphaned_highlights == [doomed.id]
        assert service.count_articles() == count
        new_id = next(i for i in service.article_ids() if service.note(i) == "我的笔记")
        detail = service.article(new_id)
        assert detail.tags == ["留存"]
        by_id = {h.id: h for h in detail.highlights}
        for old in kept:
            now = by_id[old.id]
            assert not now.orphan and now.note == old.note
            assert detail.text[now.start:now.end] == old.quote
        assert by_id[doomed.id].orphan and by_id[doomed.id].quote == doomed_quote
        assert [h.id for h in service.orphaned_highlights()] == [doomed.id]

        # Importing the same edited page again changes nothing.
        again = service.import_paths([page])
        assert again.unchanged_pages == 1 and again.updated_pages == 0


def test_an_article_that_disappears_keeps_its_notes_as_a_retired_article(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    page = _page(tmp_path, seed_paths[0])
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as service:
        service.import_paths([page])
        article_id = _longest(service)
        detail = service.article(article_id)
        h = service.add_highlight(article_id, 0, 6)
        service.set_note(article_id, "不能丢")
        page_text = read_page(page).text
        printed = next(a for a in split_page(page_text).articles if a.title == detail.title)
        page.write_text(page_text[:printed.source_start] + page_text[printed.source_end:],
                        encoding="utf-8")
        report = service.import_paths([page])
        assert report.updated_pages == 1 and h.id in report.orphaned_highlights
        kept = service.article(article_id)
        assert kept.retired and service.note(article_id) == "不能丢"
        assert [x.orphan for x in kept.highlights] == [True]
        assert service.search("不能丢")[0].article_id == article_id


def test_a_second_import_reports_only_the_highlights_it_orphaned(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    page = _page(tmp_path, seed_paths[0])
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as service:
        service.import_paths([page])
        article_id = _longest(service)
        text = service.article(article_id).text
        page_text = page.read_text(encoding="utf-8")
        first_at = _verbatim(text, page_text, len(text) // 4, 16)
        second_at = _verbatim(text, page_text, 3 * len(text) // 4, 16)
        first = service.add_highlight(article_id, first_at, first_at + 16)
        second = service.add_highlight(article_id, second_at, second_at + 16)

        page.write_text(page_text.replace(first.quote, "（删去一）"), encoding="utf-8")
        assert service.import_paths([page]).orphaned_highlights == [first.id]

        # The second edit orphans another highlight; the first stays an orphan but is
        # not news any more.
        page.write_text(page.read_text(encoding="utf-8").replace(second.quote, "（删去二）"),
                        encoding="utf-8")
        report = service.import_paths([page])
        assert report.updated_pages == 1
        assert report.orphaned_highlights == [second.id]
        assert {h.id for h in service.orphaned_highlights()} == {first.id, second.id}

        # An edit that orphans nothing reports nothing.
        page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        edited = page.read_text(encoding="utf-8").replace("（删去二）", "（删去二）。")
        page.write_text(edited, encoding="utf-8")
        again = service.import_paths([page])
        assert again.updated_pages == 1 and again.orphaned_highlights == []
        assert len(service.orphaned_highlights()) == 2


def test_the_character_columns_forget_what_an_edited_article_no_longer_says(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    """Contentless rows are deleted by re-tokenising the old text; a mistake there
    would leave stale characters in the index (or damage it), so check it directly."""
    from desktop_app.core.search.text import char_expression, fold
    from desktop_app.storage import library, search_index

    page = _page(tmp_path, seed_paths[0])
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as service:
        service.import_paths([page])
        article_id = _longest(service)
        old = service.article(article_id).text
        conn = service._db.conn
        seq = library.seq_of(conn, article_id)  # kept by the update; the id may change
        page_text = page.read_text(encoding="utf-8")
        cut = _verbatim(old, page_text, len(old) // 2, 40)
        page.write_text(page_text.replace(old[cut:cut + 40], "龘齉"), encoding="utf-8")
        assert service.import_paths([page]).updated_pages == 1
        now = fold("\n".join(search_index.row_values(conn, seq)))
        for char in set(fold(old)) | {"龘", "齉"}:
            if char == " ":
                continue
            rows = {r[0] for r in conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ?",
                (char_expression([char]),))}
            assert (seq in rows) == (char in now), char
        new_id = conn.execute("SELECT id FROM articles WHERE seq = ?", (seq,)).fetchone()[0]
        assert {h.article_id for h in service.search("龘")} == {new_id}
