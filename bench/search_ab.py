"""Two checkouts' search, same library, same queries, alternating, in one run:
``uv run python bench/search_ab.py OLD_CHECKOUT [--library PATH] [--rounds N]``.

Each checkout runs in its own process (its own imports, its own connection); the driver
sends each query to both in turn (the order swapped every query) and reports, per query
shape of bench/search.py, p50/p95 of the whole ``LibraryService.search`` call (limit 50,
as the window's search box calls it), the CPU time and how many queries returned the
same 50 articles in the same order, with the same snippets and scores, and how many of
the old first 10 articles the new first 10 hold (all queries together). The load
average goes with the figures: the machine is shared, and only the same run compares
two checkouts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.search import OUT, percentile, queries, seed_paragraphs  # noqa: E402
from desktop_app.storage.migrations import LATEST_VERSION  # noqa: E402

# The worker: imports the checkout given as argv[1], answers one JSON query per line.
WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from desktop_app.service import LibraryService
lib = LibraryService.open(sys.argv[2], import_seeds=False, daily_backup=False)
for line in sys.stdin:
    query = json.loads(line)
    cpu, wall = time.process_time(), time.perf_counter()
    hits = lib.search(query)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"ms": wall * 1000, "cpu": cpu * 1000,
                      "hits": [[h.article_id, h.snippet, h.snippet_hits, h.score]
                               for h in hits]}), flush=True)
"""


def shapes(paragraphs: list[str]) -> dict[str, list[str]]:
    """bench/search.py's query sets: the same seeds, drawn in the same order."""
    rng = random.Random(2)
    found = {f"{size} character{'s' * (size > 1)}": queries(paragraphs, size, n, rng)
             for size, n in ((1, 100), (2, 300), (3, 100), (4, 100))}
    found["2 + 1 characters"] = [f"{a} {b}" for a, b in zip(
        queries(paragraphs, 2, 100, rng), queries(paragraphs, 1, 100, rng), strict=True)]
    found["2 characters minus 2"] = [f"{a} -{b}" for a, b in zip(
        queries(paragraphs, 2, 100, rng), queries(paragraphs, 2, 100, rng), strict=True)]
    return found


class Worker:
    def __init__(self, checkout: Path, library: Path) -> None:
        python = checkout / ".venv" / "bin" / "python"
        self.process = subprocess.Popen(
            [str(python), "-c", WORKER, str(checkout), str(library)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, query: str) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps(query) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait()


def summary(times: list[float]) -> str:
    return f"{statistics.median(times):6.1f} / {percentile(times, 95):6.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("--library", type=Path,
                        default=OUT / f"search-library-v{LATEST_VERSION}-100000.sqlite3")
    parser.add_argument("--old-library", type=Path,
                        help="the old checkout's library, where its schema differs"
                             " (the same articles, e.g. a copy from before a migration)")
    parser.add_argument("--rounds", type=int, default=1, help="passes over every query")
    parser.add_argument("--only", default="", help="shapes whose name holds this")
    args = parser.parse_args()
    sets = {k: v for k, v in shapes(seed_paragraphs()).items() if args.only in k}
    workers = {"old": Worker(args.old, args.old_library or args.library),
               "new": Worker(REPO, args.library)}
    print(f"load at start: {os.getloadavg()}")
    print(f"{'query':24} {'old p50 / p95':>15} {'new p50 / p95':>15} {'CPU p50 old→new':>17}"
          " same 50 hits; old first 10 kept")
    for name, qs in sets.items():
        for q in qs[:5]:  # warm the page cache for both
            for worker in workers.values():
                worker.ask(q)
        times: dict[str, list[float]] = {"old": [], "new": []}
        cpu: dict[str, list[float]] = {"old": [], "new": []}
        same = 0
        kept = shown = 0
        for _ in range(args.rounds):
            for i, q in enumerate(qs):
                order = ("old", "new") if i % 2 else ("new", "old")
                answers = {side: workers[side].ask(q) for side in order}
                for side, answer in answers.items():
                    times[side].append(answer["ms"])
                    cpu[side].append(answer["cpu"])
                same += answers["old"]["hits"] == answers["new"]["hits"]
                old10 = {hit[0] for hit in answers["old"]["hits"][:10]}
                kept += len(old10 & {hit[0] for hit in answers["new"]["hits"][:10]})
                shown += len(old10)
        print(f"{name + f' ({len(qs)})':24} {summary(times['old']):>15}"
              f" {summary(times['new']):>15}"
              f" {statistics.median(cpu['old']):7.1f} → {statistics.median(cpu['new']):5.1f}"
              f" {same} of {len(qs) * args.rounds}; first 10: {kept / max(shown, 1):.0%}",
              flush=True)
    print(f"load at end: {os.getloadavg()}")
    for worker in workers.values():
        worker.close()


if __name__ == "__main__":
    main()
