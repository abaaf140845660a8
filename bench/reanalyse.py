"""Analysing a library again: ``uv run python bench/reanalyse.py [--pages N] [--rounds R]``.

Generates N varied pages (bench/pagegen.py; default 400) into a temporary folder, imports
them once (untimed) into a library, then times, interleaved round by round so that a
change in the machine's load hits every mode alike, each in a fresh process from start
to exit (as a user waits for it):

* ``import1``: ``xiangyue import FOLDER --jobs 1`` into a new library: the baseline, the
  same articles read, split, analysed and written;
* ``again1``: ``xiangyue reanalyse --all --jobs 1`` on the imported library;
* ``again2``: ``xiangyue reanalyse --all --jobs 2`` (two workers analyse, the command
  writes).

Reported per mode: the best wall time and articles a second, and the ratios of the same
run: again1 / import1 (analysing again skips reading and splitting, and writes less) and
again2 / again1 (what a second core gives).

``--pdf``: the pages are one generated newspaper PDF of N pages (tests/helpers/
newspaper_pdf.py) instead: ``--all`` lays each page out again from the file, in the
command's process as an import of a PDF does, so again2 gains nothing over again1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import pagegen  # noqa: E402


def xiangyue(*argv: str, db: Path) -> float:
    env = {**os.environ, "XIANGYUE_HOME": str(db.parent)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop_app", *argv, "--db", str(db)],
                   check=True, cwd=REPO, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--pdf", action="store_true", help="one PDF of N pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "pages"
        folder.mkdir()
        if args.pdf:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            sys.path.insert(0, str(REPO))
            from tests.helpers.newspaper_pdf import paper

            paper(folder / "paper.pdf", 1, pages=args.pages)
        else:
            pagegen.write(folder, args.pages)
        library = work / "lib" / "library.sqlite3"
        library.parent.mkdir()
        xiangyue("import", str(folder), "--jobs", "2", db=library)
        import sqlite3

        with sqlite3.connect(library) as conn:
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        times: dict[str, list[float]] = {"import1": [], "again1": [], "again2": []}
        for round_ in range(args.rounds):
            fresh = work / f"fresh{round_}" / "library.sqlite3"
            fresh.parent.mkdir()
            times["import1"].append(xiangyue("import", str(folder), "--jobs", "1", db=fresh))
            shutil.rmtree(fresh.parent)
            times["again1"].append(xiangyue("reanalyse", "--all", "--jobs", "1", db=library))
            times["again2"].append(xiangyue("reanalyse", "--all", "--jobs", "2", db=library))
        print(f"{args.pages} pages, {articles} articles; best of {args.rounds} rounds")
        best = {mode: min(runs) for mode, runs in times.items()}
        for mode, seconds in best.items():
            print(f"  {mode:8} {seconds:7.1f} s  {articles / seconds:7.1f} articles/s"
                  f"  (all: {', '.join(f'{t:.1f}' for t in times[mode])})")
        print(f"  again1 / import1 time: {best['again1'] / best['import1']:.2f}×")
        print(f"  again2 / again1 time: {best['again2'] / best['again1']:.2f}×")


if __name__ == "__main__":
    main()
