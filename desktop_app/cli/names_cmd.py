"""``xiangyue names``: the names index (people, places, organisations) of the library.

Each name once, its variants grouped under its key (湖南省 and 湖南 are ``LOC:湖南``), with
how often and in how many articles it is named and its first and last page date; the
user's corrections, renames and merges applied. The list filters take in the articles
the index counts (``--from 2025-03 --kind news``).
"""

from __future__ import annotations

import argparse
import unicodedata

from desktop_app.cli.filter_options import add_filter_options, filters_of
from desktop_app.cli.library_cmd import _library
from desktop_app.cli.output import print_json, print_text
from desktop_app.core.vocabulary import ENTITY_TYPES

ORDERS = ("mentions", "articles", "name", "type", "first", "last")  # service_names.py's
MAX_VARIANTS = 4  # in the table; --json lists them all
NAME_COLUMNS = 24  # a longer name is cut (…) in the table so the numbers stay in view


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "names", parents=[common],
        help="list every person, place and organisation named, with counts and dates",
        description="The names index: every name once, its variants grouped (湖南省 and "
        "湖南), with mentions, articles and first and last date. Follow one with "
        "`xiangyue list --entity-key KEY`.")
    parser.add_argument("--type", dest="etype", choices=ENTITY_TYPES, type=str.upper,
                        metavar="|".join(ENTITY_TYPES), help="only people, places or "
                        "organisations")
    parser.add_argument("--order", choices=ORDERS, default="mentions",
                        help="most mentioned first (default), most articles first, "
                        "by name (pinyin), type, first or last date")
    parser.add_argument("--reverse", action="store_true", help="reverse the order")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="print the first N names only")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_filter_options(parser)
    parser.set_defaults(handler=run_names)


def run_names(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        entries = lib.names(filters_of(args), type=args.etype, order=args.order,
                            descending=args.reverse)
    if args.limit is not None:
        entries = entries[:max(0, args.limit)]
    if args.json:
        print_json([entry.to_dict() for entry in entries])
        return 0
    if not entries:
        print_text("no names")
        return 0
    rows = [("type", "name", "mentions", "articles", "first", "last", "variants · key")]
    for e in entries:
        others = [v.text for v in e.variants if v.text != e.name]
        shown = "、".join(others[:MAX_VARIANTS]) + ("…" if len(others) > MAX_VARIANTS else "")
        rows.append((e.type, _cut(e.name, NAME_COLUMNS), str(e.mentions), str(e.articles),
                     e.first_date or "-", e.last_date or "-",
                     f"{shown + ' · ' if shown else ''}{e.key}"))
    widths = [max(_width(row[i]) for row in rows) for i in range(6)]
    for row in rows:
        cells = [_pad(cell, widths[i], right=i in (2, 3)) for i, cell in enumerate(row[:6])]
        print_text("  ".join([*cells, row[6]]).rstrip())
    return 0


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: two for a wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    while _width(text) > width - 1:
        text = text[:-1]
    return text + "…"


def _pad(text: str, width: int, *, right: bool = False) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space
