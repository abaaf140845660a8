"""``xiangyue import`` of a folder takes every page format and names each file it did not
import, one line each on stderr with the reason (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.service.test_import_workers import stored, write_pages


def test_a_folder_import_takes_markdown_pages_and_names_every_file_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    txt, other = write_pages(folder, 2)
    markdown = other.rename(folder / "page-001.md")  # a page saved as Markdown
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 a Word file")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")  # hidden: nobody meant it as a page
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")  # Windows' own
    db = str(tmp_path / "lib.sqlite3")
    code = main(["--db", db, "import", str(folder)])
    out, err = capsys.readouterr()
    assert sorted(name for name, _ in stored(Path(db))) == [txt.name, markdown.name]
    assert out.startswith("2 page(s) added")
    lines = err.splitlines()
    assert len(lines) == 3, err  # one line a file, each with its reason
    assert any("empty.txt" in line and "is empty" in line for line in lines)
    assert any(line.startswith("skipped: scan.jpg: not a page file (.jpg") for line in lines)
    assert any(line.startswith("skipped: notes.docx: not a page file (.docx")
               for line in lines)
    assert code == 1  # a page file that failed
    main(["--db", db, "import", str(folder), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["skipped"] == ["notes.docx", "scan.jpg"]


def test_a_folder_of_pages_and_photos_alone_is_a_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 1)
    (folder / "photos").mkdir()
    (folder / "photos" / "p1.png").write_bytes(b"\x89PNG")
    code = main(["--db", str(tmp_path / "lib.sqlite3"), "import", str(folder)])
    _, err = capsys.readouterr()
    assert code == 0
    assert err.strip() == f"skipped: {Path('photos', 'p1.png')}: not a page file (.png; " \
        "pages are .txt, .md, .pdf)"
