"""Library commands: import, list, show, search, tag, untag, note, highlight, restore.

Each opens the same :class:`~desktop_app.service.LibraryService` the window uses, so
the command line and the GUI can never disagree about what the library holds.
"""

from __future__ import annotations

import argparse
import locale
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app.cli.filter_options import add_filter_options, filters_of
from desktop_app.cli.output import CliError, print_json, print_orphans, print_text, run_status
from desktop_app.core.articles import placed
from desktop_app.core.reading.user_files import UnreadableFileError, read_at_most
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR

Handler = Callable[[argparse.Namespace], int]
SEARCH_SYNTAX = """\
Find articles by words in their titles, text, notes, highlights and tags.

query syntax:
  湖南 算力           several words: an article must hold every one, anywhere
  "湖南 长沙"         quotes make one term of several words
  算力 -湖南          a leading - leaves out articles holding the word
  算力 -"绿色 计算"   … or the quoted words
  AND * ( ) -         anything else (and a lone -) is searched for as typed

Whitespace, width and case do not matter: 2025年 finds "2025 年" and a word
wrapped across lines; ＡＩ, ai and AI match; so do ２０２５ and 2025. Each term is
found wherever it occurs, also inside longer words (高原 in 青藏高原).
Examples: xiangyue search '"长株潭 都市圈" 2025年 -益阳' --from 2025-01"""
# A note is typed by a person: a whole book is a few MB.
MAX_NOTE_BYTES = 16 * 2**20


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    def add(name: str, handler: Handler, help_: str, **extra: Any) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(name, help=help_, parents=[common], **extra)
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.set_defaults(handler=handler)
        return parser

    p = add("import", run_import, "import page files and folders into the library",
            description="Import page files (*.txt, *.md, *.pdf) and folders into the "
            "library; each file not imported is named on stderr with the reason. Pages "
            "already in it are skipped before any analysis, so running an interrupted "
            "import again resumes it. Ctrl+C stops after the page being written; every "
            "page written so far stays.")
    p.add_argument("paths", metavar="PATH", nargs="+")
    p.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="processes analysing pages (default: one per core, or 1 for "
                   "fewer than 8 files; 1: all in this process)")
    p = add("list", run_list, "list the articles in the library")
    add_filter_options(p)
    p.add_argument("--order", choices=("page", "date", "title"), default="page")
    p = add("show", run_show, "print one article with its note, tags and highlights")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p = add("search", run_search, "find articles by words in titles, text, notes and tags",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            description=SEARCH_SYNTAX)
    p.add_argument("query", metavar="QUERY", help="words to find (quote the whole query "
                   "for your shell when it has spaces or quotes)")
    add_filter_options(p)
    p.add_argument("--limit", type=int, default=50, metavar="N")
    for name, handler, verb in (("tag", run_tag, "add"), ("untag", run_untag, "remove")):
        p = add(name, handler, f"{verb} tags of an article")
        p.add_argument("article_id", metavar="ARTICLE_ID")
        p.add_argument("tags", metavar="TAG", nargs="+")
    p = add("note", run_note, "set an article's Markdown note (TEXT, or - for stdin)")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("text", metavar="TEXT|-")
    p = add("highlight", run_highlight, "highlight characters START to END of an article")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--start", type=int, required=True, metavar="N")
    p.add_argument("--end", type=int, required=True, metavar="N")
    p.add_argument("--color", default=DEFAULT_HIGHLIGHT_COLOR, metavar="C")
    p.add_argument("--note", default="", metavar="TEXT")
    p = add("samples", run_samples, "the bundled sample pages: count them, or remove them")
    p.add_argument("action", choices=("count", "remove"), nargs="?", default="count")
    p.add_argument("--include-annotated", action="store_true",
                   help="with remove: also remove sample articles that hold your notes, "
                   "highlights or tags (kept otherwise)")
    p = add("restore", run_restore, "replace a damaged library with its latest automatic "
            "backup (the damaged file is kept beside it)")
    p.add_argument("--backup", metavar="FILE", help="restore this backup instead")


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return jobs


@contextmanager
def _library(args: argparse.Namespace) -> Iterator:
    # Imported here so that `xiangyue --help` and the other commands start fast.
    from desktop_app.service import LibraryError, LibraryService, NotFoundError

    try:
        # The sample pages are the window's welcome; a command adds none of them.
        service = LibraryService.open(getattr(args, "db", None), import_seeds=False)
    except LibraryError as exc:
        raise CliError(str(exc), exit_code=3) from None
    try:
        yield service
    except (NotFoundError, ValueError, LibraryError) as exc:
        raise CliError(str(exc).strip("'\"")) from None
    finally:
        service.close()


def run_import(args: argparse.Namespace) -> int:
    from desktop_app.cli.import_progress import ImportDisplay
    from desktop_app.page_files import skip_reason

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CliError(f"{missing[0]}: does not exist")
    display = ImportDisplay()
    with _library(args) as lib, display.ctrl_c_cancels():
        report = lib.import_paths(args.paths, jobs=args.jobs, status=display)
    if args.json:
        print_json(report.to_dict())
    else:
        jobs = display.last.jobs if display.last is not None else 1
        print_text(f"{report.added_pages} page(s) added, {report.updated_pages} updated, "
                   f"{report.unchanged_pages} unchanged; {report.articles_added} article(s) "
                   f"added; {report.chars:,} characters in {display.seconds():.1f} s "
                   f"({display.rate() / 1000:.1f}k/s, {jobs} job{'s' if jobs > 1 else ''})"
                   + ("; cancelled" if report.cancelled else ""))
        # One line a file on stderr, each with its reason: those that failed, then the
        # files under a folder that are not pages.
        for error in report.errors:
            print(f"skipped: {error}", file=sys.stderr)
        for name in report.skipped:
            print(f"skipped: {skip_reason(name)}", file=sys.stderr)
        print_orphans(report.orphaned_highlights, "the edited pages")
    return run_status(report.cancelled, report.errors)


