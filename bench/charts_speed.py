"""Charts at scale: ``uv run python bench/charts_speed.py [--articles 100000] [--runs 21]``.

On the generated library of bench/startup.py (the sample articles repeated, dated over
15 years), times what the window does when a chart is asked for:

* the counts (``service_charts.mentions_over_time`` for a name, per month and per week;
  ``top_names`` of the whole library and of one year), against a plain ``SELECT`` of the
  same rows (the article dates the name's entity rows point to) in the same run;
* the drawing: ``BarChart.show_bars`` and the first paint (a grab), offscreen, after
  pyqtgraph has been imported once (the import is measured in bench/charts_choice.py).

p50 and p95 over ``--runs``; ratios against the plain SELECT are what compare between
machines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--names-index", action="store_true",
                        help="add the names index's covering index (branch namesindex, "
                             "migration 7) first, to measure the counts as they will be")
    parser.add_argument("--library", type=Path,
                        help="time on this library instead (e.g. bench/out/names-100000"
                             ".sqlite3 of bench/names.py); it is migrated when older")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from startup import make_library

    from desktop_app.core.filters import Filters
    from desktop_app.service import LibraryService
    from desktop_app.service_charts import Subject, mentions_over_time, top_names

    path = args.library or make_library(args.articles)
    if args.names_index:
        import sqlite3

        conn = sqlite3.connect(path)
        conn.execute("CREATE INDEX IF NOT EXISTS idx_article_entities_names ON"
                     " article_entities(name_key, text, article_seq)")
        conn.close()
    service = LibraryService.open(path, import_seeds=False, daily_backup=False)
    names = top_names(service, limit=40)
    common, rare = names[0], names[-1]
    year = Filters(date_from="2020-01-01", date_to="2020-12-31")
    rows: list[tuple[str, tuple[float, float], tuple[float, float]]] = []

    def plain(key: str) -> Callable[[], object]:
        return lambda: service.read(lambda c: c.execute(
            "SELECT a.date FROM articles a JOIN article_entities e ON e.article_seq = a.seq"
            " WHERE e.name_key = ?", (key,)).fetchall())

    for name in (common, rare):
        base = timed(plain(name.key), args.runs)
        for unit in ("month", "week"):
            subject = Subject("name", name.key)
            rows.append((f"{name.text} ({name.articles:,} articles) per {unit}",
                         timed(lambda s=subject, u=unit: mentions_over_time(service, s, u),
                               args.runs), base))
    base = timed(plain(common.key), args.runs)
    rows.append(("top 15 names, whole library", timed(lambda: top_names(service),
                                                      args.runs), base))
    rows.append(("top 15 names, one year", timed(lambda: top_names(service, year),
                                                 args.runs), base))

    from desktop_app.ui import theme as themes
    from desktop_app.ui.app import create_app

    app = create_app([])
    from desktop_app.ui.chart_plot import BarChart

    chart = BarChart(themes.LIGHT)
    chart.resize(900, 500)
    chart.show()
    weekly = mentions_over_time(service, Subject("name", common.key), "week")
    labels = [p.start[5:] for p in weekly.points]
    values = [p.articles for p in weekly.points]

    def draw() -> None:
        chart.show_bars("draw", labels, values, unit="篇", axis_title="周")
        chart.grab()

    drawing = timed(draw, args.runs)
    app.processEvents()
    service.close()
    print(f"{args.articles:,} articles; p50 / p95 of {args.runs} runs, ms; ratio against "
          "a plain SELECT of the name's rows (article dates) in the same run\n")
    print("| what | p50 | p95 | plain SELECT p50 | ratio p50 |")
    print("|---|---|---|---|---|")
    for label, (p50, p95), (b50, _b95) in rows:
        print(f"| {label} | {p50:.0f} | {p95:.0f} | {b50:.0f} | {p50 / b50:.1f}× |")
    print(f"| drawing {len(values)} weekly bars (show_bars + first paint) | {drawing[0]:.0f} "
          f"| {drawing[1]:.0f} | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
