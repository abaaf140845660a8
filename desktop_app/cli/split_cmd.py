"""``xiangyue split PAGE [--json]``: the articles of one page."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.output import CliError, print_json, print_text
from desktop_app.core.articles import SplitPage
from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.reading.pdf_file import PdfFile, PdfPage, is_pdf
from desktop_app.core.reading.pdf_layout import lay_out
from desktop_app.core.splitting.split import split_page


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "split", help="print the articles of one page file", parents=[common]
    )
    parser.add_argument("page", metavar="PAGE", help="a page text file or a PDF")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if is_pdf(args.page):
        return _run_pdf(args)
    try:
        page = read_page(args.page)
    except PageError as exc:
        raise CliError(str(exc)) from None
    result = split_page(page.text)
    if args.json:
        print_json(result.to_dict())
        return 0
    _print_page(result)
    return 0


def _run_pdf(args: argparse.Namespace) -> int:
    """One PDF page prints as a text page does; more print as ``{"pages": [...]}``."""
    pages: list[SplitPage] = []
    errors: list[str] = []
    try:
        with PdfFile(args.page) as pdf:
            for item in pdf.pages():
                if isinstance(item, PdfPage):
                    pages.append(lay_out(item.geometry).split)
                else:
                    errors.append(str(item))
            count = pdf.page_count
    except PageError as exc:
        raise CliError(str(exc)) from None
    if not pages:
        raise CliError(errors[0] if count == 1 else f"{errors[0]} (and every other page)")
    if args.json:
        print_json(pages[0].to_dict() if count == 1 else {"pages": [p.to_dict() for p in pages]})
    else:
        for number, page in enumerate(pages, 1):
            if count > 1:
                print_text(f"{'' if number == 1 else chr(10)}=== page {number} ===")
            _print_page(page)
    for error in errors:
        print(f"skipped: {error}", file=sys.stderr)
    return 1 if errors else 0


def _print_page(result: SplitPage) -> None:
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
