"""The names index at scale: ``uv run python bench/names.py [--articles N]``.

Builds (once; kept in bench/out/) a library of N articles (default 100,000) naming 20
names each, drawn from 60,000 names with a long tail (a few names in most articles,
most names in a handful), a third of them written two ways (湖南省 and 湖南: the key
groups them). Rows are written straight into ``article_entities`` with their keys, as
the importer writes them; no text is analysed. Then, over seven runs each, it times
``LibraryService.names`` for the whole library, one type, and one month, next to a
plain ``SELECT`` of the same rows (name_key, text, mentions, date) in the same run, and
the first screen (``names(limit=200)``: the 200 most mentioned, as the window shows them
while every name is read).
Numbers go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.core.extraction.name_keys import name_key  # noqa: E402
from desktop_app.core.filters import Filters  # noqa: E402
from desktop_app.service import LibraryService  # noqa: E402

OUT = REPO / "bench" / "out"
NAMES = 60_000
PER_ARTICLE = 20
ENDINGS = {"LOC": ("省", "市"), "ORG": ("集团", "有限公司"), "PER": ("院士", "同志")}


def build(path: Path, articles: int) -> None:
    rnd = random.Random(7)
    syllables = "湘潭株洲岳阳衡常德益张家界娄底怀化邵永郴吉利华为中科曙光江丰惠科博世海信"
    names = []
    for j in range(NAMES):
        etype = ("PER", "LOC", "ORG")[j % 3]
        core = "".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 4))) + str(j)
        forms = [core] + ([core + rnd.choice(ENDINGS[etype])] if j % 3 == 0 else [])
        names.append([(form, etype, name_key(form, etype)) for form in forms])
    with LibraryService.open(path, daily_backup=False) as lib:
        conn = lib._db.conn  # a bench may write the tables directly, as the importer does
        conn.execute("BEGIN")
        conn.execute("INSERT INTO pages(id, source_path, content_hash, imported_at)"
                     " VALUES (1, 'bench', 'bench', 'now')")
        conn.executemany(
            "INSERT INTO articles(seq, id, page_id, position, date, title, kind, text,"
            " imported_at) VALUES (?, ?, 1, 0, ?, ?, 'article', '', 'now')",
            [(i, f"a{i}", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", f"title {i}")
             for i in range(1, articles + 1)])
        rows = []
        for seq in range(1, articles + 1):
            date = f"2024-{1 + seq % 12:02d}-{1 + seq % 28:02d}"
            keys: set[str] = set()
            for _ in range(PER_ARTICLE):
                forms = names[min(NAMES - 1, int(NAMES * rnd.random() ** 3))]
                text, etype, key = rnd.choice(forms)
                rows.append((seq, text, etype, key, rnd.randint(1, 4), date,
                             int(key not in keys)))
                keys.add(key)
        conn.executemany(
            "INSERT OR IGNORE INTO article_entities(article_seq, text, type, name_key,"
            " mentions, date, key_first) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")


def timed(action, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"names-{args.articles}.sqlite3"
    if not path.exists():
        start = time.perf_counter()
        build(path, args.articles)
        print(f"built {path.name} in {time.perf_counter() - start:.0f} s")
    with LibraryService.open(path, daily_backup=False) as lib:
        conn = lib._db.conn
        rows = conn.execute("SELECT count(*) FROM article_entities").fetchone()[0]
        print(f"{args.articles:,} articles, {rows:,} entity rows")
        select = "SELECT name_key, text, mentions, date FROM article_entities"
        cases = [
            ("whole library", Filters(), None, select),
            ("places only", Filters(), "LOC", select + " WHERE name_key >= 'LOC:'"
             " AND name_key < 'LOC;'"),
            ("one month", Filters(date_from="2024-03-01", date_to="2024-03"), None,
             select + " WHERE date >= '2024-03-01' AND date <= '2024-03\uffff'"),
        ]
        # The dock's first screen: the 200 most mentioned names, from the kept counts
        # (every name follows on the same thread; the window shows these meanwhile).
        for etype in (None, "LOC"):
            took = timed(lambda t=etype: lib.names(type=t, limit=200))
            label = "first screen" + (f" ({etype})" if etype else "")
            print(f"{label:<14} {200:>6,} names  {took * 1000:7.0f} ms median of 7")
        for label, filters, etype, sql in cases:
            count = len(lib.names(filters, type=etype))
            took = timed(lambda f=filters, t=etype: lib.names(f, type=t))
            plain = timed(lambda q=sql: conn.execute(q).fetchall())
            print(f"{label:<14} {count:>6,} names  {took * 1000:7.0f} ms median of 7"
                  f"  (plain SELECT of the same rows: {plain * 1000:.0f} ms,"
                  f" {took / plain:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
