"""The export, import-notes and backup commands as a user types them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from desktop_app.cli import main
from desktop_app.service import LibraryService
from tests.helpers.library_content import annotate


@pytest.fixture
def db(lib_path):
    path = lib_path
    with LibraryService.open(path, import_seeds=False) as service:
        annotate(service)
    return path


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_to_a_file_then_into_another_library(capsys, db, copy_library, tmp_path):
    out = tmp_path / "notes.json"
    code, said, _ = _run(capsys, "export", "--format", "json", "--out", out, "--db", db)
    assert code == 0 and "exported" in said
    other = copy_library(tmp_path / "other")
    for _ in range(2):
        code, said, err = _run(capsys, "import-notes", out, "--db", other, "--json")
        assert code == 0 and not err
    report = json.loads(said)
    assert report["highlights_added"] == 0 and report["highlights_unchanged"] == 5
    again = tmp_path / "again.json"
    _run(capsys, "export", "--format", "json", "--out", again, "--db", other)
    items = [json.loads(p.read_text(encoding="utf-8"))["first"]["items"] for p in (out, again)]
    assert items[0] == items[1]


def test_existing_file_needs_force(capsys, db, tmp_path):
    out = tmp_path / "notes.md"
    out.write_text("mine", encoding="utf-8")
    code, _, err = _run(capsys, "export", "--format", "md", "--out", out, "--db", db)
    assert code == 1 and "--force" in err
    assert out.read_text(encoding="utf-8") == "mine"
    code, _, _ = _run(capsys, "export", "--format", "md", "--out", out, "--db", db, "--force")
    assert code == 0 and out.read_text(encoding="utf-8").startswith("---\n")


def test_markdown_to_stdout_for_one_tag(capsys, db):
    with LibraryService.open(db, import_seeds=False) as service:
        tagged = {service.article(i).title for i in service.article_ids(tag="湖南")}
        untagged = service.article(service.article_ids()[2]).title
    code, out, _ = _run(capsys, "export", "--format", "md", "--tag", "湖南", "--db", db)
    assert code == 0
    headings = [line[2:] for line in out.splitlines() if line.startswith("# ")]
    assert len(headings) == len(tagged) == 1
    assert untagged not in out


def test_unannotated_articles_only_on_request(capsys, db):
    _, annotated, _ = _run(capsys, "export", "--format", "md", "--db", db)
    _, everything, _ = _run(capsys, "export", "--format", "md", "--all-articles", "--db", db)
    count = [text.count("\n# ") for text in (annotated, everything)]
    with LibraryService.open(db, import_seeds=False) as service:
        total = len(service.article_ids())
    assert count == [3, total]


def test_csv_files_and_stdout_carry_the_bom(capsys, db, tmp_path):
    out = tmp_path / "notes.csv"
    assert _run(capsys, "export", "--format", "csv", "--out", out, "--db", db)[0] == 0
    for path in (out, tmp_path / "notes-numbers.csv"):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    code, printed, _ = _run(capsys, "export", "--format", "csv", "--db", db)
    assert code == 0 and printed.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(printed.removeprefix("\ufeff"))))
    assert sum(r["type"] == "highlight" for r in rows) == 5


def test_split_markdown_into_a_folder(capsys, db, tmp_path):
    folder = tmp_path / "vault"
    code, said, _ = _run(capsys, "export", "--format", "md", "--split", "--out", folder,
                         "--db", db)
    assert code == 0 and "3 files" in said
    assert len(list(folder.glob("*.md"))) == 3


def test_bad_input_is_one_line_on_stderr(capsys, db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = _run(capsys, "import-notes", bad, "--db", db)
    assert code == 1 and err.startswith("xiangyue: ") and err.count("\n") == 1
    code, _, err = _run(capsys, "export", "--format", "md", "--article", "nope", "--db", db)
    assert code == 1 and "nope" in err
    code, _, err = _run(capsys, "export", "--format", "md", "--db", tmp_path / "none.sqlite3")
    assert code == 1 and "no library" in err
    assert not (tmp_path / "none.sqlite3").exists()


def test_backup_command(capsys, db, tmp_path):
    dest = tmp_path / "copy.sqlite3"
    code, said, _ = _run(capsys, "backup", dest, "--db", db)
    assert code == 0 and str(dest) in said
    with LibraryService.open(dest, import_seeds=False) as copy:
        assert len(copy.article_ids()) > 0
        assert sum(r.highlight_count for r in copy.article_rows(copy.article_ids())) == 5
    code, _, err = _run(capsys, "backup", dest, "--db", db)
    assert code == 1 and "--force" in err
    assert _run(capsys, "backup", dest, "--db", db, "--force")[0] == 0
