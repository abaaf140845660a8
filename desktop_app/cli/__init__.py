"""Command line entry point; every command calls the same service the GUI uses.

Each sub-command lives in its own module exposing ``register(subparsers, common)``;
the command's handler returns an exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_app import APP_DISPLAY_NAME, __version__
from desktop_app.cli import (
    article_cmd,
    entity_cmd,
    export_cmd,
    extract_cmd,
    facts_cmd,
    library_cmd,
    names_cmd,
    split_cmd,
)
from desktop_app.cli.output import CliError, fail

COMMAND_MODULES = [split_cmd, extract_cmd, export_cmd, library_cmd, entity_cmd, facts_cmd,
                   names_cmd, article_cmd]


def build_parser() -> argparse.ArgumentParser:
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
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
