"""What ``fact_subjects`` costs and where it stops helping:
``uv run python bench/facts_subjects.py [--figures N] [--runs R]``.

* writing: figures inserted as an import writes them (``facts_store.replace_facts``, one
  article of 40 at a time, in transactions of 500 articles) into a new library, with the
  triggers that keep ``fact_subjects`` and without them (dropped), alternating, R runs
  each: the cost per figure written;
* searching when subjects repeat little: the figures' subjects are the seed library's
  with an article's own suffix on most of them (``…规模`` → ``…规模（甲乙）``), so about
  as many distinct subjects as figures; the time of ``fact_subjects.matching`` (one
  test of each distinct subject) next to a plain SELECT of 200 figures.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from facts_scale import p95, templates  # noqa: E402

from desktop_app.core.facts.facts import Fact  # noqa: E402
from desktop_app.service import LibraryService  # noqa: E402
from desktop_app.storage import fact_subjects, facts_store  # noqa: E402
from desktop_app.storage.db import Database  # noqa: E402
from desktop_app.storage.facts_store import FactQuery  # noqa: E402

SUFFIX = [chr(c) for c in range(0x4E00, 0x4E00 + 2000)]


def figures(count: int, rng: random.Random) -> list[list[Fact]]:
    """``count`` figures, 40 an article, mostly with subjects of their own."""
    rows = [t for t in templates() if t[5] not in ("date", "ordinal")]
    articles = []
    for _ in range(count // 40):
        facts = []
        for i, t in enumerate(rng.sample(rows, 40)):
            fields = dict(zip(facts_store.COLUMNS, t, strict=True))
            if fields["subject"] and rng.random() < 0.9:
                fields["subject"] += "（" + "".join(rng.choices(SUFFIX, k=3)) + "）"
            fields["start"], fields["end"] = i * 60, i * 60 + len(str(fields["text"]))
            facts.append(Fact(**fields))  # type: ignore[arg-type]
        articles.append(facts)
    return articles


def library(folder: Path, name: str, articles: int) -> Database:
    path = folder / name
    with LibraryService.open(path, import_seeds=False, daily_backup=False):
        pass
    db = Database(path)
    with db.transaction():
        db.conn.execute("INSERT INTO pages(id, source_path, content_hash, imported_at, date,"
                        " page_no) VALUES (1, 'p', 'h', '2025-01-01', '2025-01-01', '01')")
        db.conn.executemany(
            "INSERT INTO articles(seq, id, page_id, position, date, page_no, title, kind,"
            " text, chars, imported_at) VALUES (?, ?, 1, ?, '2025-01-01', '01', ?,"
            " 'article', '正文', 2, 'x')",
            [(s, f"a{s}", s, f"标题{s}") for s in range(1, articles + 1)])
    return db


def write(db: Database, articles: list[list[Fact]]) -> float:
    started = time.perf_counter()
    for first in range(0, len(articles), 500):
        with db.transaction():
            for seq, facts in enumerate(articles[first:first + 500], first + 1):
                facts_store.replace_facts(db.conn, seq, facts)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--figures", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--search", type=Path, help="only search this library (one"
                        " this script built: the path it printed)")
    args = parser.parse_args()
    rng = random.Random(3)
    if args.search:
        search(args.search, rng)
        return
    articles = figures(args.figures, rng)
    folder = Path(tempfile.mkdtemp())
    print(f"libraries in {folder}")
    times: dict[str, list[float]] = {"with": [], "without": []}
    for run in range(args.runs):
        for kept in ("with", "without"):
            db = library(folder, f"{kept}{run}.sqlite3", len(articles))
            if kept == "without":
                for trigger in ("added", "removed", "changed"):
                    db.conn.execute(f"DROP TRIGGER facts_subject_{trigger}")
            times[kept].append(write(db, articles))
            if run or kept == "without":
                db.close()
                (folder / f"{kept}{run}.sqlite3").unlink()
    n = len(articles) * 40
    for kept, values in times.items():
        print(f"write {kept} fact_subjects triggers: median {statistics.median(values):.2f} s"
              f" = {statistics.median(values) / n * 1e6:.1f} µs a figure ({values})")
    search(folder / "with0.sqlite3", rng)


def search(path: Path, rng: random.Random) -> None:
    """Words common, rare (two characters of one article's suffix; one character of
    the suffixes) and absent: the scan of the distinct subjects alone, then the first
    200 rows in page order and the count as the window asks for them, each next to a
    plain SELECT of 200 figures."""
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        conn = lib._db.conn
        distinct = conn.execute("SELECT count(DISTINCT subject) FROM fact_subjects"
                                ).fetchone()[0]
        suffixed = [s for (s,) in conn.execute("SELECT subject FROM fact_subjects WHERE"
                                               " instr(subject, '（') LIMIT 5000")]
        rare = [s[s.index("（") + 1:s.index("（") + 3] for s in rng.sample(suffixed, 10)]
        words = ["产业", "增长", "规模", "企业", "省", *rare, *rng.sample(SUFFIX, 5),
                 "无此词", "龘"]
        times: dict[str, list[float]] = {"scan": [], "rows": [], "count": [], "old rows": [],
                                         "old count": [], "plain": []}
        old = "SELECT count(*) FROM facts WHERE instr(subject, ?) > 0"
        for word in words:
            # "old": the queries before fact_subjects (the walk in page order, the scan)
            for name, call in (("scan", lambda w=word: fact_subjects.matching(conn, w)),
                               ("old rows", lambda w=word: facts_store._select(
                                   conn, FactQuery(subject=w), False, None, "page", False,
                                   200, 0)),
                               ("old count", lambda w=word: conn.execute(old, (w,))
                                .fetchone()),
                               ("plain", lambda: conn.execute(
                                   "SELECT * FROM facts LIMIT 200").fetchall()),
                               ("rows", lambda w=word: lib.facts(subject=w, limit=200)),
                               ("count", lambda w=word: lib.count_facts(subject=w))):
                if name in ("scan", "rows"):
                    fact_subjects._last = None  # each timed from scratch
                started = time.perf_counter()
                call()
                times[name].append((time.perf_counter() - started) * 1000)
            print(f"  {word}: " + ", ".join(f"{k} {v[-1]:.1f}" for k, v in times.items()),
                  file=sys.stderr)
    print(f"{distinct:,} distinct subjects, {len(words)} words:")
    for name, values in times.items():
        print(f"  {name:<6} p50 {statistics.median(values):7.1f} ms"
              f"  p95 {p95(values):7.1f} ms  max {max(values):7.1f} ms")

if __name__ == "__main__":
    main()