def run_samples(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        if args.action == "count":
            count = lib.count_samples()
            return _done(args, {"sample_pages": count}, f"{count} sample page(s)")
        removal = lib.remove_samples(keep_annotated=not args.include_annotated)
    text = f"{removal.pages} sample page(s) and {removal.articles} article(s) removed"
    if removal.kept_articles:
        text += (f"; {len(removal.kept_articles)} article(s) holding your notes, highlights "
                 "or tags kept (--include-annotated removes them too): "
                 + ", ".join(removal.kept_articles))
    return _done(args, dict(removal.to_dict()), text)


def run_list(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        rows = lib.article_rows(lib.article_ids(filters_of(args), order=args.order))
    if args.json:
        print_json([r.to_dict() for r in rows])
        return 0
    for r in rows:
        marks = " ".join(f"#{t}" for t in r.tags)
        print_text(f"{r.id}  {r.date or '----------'}  {r.kind:<13} {r.title}  {marks}".rstrip())
    return 0


def run_show(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        detail = lib.article(args.article_id)
    if args.json:
        print_json(detail.to_dict())
        return 0
    print_text(detail.title)
    for line in (detail.subtitle, detail.byline, detail.date, " ".join(f"#{t}" for t in
                                                                       detail.tags)):
        if line:
            print_text(f"  {line}")
    print_text("")
    heads = placed(detail.subhead_places(), len(detail.paragraphs))
    for index, paragraph in enumerate(detail.paragraphs):
        for subhead in (text for text, before in heads if before == index):
            print_text(f"## {subhead}")
        print_text(paragraph)
    for subhead in (text for text, before in heads if before >= len(detail.paragraphs)):
        print_text(f"## {subhead}")
    if detail.note:
        print_text(f"\n--- note ---\n{detail.note}")
    for h in detail.highlights:
        flag = " (orphan)" if h.orphan else ""
        print_text(f"[{h.id}] {h.start}-{h.end} {h.color}{flag}: {h.quote}"
                   + (f"  — {h.note}" if h.note else ""))
    return 0


def run_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    with _library(args) as lib:
        hits = lib.search(args.query, filters_of(args), limit=args.limit)
    if args.json:
        print_json([{"id": h.article_id, **h.to_dict()} for h in hits])
        return 0
    for h in hits:
        print_text(f"{h.article_id}  {h.date or '----------'}  {h.title}\n    {h.snippet}")
    if not hits:
        print("no articles found", file=sys.stderr)
    return 0


def _done(args: argparse.Namespace, data: dict, text: str) -> int:
    if args.json:
        print_json(data)
    else:
        print_text(text)
    return 0


def run_tag(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        lib.tag(args.article_id, *args.tags)
        tags = lib.article(args.article_id).tags
    return _done(args, {"id": args.article_id, "tags": tags}, " ".join(f"#{t}" for t in tags))


def run_untag(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        lib.untag(args.article_id, *args.tags)
        tags = lib.article(args.article_id).tags
    return _done(args, {"id": args.article_id, "tags": tags}, " ".join(f"#{t}" for t in tags))


def run_note(args: argparse.Namespace) -> int:
    text = _stdin_text() if args.text == "-" else args.text
    with _library(args) as lib:
        lib.set_note(args.article_id, text)
        saved = lib.note(args.article_id)
    return _done(args, {"id": args.article_id, "note": saved},
                 f"note saved ({len(saved)} characters)")


def _stdin_text() -> str:
    """A note from standard input: at most MAX_NOTE_BYTES (``< /dev/zero`` must not read
    forever), UTF-8 or else the system's encoding (a Windows pipe), or a one-line error."""
    try:
        data = read_at_most(sys.stdin.buffer, MAX_NOTE_BYTES, "-", "a note")
    except UnreadableFileError as exc:
        raise CliError(f"standard input {exc.reason}") from None
    for encoding in ("utf-8-sig", locale.getpreferredencoding(False)):
        try:
            # Line ends as text-mode reading gave them (a Windows pipe sends CRLF).
            return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        except (UnicodeDecodeError, LookupError):
            continue
    raise CliError("standard input is not UTF-8 text; the note was not saved")


def run_highlight(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        h = lib.add_highlight(args.article_id, args.start, args.end, color=args.color,
                              note=args.note)
    return _done(args, h.to_dict(), f"[{h.id}] {h.start}-{h.end} {h.color}: {h.quote}")


def run_restore(args: argparse.Namespace) -> int:
    from desktop_app import paths
    from desktop_app.service import (
        CorruptLibraryError,
        LibraryError,
        check_library,
        library_backups,
        restore_backup,
    )

    target = Path(getattr(args, "db", None) or paths.default_library_path())
    backup = Path(args.backup) if args.backup else None
    if backup is None:
        choices = library_backups(target)
        if not choices:
            raise CliError(f"no automatic backup of {target.name} to restore")
        backup = choices[0]
    try:
        check_library(target)
        if target.exists() and not args.backup:
            raise CliError(f"{target.name} opens fine; nothing to restore "
                           "(pass --backup FILE to roll back anyway)")
    except CorruptLibraryError:
        pass
    except LibraryError as exc:
        raise CliError(str(exc), exit_code=3) from None
    try:
        aside = restore_backup(target, backup)
    except (OSError, UnreadableFileError) as exc:  # nothing was moved
        reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
        raise CliError(f"cannot restore {backup}: {reason}") from None
    return _done(args, {"restored": str(backup), "damaged_file_kept_as": str(aside)},
                 f"restored {backup.name}; the damaged file is kept as {aside.name}")
