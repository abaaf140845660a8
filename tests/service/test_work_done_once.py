"""Work the library used to do twice (issue 11): counted, so it cannot come back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from desktop_app.storage import annotation_store, library


class Counter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.calls = 0
        real = getattr(module, name)

        def counted(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)


def test_reading_articles_loads_the_corrections_once_and_looks_each_id_up_once(
        lib: LibraryService, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = lib.article_ids()[:5]
    loads = Counter(monkeypatch, annotation_store, "load_corrections")
    lookups = Counter(monkeypatch, library, "seq_of")
    for article_id in ids * 2:
        lib.article(article_id)
    assert loads.calls <= 1
    assert lookups.calls == 0


def test_a_correction_is_seen_by_the_next_read(lib: LibraryService,
                                                lib_path: Path) -> None:
    article_id = lib.article_ids(entity="长沙")[0]
    lib.article(article_id)  # the corrections are cached now
    lib.correct_entity("长沙", remove=True)
    assert all(e.text != "长沙" for e in lib.article(article_id).entities)
    # A correction made through another connection (the CLI while the window is open).
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as other:
        other.correct_entity("长沙", type="ORG")
    assert ("长沙", "ORG") in {(e.text, e.type) for e in lib.article(article_id).entities}
    assert lib.corrections().added == {"长沙": "ORG"}


def test_a_one_file_per_article_export_fetches_the_rows_once(
        lib: LibraryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.export.scope import ExportScope
    from desktop_app.service_export import ExportRequest, ExportService

    for article_id in lib.article_ids()[:4]:
        lib.tag(article_id, "读过")
    fetches = Counter(monkeypatch, lib, "article_rows")
    request = ExportRequest("md", ExportScope.everything(), tmp_path / "out", split=True)
    result = ExportService(lib).export(request)
    assert len(result.files) == 4
    assert fetches.calls == 1


def test_note_import_reads_each_article_once(
        lib: LibraryService, copy_library: Callable[[Path], Path], tmp_path: Path) -> None:
    from desktop_app.core.export.scope import ExportScope
    from desktop_app.service_export import ExportRequest, ExportService

    ids = lib.article_ids()[:3]
    for article_id in ids:
        lib.add_highlight(article_id, 0, 4, note="要点")
        lib.set_note(article_id, "读后记")
    notes = tmp_path / "notes.json"
    ExportService(lib).export(ExportRequest("json", ExportScope.everything(), notes))
    with LibraryService.open(copy_library(tmp_path / "other"), import_seeds=False,
                             daily_backup=False) as other:
        statements: list[str] = []
        other._db.conn.set_trace_callback(statements.append)
        report = ExportService(other).import_notes(notes)
        other._db.conn.set_trace_callback(None)
        assert report.articles_matched == 3 and report.highlights_added == 3
        texts = [s for s in statements if s.startswith("SELECT") and " text" in s
                 and "FROM articles" in s]
        assert len(texts) == 3, texts


def test_a_new_page_is_read_and_hashed_once(tmp_path: Path, seed_paths: list[Path],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app import page_import
    from desktop_app.core.spans import Analysis

    reads = Counter(monkeypatch, page_import, "read_page")
    hashes = Counter(monkeypatch, page_import, "content_hash")
    real_import = page_import.import_page
    # No analysis: jieba is not what is counted here.
    monkeypatch.setattr(page_import, "import_page", lambda database, path: real_import(
        database, path, analyser=lambda _text, _corrections: Analysis()))
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False,
                             daily_backup=False) as lib:
        assert lib.import_paths(seed_paths[:1]).added_pages == 1
        assert (reads.calls, hashes.calls) == (1, 1)
        assert lib.import_paths(seed_paths[:1]).unchanged_pages == 1
        assert (reads.calls, hashes.calls) == (2, 2)
