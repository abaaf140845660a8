"""One store of corrections, the library: `extract` reads it, an old corrections.json
moves into it once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.service import LibraryService

TEXT = "记者来到长沙。长沙经开区引进中科曙光，建设算力中心。"


def names(capsys: pytest.CaptureFixture[str], tmp_path: Path, *db: str) -> set[tuple[str, str]]:
    page = tmp_path / "text.txt"
    page.write_text(TEXT, encoding="utf-8")
    code = main(["extract", str(page), "--json", *db])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {(e["text"], e["type"]) for e in json.loads(out)["entities"]}


def test_extract_applies_the_corrections_of_the_library_named_by_db(
        lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = names(capsys, tmp_path)
    assert ("长沙", "LOC") in plain
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        lib.correct_entity("长沙", remove=True)
        lib.correct_entity("算力中心", type="ORG")
    corrected = names(capsys, tmp_path, "--db", str(lib_path))
    assert all(text != "长沙" for text, _ in corrected)
    assert ("算力中心", "ORG") in corrected


def test_extract_uses_the_users_library_and_a_retype_only_retypes(
        lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        _isolated_home: Path) -> None:
    plain = names(capsys, tmp_path)
    recognised = [(t, k) for t, k in plain if t == "长沙经开区"]
    assert recognised
    shutil.copyfile(lib_path, _isolated_home / "library.sqlite3")
    assert main(["entity", "retype", "长沙经开区", "--type", "LOC"]) == 0
    capsys.readouterr()
    assert ("长沙经开区", "LOC") in names(capsys, tmp_path)
    with LibraryService.open(_isolated_home / "library.sqlite3", import_seeds=False) as lib:
        assert lib.corrections().retyped == {"长沙经开区": "LOC"}
    assert main(["entity", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["action"] == "retype"


def test_extract_creates_no_library(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    _isolated_home: Path) -> None:
    names(capsys, tmp_path)
    names(capsys, tmp_path, "--db", str(tmp_path / "elsewhere.sqlite3"))
    assert not (_isolated_home / "library.sqlite3").exists()
    assert not (tmp_path / "elsewhere.sqlite3").exists()


def _write_file(folder: Path, data: dict) -> Path:
    path = folder / "corrections.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_corrections_file_moves_into_the_library_once(lib_path: Path) -> None:
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        lib.correct_entity("长沙", type="PER")  # made in the window: the library's wins
    data = {"added": {"立体计算": "ORG", "长沙": "ORG"}, "removed": ["北斗"],
            "retyped": {"湘江新区": "LOC"}}
    legacy = _write_file(lib_path.parent, data)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        fixes = lib.corrections()
        assert fixes.added == {"长沙": "PER", "立体计算": "ORG"}
        assert fixes.removed == {"北斗"} and fixes.retyped == {"湘江新区": "LOC"}
        assert lib.article_ids(entity="立体计算"), "the entity filter follows at once"
        lib.correct_entity("立体计算")  # withdrawn later in the library
    assert not legacy.exists()
    migrated = legacy.with_name("corrections.json.migrated")
    assert json.loads(migrated.read_text(encoding="utf-8")) == data  # kept as it was
    # The same file back (a rename that failed, a copy from a backup): not stored again.
    shutil.copyfile(migrated, legacy)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert "立体计算" not in lib.corrections().added
    assert not legacy.exists() and migrated.exists()
    assert len(list(lib_path.parent.glob("corrections.json.migrated*"))) == 2


def test_an_unreadable_corrections_file_is_left_where_it_is(lib_path: Path) -> None:
    legacy = lib_path.parent / "corrections.json"
    legacy.write_text("[1, 2", encoding="utf-8")
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib.corrections().is_empty()
    assert legacy.read_text(encoding="utf-8") == "[1, 2"
