"""``xiangyue import`` with worker processes, progress and Ctrl+C; ``xiangyue samples``
(issue 15)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.cli.import_progress import ImportDisplay
from desktop_app.page_import import ImportStatus, import_files
from desktop_app.service import LibraryService
from tests.helpers.fake_analysers import quick
from tests.service.test_import_workers import stored, write_pages


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_library_filled_by_import_holds_only_the_imported_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = write_pages(tmp_path / "pages", 2)
    db = str(tmp_path / "new.sqlite3")
    code, out, err = run(capsys, "--db", db, "import", str(pages[0]))
    assert code == 0, err
    assert out.startswith("1 page(s) added") and "1 job" in out
    assert [name for name, _ in stored(Path(db))] == [pages[0].name]
    for argv in (["list"], ["search", "湖南"], ["samples"]):
        run(capsys, "--db", db, *argv)
    assert [name for name, _ in stored(Path(db))] == [pages[0].name]
    assert json.loads(run(capsys, "--db", db, "samples", "--json")[1]) == {"sample_pages": 0}


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_import_with_two_jobs_prints_one_summary_line_off_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pages(tmp_path / "pages", 3)
    db = str(tmp_path / "lib.sqlite3")
    code, out, err = run(capsys, "--db", db, "import", str(tmp_path / "pages"), "--jobs", "2")
    assert code == 0, err
    assert out.count("\n") == 1 and out.startswith("3 page(s) added") and "2 jobs" in out
    assert err == ""  # no progress bar when stderr is not a terminal
    assert len(stored(Path(db))) == 3
    code, out, _ = run(capsys, "--db", db, "import", str(tmp_path / "pages"), "--jobs", "2")
    assert code == 0 and "0 page(s) added, 0 updated, 3 unchanged" in out


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(tmp_path: Path, jobs: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "x.sqlite3"), "import", str(tmp_path), "--jobs", jobs])
    assert exit_.value.code == 2
    assert not (tmp_path / "x.sqlite3").exists()


def test_the_progress_bar_shows_pages_characters_per_second_and_time_left(
    capsys: pytest.CaptureFixture[str]
) -> None:
    display = ImportDisplay(show_bar=True)
    for done in range(4):
        assert display(ImportStatus(done, 10, done * 5000, f"p{done}.txt", 2))
    display.close()
    drawn = capsys.readouterr().err
    assert "3/10 pages" in drawn and "k chars/s" in drawn and "2 jobs" in drawn
    assert "<" in drawn  # elapsed<remaining
    display.cancel.set()
    assert display(ImportStatus(4, 10, 0, "", 2)) is False


def test_samples_remove_keeps_annotated_articles_unless_asked(
    tmp_path: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # A library as the window's first launch makes it: the five pages marked as samples.
    lib_path = tmp_path / "library.sqlite3"
    import_files(lib_path, seed_paths, sample=True, analyser=quick)
    db = str(lib_path)
    assert json.loads(run(capsys, "--db", db, "samples", "--json")[1]) == {"sample_pages": 5}
    with LibraryService.open(lib_path) as lib:
        noted = lib.article_ids()[3]
        lib.set_note(noted, "我的笔记")
    code, out, _ = run(capsys, "--db", db, "samples", "remove", "--json")
    removal = json.loads(out)
    assert code == 0 and removal["kept_articles"] == [noted] and removal["pages"] == 4
    with LibraryService.open(lib_path) as lib:
        assert lib.article_ids() == [noted] and lib.note(noted) == "我的笔记"
    code, out, _ = run(capsys, "--db", db, "samples", "remove", "--include-annotated")
    assert code == 0 and out.startswith("1 sample page(s) and 1 article(s) removed")
    with LibraryService.open(lib_path) as lib:
        assert lib.article_ids() == [] and lib.count_samples() == 0


@pytest.mark.thorough  # the product's own processes, waited on: CI's second run (--tier thorough)
def test_ctrl_c_stops_between_pages_and_a_rerun_imports_the_rest(tmp_path: Path) -> None:
    """Ctrl+C as a terminal sends it, to the whole process group (workers included):
    the pages committed stay whole, the command says so, and importing the same folder
    again completes it without analysing those pages again."""
    write_pages(tmp_path / "pages", 40)
    db = tmp_path / "lib.sqlite3"
    argv = [sys.executable, "-m", "desktop_app", "--db", str(db), "import",
            str(tmp_path / "pages"), "--jobs", "2"]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "PYTHONUTF8": "1"})
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists() and _pages(db) >= 1:
            break
    assert proc.poll() is None, "the import finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "cancelled" in out and "Traceback" not in err
    kept = stored(db)
    assert 1 <= len(kept) < 40 and all(n > 0 for _, n in kept)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = subprocess.run([*argv, "--json"], capture_output=True,
                           text=True, timeout=300)
    report = json.loads(again.stdout)
    assert report["unchanged_pages"] == len(kept)
    assert report["added_pages"] == 40 - len(kept)


def _pages(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=0.1) as conn:
            return int(conn.execute("SELECT count(*) FROM pages").fetchone()[0])
    except sqlite3.Error:
        return 0

