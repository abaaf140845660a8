"""Browsing a big library in the window: sorting, filtering, scrolling, memory.

    uv run python bench/browse.py [--articles 100000] [--small 1000] [--repeats 5]
                                  [--before DIR]

The window (the real one, offscreen) opens a copy of bench/startup.py's library with
some of the reader's own data added (tags, highlights, notes, read marks on a few
percent of the articles, so that every column and filter has something to sort or
select). Then, in one process per library size:

* every column sorted both ways, and every filter changed (each kind, a tag, a year,
  read, unread, photo captions hidden, back to everything), each ``--repeats`` times:
  the time from the request to the list reset and its viewport repainted (the query
  runs in the query thread, as it does for a user);
* the list scrolled to the end: how many rows the model fetched (lazily) and how long;
* memory: the window's resident set after all that (VmRSS) and its peak (VmHWM), at
  ``--articles`` and at ``--small`` articles: the goal compares the two.

Times are wall-clock and the process's CPU time (all its threads), since this 2-core
machine is shared: under load the wall times grow with the queue, the CPU much less.
``--before`` (a checkout of an earlier revision, e.g. a git worktree) runs the same
steps on the big library with that code, in the same run.

Numbers go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"

CHILD = r"""
import json, statistics, sys, time
from PySide6.QtCore import QEventLoop, Qt, QTimer
from desktop_app.core.filters import Filters
from desktop_app.ui.app import create_app, build_window
from desktop_app.ui.roles import Column

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) / 1024

app = create_app([])
window = build_window(sys.argv[1])
repeats = int(sys.argv[2])
lists = window.list_panel

def wait(until, limit=120.0):
    end = time.perf_counter() + limit
    while not until() and time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)

wait(lambda: window.detail is not None and lists.model.rowCount() > 0
     and lists.filter_bar is not None and lists.filter_bar.kind_box.count() > 1)
wait(lambda: False, 1.0)  # the rest of start-up settles
service = window.service
results = {"articles": lists.model.rowCount(), "rss_ready_mib": status("VmRSS:")}

cpu_ms = []  # the process's CPU time (all threads) of each timed step: less load-bound

def timed(action):
    done = []
    lists.model.modelReset.connect(lambda: done.append(1))
    start, cpu = time.perf_counter(), time.process_time()
    action()
    wait(lambda: bool(done))
    lists.table.viewport().repaint()
    elapsed = (time.perf_counter() - start) * 1000
    cpu_ms.append((time.process_time() - cpu) * 1000)
    lists.model.modelReset.disconnect()
    return elapsed

def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

def summary(times):
    return {"n": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(p95(times), 1), "max_ms": round(max(times), 1)}

sorts, by_column = [], {}
for _ in range(repeats):
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t = timed(lambda: lists.table.sortByColumn(int(column), order))
            sorts.append(t)
            by_column.setdefault(column.name.lower(), []).append(t)
results["sort"] = summary(sorts)
results["sort_cpu"] = summary(cpu_ms)
del cpu_ms[:]
results["sort_by_column_p95_ms"] = {k: round(p95(v), 1) for k, v in by_column.items()}
lists.table.sortByColumn(int(Column.PAGE), Qt.SortOrder.AscendingOrder)
wait(lambda: False, 0.5)

bar = lists.filter_bar
kinds = [k for k, _n in service.kinds()]
tags = [t for t, _n in service.all_tags()]
first, last = service.date_range()
year = first[:4]
changes = [Filters(kind=k) for k in kinds] + [Filters(tag=t) for t in tags[:2]]
changes += [Filters(date_from=f"{year}-01-01", date_to=f"{year}-12-31"),
            Filters(date_from=last[:7] + "-01")]

def set_read(state):
    lists.read_state = state
    lists.request_listing()

def set_hidden(kind):
    lists.exclude_kind = kind
    lists.request_listing()

filters, by_filter = [], {}
for _ in range(repeats):
    for chosen in changes:
        for name, action in ((repr(chosen), lambda: bar.set_filters(chosen)),
                             ("everything", lambda: bar.set_filters(Filters()))):
            t = timed(action)
            filters.append(t)
            by_filter.setdefault(name, []).append(t)
    for state in ("read", "unread", None):
        t = timed(lambda: set_read(state))
        filters.append(t)
        by_filter.setdefault(f"read_state={state}", []).append(t)
    for kind in ("photo_caption", None):
        t = timed(lambda: set_hidden(kind))
        filters.append(t)
        by_filter.setdefault(f"exclude_kind={kind}", []).append(t)
results["filter"] = summary(filters)
results["filter_cpu"] = summary(cpu_ms)
results["filter_p95_ms"] = {k.replace("Filters", ""): round(p95(v), 1)
                            for k, v in by_filter.items()}

start = time.perf_counter()
lists.table.scrollToBottom()
lists.table.viewport().repaint()
results["scroll_to_end_ms"] = round((time.perf_counter() - start) * 1000, 1)
results["rows_fetched_after_scroll"] = len(lists.model._rows)
results["rss_after_mib"] = round(status("VmRSS:"), 1)
results["rss_peak_mib"] = round(status("VmHWM:"), 1)
results["rss_ready_mib"] = round(results["rss_ready_mib"], 1)
print("RESULT", json.dumps(results), flush=True)
window.close()
app.quit()
"""


def browse_library(count: int) -> Path:
    """A copy of bench/startup.py's library of ``count`` articles with reader data."""
    target = OUT / f"browse-{count}.sqlite3"
    if target.exists():
        return target
    sys.path[:0] = [str(REPO), str(REPO / "bench")]
    from startup import make_library

    source = make_library(count)
    partial = target.with_name(target.name + ".building")
    shutil.copyfile(source, partial)
    from desktop_app.service import LibraryService

    with tempfile.TemporaryDirectory() as home:
        os.environ["XIANGYUE_HOME"] = home
        service = LibraryService.open(partial, import_seeds=False, daily_backup=False)
        ids = service.article_ids()
        tags = ("经济", "文化", "待读", "湖南", "Archive")
        for index, article_id in enumerate(ids):
            if index % 23 == 0:
                service.tag(article_id, tags[index % len(tags)])
            if index % 97 == 0:
                service.add_highlight(article_id, 0, 4)
            if index % 89 == 0:
                service.set_note(article_id, "记一笔：" + "要点" * (index % 7))
        service.mark_read(*ids[::3])
        service.close()
    partial.rename(target)
    return target


def run(library: Path, repeats: int, cwd: Path = REPO) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XIANGYUE_HOME": tempfile.mkdtemp(prefix="xiangyue-browse-")}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(library), str(repeats)],
                          capture_output=True, text=True, cwd=cwd, env=env, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise RuntimeError(f"the window did not report:\n{proc.stderr[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--before", type=Path, help="an earlier revision's checkout")
    args = parser.parse_args()
    big, small = browse_library(args.articles), browse_library(args.small)
    results = {}
    if args.before is not None:  # first: this checkout may migrate the library
        results["big_before"] = run(big, args.repeats, args.before)
    results.update(big=run(big, args.repeats), small=run(small, args.repeats))
    results["rss_after_ratio"] = results["big"]["rss_after_mib"] / results["small"][
        "rss_after_mib"]
    results["rss_peak_ratio"] = results["big"]["rss_peak_mib"] / results["small"][
        "rss_peak_mib"]
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
