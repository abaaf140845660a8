"""The figures table in the window at scale:
``uv run python bench/facts_window.py [--articles N] [--runs R]``.

On the library bench/facts_scale.py builds (bench/out/facts-vK-N.sqlite3; run that first),
opens the main window offscreen and times what a reader waits for, each time until the
rows are painted (the model reset by the first page, then the table's viewport painted):

* opening: View → Figures Table (Ctrl+Shift+F) the first time, a second after the first
  article is shown (the panel built then, its first page read through the operations
  runner), with the time to each stage, and the names index's first opening the same
  way; then re-opening the figures R times after a change to the library while hidden
  (it reads again when shown);
* re-filter: a kind chosen in the table's box (R times, cycling through kinds), and a
  subject typed (timed from the end of the typing pause: the pause itself is a choice,
  250 ms).

Each is next to a **plain SELECT of as many rows** (200) in the same run, on a
connection of its own. p50 / p95 in ms; the ratios are what compare between machines.
Numbers go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def first_opening(window: MainWindow, name: str, wait: Callable[[Callable[[], bool]], None]
                  ) -> dict[str, float]:
    """The first opening of the ``name`` dock (facts or names) from its View menu entry,
    in ms from the toggle to each stage: its panel built (its modules imported then unless
    imported before), its first read started and ended on the runner's thread, the model
    reset by it, the rows painted."""
    from PySide6.QtGui import QAction

    dock = getattr(window, f"{name}_dock")
    service = window.service
    method = "facts" if name == "facts" else "names"
    marks: dict[str, float] = {"modules imported before": float(
        f"desktop_app.ui.{name}_panel" in sys.modules)}
    start = time.perf_counter()

    def mark(stage: str) -> None:
        marks.setdefault(stage, (time.perf_counter() - start) * 1000)

    build, read = dock._build, getattr(service, method)

    def timed_build():  # type: ignore[no-untyped-def]
        panel = build()
        mark("panel built")
        panel.model.modelReset.connect(lambda: mark("model reset"))
        return panel

    def timed_read(*args, **kwargs):  # type: ignore[no-untyped-def]
        mark("read starts")
        rows = read(*args, **kwargs)
        mark("read ends")
        return rows

    dock._build = timed_build
    setattr(service, method, timed_read)
    start = time.perf_counter()
    window.findChild(QAction, f"toggle-{name}").trigger()
    wait(lambda: "model reset" in marks and dock.panel.model.rowCount() > 0)
    dock.panel.table.viewport().repaint()
    mark("painted")
    delattr(service, method)
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--cold", action="store_true",
                        help="no warm-up after the first article: the docks' modules are"
                             " imported at their first opening, as before")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XIANGYUE_HOME"] = tempfile.mkdtemp(prefix="xiangyue-bench-")
    from facts_scale import OUT, plain

    from desktop_app.storage.migrations import LATEST_VERSION

    path = OUT / f"facts-v{LATEST_VERSION}-{args.articles}.sqlite3"
    if not path.exists():
        print(f"{path} is missing: run bench/facts_scale.py --articles {args.articles}")
        return 1
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.operations import Changes

    if args.cold:
        from desktop_app.ui import warm_up

        warm_up.warm_up = lambda: None
    app = create_app([])
    window = MainWindow(path)
    window.resize(1280, 800)
    window.show()
    window.start()

    def wait(check: Callable[[], bool], timeout: float = 120.0) -> None:
        end = time.perf_counter() + timeout
        while not check():
            if time.perf_counter() > end:
                raise TimeoutError("the window did not answer")
            app.processEvents()
            time.sleep(0.0005)

    wait(lambda: window.service is not None and getattr(window, "facts_dock", None)
         is not None and window.detail is not None)
    # A reader looks at the article a few seconds before opening a dock (the docks'
    # modules are loaded meanwhile, ui/warm_up.py; --cold: not).
    settle_until = time.perf_counter() + 3.0
    wait(lambda: time.perf_counter() > settle_until)
    stages = {"facts": first_opening(window, "facts", wait),
              "names": first_opening(window, "names", wait)}
    window.names_dock.toggleViewAction().trigger()  # hidden again: it reads only if shown
    toggle = window.findChild(QAction, "toggle-facts")
    dock = window.facts_dock
    panel = dock.panel  # shown: the runs below hide it and open it again
    wait(lambda: panel.model.total is not None)
    reset = [False]
    panel.model.modelReset.connect(lambda: reset.__setitem__(0, True))

    def until_shown(action: Callable[[], None]) -> float:
        reset[0] = False
        start = time.perf_counter()
        action()
        wait(lambda: reset[0] and panel.model.rowCount() > 0)
        panel.table.viewport().repaint()
        return (time.perf_counter() - start) * 1000

    plain_conn = sqlite3.connect(path)
    select = plain(plain_conn, 200)

    def plain_ms() -> float:
        start = time.perf_counter()
        select()
        return (time.perf_counter() - start) * 1000

    rows: list[tuple[str, list[float], list[float]]] = []
    rows.append(("first opening (Ctrl+Shift+F)", [stages["facts"]["painted"]], [plain_ms()]))
    reopen, base = [], []
    for _ in range(args.runs):
        toggle.trigger()  # hidden
        window.operations.libraryChanged.emit(Changes(library=True), None)
        app.processEvents()
        reopen.append(until_shown(toggle.trigger))
        base.append(plain_ms())
        wait(lambda: panel.model.total is not None)
    rows.append(("re-opening after a change", reopen, base))
    kinds = ["money", "percent", "count", "measure", "ratio"]
    chosen, base = [], []
    for i in range(args.runs):
        index = panel.kind_box.findData(kinds[i % len(kinds)])
        chosen.append(until_shown(lambda i=index: panel.kind_box.setCurrentIndex(i)))
        base.append(plain_ms())
        wait(lambda: panel.model.total is not None)
    rows.append(("re-filter: a kind chosen", chosen, base))
    panel.kind_box.setCurrentIndex(0)
    words = ["规模", "增长", "企业", "投资", "产业", "收入"]
    typed, counted, base = [], [], []
    for i in range(args.runs):
        panel.subject.setText(words[i % len(words)])
        panel._typing.stop()  # timed from the end of the typing pause
        start = time.perf_counter()
        typed.append(until_shown(panel.reload))
        base.append(plain_ms())
        wait(lambda: panel.model.total is not None, timeout=600)
        counted.append((time.perf_counter() - start) * 1000)
    rows.append(("re-filter: a subject typed (after the pause)", typed, base))
    rows.append(("… and its count shown", counted, base))
    window.close()
    plain_conn.close()
    QApplication.processEvents()
    print(f"{args.articles:,} articles, {panel.model.total:,} figures shown last;"
          f" ms until the first 200 rows are painted; plain SELECT of 200 rows in the same"
          f" run\n")
    for name, marks in stages.items():
        print(f"first opening of the {name} dock, ms from the toggle: " + ", ".join(
            f"{stage} {ms:.0f}" for stage, ms in marks.items()))
    print()
    print("| what | runs | p50 | p95 | plain SELECT p95 | ratio p95 |")
    print("|---|---|---|---|---|---|")
    for label, times, plains in rows:
        print(f"| {label} | {len(times)} | {statistics.median(times):.0f} | {p95(times):.0f}"
              f" | {p95(plains):.1f} | {p95(times) / max(p95(plains), 1e-3):.0f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
