"""The writers :mod:`kill_harness` forks and kills: CLI, window, import.

Each writer is built once in the harness (so the fork inherits loaded modules) and
``run`` in a forked child: it reports ``TRY {op}`` before a write and ``ACK {op}`` after
the application call returned. Lines stay below PIPE_BUF so each write is atomic.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import sqlite3
import time
from pathlib import Path

from ledger import TOKEN, note_text

MAX_LINE = 3500  # bytes; below PIPE_BUF (4096 on Linux)


def emit(fd: int, kind: str, op: dict) -> None:
    line = (kind + " " + json.dumps(op, ensure_ascii=False) + "\n").encode("utf-8")
    assert len(line) < MAX_LINE + 400, "an ack line must be written atomically"
    os.write(fd, line)


def article_lengths(path: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT id, length(text) FROM articles WHERE retired = 0 AND length(text) > 2"))
    finally:
        conn.close()


def prepare(mode: str, lib: Path, seed: int, work: Path | None):
    if mode == "cli":
        return CliWriter(lib, seed)
    if mode == "window":
        return WindowWriter(lib, seed)
    assert work is not None, "import mode needs --work"
    if mode == "import2":  # two worker processes analyse; the writer still commits alone
        return ImportWriter(lib, seed, work, jobs=2, pages=4)
    return ImportWriter(lib, seed, work)


class _Writer:
    slow_start = False  # True: says READY once it can write; kills are timed from then
    writes_many = False  # True: writes again and again until killed
    def setup(self, number: int) -> None:
        """Runs in the harness before round ``number`` is forked."""

    def check(self, lib: Path, lines: list) -> list[str]:
        return []

    def finish(self, lib: Path) -> dict:
        return {}


class CliWriter(_Writer):
    """``xiangyue note|highlight|tag`` through ``desktop_app.cli.main``, back to back."""

    writes_many = True

    def __init__(self, lib: Path, seed: int) -> None:
        import desktop_app.cli
        import desktop_app.service

        self.main = desktop_app.cli.main
        self.lib, self.seed = lib, seed
        self.articles = article_lengths(lib)

    def op(self, rng: random.Random, number: int, i: int) -> dict:
        article, length = rng.choice(self.articles)
        kind = rng.choice(("note", "highlight", "tag"))
        if kind == "note":
            # Sizes from one line to ~24 KB, so some commits span several pages.
            return {"op": "note", "article": article, "round": number, "i": i,
                    "n": rng.randint(0, 2000)}
        if kind == "highlight":
            start = rng.randrange(0, length - 1)
            end = min(length, start + rng.randint(1, 40))
            return {"op": "highlight", "article": article, "start": start, "end": end,
                    "token": f"r{number}-{i}-{TOKEN}"}
        return {"op": "tag", "article": article, "tag": f"标签{number}-{i}-{TOKEN}"}

    def run(self, number: int, fd: int) -> None:
        rng = random.Random(self.seed * 1_000_003 + number)
        for i in itertools.count():
            op = self.op(rng, number, i)
            emit(fd, "TRY", op)
            code = self.main(cli_argv(self.lib, op))
            emit(fd, "ACK" if code == 0 else "ERR", {**op, "code": code})


def cli_argv(lib: Path, op: dict) -> list[str]:
    """The command line that makes the write ``op`` (a note, highlight or tag)."""
    base = ["--db", str(lib)]
    if op["op"] == "note":
        return [*base, "note", op["article"], note_text(op)]
    if op["op"] == "highlight":
        return [*base, "highlight", op["article"], "--start", str(op["start"]),
                "--end", str(op["end"]), "--color", "green", "--note", op["token"]]
    return [*base, "tag", op["article"], op["tag"]]


class WindowWriter(_Writer):
    """The real main window, offscreen: typed notes (autosave), tags, highlight notes."""

    SAVE_INTERVAL_MS = 20  # the window's is 300 ms; shorter so a round holds several saves
    slow_start = True
    writes_many = True

    def __init__(self, lib: Path, seed: int) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtTest import QTest  # noqa: F401  (loaded before the fork)

        import desktop_app.ui.main_window  # noqa: F401

        self.lib, self.seed = lib, seed

    def run(self, number: int, fd: int, keep_going=lambda: True) -> None:
        """Types until killed, or until ``keep_going()`` is false: then closes the window
        as a user would and says CLOSED."""
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtTest import QTest

        from desktop_app.ui.app import create_app
        from desktop_app.ui.main_window import MainWindow

        app = create_app(["kill-test"])
        window = MainWindow(self.lib)
        window.show()
        window.start()
        acks: list[dict] = []

        def wait(condition, timeout: float = 20.0) -> bool:
            end = time.monotonic() + timeout
            while not condition() and time.monotonic() < end:
                app.processEvents()
                time.sleep(0.001)
            return condition()

        # The notes panel is built after the first article is shown.
        if not wait(lambda: window.detail is not None and window.notes is not None):
            emit(fd, "ERR", {"op": "open", "why": "no article shown"})
            return
        os.write(fd, b"READY\n")
        notes, runner = window.notes, window.operations
        notes._save_timer.setInterval(self.SAVE_INTERVAL_MS)
        # What the window asked the runner to write; acknowledged only once the runner
        # has run every write asked for and none failed (the writes run off the UI
        # thread: a signal that a save was asked for says nothing about it being stored).
        sent: list[dict] = []
        failures: list[object] = []
        runner.failed.connect(failures.append)
        notes.noteEdited.connect(lambda aid, text: sent.append(
            {"op": "note", "article": aid, "text": text}))
        notes.tag_editor.tagsEdited.connect(lambda aid, added, _removed: sent.append(
            {"op": "tag", "article": aid, "tag": added[0]}))

        def stored() -> None:
            if wait(lambda: runner.idle, 5.0) and not failures:
                acks.extend(sent)
            sent.clear()
            failures.clear()

        rng = random.Random(self.seed * 1_000_003 + number)
        notes.note_edit.selectAll()  # the first keystroke replaces last round's note
        for i in itertools.count():
            if not keep_going():
                break
            article = window.detail.id
            kind = rng.choice(("note", "note", "tag", "highlight"))
            if kind == "note":
                if len(notes.note_edit.toPlainText()) > 600:
                    notes.note_edit.selectAll()
                type_text(notes.note_edit, f"第{number}轮{i}段{TOKEN}。")
                emit(fd, "TRY", {"op": "note", "article": article,
                                 "text": notes.note_edit.toPlainText()})
                wait(lambda: bool(sent), 5.0)  # the save timer has fired
            elif kind == "tag":
                tag = f"标签{number}-{i}-{TOKEN}"
                notes.tag_editor.tag_input.setText(tag)
                emit(fd, "TRY", {"op": "tag", "article": article, "tag": tag})
                QTest.keyClick(notes.tag_editor.tag_input, Qt.Key.Key_Return)
            else:
                self._highlight(window, rng, fd, number, i, sent, wait)
            stored()
            for ack in acks:
                emit(fd, "ACK", ack)
            acks.clear()
            QCoreApplication.processEvents()
        window.close()  # saves the note being typed, closes both connections
        if not failures:  # closing waited for the runner: what it was sent is stored
            acks.extend(sent)
        for ack in acks:
            emit(fd, "ACK", ack)
        os.write(fd, b"CLOSED\n")

    @staticmethod
    def _highlight(window, rng: random.Random, fd: int, number: int, i: int,
                   sent: list[dict], wait) -> None:
        length = len(window.detail.text)
        start = rng.randrange(0, max(1, length - 1))
        end = min(length, start + rng.randint(1, 30))
        token = f"w{number}-{i}-{TOKEN}"
        op = {"op": "highlight", "article": window.detail.id, "start": start, "end": end,
              "token": token}
        emit(fd, "TRY", op)
        window.reader.select_range(start, end)
        window.reader_panel.highlight_selection("green")
        # Selected in the notes panel once stored; then every keystroke in its note
        # field is written at once.
        wait(lambda: window.operations.idle and window.notes.highlight_note.isEnabled())
        type_text(window.notes.highlight_note, token)
        sent.append(op)


def type_text(widget, text: str) -> None:
    """Key events carrying ``text``, one character at a time, as a keyboard sends them.

    (QTest.keyClicks only knows ASCII and aborts on Chinese.)
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


