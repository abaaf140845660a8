"""``xiangyue split PAGE [--json]``: the articles of one page."""

from __future__ import annotations

import argparse

from desktop_app.cli.output import CliError, print_json, print_text
from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.splitting.split import split_page


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "split", help="print the articles of one page file", parents=[common]
    )
    parser.add_argument("page", metavar="PAGE", help="a page text file")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        page = read_page(args.page)
    except PageError as exc:
        raise CliError(str(exc)) from None
    result = split_page(page.text)
    if args.json:
        print_json(result.to_dict())
        return 0
    meta = result.meta
    header = " · ".join(x for x in (meta.date, meta.page and f"第{meta.page}版", meta.section) if x)
    if header:
        print_text(header)
    for number, article in enumerate(result.articles, 1):
        print_text(f"\n[{number}] {article.title}  ({article.kind}, {article.id})")
        for line in (article.subtitle, article.byline, article.dateline):
            if line:
                print_text(f"    {line}")
        for paragraph in article.paragraphs:
            print_text(f"  {paragraph}")
    return 0
