"""Window benchmarks: start-up with a 100k-article library, article rendering, memory.

    uv run python bench/startup.py [--articles 100000] [--runs 5] [--before DIR]

Start-up is timed from process start to the window shown (and to the list and first
article filled in), against a bare PySide6 window with the same widgets started in the
same run; figures are ratios to that baseline because whole-process times are noisy.
The 100k library is generated once into bench/out/ from the analysed sample articles
(written through the storage layer without re-running jieba) and reused.

Every process starts as a user's second and later starts do: with the bytecode of every
module it imports cached (a folder under bench/out/, kept between runs; one untimed start
of each kind fills it), whatever ``PYTHONDONTWRITEBYTECODE`` says on the machine, and
with the data folder found the way a user's is (platformdirs, pointed at a fresh folder
through ``XDG_DATA_HOME`` on Linux), not through the ``XIANGYUE_HOME`` override.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
COLUMNS = ("id", "page_id", "position", "date", "page_no", "section", "title", "subtitle",
           "byline", "authors", "dateline", "kind", "subheads", "text", "source_start",
           "source_end", "paragraph_spans", "numbers", "entities", "chars")

# "shown" is printed when the window's first paint event arrives, the same way for the
# bare window and the app, so the figure is time to first frame, not to show().
PEAK = r"""
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

def first_paint(window, then):
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                print("shown", flush=True)
                then()
            return False

    window._first_paint = FirstPaint()
    window.installEventFilter(window._first_paint)
"""

# The widgets the window shows in its first frame, as plain Qt: the search field and the
# read-state box, the list, the legend's ten buttons over the reading pane, the notes
# side (a list and an editor), six menus with the window's number of entries, the status
# bar with its two labels. Docks (names, figures, notebook) start hidden in both.
BARE = PEAK + r"""
import sys, time
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QMainWindow,
    QSplitter, QTableView, QTextBrowser, QToolButton, QPlainTextEdit, QLineEdit, QListView,
    QVBoxLayout, QWidget)
class M(QAbstractTableModel):
    def rowCount(self, p=QModelIndex()): return 0 if p.isValid() else 200
    def columnCount(self, p=QModelIndex()): return 0 if p.isValid() else 7
    def data(self, i, r=Qt.DisplayRole): return f"row {i.row()}" if r == Qt.DisplayRole else None
app = QApplication(sys.argv)
w = QMainWindow(); s = QSplitter(); left = QWidget(); l = QVBoxLayout(left)
row = QHBoxLayout(); row.addWidget(QLineEdit(), 1); row.addWidget(QComboBox()); l.addLayout(row)
t = QTableView(); m = M(); t.setModel(m); l.addWidget(t)
middle = QWidget(); c = QVBoxLayout(middle); legend = QHBoxLayout()
for n in range(10):
    b = QToolButton(); b.setText(f"L{n}"); b.setCheckable(True); legend.addWidget(b)
c.addLayout(legend); c.addWidget(QLabel("header")); c.addWidget(QTextBrowser())
s.addWidget(left); s.addWidget(middle); right = QWidget(); r = QVBoxLayout(right)
r.addWidget(QListView()); r.addWidget(QPlainTextEdit()); s.addWidget(right)
w.setCentralWidget(s)
for title, entries in (("File", 8), ("Edit", 9), ("View", 16), ("Annotate", 8), ("Go", 5),
                       ("Help", 2)):
    menu = w.menuBar().addMenu(title)
    for n in range(entries):
        menu.addAction(f"{title} {n}")
w.statusBar().addWidget(QLabel("count")); w.statusBar().addPermanentWidget(QLabel("sel"))
w.resize(1280, 800)
def done():
    print("ready", flush=True); print("rss", peak(), flush=True); app.quit()
first_paint(w, lambda: QTimer.singleShot(0, done))
w.show()
app.exec()
"""

APP = PEAK + r"""
import sys
import desktop_app.cli  # what `xiangyue` and the frozen app import before the window
from PySide6.QtCore import QTimer
from desktop_app.ui.app import create_app, build_window
app = create_app([])
window = build_window(sys.argv[1])
first_paint(window, lambda: None)  # shown, not yet painted: that needs the event loop
lists = getattr(window, "list_panel", window)  # the same script times older revisions
reading = getattr(window, "reader_panel", None)
done = []
def check(*_args):
    # Checked when an article opens or the list fills (a 1 ms poll cost the UI thread
    # ~50 ms of CPU it measured); a slow poll stays as a fallback for old revisions.
    if done or window.detail is None or not lists.model.rowCount():
        return
    done.append(True)
    lists.table.viewport().repaint()
    window.reader.viewport().repaint()  # the first article drawn, not only set
    print("ready", flush=True)
    print("jieba", "jieba" in sys.modules, flush=True)
    print("rss", peak(), flush=True)
    QTimer.singleShot(0, lambda: (window.close(), app.quit()))
