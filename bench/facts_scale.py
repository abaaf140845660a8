"""The figures query at scale: ``uv run python bench/facts_scale.py [--articles N]``.

Builds (once; reused afterwards, bench/out/facts-vK-N.sqlite3) a library of N articles
(default 100,000) with about 40 figures each, copied from the seed library's real
figures (their subjects, relations, periods, kinds and units) with values varied, plus
names for the entity filter. Articles and figures are written straight into the tables
(analysing 100,000 articles would take hours); the queries are the service's own.

Reports p50/p95 over many queries of each kind, in one run, each next to a **plain
SELECT of the same number of rows** (``SELECT <the same columns> FROM facts JOIN
articles … LIMIT n``, no filter, no order): the cost of reading that many rows at all.

* open: the first screen of the figures table (200 rows in page order), and its count;
* refilter: kind, kind + unit, a subject text (a common word, a rare one or none), an
  entity, a date range; each the first 200 rows in page order and the count; a subject
  text with a kind (and its count) or an entity, and in subject order;
* sort: by value within a kind, by subject, by article title.

Numbers go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.core.filters import Filters  # noqa: E402
from desktop_app.service import LibraryService  # noqa: E402
from desktop_app.storage.db import Database  # noqa: E402
from desktop_app.storage.facts_store import COLUMNS  # noqa: E402
from desktop_app.storage.migrations import LATEST_VERSION  # noqa: E402

OUT = REPO / "bench" / "out"
SEEDS = REPO / "seeds"
PAGE_ROWS = 200
NAMES = [f"名称{i}" for i in range(2000)]


def templates() -> list[tuple[object, ...]]:
    """The seed library's figures (one tuple of COLUMNS each)."""
    folder = Path(tempfile.mkdtemp())
    with LibraryService.open(folder / "seed.sqlite3", import_seeds=False,
                             daily_backup=False) as lib:
        lib.import_paths([SEEDS])
        return [tuple(getattr(r, c) for c in COLUMNS) for r in lib.facts()]


