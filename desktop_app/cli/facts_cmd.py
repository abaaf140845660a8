"""``xiangyue facts``: every figure of the library (or of the filtered articles), one row
per number with what it measures (subject), how (relation) and when (period)."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.filter_options import add_filter_options, filters_of
from desktop_app.cli.library_cmd import _library
from desktop_app.cli.output import print_json, print_text, utf8_stdout
from desktop_app.core.export.facts_csv import write_facts_csv
from desktop_app.core.vocabulary import NUMBER_KINDS

ORDERS = "page, value, subject, period, kind, unit, relation, title"


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "facts", parents=[common],
        help="list the figures: each number with its subject, relation and period",
        description="Every number of the library's articles (or of those the filters "
        "select) with what it measures, how and when. Offsets index the article's text "
        "as `show --json` prints it.")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", action="store_true",
                     help="print CSV for a spreadsheet (UTF-8 with BOM, CRLF)")
    p.add_argument("--kind", choices=NUMBER_KINDS, help="only numbers of this kind")
    p.add_argument("--unit", metavar="U", help="only numbers in this unit (元, %%, 家 …)")
    p.add_argument("--subject", metavar="TEXT", help="only figures whose subject holds TEXT")
    p.add_argument("--period-from", metavar="ISO",
                   help="only figures whose period starts at or after ISO (2024, 2024-03 …)")
    p.add_argument("--period-to", metavar="ISO", help="…and at or before ISO")
    add_filter_options(p, kind_flag="--article-kind")
    p.add_argument("--order", default="page", metavar="ORDER", help=f"one of: {ORDERS}")
    p.add_argument("--desc", action="store_true", help="reverse the order")
    p.add_argument("--limit", type=int, default=None, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.set_defaults(handler=run_facts)


def run_facts(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        rows = lib.facts(filters_of(args), kind=args.kind, unit=args.unit, subject=args.subject,
                         period=(args.period_from, args.period_to), limit=args.limit,
                         offset=args.offset, order=args.order, descending=args.desc)
    if args.json:
        print_json([r.to_dict() for r in rows])
        return 0
    if args.csv:
        utf8_stdout()
        write_facts_csv(sys.stdout, rows)
        return 0
    for r in rows:
        print_text(f"{r.article_id}  {r.date or '----------'}  {r.text:<12} "
                   f"{r.subject or '—'}  {r.relation or '—'}  {r.period or '—'}")
    print(f"{len(rows)} figures", file=sys.stderr)
    return 0
