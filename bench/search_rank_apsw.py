"""bm25 without its document count, through apsw: would it give the same ranking, faster?

    uv run --with apsw python bench/search_rank_apsw.py [LIBRARY]

Not a dependency of the app (docs/benchmarks.md, "bm25 without its document count": apsw
links its own SQLite, and two copies of SQLite opening one file in one process can
corrupt it). For one phrase, FTS5's bm25 multiplies every row's score by the same idf,
counted over the whole table on every query; without that factor the order is the same.
This times ``bm25(search_index, 8, 1)`` through ``sqlite3`` against a ranking function in
Python, registered through apsw, computing the rest of bm25's formula, on the newest
1,000 matches of bench/search.py's 3- and 4-character queries, and checks that the best
200 (those search.py reads again) come out the same and in the same order.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

import apsw  # noqa: E402  (only with `uv run --with apsw`)
from search import queries, seed_paragraphs  # noqa: E402

from desktop_app.core.search.text import match_expression, query_terms  # noqa: E402
from desktop_app.storage.search_index import WEIGHTS  # noqa: E402

K1, B = 1.2, 0.75  # FTS5's bm25 constants
SQL = ("SELECT rowid, {score} FROM search_index WHERE search_index MATCH ?"
       " ORDER BY rowid DESC LIMIT 1000")
DEFAULT = REPO / "bench" / "out" / "search-library-v17-100000.sqlite3"


def without_idf(api: apsw.FTS5ExtensionApi, *_args: object) -> float:
    """FTS5's bm25 (fts5_aux.c) but for the idf factor: the column-weighted count of each
    phrase's instances in the row, against the row's tokens over the table's average."""
    average = api.column_total_size(-1) / api.row_count
    length = api.column_size(-1)
    score = 0.0
    for phrase in range(api.phrase_count):
        freq = sum(WEIGHTS[c] * len(offsets)
                   for c, offsets in enumerate(api.phrase_locations(phrase)))
        score += freq * (K1 + 1) / (freq + K1 * (1 - B + B * length / average))
    return -score


def timed(conn: sqlite3.Connection | apsw.Connection, score: str, query: str
          ) -> tuple[float, list[int]]:
    expression = match_expression(query_terms(query))
    started = time.perf_counter()
    rows = list(conn.execute(SQL.format(score=score), (expression,)))
    elapsed = (time.perf_counter() - started) * 1000
    best = sorted(rows, key=lambda row: (row[1], -row[0]))[:200]
    return elapsed, [row[0] for row in best]


def main() -> None:
    library = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    plain = sqlite3.connect(f"file:{library}?mode=ro", uri=True)
    other = apsw.Connection(str(library), flags=apsw.SQLITE_OPEN_READONLY)
    other.register_fts5_function("without_idf", without_idf)
    bm25 = f"bm25(search_index, {', '.join(str(w) for w in WEIGHTS)})"
    paragraphs = seed_paragraphs()
    rng = random.Random(2)
    for size in (3, 4):
        before, after, same = [], [], 0
        batch = queries(paragraphs, size, 100, rng)
        for query in batch:
            t_before, best_before = timed(plain, bm25, query)
            t_after, best_after = timed(other, "without_idf(search_index)", query)
            before.append(t_before)
            after.append(t_after)
            same += best_before == best_after

        def p95(values: list[float]) -> float:
            return sorted(values)[int(len(values) * 0.95) - 1]

        print(f"{size} characters: bm25 p50 / p95 {statistics.median(before):.1f} / "
              f"{p95(before):.1f} ms; without the count {statistics.median(after):.1f} / "
              f"{p95(after):.1f} ms; the same 200 in the same order for {same} of "
              f"{len(batch)}")


if __name__ == "__main__":
    main()
