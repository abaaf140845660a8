"""Files that are not files, and data built to hurt: a one-line message, nothing read.

A named pipe blocks whoever opens it for reading until a writer comes; a link to
/dev/zero never ends; JSON nested 100,000 deep overflows Python's recursion. These run
the real command line in a child process under a timeout and a memory cap, so that a
regression fails the test instead of hanging the suite or exhausting the machine.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from tests.helpers.hostile_input import PAGE, assert_one_line_message, counts, run_cli
from tests.helpers.paths import REPO

pytestmark = pytest.mark.early  # child processes, one after another

SPECIAL_TIMEOUT_S = 10.0  # each is refused in a second or two (docs/reliability.md)
ANALYSIS_TIMEOUT_S = 60.0  # a run that also analyses a page loads jieba's dictionary
SPECIAL_MEMORY_CAP = 2 * 2**30
needs_posix_files = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
    reason="named pipes and /dev/zero are POSIX")


@dataclasses.dataclass
class Ran:
    code: int
    out: str
    err: str
    seconds: float


def _cap_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (SPECIAL_MEMORY_CAP, SPECIAL_MEMORY_CAP))


def xiangyue(*argv: str | Path, stdin: Path | bytes | None = None,
             timeout: float = SPECIAL_TIMEOUT_S) -> Ran:
    """``python -m desktop_app ARGV`` in a child process; fails the test on a timeout."""
    started = time.perf_counter()
    source = stdin.open("rb") if isinstance(stdin, Path) else None
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", *map(str, argv)],
            input=stdin if isinstance(stdin, bytes) else None,
            stdin=source if source is not None else (None if isinstance(stdin, bytes)
                                                     else subprocess.DEVNULL),
            capture_output=True, timeout=timeout, cwd=REPO,
            preexec_fn=_cap_memory if sys.platform.startswith("linux") else None,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"xiangyue {' '.join(map(str, argv))} still running after {timeout:.0f} s")
    finally:
        if source is not None:
            source.close()
    return Ran(done.returncode, done.stdout.decode("utf-8", "replace"),
               done.stderr.decode("utf-8", "replace"), time.perf_counter() - started)


def library_dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def _unix_socket(path: Path) -> None:
    # A socket's path is limited to ~100 bytes: bind a relative name from its folder.
    here = os.getcwd()
    os.chdir(path.parent)
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(path.name)  # the file stays after the socket is closed
    finally:
        os.chdir(here)


def make_special(kind: str, path: Path) -> str:
    """Put a file that is not a file at ``path``; returns the words its refusal says."""
    if kind == "fifo":
        os.mkfifo(path)
        return "is a named pipe (FIFO), not a file"
    if kind == "zero-link":
        path.symlink_to("/dev/zero")
        return "is a link to a device (/dev/zero), not a file"
    if kind == "fifo-link":
        target = path.with_name(path.name + ".pipe")
        os.mkfifo(target)
        path.symlink_to(target)
        return "is a link to a named pipe (FIFO)"
    if kind == "socket":
        _unix_socket(path)
        return "is a socket, not a file"
    if kind == "broken-link":
        path.symlink_to(path.with_name("gone"))
        return "is a link to something that does not exist"
    raise ValueError(kind)


SPECIAL_KINDS = ["fifo", "zero-link", "fifo-link", "socket"]


@needs_posix_files
@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_importing_a_file_that_is_not_a_file_refuses_it_unopened(
        kind: str, lib_path: Path, tmp_path: Path) -> None:
    special = tmp_path / "page.txt"
    reason = make_special(kind, special)
    before = library_dump(lib_path)
    ran = xiangyue("--db", lib_path, "import", special)
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, "page.txt", reason)
    assert library_dump(lib_path) == before


@needs_posix_files
def test_a_folder_import_names_each_file_that_is_not_a_file_and_goes_on(
        lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.txt").write_text(PAGE.replace("。", "（新稿）。", 1),
                                             encoding="utf-8")
    reasons = {f"{kind}.txt": make_special(kind, folder / f"{kind}.txt")
               for kind in [*SPECIAL_KINDS, "broken-link"]}
    # The FIFO a link points at sits beside it, with a suffix no page has: named too.
    reasons |= {p.name: "not a page file" for p in folder.glob("*.pipe")}
    pages, articles = counts(lib_path)
    ran = xiangyue("--db", lib_path, "import", folder, timeout=ANALYSIS_TIMEOUT_S)
    assert ran.code == 1, ran  # some files were skipped
    assert "Traceback" not in ran.err
    assert ran.out.startswith("1 page(s) added"), ran.out
    said = {line.split(":")[1].strip(): line for line in ran.err.splitlines()}
    assert sorted(said) == sorted(reasons), ran.err
    for name, reason in reasons.items():
        assert said[name].startswith("skipped: ") and reason in said[name], said[name]
    assert counts(lib_path)[0] == pages + 1 and counts(lib_path)[1] > articles


# Paths that must never be opened; the hook raises instead, so a regression fails the
# test at once rather than blocking it on a pipe or reading /dev/zero forever.
_never_open: set[str] = set()


def _refuse_watched_opens(event: str, args: tuple) -> None:
    if event == "open" and _never_open and args and isinstance(args[0], str | bytes | Path):
        name = os.path.abspath(os.fsdecode(args[0]))
        if name in _never_open:
            raise RuntimeError(f"opened {name}")


sys.addaudithook(_refuse_watched_opens)


@needs_posix_files
def test_the_window_import_path_refuses_them_without_opening_them(
        lib: LibraryService, tmp_path: Path) -> None:
    """The window imports through LibraryService.import_paths, as the CLI does."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(PAGE.replace("。", "（又一稿）。", 1), encoding="utf-8")
    reasons = {f"{kind}.txt": make_special(kind, folder / f"{kind}.txt")
               for kind in SPECIAL_KINDS}
    watched = {str(folder / name) for name in reasons} | {"/dev/zero"}
    watched |= {str(p) for p in folder.glob("*.pipe")}
    _never_open.update(os.path.abspath(p) for p in watched)
    try:
        report = lib.import_paths([folder, folder / "fifo.txt"])
    finally:
        _never_open.clear()
    assert report.added_pages == 1
    named = sorted(error.split(":")[0] for error in report.errors)
    assert named == sorted([*reasons, "fifo.txt"]), report.errors  # the pipe twice
    for error in report.errors:
        assert reasons[error.split(":")[0]] in error, error
    assert lib.integrity_check() == "ok"