if reading is not None:
    reading.articleOpened.connect(check)
lists.model.modelReset.connect(check)
def poll():
    check()
    if not done:
        QTimer.singleShot(25, poll)
QTimer.singleShot(0, poll)
app.exec()
"""


def make_library(count: int) -> Path:
    target = OUT / f"library-{count}.sqlite3"
    if target.exists():
        return target
    OUT.mkdir(parents=True, exist_ok=True)
    from desktop_app.core.spans import Corrections
    from desktop_app.service import LibraryService
    from desktop_app.storage import library
    from desktop_app.storage.db import now

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XIANGYUE_HOME"] = tmp
        template = LibraryService.open(Path(tmp) / "seeds.sqlite3", import_seeds=True)
        conn = template._db.conn  # a benchmark may read the store directly
        conn.row_factory = None
        pages = [dict(zip([d[0] for d in cur.description], row, strict=True))
                 for cur in [conn.execute("SELECT * FROM pages")] for row in cur.fetchall()]
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM articles").fetchall()
        template.close()
        service = LibraryService.open(target, import_seeds=False)
        database = service._db
        stamp = now()
        start = time.perf_counter()
        with database.transaction():
            database.db["pages"].insert_all(pages)
            for index in range(count):
                record = dict(zip(COLUMNS, rows[index % len(rows)], strict=True))
                record["id"] = f"{record['id']}-{index}"
                record["title"] = f"{record['title']}（{index}）"
                record["title_sort"] = library.title_sort(record["title"])  # as an import
                year, month, day = 2010 + index % 15, 1 + index % 12, 1 + index % 28
                record["date"] = f"{year}-{month:02d}-{day:02d}"
                library.insert_article(database.db, record, Corrections(), stamp)
        service.close()
        print(f"generated {count} articles in {time.perf_counter() - start:.0f} s -> {target}")
    return target


def run_child(code: str, *args: str, cwd: Path = REPO) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Users' starts read cached bytecode (written by the first start, or frozen into the
    # app): compiling on every start would time the compiler, for the app's modules only.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    home = tempfile.mkdtemp(prefix="xiangyue-bench-")
    if sys.platform.startswith("linux"):  # the data folder found as a user's is
        env.pop("XIANGYUE_HOME", None)
        env["XDG_DATA_HOME"] = home
    else:
        env["XIANGYUE_HOME"] = home
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=cwd, env=env)
    result: dict = {}
    for line in proc.stdout:
        key, *rest = line.split()
        if key in ("shown", "ready"):
            result[key] = (time.perf_counter() - start) * 1000
        else:
            result[key] = rest[0]
    proc.wait()
    shutil.rmtree(home, ignore_errors=True)
    return result


def startup(library: Path, runs: int, before: Path | None = None) -> dict:
    bare, app, old = [], [], []
    run_child(BARE)  # untimed: fills the bytecode cache of each kind of start
    run_child(APP, str(library))
    if before is not None:
        run_child(APP, str(library), cwd=before)
    for _ in range(runs):  # interleaved so drift on the machine hits all alike
        bare.append(run_child(BARE))
        app.append(run_child(APP, str(library)))
        if before is not None:
            old.append(run_child(APP, str(library), cwd=before))
    med = lambda rows, key: statistics.median(float(r[key]) for r in rows)  # noqa: E731
    figures = {
        "bare_shown_ms": med(bare, "shown"), "app_shown_ms": med(app, "shown"),
        "app_ready_ms": med(app, "ready"),
        "shown_ratio": med(app, "shown") / med(bare, "shown"),
        "ready_ratio": med(app, "ready") / med(bare, "shown"),
        "bare_rss_mib": med(bare, "rss") / 1024, "app_rss_mib": med(app, "rss") / 1024,
        "jieba_at_startup": app[0].get("jieba"),
    }
    if old:
        figures.update({
            "before_shown_ms": med(old, "shown"), "before_ready_ms": med(old, "ready"),
            "before_shown_ratio": med(old, "shown") / med(bare, "shown"),
            "before_ready_ratio": med(old, "ready") / med(bare, "shown"),
        })
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="a checkout of an earlier revision "
                        "(git worktree) to time in the same run")
    parser.add_argument("--no-render", action="store_true", help="start-up figures only")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    library = make_library(args.articles)
    figures = startup(library, args.runs, args.before)
    if not args.no_render:
        from render import render_figures  # bench/ is on sys.path when run as a script

        figures.update(render_figures())
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v
                      for k, v in figures.items()}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.path[:0] = [str(REPO), str(REPO / "bench")]
    sys.exit(main())
