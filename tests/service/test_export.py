"""Export and note import on a real (temporary) library."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

import pytest

from desktop_app.core.export.files import ExportConflict
from desktop_app.core.export.scope import ExportScope
from desktop_app.service import LibraryService
from desktop_app.service_export import ExportRequest, ExportService
from desktop_app.service_notes_import import NoteImportReport
from tests.helpers.library_content import annotate


def _annotations(path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["first"]["items"]


@pytest.fixture
def library(lib):
    return lib


@pytest.fixture
def fresh(copy_library, tmp_path):
    """A second library holding the same pages, as on another computer."""
    with LibraryService.open(copy_library(tmp_path / "b"), import_seeds=False) as other:
        exporter = ExportService(other)
        yield exporter
        exporter.close()


def test_json_round_trip_is_lossless_and_idempotent(library, exporter, fresh, tmp_path):
    annotate(library)
    first = tmp_path / "a.json"
    exporter.export(ExportRequest("json", destination=first))
    once = fresh.import_notes(first)
    twice = fresh.import_notes(first)
    assert (once.highlights_added, once.notes_set, once.tags_added) == (5, 2, 3)
    assert (twice.highlights_added, twice.highlights_updated, twice.notes_set,
            twice.notes_merged, twice.tags_added) == (0, 0, 0, 0, 0)
    assert twice.highlights_unchanged == 5
    again = tmp_path / "b.json"
    fresh.export(ExportRequest("json", destination=again))
    assert _annotations(again) == _annotations(first)
    assert len(fresh.library.highlights(library.article_ids()[0])) == 3


def test_import_finds_articles_by_page_and_title_and_reanchors(library, exporter, fresh,
                                                                tmp_path):
    ids = annotate(library)["ids"]
    exported = tmp_path / "a.json"
    exporter.export(ExportRequest("json", scope=ExportScope.current(ids[0]),
                                  destination=exported))
    data = json.loads(exported.read_text(encoding="utf-8"))
    for item in data["first"]["items"]:
        target = item["target"]
        source = target.get("source", target)
        source["xiangyue:articleId"] = "elsewhere"  # ids differ on the other computer
        source["id"] = "urn:xiangyue:article:elsewhere"
        for selector in target.get("selector", []):
            if selector["type"] == "TextPositionSelector":  # and the offsets moved
                selector["start"] += 7
                selector["end"] += 7
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = fresh.import_notes(exported)
    assert report.articles_unmatched == []
    spans = [(h.start, h.end, h.color, h.note) for h in fresh.library.highlights(ids[0])]
    assert spans == [(h.start, h.end, h.color, h.note) for h in library.highlights(ids[0])]


def test_later_local_edit_wins_and_notes_are_merged_not_lost(library, exporter, fresh,
                                                             tmp_path):
    ids = annotate(library)["ids"]
    exported = tmp_path / "a.json"
    exporter.export(ExportRequest("json", destination=exported))
    fresh.import_notes(exported)
    mine = fresh.library.highlights(ids[0])[0]
    fresh.library.update_highlight(mine.id, color="purple")  # edited after the export
    fresh.library.set_note(ids[1], "另一台电脑上的笔记")
    report = fresh.import_notes(exported)
    assert report.highlights_kept_local == 1
    assert fresh.library.highlights(ids[0])[0].color == "purple"
    assert report.notes_merged == 1
    merged = fresh.library.note(ids[1])
    assert "另一台电脑上的笔记" in merged and "第二篇的笔记" in merged
    fresh.import_notes(exported)
    assert fresh.library.note(ids[1]) == merged


def test_scopes_choose_the_articles(library, exporter, tmp_path):
    ids = annotate(library)["ids"]

    def exported_ids(scope):
        out = tmp_path / "scope.json"
        exporter.export(ExportRequest("json", scope=scope, destination=out), force=True)
        return {item["target"].get("source", item["target"])["xiangyue:articleId"]
                for item in _annotations(out)}

    assert exported_ids(ExportScope.tagged("算力")) == {ids[0], ids[2]}
    assert exported_ids(ExportScope.current(ids[1])) == {ids[1]}
    assert exported_ids(ExportScope.selected([ids[1], ids[2]])) == {ids[1], ids[2]}
    assert exported_ids(ExportScope.everything()) == set(ids)
    word = library.article(ids[0]).title[:2]
    hits = {hit.article_id for hit in library.search(word, limit=None)}
    assert exported_ids(ExportScope.search(word)) == hits & set(ids)


def test_markdown_per_article_files_and_no_silent_overwrite(library, exporter, tmp_path):
    ids = annotate(library)["ids"]
    folder = tmp_path / "vault"
    request = ExportRequest("md", scope=ExportScope.tagged("算力"), destination=folder,
                            split=True)
    result = exporter.export(request)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in result.files)
    assert len(result.files) == 2
    text = next(p for p in result.files if library.article(ids[0]).title[:10] in p.name
                ).read_text(encoding="utf-8")
    assert text.startswith("---\ntitle:")
    before = {p: p.read_bytes() for p in result.files}
    with pytest.raises(ExportConflict):
        exporter.export(request)
    assert {p: p.read_bytes() for p in result.files} == before
    exporter.export(request, force=True)


def test_every_format_writes_what_the_preview_shows(library, exporter, tmp_path):
    annotate(library)
    for fmt in ("md", "html", "csv", "json"):
        request = ExportRequest(fmt, destination=tmp_path / f"all.{fmt}")
        result = exporter.export(request)
        assert all(p.exists() for p in result.files)
        preview = exporter.preview(request, max_articles=1)
        written = result.files[0].read_text(encoding="utf-8-sig")
        if fmt == "md":  # the generated title line aside, the start is the same
            assert preview.splitlines()[3:8] == written.splitlines()[3:8]
        assert preview


def test_backup_is_a_readable_library_and_is_not_overwritten(library, exporter, tmp_path):
    annotate(library)
    dest = exporter.backup(tmp_path / "copy.sqlite3")
    with LibraryService.open(dest, import_seeds=False) as copy:
        assert copy.article_ids() == library.article_ids()
        assert copy.note(library.article_ids()[0]) == library.note(library.article_ids()[0])
    with pytest.raises(ExportConflict):
        exporter.backup(dest)
    assert exporter.backup(dest, force=True) == dest


def test_the_note_import_report_prints_what_asdict_printed() -> None:
    report = NoteImportReport(1, ["无题"], 2, 3, 4, 5, ["长沙"], 6, 7, 8)
    assert [f.name for f in fields(report)] == list(report.to_dict())
    assert json.dumps(report.to_dict(), ensure_ascii=False) == json.dumps(
        asdict(report), ensure_ascii=False)
