"""Nothing but SQLite opens the library file while this process holds a connection to it.

On Linux and macOS, closing any descriptor of a file releases every POSIX lock the
process holds on it; another process then thinks it is the last user of the library,
checkpoints it and deletes the WAL under the window's feet (a data-loss bug that was
found this way). An audit hook sees every ``open()`` Python makes (builtins, ``os``,
``pathlib``, ``shutil``); SQLite's own opens are in C and are not reported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from desktop_app.service_export import ExportRequest, ExportService
from desktop_app.storage.db import Database

# Armed once the first connection is open: from then on any open() is a violation.
_watch: dict[str, object] = {"paths": (), "hits": None}


def _hook(event: str, args: tuple) -> None:
    if event != "open" or _watch["hits"] is None or not args:
        return
    target = args[0]
    if isinstance(target, int):
        return  # an fd opened earlier (the opening itself was seen)
    name = os.fsdecode(target) if isinstance(target, bytes | os.PathLike) else str(target)
    if os.path.abspath(name) in _watch["paths"]:  # type: ignore[operator]
        _watch["hits"].append(name)  # type: ignore[union-attr]


sys.addaudithook(_hook)


class Watch:
    def __init__(self, library: Path) -> None:
        names = [str(library)] + [str(library) + s for s in ("-wal", "-shm", "-journal")]
        _watch["paths"] = tuple(os.path.abspath(n) for n in names)

    def arm(self) -> None:
        _watch["hits"] = []

    @property
    def opened(self) -> list[str]:
        return list(_watch["hits"] or [])  # type: ignore[call-overload]


@pytest.fixture
def watch(lib_path: Path):
    yield Watch(lib_path)
    _watch["hits"] = None


def test_a_second_connection_opens_no_descriptor_of_its_own(lib_path: Path, watch: Watch):
    first = Database(lib_path)
    watch.arm()
    second = Database(lib_path)  # the window's worker does this: two connections
    second.close()
    first.close()
    assert watch.opened == [], f"the library was opened outside SQLite: {watch.opened}"


def test_every_service_operation_leaves_the_library_file_to_sqlite(
        lib_path: Path, tmp_path: Path, seed_paths: list[Path], watch: Watch):
    service = LibraryService.open(lib_path, import_seeds=False)
    watch.arm()
    try:
        article = service.article_ids()[0]
        service.article(article)
        service.search("湖南")
        service.set_note(article, "要点")
        service.tag(article, "算力")
        service.add_highlight(article, 0, 4)
        service.import_paths(seed_paths[:1])  # a second connection, as the window's import
        service.backup_to(tmp_path / "copy.sqlite3")
        exporter = ExportService(service)
        try:
            exporter.export(ExportRequest("json", destination=tmp_path / "out.json"))
            exporter.export(ExportRequest("md", destination=tmp_path / "md", split=True))
        finally:
            exporter.close()
        service.integrity_check()
    finally:
        service.close()
    assert watch.opened == [], f"the library was opened outside SQLite: {watch.opened}"


def test_another_process_reading_keeps_the_wal_of_a_two_connection_process(lib_path: Path):
    """The bug as users met it: the window open, `xiangyue list` run beside it."""
    first, second = Database(lib_path), Database(lib_path)
    try:
        with first.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('probe', '1')")
        wal = Path(str(lib_path) + "-wal")
        assert wal.exists()
        reader = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                  "c.execute('SELECT count(*) FROM meta').fetchone(); c.close()")
        subprocess.run([sys.executable, "-c", reader, str(lib_path)], check=True)
        assert wal.exists(), "the other process deleted the WAL under live connections"
        with second.transaction() as conn:  # and writing still works afterwards
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('probe', '2')")
    finally:
        second.close()
        first.close()