class ImportWriter(_Writer):
    """``xiangyue import FOLDER --jobs N`` of two (or ``pages``) new pages per round."""

    def __init__(self, lib: Path, seed: int, work: Path, jobs: int = 1, pages: int = 2
                 ) -> None:
        import desktop_app.cli
        from desktop_app import paths
        from desktop_app.core.extraction.analysis import analyse
        from desktop_app.core.reading.pages import read_page
        from desktop_app.core.splitting.split import split_page

        analyse("湖南日报全媒体记者在长沙报道，增长19.2%。")  # loads jieba once
        self.main, self.read_page, self.split_page = desktop_app.cli.main, read_page, split_page
        self.lib, self.work = lib, work
        self.jobs, self.pages = jobs, pages
        self.rng = random.Random(seed)
        self.sources = [p.read_text(encoding="utf-8") for p in
                        sorted(paths.seeds_dir().glob("*.txt"))]
        self.expected: dict[str, tuple[str, list[str]]] = {}  # path → (marker, titles)

    def setup(self, number: int) -> None:
        folder = self.work / f"round-{number:04d}"
        folder.mkdir(parents=True)
        for k in range(self.pages):
            marker = f"ZQ{number}X{k}"
            source = self.rng.choice(self.sources)
            lines = source.splitlines()
            cut = self.rng.randint(min(40, len(lines)), len(lines))
            # The marker sits inside a body sentence so search has to find it there.
            body = "\n".join(lines[:cut]).replace("。", f"（编号{marker}）。", 1)
            path = folder / f"page-{k}.txt"
            path.write_text(body + "\n", encoding="utf-8")
            titles = [a.title for a in self.split_page(self.read_page(path).text).articles]
            self.expected[str(path.resolve())] = (marker, titles)

    def run(self, number: int, fd: int) -> None:
        op = {"op": "import", "round": number}
        emit(fd, "TRY", op)
        code = self.main(["--db", str(self.lib), "import",
                          str(self.work / f"round-{number:04d}"), "--jobs", str(self.jobs)])
        emit(fd, "ACK" if code == 0 else "ERR", {**op, "code": code})
        os.write(fd, b"IDLE\n")
        while True:  # stay alive until killed, so every round ends the same way
            time.sleep(1)

    def check(self, lib: Path, lines: list) -> list[str]:
        """Each page is either fully in (all its articles, findable) or not at all."""
        from desktop_app.service import LibraryService

        acked = {op["round"] for kind, op in lines if kind == "ACK"}
        conn = sqlite3.connect(lib)
        try:
            rows = dict(conn.execute("SELECT source_path, id FROM pages"))
            problems = []
            for path, (_marker, titles) in self.expected.items():
                page = rows.get(path)
                stored = [] if page is None else [t for (t,) in conn.execute(
                    "SELECT title FROM articles WHERE page_id = ? ORDER BY position", (page,))]
                if page is not None and stored != titles:
                    problems.append(f"{path}: half imported ({len(stored)} of "
                                    f"{len(titles)} articles)")
                if page is None and _round_of(path) in acked:
                    problems.append(f"{path}: acknowledged import is missing")
        finally:
            conn.close()
        with LibraryService.open(lib, import_seeds=False) as service:
            for path, (marker, _titles) in self.expected.items():
                found = bool(service.search(marker))
                if found != (path in rows):
                    problems.append(f"{path}: in library={path in rows} but search "
                                    f"finds it={found}")
        return problems

    def finish(self, lib: Path) -> dict:
        """Import everything again without killing: all pages must then be complete."""
        code = self.main(["--db", str(lib), "import", str(self.work), "--jobs",
                          str(self.jobs)])
        problems = self.check(lib, [("ACK", {"round": _round_of(p)}) for p in self.expected])
        return {"reimport_code": code, "pages": len(self.expected), "problems": problems}


def _round_of(path: str) -> int:
    return int(Path(path).parent.name.split("-")[1])
