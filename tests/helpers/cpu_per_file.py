"""Where the suite's time goes: CPU and wall time per test file (a pytest plugin).

    XIANGYUE_CPU_REPORT=/tmp/cpu uv run pytest -p tests.helpers.cpu_per_file
    uv run python tests/helpers/cpu_per_file.py /tmp/cpu     # the table, largest first

Each process (every xdist worker) writes one JSON file into the folder: per test file,
the CPU of the test process itself and of the processes it started and waited for
(``getrusage``; a process the test never reaps, such as an import worker orphaned by a
SIGKILL, is not counted), and the wall time. Session and module fixtures count towards
the first test that asks for them. Not loaded unless named with ``-p``.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

_totals: defaultdict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    own, children, wall = (_cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN),
                           time.monotonic())
    yield
    row = _totals[item.nodeid.split("::")[0]]
    row[0] += _cpu(resource.RUSAGE_SELF) - own
    row[1] += _cpu(resource.RUSAGE_CHILDREN) - children
    row[2] += time.monotonic() - wall
    row[3] += 1


def pytest_sessionfinish(session: pytest.Session) -> None:
    folder = os.environ.get("XIANGYUE_CPU_REPORT")
    if not folder or not _totals:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    name = os.environ.get("PYTEST_XDIST_WORKER", "main")
    (Path(folder) / f"{name}-{os.getpid()}.json").write_text(json.dumps(_totals))


def main(folder: str) -> None:
    rows: defaultdict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for path in Path(folder).glob("*.json"):
        for file, values in json.loads(path.read_text()).items():
            rows[file] = [a + b for a, b in zip(rows[file], values, strict=True)]
    print(f"{'file':60} {'tests':>5} {'own':>7} {'children':>9} {'wall':>7}")
    for file, (own, children, wall, count) in sorted(rows.items(),
                                                     key=lambda kv: -(kv[1][0] + kv[1][1])):
        print(f"{file:60} {count:5d} {own:7.1f} {children:9.1f} {wall:7.1f}")
    own, children, wall = (sum(r[i] for r in rows.values()) for i in range(3))
    print(f"{'all':60} {sum(int(r[3]) for r in rows.values()):5d} {own:7.1f} "
          f"{children:9.1f} {wall:7.1f}")


if __name__ == "__main__":
    main(sys.argv[1])
