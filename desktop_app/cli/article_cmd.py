"""``xiangyue article``: fix how a page was split into articles.

``merge``, ``split``, ``retitle`` and ``kind`` change the articles at once and are
stored as operations on the page, so an import of the page applies them again;
``ops`` lists a page's fixes and ``undo`` takes back the last one. Highlights, notes and
tags stay on their words (core/splitting/edits.py, desktop_app/service_split_edits.py).
"""

from __future__ import annotations

import argparse

from desktop_app.cli.library_cmd import _library
from desktop_app.cli.output import print_json, print_text
from desktop_app.core.vocabulary import ARTICLE_KINDS


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "article", parents=[common], help="fix the split: merge, split, retitle articles",
        description="Fix how a page was split into articles. Each fix is kept with the page "
        "and made again when the page is imported again; highlights and notes stay on "
        "their words. Offsets index the article's text as `show --json` prints it.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    merge = actions.add_parser("merge", parents=[common],
                               help="merge an article with the next or previous one")
    merge.add_argument("id", metavar="ID")
    merge.add_argument("--with", dest="with_", choices=("next", "prev"), default="next",
                       help="the article after it (default) or before it")
    merge.add_argument("--json", action="store_true", help="print JSON")
    merge.set_defaults(handler=run_merge)

    split = actions.add_parser("split", parents=[common],
                               help="split an article in two at an offset of its text")
    split.add_argument("id", metavar="ID")
    split.add_argument("--at", type=int, required=True, metavar="OFFSET",
                       help="the second article starts at this character of the text")
    split.add_argument("--json", action="store_true", help="print JSON")
    split.set_defaults(handler=run_split)

    retitle = actions.add_parser("retitle", parents=[common],
                                 help="use a line of the article as its headline")
    retitle.add_argument("id", metavar="ID")
    where = retitle.add_mutually_exclusive_group(required=True)
    where.add_argument("--line", type=int, metavar="N",
                       help="line N of the text (0: the first paragraph)")
    where.add_argument("--title-offset", type=int, metavar="OFFSET",
                       help="the line holding this character of the text")
    retitle.add_argument("--json", action="store_true", help="print JSON")
    retitle.set_defaults(handler=run_retitle)

    kind = actions.add_parser("kind", parents=[common], help="change an article's kind")
    kind.add_argument("id", metavar="ID")
    kind.add_argument("kind", choices=ARTICLE_KINDS, metavar="KIND",
                      help=f"one of: {', '.join(ARTICLE_KINDS)}")
    kind.set_defaults(handler=run_kind)

    ops = actions.add_parser("ops", parents=[common],
                             help="list the fixes of the page an article is on")
    ops.add_argument("id", metavar="ID", help="any article of the page")
    ops.add_argument("--json", action="store_true", help="print JSON")
    ops.set_defaults(handler=run_ops)

    undo = actions.add_parser("undo", parents=[common],
                              help="take back the last fix of the page an article is on")
    undo.add_argument("id", metavar="ID", help="any article of the page")
    undo.set_defaults(handler=run_undo)


def _done(args: argparse.Namespace, ids: list[str], message: str) -> int:
    if getattr(args, "json", False):
        print_json({"articles": ids})
    else:
        print_text(message)
    return 0


def run_merge(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        merged = lib.merge_articles(args.id, args.with_)
    return _done(args, [merged], f"merged into {merged}")


def run_split(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        second = lib.split_article(args.id, args.at)
    return _done(args, [args.id, second], f"split: {args.id} and {second}")


def run_retitle(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        title = lib.retitle_article(args.id, line=args.line, offset=args.title_offset)
    if args.json:
        print_json({"articles": [args.id], "title": title})
    else:
        print_text(f"{args.id}: {title}")
    return 0


def run_kind(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        lib.set_article_kind(args.id, args.kind)
    return _done(args, [args.id], f"{args.id}: {args.kind}")


def run_ops(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        edits = lib.split_edits(args.id)
    rows = [{"seq": e.seq, "op": e.op, "created": e.created,
             "args": {k: v for k, v in e.args.items() if k not in ("undo", "titles")}}
            for e in edits]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            shown = " ".join(f"{k}={v}" for k, v in row["args"].items())
            print_text(f"{row['seq']}\t{row['op']}\t{shown}\t{row['created']}")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        undone = lib.undo_split_edit(args.id)
    print_text("nothing to undo" if undone is None else f"undone: {undone.seq} {undone.op}")
    return 0
