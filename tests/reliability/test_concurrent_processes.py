"""Several programs on one library at once, as users run them: nothing is lost.

A *window* here is either the real main window (offscreen) or a process holding two
library connections exactly as the window does (tests/helpers/sides.py), saving notes,
tags and highlights all the time as autosave does. Beside it:

- the real command line, ``python -m desktop_app --db LIB …``, runs note, tag and
  highlight, then show, list and search, then export and backup (each group at once, as
  from three terminals), checking each answer;
- the command line imports pages while the real window annotates;
- a second window writes at the same time (two windows on one library both work: there
  is no single-instance machinery, so both must be safe);
- tests/helpers/pair_harness.py runs a window and the command line writing in turn for
  200 rounds while either side is killed with SIGKILL now and then.

After each: the window's ``-wal`` file was on disk whenever looked at while the window
lived (and the window never found its own WAL deleted), every acknowledged write of every
process is in the file, nothing was invented, and ``PRAGMA integrity_check`` is ``ok``.
``XIANGYUE_LONG=1`` runs 2,000 rounds with 213 kills, and two windows for 1,000 rounds
with 40 closes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app import page_import, paths
from desktop_app.core.reading.pages import read_page
from desktop_app.core.spans import Analysis
from desktop_app.core.splitting.split import split_page
from desktop_app.service import LibraryService
from desktop_app.storage.db import Database
from tests.helpers.ledger import TOKEN, Ledger
from tests.helpers.sides import deleted_library_files, note_share

REPO = Path(__file__).resolve().parents[2]
HELPERS = REPO / "tests" / "helpers"
LONG = bool(os.environ.get("XIANGYUE_LONG"))
WAIT = 90.0  # seconds; a bound for every handshake, never a pause
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

# test → harness arguments (default, long)
HARNESS_PLANS = {
    "test_window_and_cli_writing_in_turn_survive_sigkills_of_either_side": (
        ["--sides", "window,cli", "--rounds", "200", "--kills", "16", "--seed", "5",
         "--pace", "0.02"],
        ["--sides", "window,cli", "--rounds", "2000", "--kills", "160", "--seed", "5",
         "--pace", "0.02"]),
    "test_two_windows_on_one_library_both_keep_every_save": (
        ["--sides", "window,window", "--rounds", "100", "--kills", "0", "--closes", "4",
         "--seed", "8"],
        ["--sides", "window,window", "--rounds", "1000", "--kills", "0", "--closes", "40",
         "--seed", "8"]),
}


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


class HarnessRun:
    """tests/helpers/pair_harness.py in a process of its own, started at once."""

    def __init__(self, lib: Path, work: Path, args: list[str]) -> None:
        self.report, self.stderr = work / "report.json", work / "stderr.txt"
        with open(self.stderr, "w") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(HELPERS / "pair_harness.py"), "--lib", str(lib),
                 "--report", str(self.report), *args], env=_env(), cwd=work, stderr=stderr)

    def result(self) -> dict:
        code = self.proc.wait(timeout=900 if LONG else 180)
        assert code == 0 and self.report.exists(), self.stderr.read_text()[-2000:]
        return json.loads(self.report.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed pages imported without the number-and-name analysis: a real library in
    a fraction of a second (jieba takes seconds to load; nothing here depends on it)."""
    path = tmp_path_factory.mktemp("library") / "library.sqlite3"
    database = Database(path)
    try:
        for page in sorted(paths.seeds_dir().glob("*.txt")):
            page_import.import_page(database, page, analyser=lambda text, c: Analysis())
    finally:
        database.close()
    return path


def copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(template, folder / "library.sqlite3"))


@pytest.fixture
def lib_path(library_file: Path, tmp_path: Path) -> Path:
    return copy_of(library_file, tmp_path / "lib")


