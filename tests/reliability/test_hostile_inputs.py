"""Hostile and broken input: a one-line message, never a traceback, nothing half-written.

Pages go through the real command line (``desktop_app.cli.main``) into a real library;
the library's own trouble (read-only folder, full disk, damage, newer format, a second
writer) is produced for real where the machine allows it: a read-only bind mount and a
1 MB tmpfs need root and are skipped, with the reason, elsewhere.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.reading.pages import MAX_LINE_CHARS
from desktop_app.service import LibraryService
from desktop_app.storage.db import Database
from tests.helpers.hostile_input import PAGE, SEED, assert_one_line_message, counts, run_cli

pytestmark = pytest.mark.early  # child processes, one after another


# -- page files ------------------------------------------------------------------------

REFUSED: dict[str, tuple[bytes, str]] = {
    "png.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "PNG image"),
    "pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 20, "PDF"),
    "jpeg.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(2000), "JPEG"),
    "zip.txt": (b"PK\x03\x04" + bytes(range(256)) * 4, "ZIP"),
    "sqlite.txt": (b"SQLite format 3\x00" + bytes(4000), "SQLite"),
    "random.txt": (bytes((i * 7919 + 13) % 256 for i in range(20000)), "binary"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \r\n\t\n\x00\x00\n", "empty"),
    "invalid-utf8.txt": (b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 300, "encoding"),
    "controls-only.txt": (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200, "binary"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_file_that_is_not_a_page_is_refused_with_a_message(
        name: str, lib_path: Path, tmp_path: Path, capsys) -> None:
    data, word = REFUSED[name]
    page = tmp_path / name
    page.write_bytes(data)
    before = counts(lib_path)
    code, _, err = run_cli(capsys, "--db", str(lib_path), "import", str(page))
    assert code == 1
    assert_one_line_message(err, name, word)
    assert counts(lib_path) == before


def test_a_200_mb_file_is_refused_before_it_is_read(lib_path: Path, tmp_path: Path,
                                                    capsys) -> None:
    page = tmp_path / "huge.txt"
    with page.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 2**20)
    code, _, err = run_cli(capsys, "--db", str(lib_path), "import", str(page))
    assert code == 1
    assert_one_line_message(err, "too large", "200 MB")


def test_a_single_5_mb_line_is_refused_quickly(lib_path: Path, tmp_path: Path,
                                              capsys) -> None:
    page = tmp_path / "one-line.txt"
    sentence = "全省绿色智能计算产业规模达8520亿元，同比增长19.2%。"
    page.write_text(sentence * (5 * 2**20 // len(sentence.encode())), encoding="utf-8")
    before = counts(lib_path)
    code, _, err = run_cli(capsys, "--db", str(lib_path), "import", str(page))
    assert code == 1
    assert_one_line_message(err, "one-line.txt", f"{MAX_LINE_CHARS:,}")
    assert counts(lib_path) == before


ENCODED = {
    "gb18030.txt": PAGE.encode("gb18030"),
    "utf16-bom.txt": codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
    "utf16-be-no-bom.txt": PAGE.encode("utf-16-be"),
    "utf16-le-no-bom.txt": PAGE.encode("utf-16-le"),
    "utf8-bom-crlf.txt": codecs.BOM_UTF8 + PAGE.replace("\n", "\r\n").encode("utf-8"),
    # NULs, C0 controls, bidi overrides, zero-width joiners sprinkled through the text.
    "hostile-chars.txt": "".join(
        ch + ("\x00\x07\u202e\u200b\u2066\ufeff\u200d"[i % 7] if i % 11 == 0 else "")
        for i, ch in enumerate(PAGE)).encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_real_pages_in_any_encoding_import_clean(name: str, lib_path: Path,
                                                 tmp_path: Path, capsys) -> None:
    """The same page in every encoding gives the same articles, with no invisible
    characters left to spoof direction or hide text."""
    page = tmp_path / name
    page.write_bytes(ENCODED[name])
    before = counts(lib_path)
    code, out, err = run_cli(capsys, "--db", str(lib_path), "import", str(page))
    assert code == 0, err
    assert "Traceback" not in err
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        # The seed page is already in the library: the same text is recognised, not
        # imported twice, whatever the bytes looked like.
        assert counts(lib_path) == before, out
        for article_id in lib.article_ids():
            text = lib.article(article_id).text
            for invisible in "\x00\x07\u202e\u200b\u2066\ufeff\u200d\r":
                assert invisible not in text


def test_a_file_that_disappears_mid_import_is_reported_and_the_rest_goes_in(
        lib: LibraryService, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for k in range(3):
        (folder / f"p{k}.txt").write_text(PAGE.replace("。", f"（第{k}稿）。", 1),
                                          encoding="utf-8")

    def progress(done: int, total: int, name: str) -> bool:
        if done == 1:
            (folder / "p2.txt").unlink()  # removed after the list of files was made
        return True

    report = lib.import_paths([folder], progress=progress)
    assert report.added_pages == 2
    assert len(report.errors) == 1 and "p2.txt" in report.errors[0]
    assert "does not exist" in report.errors[0]
    assert lib.integrity_check() == "ok"


# -- the library file ------------------------------------------------------------------

@pytest.mark.parametrize("damage", ["truncated", "overwritten", "garbage", "newer"])
def test_a_damaged_or_newer_library_is_explained_and_left_untouched(
        damage: str, lib_path: Path, capsys) -> None:
    data = lib_path.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 3]
    elif damage == "overwritten":
        data = data[:8192] + b"\xde\xad\xbe\xef" * 8192 + data[8192 + 32768:]
    elif damage == "garbage":
        data = bytes((i * 31) % 251 for i in range(50000))
    lib_path.write_bytes(data)
    if damage == "newer":
        with contextlib.closing(sqlite3.connect(lib_path)) as conn:
            conn.execute("PRAGMA user_version = 99")
        data = lib_path.read_bytes()
    word = "newer version" if damage == "newer" else "is damaged"
    for argv in (["list"], ["note", "x", "text"], ["import", str(SEED)]):
        code, _, err = run_cli(capsys, "--db", str(lib_path), *argv)
        assert code == 3
        assert_one_line_message(err, word)
        assert lib_path.read_bytes() == data  # never "repaired" by overwriting


def test_a_busy_library_says_another_program_is_writing(
        lib_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    # The real wait is 10 s; the test waits 0.3 s for the same outcome.
    monkeypatch.setattr("desktop_app.service.Database",
                        functools.partial(Database, busy_timeout_ms=300))
    article = LibraryService.open(lib_path, import_seeds=False).article_ids()[0]
    holder = sqlite3.connect(lib_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a second Xiangyue in the middle of a write
    try:
        code, _, err = run_cli(capsys, "--db", str(lib_path), "note", article, "要点")
        assert code != 0
        assert_one_line_message(err, "busy", "another")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    code, _, err = run_cli(capsys, "--db", str(lib_path), "note", article, "要点")
    assert code == 0, err


@contextlib.contextmanager
def mounted(kind: str, target: Path, size: str = "") -> Iterator[None]:
    """A real read-only bind mount or a small tmpfs (root only; skipped otherwise)."""
    target.mkdir(parents=True, exist_ok=True)
    commands = {
        "readonly": [["mount", "--bind", str(target), str(target)],
                     ["mount", "-o", "remount,ro,bind", str(target)]],
        "tmpfs": [["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)]],
    }[kind]
    done = 0
    try:
        for command in commands:
            if subprocess.run(command, capture_output=True).returncode != 0:
                pytest.skip(f"cannot {' '.join(command[:3])} here (needs root)")
            done += 1
        yield
    finally:
        if done:
            subprocess.run(["umount", str(target)], check=True)


def test_a_read_only_folder_is_named_and_nothing_is_written(
        lib_path: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    library = folder / "library.sqlite3"
    library.write_bytes(lib_path.read_bytes())
    with mounted("readonly", folder):
        for argv in (["note", "x", "text"], ["list"]):
            code, _, err = run_cli(capsys, "--db", str(library), *argv)
            assert code == 3
            assert_one_line_message(err, "cannot be written")
        code, _, err = run_cli(capsys, "--db", str(folder / "home" / "new.sqlite3"), "list")
        assert code == 3
        assert_one_line_message(err, "cannot create the folder")
        code, _, err = run_cli(capsys, "--db", str(lib_path), "export", "--format", "md",
                               "--out", str(folder / "notes.md"))
        assert code == 1
        assert_one_line_message(err, "cannot write", "notes.md")
    assert sorted(p.name for p in folder.iterdir()) == ["library.sqlite3"]


def test_a_full_disk_keeps_every_earlier_note_and_says_why(
        lib_path: Path, tmp_path: Path, capsys) -> None:
    disk = tmp_path / "disk"
    size = lib_path.stat().st_size + 96 * 1024
    with mounted("tmpfs", disk, f"{size // 1024}k"):
        library = disk / "library.sqlite3"
        library.write_bytes(lib_path.read_bytes())
        with LibraryService.open(library, import_seeds=False) as lib:
            first, second = lib.article_ids()[:2]
        code, _, err = run_cli(capsys, "--db", str(library), "note", first, "早先的笔记")
        assert code == 0, err  # a small write still fits
        code, _, err = run_cli(capsys, "--db", str(library), "note", second, "大" * 400_000)
        assert code != 0
        assert_one_line_message(err, "full", "not saved")
        code, _, err = run_cli(capsys, "--db", str(library), "backup",
                               str(disk / "copy.sqlite3"))
        assert code == 1
        assert_one_line_message(err, "cannot write")
        assert not list(disk.glob("copy.sqlite3*"))  # no half-written backup left
        with LibraryService.open(library, import_seeds=False) as lib:
            assert lib.note(first) == "早先的笔记"
            assert lib.note(second) == ""
            assert lib.integrity_check() == "ok"