def build(path: Path, count: int) -> float:
    rows = [t for t in templates() if t[5] not in ("date", "ordinal")]
    rng = random.Random(1)
    started = time.perf_counter()
    db = Database(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")  # a throwaway file
    per_page, batch = 10, 2000
    for first in range(0, count, batch):
        with db.transaction():
            last = min(first + batch, count)
            for page in range(first // per_page, (last + per_page - 1) // per_page):
                day = f"20{15 + page % 11:02d}-{1 + page % 12:02d}-{1 + page % 28:02d}"
                conn.execute("INSERT INTO pages(id, source_path, content_hash, imported_at,"
                             " date, page_no) VALUES (?, ?, ?, ?, ?, ?)",
                             (page + 1, f"synthetic/{page}.txt", f"h{page}", day, day,
                              f"{page % 16 + 1:02d}"))
            articles, figures, names = [], [], []
            for seq in range(first + 1, last + 1):
                page = (seq - 1) // per_page
                day = f"20{15 + page % 11:02d}-{1 + page % 12:02d}-{1 + page % 28:02d}"
                articles.append((seq, f"s{seq:07d}", page + 1, (seq - 1) % per_page, day,
                                 f"{page % 16 + 1:02d}", f"标题{seq}", "article", "正文",
                                 2, "synthetic"))
                start = 0
                for t in rng.sample(rows, 40):
                    value = t[3] * rng.uniform(0.5, 2.0) if isinstance(t[3], float) else t[3]
                    figures.append((seq, start, start + len(str(t[2])), t[2], value, *t[4:]))
                    start += 60
                names.extend((seq, n, "ORG", f"ORG:{n}") for n in rng.sample(NAMES, 5))
            conn.executemany(
                "INSERT INTO articles(seq, id, page_id, position, date, page_no, title, kind,"
                " text, chars, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                articles)
            conn.executemany(f"INSERT INTO facts(article_seq, {', '.join(COLUMNS)}) VALUES"
                             f" ({', '.join('?' * (len(COLUMNS) + 1))})", figures)
            conn.executemany("INSERT OR IGNORE INTO article_entities(article_seq, text, type,"
                             " name_key) VALUES (?, ?, ?, ?)", names)
        print(f"  built {last:,} articles ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr)
    conn.execute("ANALYZE")
    db.close()
    return time.perf_counter() - started


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def plain(conn: sqlite3.Connection, n: int) -> Callable[[], object]:
    sql = (f"SELECT a.id, {', '.join('f.' + c for c in COLUMNS)}, a.date, a.page_no, a.title"
           " FROM facts f JOIN articles a ON a.seq = f.article_seq LIMIT ?")
    return lambda: conn.execute(sql, (n,)).fetchall()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(lib: LibraryService, name: str, calls: list[Callable[[], object]],
            counts: list[Callable[[], int]] | None, results: dict) -> None:
    conn = lib._db.conn
    times, plains, sizes, count_times = [], [], [], []
    for i, call in enumerate(calls):
        ms, rows = timed(call)
        n = len(rows)  # type: ignore[arg-type]
        times.append(ms)
        plains.append(timed(plain(conn, max(n, 1)))[0])
        sizes.append(n)
        if counts:
            count_times.append(timed(counts[i])[0])
    entry = {"queries": len(calls), "rows": statistics.median(sizes),
             "p50_ms": statistics.median(times), "p95_ms": p95(times),
             "plain_p50_ms": statistics.median(plains), "plain_p95_ms": p95(plains),
             "ratio_p95": p95(times) / max(p95(plains), 1e-3)}
    if count_times:
        entry |= {"count_p50_ms": statistics.median(count_times),
                  "count_p95_ms": p95(count_times)}
    results[name] = entry
    print(f"{name:<28} p50 {entry['p50_ms']:8.1f} ms  p95 {entry['p95_ms']:8.1f} ms  "
          f"plain p95 {entry['plain_p95_ms']:6.1f} ms  ratio {entry['ratio_p95']:6.1f}"
          + (f"  count p95 {entry['count_p95_ms']:7.1f} ms" if count_times else ""))


def rare_words(conn: sqlite3.Connection, rng: random.Random) -> list[str]:
    """Words of two characters that under 0.5 % of the figures' subjects hold (a walk in
    page order reads a few hundred figures per match), and three that none holds."""
    counts: dict[str, int] = {}
    total = 0
    grouped = conn.execute("SELECT subject, count(*) FROM facts GROUP BY subject")
    for subject, n in grouped:
        total += n
        for gram in {subject[i:i + 2] for i in range(len(subject) - 1)}:
            counts[gram] = counts.get(gram, 0) + n
    few = sorted(w for w, n in counts.items() if n < total * 0.005)
    return [*rng.sample(few, min(17, len(few))), "无此词", "龘", "不存在的主语"]


def run(lib: LibraryService) -> dict:
    results: dict = {"figures": lib.count_facts(), "articles": lib.count_articles()}
    rng = random.Random(2)
    subjects = [r.subject for r in lib.facts(limit=5000) if len(r.subject) >= 2]
    words = [s[i:i + 2] for s in subjects for i in range(0, len(s) - 1, 3)]
    kinds = ["money", "percent", "count", "measure", "ratio"]
    units = [("money", "元"), ("percent", "%"), ("count", "家"), ("count", "个"),
             ("measure", "PF")]
    f = lib.facts
    c = lib.count_facts
    for _ in range(3):
        f(limit=PAGE_ROWS)  # warm the page cache
    measure(lib, "open: first 200", [lambda: f(limit=PAGE_ROWS)] * 20,
            [lambda: c()] * 20, results)
    ks = [rng.choice(kinds) for _ in range(30)]
    measure(lib, "kind", [lambda k=k: f(kind=k, limit=PAGE_ROWS) for k in ks],
            [lambda k=k: c(kind=k) for k in ks], results)
    us = [rng.choice(units) for _ in range(30)]
    measure(lib, "kind + unit", [lambda k=k: f(kind=k[0], unit=k[1], limit=PAGE_ROWS)
                                 for k in us],
            [lambda k=k: c(kind=k[0], unit=k[1]) for k in us], results)
    ws = [rng.choice(words) for _ in range(30)]
    measure(lib, "subject holds", [lambda w=w: f(subject=w, limit=PAGE_ROWS) for w in ws],
            [lambda w=w: c(subject=w) for w in ws], results)
    rare = rare_words(lib._db.conn, rng)
    measure(lib, "subject holds a rare word", [lambda w=w: f(subject=w, limit=PAGE_ROWS)
                                              for w in rare],
            [lambda w=w: c(subject=w) for w in rare], results)
    ks = [rng.choice(kinds) for _ in range(20)]
    measure(lib, "subject + kind", [lambda w=w, k=k: f(kind=k, subject=w, limit=PAGE_ROWS)
                                    for w, k in zip(ws, ks, strict=False)],
            [lambda w=w, k=k: c(kind=k, subject=w) for w, k in zip(ws, ks, strict=False)],
            results)
    measure(lib, "subject + entity",
            [lambda w=w: f(Filters(entity=rng.choice(NAMES)), subject=w, limit=PAGE_ROWS)
             for w in ws[:20]], None, results)
    measure(lib, "by subject, holds a word",
            [lambda w=w: f(subject=w, order="subject", limit=PAGE_ROWS) for w in ws[:20]],
            None, results)
    es = [Filters(entity=rng.choice(NAMES)) for _ in range(30)]
    measure(lib, "entity", [lambda e=e: f(e, limit=PAGE_ROWS) for e in es],
            [lambda e=e: c(e) for e in es], results)
    ds = [Filters(date_from=f"20{y}-03-01", date_to=f"20{y}-03-31")
          for y in rng.choices(range(15, 26), k=30)]
    measure(lib, "date range", [lambda d=d: f(d, limit=PAGE_ROWS) for d in ds],
            [lambda d=d: c(d) for d in ds], results)
    measure(lib, "money by value desc",
            [lambda: f(kind="money", order="value", descending=True, limit=PAGE_ROWS)] * 10,
            None, results)
    measure(lib, "by subject", [lambda: f(order="subject", limit=PAGE_ROWS)] * 10,
            None, results)
    measure(lib, "by title", [lambda: f(order="title", limit=PAGE_ROWS)] * 10,
            None, results)
    measure(lib, "money by title desc",
            [lambda: f(kind="money", order="title", descending=True, limit=PAGE_ROWS)] * 10,
            None, results)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    # The schema version in the name: an older file is rebuilt, never migrated and timed.
    path = OUT / f"facts-v{LATEST_VERSION}-{args.articles}.sqlite3"
    if not path.exists():
        print(f"building {path.name} …", file=sys.stderr)
        seconds = build(path, args.articles)
        print(f"built in {seconds:.0f} s", file=sys.stderr)
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        opened = time.perf_counter()
        ms, _rows = timed(lambda: lib.facts(limit=PAGE_ROWS))
        print(f"cold first screen after open: {ms:.1f} ms "
              f"({(time.perf_counter() - opened) * 1000:.1f} ms since open)")
        results = run(lib)
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
