"""Search and import at scale: ``uv run python bench/search.py [--articles N]``.

Builds (once; reused afterwards) a library of N articles (default 100,000, ~2,500
characters each) from the seed paragraphs in bench/out/, then reports, in one run:

* search latency (the whole ``LibraryService.search`` call: index, ranking, snippets)
  for 1-, 2-, 3- and 4-character queries and "2 characters + 1 character" pairs drawn
  from the text, next to a ``LIKE '%q%'`` scan over the same articles;
* one-character terms: the character index (what search does) against the old prefix
  query on the bigram index, on the same library; both indexes' size on disk and
  indexing speed;
* ranking cost: bounded candidate set (what search does) vs ranking every match;
* import throughput (split + analysis + store) in characters per second, next to
  jieba's own ``lcut`` throughput on the same text.

The 100k library bypasses splitting and analysis (jieba would take an hour): articles
are written straight into the tables and the index with the same code the importer
uses (``library``/``search_index``). Numbers go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.core.reading.pages import read_page  # noqa: E402
from desktop_app.core.search.text import char_text, index_text, query_terms  # noqa: E402
from desktop_app.core.splitting.split import split_page  # noqa: E402
from desktop_app.service import LibraryService  # noqa: E402
from desktop_app.storage import search_index, search_matches  # noqa: E402
from desktop_app.storage.db import Database  # noqa: E402
from desktop_app.storage.migrations import LATEST_VERSION  # noqa: E402

OUT = REPO / "bench" / "out"
SEEDS = REPO / "seeds"
KINDS = ("article", "brief", "commentary", "photo_caption", "quote_box")
CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def seed_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for article in split_page(read_page(path).text).articles:
            paragraphs.extend(p for p in article.paragraphs if len(p) > 20)
    return paragraphs


def build(path: Path, count: int, paragraphs: list[str]) -> float:
    """Write ``count`` synthetic articles; returns the seconds it took."""
    rng = random.Random(1)
    started = time.perf_counter()
    db = Database(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")  # a throwaway file: no need to survive a crash
    per_page = 10
    batch = 2000
    for first in range(0, count, batch):
        with db.transaction():
            for page in range(first // per_page, (first + batch) // per_page):
                day = f"20{15 + page % 11:02d}-{1 + page % 12:02d}-{1 + page % 28:02d}"
                conn.execute(
                    "INSERT INTO pages(id, source_path, content_hash, imported_at, date,"
                    " page_no) VALUES (?, ?, ?, ?, ?, ?)",
                    (page + 1, f"synthetic/{page}.txt", f"h{page}", day, day,
                     f"{page % 16 + 1:02d}"),
                )
            rows = []
            for seq in range(first + 1, min(first + batch, count) + 1):
                body: list[str] = []
                while sum(map(len, body)) < 2400:
                    body.append(rng.choice(paragraphs))
                text = "\n".join(body)
                page = (seq - 1) // per_page
                rows.append((seq, f"s{seq:07d}", page + 1, (seq - 1) % per_page,
                             f"20{15 + page % 11:02d}-{1 + page % 12:02d}-{1 + page % 28:02d}",
                             f"{page % 16 + 1:02d}", body[0][:18], rng.choice(KINDS), text,
                             len(text), "synthetic", "[]", "[]", "[]", "[]", "[]"))
            conn.executemany(
                "INSERT INTO articles(seq, id, page_id, position, date, page_no, title, kind,"
                " text, chars, imported_at, authors, subheads, paragraph_spans, numbers,"
                " entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            for row in rows:
                search_index.add(conn, row[0], (row[6], row[8]))
        print(f"  built {min(first + batch, count):,} articles "
              f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    db.close()
    return time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[..., object], *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def queries(paragraphs: list[str], size: int, n: int, rng: random.Random) -> list[str]:
    found: list[str] = []
    while len(found) < n:
        text = rng.choice(paragraphs)
        start = rng.randrange(0, max(1, len(text) - size))
        q = text[start:start + size]
        if len(q) == size and all("\u4e00" <= c <= "\u9fff" for c in q):
            found.append(q)
    return found


def latency(times: list[float]) -> dict:
    return {"queries": len(times), "p50_ms": statistics.median(times),
            "p95_ms": percentile(times, 95), "max_ms": max(times)}


def bench_search(lib: LibraryService, paragraphs: list[str], results: dict) -> None:
    rng = random.Random(2)
    conn = lib._db.conn
    for size, n in ((1, 100), (2, 300), (3, 100), (4, 100)):
        qs = queries(paragraphs, size, n, rng)
        for q in qs[:5]:
            lib.search(q)  # warm the page cache
        results[f"search_{size}char"] = latency([timed(lib.search, q) for q in qs])
    pairs = [f"{a} {b}" for a, b in zip(queries(paragraphs, 2, 100, rng),
                                          queries(paragraphs, 1, 100, rng), strict=True)]
    results["search_2char_plus_1char"] = latency([timed(lib.search, q) for q in pairs])
    # Exclusion (version 4): a 2-character term without another 2-character one.
    minus = [f"{a} -{b}" for a, b in zip(queries(paragraphs, 2, 100, rng),
                                          queries(paragraphs, 2, 100, rng), strict=True)]
    if len(query_terms(minus[0])) == 1:  # a checkout before version 4 reads "-b" as a term
        results["search_2char_minus_2char"] = latency([timed(lib.search, q) for q in minus])
    bench_one_char(conn, queries(paragraphs, 1, 100, random.Random(4)), results)
    two = queries(paragraphs, 2, 300, random.Random(3))
    common = sorted(set(two), key=lambda q: -conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ?",
        (f'"{q}"',)).fetchone()[0])[:10]
    results["common_2char"] = {
        "queries": common,
        "matches": [conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                                 (f'"{q}"',)).fetchone()[0] for q in common],
        "bounded_ms": statistics.median(timed(search_matches.matching, conn, query_terms(q))
                                        for q in common),
        "rank_all_ms": statistics.median(
            timed(search_matches.matching, conn, query_terms(q), candidates=None)
            for q in common),
    }
    like = two[:8]
    results["like_scan_2char"] = {
        "queries": len(like),
        "p50_ms": statistics.median(timed(lambda q: conn.execute(
            "SELECT seq FROM articles WHERE title LIKE ?1 OR text LIKE ?1",
            (f"%{q}%",)).fetchall(), q) for q in like),
    }


def bench_one_char(conn: sqlite3.Connection, chars: list[str], results: dict) -> None:
    """The index lookup alone (newest 1,000 matches, bm25), old way against new."""
    weights = ", ".join(str(w) for w in search_matches.WEIGHTS)
    old_sql = (f"SELECT rowid, bm25(search_index, {weights}) FROM search_index"
               " WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1000")
    old = [timed(lambda c: conn.execute(old_sql, (f'"{c}"*',)).fetchall(), c) for c in chars]
    new = [timed(search_matches.matching, conn, [c]) for c in chars]
    results["one_char_index_lookup"] = {
        "bigram_prefix_query": latency(old), "char_index": latency(new),
        "ratio_p95_old_over_new": percentile(old, 95) / percentile(new, 95),
    }


def bench_index_cost(path: Path, results: dict) -> None:
    """Size of the index in the library, and how fast the same text is indexed with
    its character columns and without them (what they cost an import)."""
    conn = sqlite3.connect(path)
    sizes = dict(conn.execute(
        "SELECT CASE WHEN name LIKE 'search_index%' THEN 'index' ELSE 'other' END,"
        " sum(pgsize) FROM dbstat GROUP BY 1").fetchall())
    sample = conn.execute("SELECT seq, title, text FROM articles LIMIT 5000").fetchall()
    conn.close()
    chars = sum(len(t) + len(x) for _, t, x in sample)
    rates = {}
    scratch = sqlite3.connect(":memory:")
    for name, columns in (("bigrams", "title, body"),
                          ("with_chars", "title, body, title_chars, body_chars")):
        scratch.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, content='',"
                        " tokenize='ascii', detail=full)")
        marks = ", ".join("?" * (columns.count(",") + 2))
        start = time.perf_counter()
        scratch.executemany(
            f"INSERT INTO {name}(rowid, {columns}) VALUES ({marks})",
            ((s, index_text(t), index_text(x), *((char_text(t), char_text(x))
                                                 if name == "with_chars" else ()))
             for s, t, x in sample))
        rates[name] = chars / (time.perf_counter() - start)
    results["index_cost"] = {
        "index_mb": sizes.get("index", 0) / 2**20,
        "file_mb": sum(sizes.values()) / 2**20,
        "bigram_chars_per_s": rates["bigrams"], "with_chars_chars_per_s": rates["with_chars"],
        "with_chars_over_bigrams_time": rates["bigrams"] / rates["with_chars"],
    }


def bench_import(results: dict) -> None:
    import jieba

    pages = sorted(SEEDS.glob("*.txt"))
    text = "\n".join(a.text for p in pages for a in split_page(read_page(p).text).articles)
    jieba.initialize()
    start = time.perf_counter()
    jieba.lcut(text)
    jieba_rate = len(text) / (time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as tmp:
        lib = LibraryService.open(Path(tmp) / "lib.sqlite3", import_seeds=False)
        lib.import_paths(pages[:1])  # loads the analysers once, as a running app has
        lib.close()
        lib = LibraryService.open(Path(tmp) / "lib2.sqlite3", import_seeds=False)
        start = time.perf_counter()
        lib.import_paths(pages)
        seconds = time.perf_counter() - start
        lib.close()
    results["import"] = {"chars": len(text), "import_chars_per_s": len(text) / seconds,
                         "jieba_lcut_chars_per_s": jieba_rate}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    # Named for this bench alone (bench/startup.py builds library-N.sqlite3 here) and
    # for the schema version: an older file would otherwise be migrated on open, and
    # the bench would time a migrated library, not a freshly built one.
    path = OUT / f"search-library-v{LATEST_VERSION}-{args.articles}.sqlite3"
    paragraphs = seed_paragraphs()
    results: dict = {"articles": args.articles}
    if not path.exists():
        partial = path.with_name(path.name + ".building")
        partial.unlink(missing_ok=True)
        results["build_s"] = build(partial, args.articles, paragraphs)
        partial.rename(path)
    results["file_mb"] = path.stat().st_size / 2**20
    lib = LibraryService.open(path, import_seeds=False, daily_backup=False)
    bench_search(lib, paragraphs, results)
    lib.close()
    bench_index_cost(path, results)
    bench_import(results)
    s2, like = results["search_2char"], results["like_scan_2char"]
    results["ratio_like_over_fts_p50"] = like["p50_ms"] / s2["p50_ms"]
    imp = results["import"]
    results["ratio_import_over_jieba"] = imp["import_chars_per_s"] / imp["jieba_lcut_chars_per_s"]
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
