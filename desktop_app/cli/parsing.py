"""The command line's full parser: built when there is a command (or ``--help``, or a
mistake) to parse, so that a window start never imports argparse or any command."""

from __future__ import annotations

import argparse
import importlib
import typing
from collections.abc import Sequence

from desktop_app import APP_DISPLAY_NAME, __version__
from desktop_app.cli import COMMAND_MODULES, COMMANDS


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="library file to use (default: the per-user data folder, or $XIANGYUE_HOME)",
    )
    parser = argparse.ArgumentParser(
        prog="xiangyue",
        description=f"{APP_DISPLAY_NAME}: read Chinese newspaper pages, see their numbers "
        "and names, keep notes. Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"xiangyue {__version__}")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check the installation on a temporary library and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(f"desktop_app.cli.{name}").register(subparsers, common)
    return parser


def _top_level(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """The top-level options and the rest of ``argv``; None if they do not parse.

    Only ``--db`` and ``--self-test`` are read here: anything else (``--help``,
    ``--version``, an unknown option, a mistake) goes to the full parser, which says what
    it always said.
    """
    top = _QuietParser(add_help=False, allow_abbrev=False)
    top.add_argument("--db", default=argparse.SUPPRESS)
    top.add_argument("--self-test", action="store_true")
    try:
        return top.parse_known_args(argv)
    except _NotQuick:
        return None


def parse(argv: list[str]) -> argparse.Namespace:
    """``argv`` parsed, importing no command for the window and only its own for one."""
    top = _top_level(argv)
    if top is not None and not top[1]:
        top[0].command = None  # the window, or the self-test
        return top[0]
    command = top[1][0] if top is not None else None
    module = COMMANDS.get(command or "")
    return build_parser((module,) if module else COMMAND_MODULES).parse_args(argv)


class _NotQuick(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    """Leaves every complaint (``--db`` without a path, ...) to the full parser."""

    def error(self, message: str) -> typing.NoReturn:
        raise _NotQuick(message)