@needs_posix_files
@pytest.mark.parametrize("kind", ["fifo", "zero-link"])
def test_notes_import_refuses_a_file_that_is_not_a_file(
        kind: str, lib_path: Path, tmp_path: Path) -> None:
    special = tmp_path / "notes.json"
    reason = make_special(kind, special)
    before = library_dump(lib_path)
    ran = xiangyue("--db", lib_path, "import-notes", special)
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, "notes.json", reason)
    assert library_dump(lib_path) == before


HOSTILE_JSON: dict[str, tuple[bytes, str]] = {
    "nested-lists": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "nested-objects": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
    "long-number": (b'{"type": "Annotation", "start": ' + b"9" * 100_000 + b"}",
                    "number too long"),
    "many-values": (b"[" + b"0," * 4_000_000 + b"0]", "too many JSON values"),
    "not-utf8": (b'{"type": "Annotation", "body": "\xff\xfe\xc3\x28"}', "not UTF-8"),
    "truncated": (b'{"type": "AnnotationPage", "items": [{"type": "Anno', "not valid JSON"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_notes_import_of_json_built_to_hurt_is_one_line(
        name: str, lib_path: Path, tmp_path: Path) -> None:
    data, reason = HOSTILE_JSON[name]
    notes = tmp_path / f"{name}.json"
    notes.write_bytes(data)
    before = library_dump(lib_path)
    ran = xiangyue("--db", lib_path, "import-notes", notes)
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, f"{name}.json", reason)
    assert library_dump(lib_path) == before


@needs_posix_files
@pytest.mark.parametrize("kind", ["fifo", "zero-link"])
@pytest.mark.parametrize("command", ["extract", "split"])
def test_extract_and_split_refuse_a_file_that_is_not_a_file(
        kind: str, command: str, tmp_path: Path) -> None:
    special = tmp_path / "page.txt"
    reason = make_special(kind, special)
    ran = xiangyue(command, special)
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, "page.txt", reason)


