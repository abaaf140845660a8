"""``xiangyue extract FILE|- [--json]`` and ``xiangyue extract --jsonl FILE``: spans of a text.

Offsets are Python ``str`` indices into the text exactly as decoded: the encoding is
detected the way page import does it (:func:`decode_page`), a byte-order mark is dropped,
and nothing else is changed. (The imported page is also cleaned: line ends normalised,
invisible characters removed. Offsets here would not fit that text if the file had any,
and a tool reading the file itself needs offsets into what it decoded.)
"""

from __future__ import annotations

import argparse
import codecs
import itertools
import sys
from collections.abc import Iterator
from typing import Any

from desktop_app.cli.output import CliError, print_json, print_jsonl, print_text
from desktop_app.core.export.values import shown_values
from desktop_app.core.extraction.analysis import analyse
from desktop_app.core.reading.pages import MAX_PAGE_BYTES, PageError, decode_page
from desktop_app.core.reading.user_files import (
    UnreadableFileError,
    open_regular,
    parse_json,
    read_at_most,
    read_bounded,
)
from desktop_app.core.spans import Analysis, Corrections, NumberSpan

NUMBER_KEYS = ("start", "end", "text", "kind", "value", "value_max", "unit", "approx")
ENTITY_KEYS = ("start", "end", "text", "type")
_BOMS = {
    "utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}
# One line of --jsonl input holds one page's text, JSON-escaped (\uXXXX doubles Chinese).
MAX_JSONL_LINE_BYTES = 2 * MAX_PAGE_BYTES


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "extract", help="print the numbers and names found in a text", parents=[common],
        description="Find numbers and person/place/organisation names. Offsets are str "
        "indices into the text as decoded (BOM dropped, nothing else changed).",
    )
    parser.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument(
        "--jsonl", action="store_true",
        help='FILE holds one {"id": …, "text": …} per line; print one result per line',
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    corrections = _corrections(getattr(args, "db", None))
    if args.jsonl:
        return _run_jsonl(args.file, corrections)
    result = analyse(decode_exact(_read_bytes(args.file), args.file), corrections)
    if args.json:
        print_json(to_json(result))
    else:
        _print_table(result)
    return 0


def decode_exact(data: bytes, name: str = "<input>") -> str:
    """The text of ``data`` as :func:`decode_page` decodes it, but without its cleaning."""
    try:
        encoding = decode_page(data, name).encoding
    except PageError as exc:
        raise CliError(str(exc)) from None
    bom = _BOMS.get(encoding, b"")
    if bom and data.startswith(bom):
        data = data[len(bom):]
    return data.decode(encoding, errors="replace")


def to_json(result: Analysis) -> dict[str, list[dict[str, Any]]]:
    return {
        "numbers": [{k: getattr(n, k) for k in NUMBER_KEYS} for n in result.numbers],
        "entities": [{k: getattr(e, k) for k in ENTITY_KEYS} for e in result.entities],
    }


def _corrections(db: str | None) -> Corrections:
    """The corrections of the library (``--db`` or the user's), as the window shows them."""
    from desktop_app.service import LibraryError
    from desktop_app.service_corrections import saved_corrections

    try:
        return saved_corrections(db)
    except LibraryError as exc:
        raise CliError(str(exc), exit_code=3) from None
    except (ValueError, OSError) as exc:
        raise CliError(f"cannot read the saved corrections: {exc}") from None


def _read_bytes(name: str) -> bytes:
    """The bytes of FILE or of standard input, at most a page's limit, from a regular file
    only (a named pipe or a device given as FILE is refused unopened)."""
    try:
        if name == "-":
            return read_at_most(sys.stdin.buffer, MAX_PAGE_BYTES, name, "a page")
        return read_bounded(name, MAX_PAGE_BYTES, "a page")
    except UnreadableFileError as exc:
        raise CliError(f"{name}: {exc.reason}") from None


def _lines(name: str) -> Iterator[bytes]:
    """The lines of a --jsonl input, each at most MAX_JSONL_LINE_BYTES; a longer line
    ends the run (skipping it could mean reading an endless stream for its end)."""
    if name == "-":
        yield from _bounded_lines(sys.stdin.buffer, name)
        return
    try:
        with open_regular(name, sys.maxsize) as handle:
            yield from _bounded_lines(handle, name)
    except UnreadableFileError as exc:
        raise CliError(f"{name}: {exc.reason}") from None


def _bounded_lines(handle: Any, name: str) -> Iterator[bytes]:
    for number in itertools.count(1):
        try:
            line = handle.readline(MAX_JSONL_LINE_BYTES + 1)
        except OSError as exc:
            raise CliError(f"{name}:{number}: cannot be read ({exc.strerror or exc})") from None
        if not line:
            return
        if len(line) > MAX_JSONL_LINE_BYTES:
            raise CliError(f"{name}:{number}: line longer than "
                           f"{MAX_JSONL_LINE_BYTES // 2**20} MB; stopped there")
        yield line


def _run_jsonl(name: str, corrections: Corrections) -> int:
    failures = 0
    for number, raw in enumerate(_lines(name), 1):
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
        if not line.strip():
            continue
        try:
            item = parse_json(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
            if not isinstance(item.get("id"), str | int | float | None):
                raise ValueError('"id" must be a string or a number')
        except ValueError as exc:
            failures += 1
            print(f"xiangyue: {name}:{number}: bad input line: {exc}", file=sys.stderr)
            continue
        result = to_json(analyse(item["text"], corrections))
        print_jsonl({"id": item.get("id"), **result})
    return 1 if failures else 0


def _print_table(result: Analysis) -> None:
    rows = [(n.start, n.end, n.kind, n.text, _value(n))
            for n in result.numbers]
    rows += [(e.start, e.end, e.type, e.text, "") for e in result.entities]
    if not rows:
        print_text("(nothing found)")
        return
    print_text(f"{'start':>6} {'end':>6}  {'type':<8} text")
    for start, end, kind, text, value in sorted(rows):
        shown = text.replace("\n", "⏎")
        print_text(f"{start:>6} {end:>6}  {kind:<8} {shown}{'  = ' + value if value else ''}")


def _value(span: NumberSpan) -> str:
    # The JSON keeps shares as stored fractions; the table reads as the page printed them.
    value, value_max = shown_values(span)
    if value is None:
        return ""
    shown = f"{value:g}" + (f"–{value_max:g}" if value_max is not None else "")
    return f"{shown} {span.unit}".strip()
