"""``xiangyue export``, ``xiangyue import-notes`` and ``xiangyue backup``.

``export`` without ``--out`` writes to standard output (CSV: the notes table only), so
it can be piped; with ``--out`` an existing file is never replaced without ``--force``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop_app.cli.output import CliError, print_json, print_text, utf8_stdout
from desktop_app.core.export.annotation_json_reader import AnnotationFormatError
from desktop_app.core.export.files import ExportConflict
from desktop_app.core.export.formats import FORMATS, splittable
from desktop_app.core.export.scope import ExportScope
from desktop_app.service_export import ExportRequest, ExportService


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    _register_export(subparsers, common)
    notes = subparsers.add_parser(
        "import-notes", parents=[common],
        help="read notes and highlights from a Web Annotation JSON export",
        description="Add the notes, highlights and tags of FILE (made by `xiangyue export "
        "--format json`) to articles of this library holding the same pages. Running it "
        "again adds nothing twice.",
    )
    notes.add_argument("file", metavar="FILE", help="a JSON export")
    notes.add_argument("--json", action="store_true", help="print the report as JSON")
    notes.set_defaults(handler=run_import_notes)
    backup = subparsers.add_parser(
        "backup", parents=[common], help="write a consistent copy of the library",
        description="Copy the library with SQLite's online backup (safe while the window "
        "is open). PATH may be a folder.",
    )
    backup.add_argument("path", metavar="PATH", help="the copy to write, or a folder")
    backup.add_argument("--force", action="store_true", help="replace an existing file")
    backup.set_defaults(handler=run_backup)


def _register_export(subparsers: argparse._SubParsersAction,
                     common: argparse.ArgumentParser) -> None:
    *names, last = [fmt.name for fmt in FORMATS.values()]
    parser = subparsers.add_parser(
        "export", parents=[common], help="export notes and highlights",
        description=f"Export notes, highlights and numbers as {', '.join(names)} or {last}. "
        "Without a scope option: every article.",
    )
    parser.add_argument("--format", required=True, choices=list(FORMATS))
    parser.add_argument("--out", metavar="PATH",
                        help="file to write (a folder with --split); default: standard output")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--tag", metavar="T", help="only articles with this tag")
    scope.add_argument("--article", metavar="ID", action="append",
                       help="only this article (repeat for several)")
    scope.add_argument("--search", metavar="QUERY", help="only the articles a search finds")
    parser.add_argument("--split", action="store_true", help="/".join(
        FORMATS[f].name for f in splittable()) + ": one file per article in the folder --out")
    parser.add_argument("--all-articles", action="store_true",
                        help="include articles without notes, highlights or tags")
    parser.add_argument("--force", action="store_true", help="replace existing files")
    parser.set_defaults(handler=run_export)


@contextlib.contextmanager
def _exporter(args: argparse.Namespace) -> Iterator[ExportService]:
    from desktop_app.service import LibraryError, LibraryService

    db = getattr(args, "db", None)
    if db is not None and not Path(db).expanduser().is_file():
        # Exporting or backing up must not quietly create an empty library.
        raise CliError(f"no library at {db}")
    try:
        library = LibraryService.open(db)
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    service = ExportService(library)
    try:
        yield service
    finally:
        service.close()
        library.close()


def _scope(args: argparse.Namespace) -> ExportScope:
    if args.article:
        return ExportScope.selected(args.article)
    if args.tag:
        return ExportScope.tagged(args.tag)
    if args.search:
        return ExportScope.search(args.search)
    return ExportScope.everything()


def run_export(args: argparse.Namespace) -> int:
    if args.split and (args.format not in splittable() or not args.out):
        raise CliError(f"--split needs --format {'/'.join(splittable())} and a folder as --out")
    out = Path(args.out).expanduser() if args.out else None
    request = ExportRequest(args.format, _scope(args), out, args.split,
                            only_annotated=not args.all_articles)
    with _exporter(args) as service:
        missing = [i for i in request.scope.article_ids
                   if not service.library.article_rows([i])]
        if missing:
            raise CliError(f"no article with id {missing[0]}")
        if out is None:
            _to_stdout(service, request)
            return 0
        try:
            result = service.export(request, force=args.force)
        except ExportConflict as exc:
            raise CliError(f"{exc}; use --force to replace") from None
        except OSError as exc:  # a read-only or full destination: nothing was written
            raise CliError(_cannot_write(out, exc)) from None
    where = result.files[0] if len(result.files) == 1 else out
    print_text(f"exported {result.items} notes and highlights from {result.articles} "
               f"articles to {where}" + (f" ({len(result.files)} files)"
                                        if len(result.files) > 1 else ""))
    return 0


def _to_stdout(service: ExportService, request: ExportRequest) -> None:
    utf8_stdout()  # a Windows console code page cannot hold Chinese
    if request.export_format.encoding == "utf-8-sig":
        sys.stdout.write("\ufeff")  # CSV: so `> notes.csv` opens in Excel too
    service.write(request, sys.stdout)
    sys.stdout.flush()


def _cannot_write(path: Path, exc: Exception) -> str:
    # Names the destination, not the temporary file the failure happened in.
    return f"cannot write {path}: {getattr(exc, 'strerror', None) or exc}"


def run_import_notes(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if not path.exists() and not path.is_symlink():
        raise CliError(f"no such file: {args.file}")
    with _exporter(args) as service:
        try:
            # A folder, a named pipe or a device is refused there, by its type.
            report = service.import_notes(path)
        except AnnotationFormatError as exc:
            raise CliError(f"{args.file}: {exc}") from None
    if args.json:
        print_json(report.to_dict())
        return 0
    print_text(
        f"{report.articles_matched} articles matched; highlights: {report.highlights_added} "
        f"added, {report.highlights_updated} updated, {report.highlights_unchanged} already "
        f"there, {report.highlights_kept_local} kept (edited here later); notes: "
        f"{report.notes_set} added, {report.notes_merged} merged; tags: {report.tags_added} "
        "added"
    )
    for title in report.articles_unmatched:
        print(f"xiangyue: no article here matches {title!r}", file=sys.stderr)
    for quote in report.highlights_unanchored:
        print(f"xiangyue: quote not found, not imported: {quote!r}", file=sys.stderr)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    with _exporter(args) as service:
        try:
            written = service.backup(Path(args.path).expanduser(), force=args.force)
        except ExportConflict as exc:
            raise CliError(f"{exc}; use --force to replace") from None
        except OSError as exc:  # the service says a copy it could not write as OSError
            raise CliError(_cannot_write(Path(args.path), exc)) from None
    print_text(f"backed up {service.library.path} to {written}")
    return 0