@needs_posix_files
@pytest.mark.parametrize("argv", [["extract", "-"], ["extract", "--jsonl", "-"]],
                         ids=["extract", "extract-jsonl"])
def test_an_endless_standard_input_is_read_only_up_to_the_limit(argv: list[str]) -> None:
    ran = xiangyue(*argv, stdin=Path("/dev/zero"))
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, "-", "16 MB" if len(argv) == 2 else "32 MB")


def test_a_hostile_jsonl_line_is_reported_and_the_rest_goes_on(tmp_path: Path,
                                                               capsys) -> None:
    # In-process (nothing here can block): the good line is analysed with the jieba
    # dictionary this process has loaded already.
    batch = tmp_path / "in.jsonl"
    batch.write_bytes(b"[" * 100_000 + b"\n" + '{"id": 2, "text": "湖南"}\n'.encode())
    code, out, err = run_cli(capsys, "extract", "--jsonl", str(batch))
    assert code == 1
    assert_one_line_message(err, "in.jsonl:1:", "nested too deeply")
    assert '"id": 2' in out


@needs_posix_files
@pytest.mark.parametrize("kind", ["deep", "fifo", "zero-link"])
def test_a_hostile_saved_corrections_file_is_one_line(
        kind: str, tmp_path: Path, _isolated_home: Path) -> None:
    saved = _isolated_home / "corrections.json"
    if kind == "deep":
        saved.write_bytes(b'{"added": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
        reason = "nested too deeply"
    else:
        reason = make_special(kind, saved)
    page = tmp_path / "p.txt"
    page.write_text(PAGE[:400], encoding="utf-8")
    ran = xiangyue("extract", page)
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, "corrections.json", reason)


def test_wrong_types_in_a_hand_edited_corrections_file_are_dropped(
        tmp_path: Path, _isolated_home: Path, capsys) -> None:
    (_isolated_home / "corrections.json").write_text(
        '{"removed": 5, "added": {"曙光": ["PER"], "倪东海": "PER"}, "retyped": 1}',
        encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("曙光和倪东海说。", encoding="utf-8")
    code, out, err = run_cli(capsys, "extract", str(page), "--json")
    assert code == 0 and not err
    assert "倪东海" in out


@needs_posix_files
@pytest.mark.parametrize("stdin", [Path("/dev/zero"), b"\xff\xfe\xc3\x28 not text"],
                         ids=["endless", "not-utf8"])
def test_a_note_from_hostile_standard_input_is_refused(
        stdin: Path | bytes, lib_path: Path) -> None:
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        article = lib.article_ids()[0]
    before = library_dump(lib_path)
    ran = xiangyue("--db", lib_path, "note", article, "-", stdin=stdin)
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, "standard input",
                            "too large" if isinstance(stdin, Path) else "not UTF-8")
    assert library_dump(lib_path) == before


@needs_posix_files
@pytest.mark.parametrize("kind", ["fifo", "zero-link"])
def test_restoring_from_a_file_that_is_not_a_file_moves_nothing(
        kind: str, lib_path: Path, tmp_path: Path) -> None:
    special = tmp_path / "backup.sqlite3"
    reason = make_special(kind, special)
    before = lib_path.read_bytes()
    ran = xiangyue("--db", lib_path, "restore", "--backup", special)
    assert ran.code == 1, ran
    assert_one_line_message(ran.err, "backup.sqlite3", reason)
    assert lib_path.read_bytes() == before
    assert sorted(p.name for p in lib_path.parent.iterdir()) == ["library.sqlite3"]
