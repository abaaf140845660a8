"""No network: import, analysis, search, every export, the window and the self-test.

Sockets are replaced by a guard that records and refuses every attempt to connect,
resolve a name or send a datagram: in this process (monkeypatch) and in subprocesses
(tests/helpers/netguard/sitecustomize.py on PYTHONPATH). A canary proves the guard
sees an attempt when there is one.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.export.scope import ExportScope
from desktop_app.service import LibraryService
from desktop_app.service_export import ExportRequest, ExportService
from tests.helpers.paths import REPO

pytestmark = pytest.mark.early  # child processes, one after another

GUARD = REPO / "tests" / "helpers" / "netguard"
SEED = REPO / "seeds" / "000_f5f77dfa578cba18.txt"


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def refuse(what: str):
        def refused(*args, **kwargs):
            seen.append(f"{what} {args[1:2]!r}")
            raise OSError("network access attempted")
        return refused

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return seen


def test_import_analysis_search_and_every_export_stay_offline(
        attempts: list[str], tmp_path: Path) -> None:
    with LibraryService.open(tmp_path / "lib.sqlite3", import_seeds=False) as lib:
        page = tmp_path / "page.txt"  # new text, so the import really splits and analyses
        page.write_text(SEED.read_text(encoding="utf-8").replace("。", "（离线）。", 3),
                        encoding="utf-8")
        assert lib.import_paths([page]).added_pages == 1
        ids = lib.article_ids()
        assert ids
        lib.set_note(ids[0], "![远程](http://198.51.100.7/x.png) [链接](https://example.org)")
        lib.add_highlight(ids[0], 0, 4, note="<img src=http://198.51.100.7/y.png>")
        assert lib.search("湖南")
        exporter = ExportService(lib)
        try:
            for fmt in ("md", "html", "csv", "json"):
                exporter.export(ExportRequest(fmt, ExportScope.everything(),
                                              tmp_path / f"all.{fmt}", only_annotated=False))
            exporter.import_notes(tmp_path / "all.json")
            exporter.backup(tmp_path / "copy.sqlite3")
        finally:
            exporter.close()
    assert attempts == []


def test_the_window_and_note_preview_stay_offline(attempts: list[str], qtbot,
                                                  lib_path: Path) -> None:
    from tests.ui.conftest import open_window

    window = open_window(qtbot, lib_path)
    window.notes.note_edit.setPlainText("![远程](http://198.51.100.7/x.png)")
    window.notes.note_tabs.setCurrentIndex(1)  # the preview renders the Markdown
    assert window.notes.note_preview.requested == []
    window.close()
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules


def _guarded(tmp_path: Path, *argv: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    log = tmp_path / "net.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(GUARD), str(REPO)]),
           "XIANGYUE_NET_LOG": str(log), "XIANGYUE_HOME": str(tmp_path / "home"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, *argv], env=env, capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    return done, (log.read_text().splitlines() if log.exists() else [])


def test_the_guard_sees_a_connection_attempt(tmp_path: Path) -> None:
    done, seen = _guarded(tmp_path, "-c", "import urllib.request as u\ntry:\n"
                          " u.urlopen('http://198.51.100.7/', timeout=1)\nexcept OSError: pass")
    assert done.returncode == 0, done.stderr
    assert seen, "the guard must record an attempt when there is one"


def test_the_command_line_and_self_test_stay_offline(tmp_path: Path, lib_path: Path) -> None:
    lib = str(lib_path)  # the seeded library; the import below adds a new page
    page = tmp_path / "page.txt"
    page.write_text(SEED.read_text(encoding="utf-8").replace("。", "（离线）。", 3),
                    encoding="utf-8")
    commands = [
        ["import", str(page)], ["search", "湖南", "--json"], ["list"],
        ["extract", str(SEED), "--json"], ["split", str(SEED), "--json"],
        *(["export", "--format", f, "--all-articles", "--out", str(tmp_path / f"out.{f}")]
          for f in ("md", "html", "csv", "json")),
        ["import-notes", str(tmp_path / "out.json")], ["backup", str(tmp_path / "b.sqlite3")],
    ]
    runs = [(["--db", lib] if argv[0] not in ("extract", "split") else []) + argv
            for argv in commands]
    # One interpreter runs every command through the real entry point (jieba loads once).
    script = ("import sys\nfrom desktop_app.cli import main\n"
              f"codes = [main(argv) for argv in {runs!r}]\n"
              "print(codes, file=sys.stderr)\nsys.exit(max(codes))")
    done, seen = _guarded(tmp_path, "-c", script)
    assert done.returncode == 0, done.stderr[-800:]
    assert seen == []
    done, seen = _guarded(tmp_path, "-m", "desktop_app", "--self-test")
    assert done.returncode == 0, done.stdout[-800:] + done.stderr[-800:]
    assert seen == []
