"""The names index at scale: ``uv run python bench/names.py [--articles N]``.

Builds (once; kept in bench/out/) a library of N articles (default 100,000) naming 20
names each, drawn from 60,000 names with a long tail (a few names in most articles,
most names in a handful), a third of them written two ways (湖南省 and 湖南: the key
groups them). Rows are written straight into ``article_entities`` with their keys, as
the importer writes them; no text is analysed; two tags are added (on every 10th and
every 100th article). Then it times ``LibraryService.names`` for the whole library, one
type, whole months, part of a month and the two tags: the first screen
(``names(limit=200)``: the 200 most mentioned, as the window shows them while every name
is read; median of 7) and every name (median of 3), next to a plain ``SELECT`` of the
same rows (name_key, text, mentions, date) in the same run; for whole months and a tag
also the way any other filter is read (grouping the articles' rows), as before schema
step 16.
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
from desktop_app.storage import name_months, name_tags  # noqa: E402

months_of, tag_of = name_months.months_of, name_tags.tag_of

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


TAGS = {"tag-10k": 10, "tag-1k": 100}  # a tag on every 10th article; on every 100th


def add_tags(conn, articles: int) -> None:  # type: ignore[no-untyped-def]
    """The tags the tag cases filter by, added to a file built before they were."""
    if conn.execute("SELECT count(*) FROM tags WHERE name LIKE 'tag-%'").fetchone()[0]:
        return
    conn.execute("BEGIN")
    for name, every in TAGS.items():
        tag_id = conn.execute("INSERT INTO tags(name) VALUES (?)", (name,)).lastrowid
        conn.executemany("INSERT INTO article_tags(article_seq, tag_id) VALUES (?, ?)",
                         [(seq, tag_id) for seq in range(3, articles + 1, every)])
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
        add_tags(conn, args.articles)
        rows = conn.execute("SELECT count(*) FROM article_entities").fetchone()[0]
        print(f"{args.articles:,} articles, {rows:,} entity rows")
        select = "SELECT name_key, text, mentions, date FROM article_entities"
        joined = ("SELECT e.name_key, e.text, e.mentions, e.date FROM articles a"
                  " JOIN article_entities e ON e.article_seq = a.seq WHERE ")
        tagged = ("a.seq IN (SELECT at.article_seq FROM article_tags at JOIN tags t"
                  " ON t.id = at.tag_id WHERE t.name = '{}')")
        cases = [
            ("whole library", Filters(), None, select),
            ("places only", Filters(), "LOC", select + " WHERE name_key >= 'LOC:'"
             " AND name_key < 'LOC;'"),
            ("one month", Filters(date_from="2024-03-01", date_to="2024-03"), None,
             joined + "a.date >= '2024-03-01' AND a.date <= '2024-03\uffff'"),
            ("one month (days)", Filters(date_from="2024-03-01", date_to="2024-03-31"),
             None, joined + "a.date >= '2024-03-01' AND a.date <= '2024-03-31'"),
            ("a quarter", Filters(date_from="2024-04-01", date_to="2024-06-30"), None,
             joined + "a.date >= '2024-04-01' AND a.date <= '2024-06-30'"),
            ("part of a month", Filters(date_from="2024-03-02", date_to="2024-03-31"),
             None, joined + "a.date >= '2024-03-02' AND a.date <= '2024-03-31'"),
            ("tag, 10,000 art.", Filters(tag="tag-10k"), None, joined + tagged.format("tag-10k")),
            ("tag, 1,000 art.", Filters(tag="tag-1k"), None, joined + tagged.format("tag-1k")),
        ]
        print("| case | names | first screen (200) | … grouping the rows | every name |"
              " … grouping the rows | plain SELECT of the rows | ratios to it (first,"
              " every) |")
        print("|---|---|---|---|---|---|---|---|")
        for label, filters, etype, sql in cases:
            count = len(lib.names(filters, type=etype))
            first = timed(lambda f=filters, t=etype: lib.names(f, type=t, limit=200))
            every = timed(lambda f=filters, t=etype: lib.names(f, type=t), runs=3)
            plain = timed(lambda q=sql: conn.execute(q).fetchall(), runs=3)
            if name_months.months_of(filters) or name_tags.tag_of(filters):
                # The way every filter was read before step 16: grouping the rows.
                name_months.months_of = lambda _filters: None  # type: ignore[assignment]
                name_tags.tag_of = lambda _filters: None  # type: ignore[assignment]
                rows_first = timed(lambda f=filters, t=etype: lib.names(f, type=t,
                                                                        limit=200))
                rows_every = timed(lambda f=filters, t=etype: lib.names(f, type=t), runs=3)
                name_months.months_of, name_tags.tag_of = months_of, tag_of
                by_rows = f"{rows_first * 1000:.0f} ms | {rows_every * 1000:.0f} ms"
            else:
                by_rows = "(the same) | (the same)"
            print(f"| {label} | {count:,} | {first * 1000:.0f} ms | {by_rows.split(' | ')[0]}"
                  f" | {every * 1000:.0f} ms | {by_rows.split(' | ')[1]}"
                  f" | {plain * 1000:.0f} ms | {first / plain:.2f}×, {every / plain:.2f}× |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
