"""Command line entry point; every command calls the same service the GUI uses.

Each sub-command lives in its own module exposing ``register(subparsers, common)``;
the command's handler returns an exit code.

The window and the frozen app start here too, so this module imports no command: they
bring in the exporters, the PDF reader and the extraction rules (half a second of
imports), which a window start never needs. ``main`` looks for the window's own options
(``--db``, ``--self-test``) by hand; anything else goes to the full parser
(cli/parsing.py), which imports the module of the command given, or all of them for
``--help`` and for a command line it must refuse.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop_app.cli.errors import CliError, fail

# In the order `xiangyue --help` lists them.
COMMAND_MODULES = ("split_cmd", "extract_cmd", "export_cmd", "library_cmd", "entity_cmd",
                   "facts_cmd", "names_cmd", "article_cmd", "analysis_cmd")
# Which module registers each command, so that `xiangyue list` imports library_cmd alone
# (a third of a second less than importing all of them). tests/cli/test_entry.py checks
# it against what the modules register.
COMMANDS = {
    "split": "split_cmd", "extract": "extract_cmd",
    **dict.fromkeys(("export", "import-notes", "backup"), "export_cmd"),
    **dict.fromkeys(("import", "list", "show", "search", "tag", "untag", "note", "highlight",
                     "samples", "restore"), "library_cmd"),
    "entity": "entity_cmd", "facts": "facts_cmd", "names": "names_cmd",
    "article": "article_cmd", "reanalyse": "analysis_cmd",
}


def _window_options(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """(``--db`` path, ``--self-test``) when ``argv`` holds nothing else, else None.

    Read by hand: argparse and its parser are ~10 ms of a window's first frame. Anything
    unusual (``--db`` without a path, an abbreviation, ``--help``) returns None and is left
    to the full parser, which says what it always said."""
    db: str | None = None
    self_test = False
    rest = iter(argv)
    for arg in rest:
        if arg == "--self-test":
            self_test = True
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
        elif arg == "--db":
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None
            db = value
        else:
            return None
    return db, self_test


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_options(argv)
    try:
        if window is None:
            from desktop_app.cli.parsing import parse

            args = parse(argv)
            if args.command is not None and not args.self_test:
                return int(args.handler(args))
            window = getattr(args, "db", None), bool(args.self_test)
        db, self_test = window
        if self_test:
            from desktop_app.selftest import run_self_test

            return run_self_test()
        from desktop_app.ui.app import run_gui

        return run_gui(db_path=db)
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
