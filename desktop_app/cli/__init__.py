"""Command line entry point; every command calls the same service the GUI uses.

Each sub-command lives in its own module exposing ``register(subparsers, common)``;
the command's handler returns an exit code.

The window and the frozen app start here too, so this module imports no command: they
bring in the exporters, the PDF reader and the extraction rules (half a second of
imports), which a window start never needs. ``main`` reads the top-level options first,
then imports the module of the command given, or all of them for ``--help`` and for a
command line it must refuse.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import typing
from collections.abc import Sequence

from desktop_app import APP_DISPLAY_NAME, __version__
from desktop_app.cli.output import CliError, fail

# In the order `xiangyue --help` lists them.
COMMAND_MODULES = ("split_cmd", "extract_cmd", "export_cmd", "library_cmd", "entity_cmd",
                   "facts_cmd", "names_cmd", "article_cmd")
# Which module registers each command, so that `xiangyue list` imports library_cmd alone
# (a third of a second less than importing all of them). tests/cli/test_entry.py checks
# it against what the modules register.
COMMANDS = {
    "split": "split_cmd", "extract": "extract_cmd",
    **dict.fromkeys(("export", "import-notes", "backup"), "export_cmd"),
    **dict.fromkeys(("import", "list", "show", "search", "tag", "untag", "note", "highlight",
                     "samples", "restore"), "library_cmd"),
    "entity": "entity_cmd", "facts": "facts_cmd", "names": "names_cmd",
    "article": "article_cmd",
}


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
        importlib.import_module(f"{__name__}.{name}").register(subparsers, common)
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


def _parse(argv: list[str]) -> argparse.Namespace:
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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    try:
        if args.self_test:
            from desktop_app.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from desktop_app.ui.app import run_gui

            return run_gui(db_path=getattr(args, "db", None))
        return args.handler(args)
    except CliError as exc:
        return fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        # `xiangyue list | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])
