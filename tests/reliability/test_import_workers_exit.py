"""Killing an import leaves no worker processes behind (issue 15).

The import runs in a child process with two workers stuck on pages that never finish;
the child is killed with SIGKILL, and its workers must be gone within seconds (they
watch their parent), not left sleeping forever; so must every other process it started
(on Linux the workers' fork server, whose children they are, and multiprocessing's
resource tracker).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import fake_analysers
from tests.service.test_import_workers import write_pages

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc to find the workers")

SCRIPT = """
import sys
from desktop_app.page_import import import_files
from tests.helpers import fake_analysers

if __name__ == "__main__":
    import_files(sys.argv[1], [sys.argv[2]], jobs=2, analyser=fake_analysers.faulty)
"""


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


def test_workers_exit_when_the_import_is_killed(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 4, {i: "SLOWME" for i in range(4)})
    script = tmp_path / "run_import.py"
    script.write_text(SCRIPT, encoding="utf-8")
    log = tmp_path / "analysis.log"
    # The import killed cannot remove its workers' socket folder: it goes with tmp_path.
    env = {**os.environ, fake_analysers.LOG_ENV: str(log), "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path / "lib.sqlite3"),
                             str(tmp_path / "pages")], cwd=tmp_path, env=env)
    workers: list[int] = []
    started: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            if log.exists():  # "PID SLOWME": that worker sleeps inside a page
                workers = [int(line.split()[0]) for line in log.read_text().splitlines()]
        assert len(workers) == 2, "the workers never started on their pages"
        started = descendants(proc.pid)
        assert set(workers) <= started
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(alive(p) for p in started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in workers if alive(p)], "workers outlived the killed import"
        assert not [p for p in started if alive(p)], "a process outlived the killed import"
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in started | set(workers):
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