@pytest.fixture(scope="module", autouse=True)
def harnesses(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The harness runs start before the first test and go on while the others run
    (they mostly wait for each other's locks and the disk): the module takes about as
    long as the longest of them, not the sum."""
    wanted = {item.name for item in request.session.items}
    runs = {}
    for test, (default, long) in HARNESS_PLANS.items():
        if test in wanted:
            work = tmp_path_factory.mktemp("harness")
            library = request.getfixturevalue("library_file")
            runs[test] = HarnessRun(copy_of(library, work / "lib"), work,
                                    long if LONG else default)
    yield runs
    for run in runs.values():
        if run.proc.poll() is None:
            run.proc.kill()
            run.proc.wait()


class Program:
    """One side (tests/helpers/sides.py) in a process of its own; stdin closed = stop."""

    def __init__(self, side: str, lib: Path, work: Path, *args: str) -> None:
        self.stderr = work / f"{side}-stderr.txt"
        with open(self.stderr, "w") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(HELPERS / "sides.py"), side, "--lib", str(lib), *args],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=_env())
        self.lines: list[tuple[str, dict]] = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            kind, _, payload = raw.decode("utf-8").strip().partition(" ")
            with self.changed:
                self.lines.append((kind, json.loads(payload) if payload else {}))
                self.changed.notify_all()
        self.proc.stdout.close()  # at EOF: an unclosed pipe is a ResourceWarning (an error)
        with self.changed:
            self.lines.append(("EOF", {}))
            self.changed.notify_all()

    def count(self, kind: str) -> int:
        with self.changed:
            return sum(k == kind for k, _ in self.lines)

    def ops(self, kind: str) -> list[dict]:
        with self.changed:
            return [op for k, op in self.lines if k == kind]

    def wait_for(self, condition, what: str) -> None:
        with self.changed:
            done = self.changed.wait_for(lambda: condition() or self.lines[-1:] == [
                ("EOF", {})], timeout=WAIT)
        assert done and condition(), (
            f"no {what} within {WAIT:.0f} s; the window said {self.lines[-3:]}, stderr: "
            f"{self.stderr.read_text()[-1500:]}")

    def wait_for_acks(self, more: int, what: str) -> None:
        """Block until ``more`` further saves were acknowledged (the window writes on)."""
        target = self.count("ACK") + more
        self.wait_for(lambda: sum(k == "ACK" for k, _ in self.lines) >= target, what)

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.wait_for(lambda: ("CLOSED", {}) in self.lines, "clean close of the window")
        assert self.proc.wait(timeout=WAIT) == 0

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):  # the pipe of a killed process may be broken
                self.proc.stdin.close()

    def into(self, ledger: Ledger) -> Ledger:
        for kind, op in list(self.lines):
            if kind == "TRY":
                ledger.tried(op)
            elif kind == "ACK":
                ledger.acked(op)
        return ledger


@pytest.fixture
def programs():
    started: list[Program] = []
    yield started
    for program in started:
        program.kill()


def xiangyue(lib: Path, *commands: list[str]) -> list[dict]:
    """The real command line, one process per command, all started at once (as from
    several terminals); each command's ``--json`` answer (or ``{}``)."""
    procs = [subprocess.Popen([sys.executable, "-m", "desktop_app", "--db", str(lib), *argv],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=_env()) for argv in commands]
    answers = []
    for argv, proc in zip(commands, procs, strict=True):
        out, err = proc.communicate(timeout=WAIT)
        assert proc.returncode == 0, f"xiangyue {' '.join(argv)}: {err}"
        answers.append(json.loads(out) if "--json" in argv else {})
    return answers


def assert_window_unharmed(window: Program, wal: Path, after: str) -> None:
    assert window.proc.poll() is None, f"the window died after {after}"
    assert wal.exists(), f"{after} deleted the WAL of the open window"
    assert window.ops("BAD") == [], f"after {after} the window's WAL was deleted under it"
    assert window.ops("ERR") == [], f"after {after} a save of the window failed"
    window.wait_for_acks(2, f"a save of the window after {after}")


def test_cli_commands_beside_an_open_window(lib_path: Path, tmp_path: Path,
                                            programs: list[Program]) -> None:
    window = Program("window", lib_path, tmp_path, "--share", "0/2", "--seed", "3",
                     "--pace", "0.05")
    programs.append(window)
    window.wait_for(lambda: window.count("READY") == 1, "READY from the window")
    wal = Path(f"{lib_path}-wal")
    article = note_share(lib_path, "1/2")[0][0][0]  # not one whose note the window writes
    note = f"命令行写的笔记 zqcli7 {TOKEN}"
    tag, token = f"命令行标签-{TOKEN}", f"cli-highlight-{TOKEN}"
    writes = [{"op": "note", "article": article, "text": note},
              {"op": "tag", "article": article, "tag": tag},
              {"op": "highlight", "article": article, "start": 0, "end": 4, "token": token}]
    cli = Ledger()
    for op in writes:
        cli.tried(op)
    xiangyue(lib_path, ["note", article, note], ["tag", article, tag],
             ["highlight", article, "--start", "0", "--end", "4", "--note", token])
    for op in writes:
        cli.acked(op)
    assert_window_unharmed(window, wal, "`xiangyue note`, `tag` and `highlight`")

    shown, listed, found = xiangyue(
        lib_path, ["show", article, "--json"], ["list", "--tag", tag, "--json"],
        ["search", "zqcli7", "--json"])
    assert shown["note"] == note and tag in shown["tags"]
    assert token in [h["note"] for h in shown["highlights"]]
    assert [row["id"] for row in listed] == [article]
    assert [hit["id"] for hit in found] == [article]
    assert_window_unharmed(window, wal, "`xiangyue show`, `list` and `search`")

    # Export and backup hold what the window had saved before they started.
    saved = [op["token"] for op in window.ops("ACK") if op["op"] == "highlight"]
    exported, copy = tmp_path / "notes.json", tmp_path / "copy.sqlite3"
    xiangyue(lib_path, ["export", "--format", "json", "--out", str(exported)],
             ["backup", str(copy)])
    assert_window_unharmed(window, wal, "`xiangyue export` and `backup`")
    text = exported.read_text(encoding="utf-8")
    assert note in text and all(t in text for t in saved)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_copy = {n for (n,) in conn.execute("SELECT note FROM highlights")}
    assert set(saved) <= in_copy, "the backup lacks saves acknowledged before it started"
    window.stop()
    assert window.count("ACK") >= 20, "the window hardly wrote while the commands ran"
    assert window.into(cli).check(lib_path) == []


def _pages(folder: Path, seed_paths: list[Path]) -> dict[str, tuple[str, list[str]]]:
    """Two new pages, each with a marker in a body sentence: path → (marker, titles)."""
    folder.mkdir()
    pages = {}
    for k, source in enumerate(seed_paths[:2]):
        marker = f"ZQ{k}IMPORT"
        body = source.read_text(encoding="utf-8").replace("。", f"（编号{marker}）。", 1)
        path = folder / f"page-{k}.txt"
        path.write_text(body, encoding="utf-8")
        titles = [a.title for a in split_page(read_page(path).text).articles]
        pages[str(path.resolve())] = (marker, titles)
    return pages


def test_cli_import_while_the_window_annotates(lib_path: Path, tmp_path: Path,
                                               seed_paths: list[Path],
                                               programs: list[Program]) -> None:
    pages = _pages(tmp_path / "pages", seed_paths)
    window = Program("real-window", lib_path, tmp_path, "--seed", "4", "--pace", "0.1")
    programs.append(window)
    window.wait_for(lambda: window.count("READY") == 1, "the window showing an article")
    wal = Path(f"{lib_path}-wal")
    typed = window.count("ACK")
    [report] = xiangyue(lib_path, ["import", str(tmp_path / "pages"), "--json"])
    assert report["added_pages"] == 2, report
    assert window.count("ACK") > typed, "the window saved nothing while the import ran"
    assert_window_unharmed(window, wal, "`xiangyue import`")
    window.stop()
    assert window.into(Ledger()).check(lib_path) == []
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        conn = lib._db.conn
        for path, (marker, titles) in pages.items():
            stored = [t for (t,) in conn.execute(
                "SELECT a.title FROM articles a JOIN pages p ON p.id = a.page_id "
                "WHERE p.source_path = ? ORDER BY a.position", (path,))]
            assert stored == titles, f"{path}: {len(stored)} of {len(titles)} articles"
            assert lib.search(marker), f"search does not find {marker} from {path}"


def summary(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False)[:3000]


def assert_nothing_lost(report: dict) -> None:
    assert report["problems"] == [], summary(report)
    assert report["bad"] == [], "a window found its own WAL deleted: " + summary(report)
    assert report["errors"] == [], summary(report)
    assert report["wal_checks"] > 0


def test_window_and_cli_writing_in_turn_survive_sigkills_of_either_side(
        harnesses: dict) -> None:
    report = harnesses[
        "test_window_and_cli_writing_in_turn_survive_sigkills_of_either_side"].result()
    assert_nothing_lost(report)
    planned_rounds, planned_kills = (2000, 160) if LONG else (200, 16)
    assert report["rounds"] >= planned_rounds, summary(report)
    window, cli = report["acks"]["w0"], report["acks"]["c1"]
    assert min(window, cli) >= planned_rounds, summary(report)
    # Each side was killed half the time, and one kill in three was doubled at start.
    assert report["kills"]["w0"] >= planned_kills // 2
    assert report["kills"]["c1"] >= planned_kills // 2
    assert sum(report["kills"].values()) >= planned_kills + planned_kills // 4
    # Most kills cut a write (or a whole CLI run) short, not an idle moment.
    assert report["kills_mid_write"] >= planned_kills // 2, summary(report)


def test_two_windows_on_one_library_both_keep_every_save(harnesses: dict) -> None:
    report = harnesses["test_two_windows_on_one_library_both_keep_every_save"].result()
    assert_nothing_lost(report)
    planned = 1000 if LONG else 100
    assert report["rounds"] >= planned, summary(report)
    assert min(report["acks"].values()) >= planned
    assert report["closed"] == {"w0": True, "w1": True}
    # One window was closed while the other saved on, and opened again, several times.
    assert report["closes"] == (40 if LONG else 4)
    # Both opened the library for the first time today at the same moment: one backup.
    assert len(report["backups"]) == 1, report["backups"]
    assert re.fullmatch(r"library-daily-[0-9-]{10}\.sqlite3", report["backups"][0])


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc (Linux)")
def test_a_wal_deleted_under_a_live_connection_is_seen(tmp_path: Path) -> None:
    """The check the windows run after every save can fail."""
    lib = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(lib)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t(x)")
    assert deleted_library_files(lib) == []
    Path(f"{lib}-wal").unlink()
    assert deleted_library_files(lib) == [f"{os.path.realpath(lib)}-wal (deleted)"]
    conn.close()
