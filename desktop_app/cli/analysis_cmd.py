"""``xiangyue reanalyse``: the library brought up to this version's rules, for pages an
earlier version imported: split again where their files can be read, then every
article's numbers, names and figures found again."""

from __future__ import annotations

import argparse
import sys
import threading
import time

from desktop_app.cli.library_cmd import _jobs, _library
from desktop_app.cli.output import print_json, print_orphans, print_text, run_status


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "reanalyse", parents=[common],
        help="bring the library up to this version's split and analysis",
        description="Split again the pages an earlier version split, where their files "
        "are unchanged (your notes, tags and highlights follow their articles; your fixes "
        "to a split are made again), and find the numbers, names and figures of the "
        "articles an earlier version analysed with this version's rules. Ctrl+C stops "
        "after the page or batch being written; running the command again goes on from "
        "there.")
    p.add_argument("--all", dest="everything", action="store_true",
                   help="every page and article, also those this version split and analysed")
    p.add_argument("--check", action="store_true",
                   help="only say how many articles an earlier version analysed")
    p.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="processes analysing articles (default: one per core for 400 "
                   "articles or more; 1: all in this process)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_reanalyse)


def run_reanalyse(args: argparse.Namespace) -> int:
    from desktop_app.cli.import_progress import ImportDisplay
    from desktop_app.core.extraction.version import ANALYSIS_VERSION

    with _library(args) as lib:
        left = lib.articles_to_analyse()
        if args.check:
            if args.json:
                print_json({"analysis_version": ANALYSIS_VERSION, "articles_to_analyse": left})
            else:
                print_text(f"{left} article(s) analysed by an earlier version"
                           + ("; `xiangyue reanalyse` brings them up to date" if left else ""))
            return 0
        display = ImportDisplay()  # for its Ctrl+C: stop between batches
        bar = _Bar(display.cancel) if display.show_bar else None
        started = time.monotonic()
        with display.ctrl_c_cancels():
            report = lib.reanalyse(bar or (lambda done, total: not display.cancel.is_set()),
                                   jobs=args.jobs, everything=args.everything)
        if bar is not None:
            bar.close()
    if args.json:
        print_json({"analysis_version": report.version, "total": report.total,
                    "analysed": report.analysed, "changed": report.changed,
                    "resplit_pages": report.resplit_pages, "orphaned": report.orphaned,
                    "cancelled": report.cancelled, "errors": report.errors,
                    "notes": report.notes})
    elif report.total == 0:
        print_text("every article already has this version's numbers, names and figures")
    else:
        print_text(f"{report.analysed} of {report.total} article(s) analysed again in "
                   f"{time.monotonic() - started:.1f} s"
                   + (f"; {report.resplit_pages} page(s) split again"
                      if report.resplit_pages else "")
                   + (f"; {report.changed} left to the import that changed them"
                      if report.changed else "")
                   + ("; cancelled (run the command again to go on)"
                      if report.cancelled else ""))
        for error in report.errors:
            print(f"not analysed: {error}", file=sys.stderr)
        for note in report.notes:
            print(f"note: {note}", file=sys.stderr)
        print_orphans(report.orphaned, "the pages split again")
    return run_status(report.cancelled, report.errors)


class _Bar:
    """A progress bar on stderr (a terminal only), and the answer to "go on?"."""

    def __init__(self, cancel: threading.Event) -> None:
        from tqdm import tqdm

        self._cancel = cancel
        self._bar = tqdm(unit="article", file=sys.stderr, dynamic_ncols=True, leave=False)

    def __call__(self, done: int, total: int) -> bool:
        self._bar.total = total
        self._bar.update(done - self._bar.n)
        return not self._cancel.is_set()

    def close(self) -> None:
        self._bar.close()
