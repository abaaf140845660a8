"""Printing helpers shared by the commands: JSON on stdout, errors on stderr."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from typing import Any

from desktop_app.cli.errors import CliError, fail

__all__ = ["CliError", "fail", "print_json", "print_jsonl", "print_orphans", "print_text",
           "utf8_stdout"]


def print_json(data: Any) -> None:
    utf8_stdout()
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_jsonl(data: Any) -> None:
    utf8_stdout()
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def print_text(text: str) -> None:
    utf8_stdout()
    print(text)


def utf8_stdout() -> None:
    """A Windows console or a pipe may default to a legacy code page that cannot encode
    Chinese; the output is always UTF-8."""
    stdout = sys.stdout
    # Only a TextIOWrapper can change its encoding (pytest's capture is one too).
    if isinstance(stdout, io.TextIOWrapper) and (
            (stdout.encoding or "").lower().replace("-", "") != "utf8"):
        with contextlib.suppress(ValueError):
            stdout.reconfigure(encoding="utf-8")


def print_orphans(highlights: list[int], where: str) -> None:
    """The highlights a new text of their articles no longer holds (kept, never deleted)."""
    if highlights:
        print_text(f"{len(highlights)} highlight(s) no longer found in {where} (kept as "
                   "orphans): " + ", ".join(map(str, highlights)))


def run_status(cancelled: bool, errors: list[str]) -> int:
    """A long command's exit status: 130 when Ctrl+C stopped it (as a shell reports an
    interrupted program), 1 when some pages or articles were left, else 0."""
    return 130 if cancelled else 1 if errors else 0
