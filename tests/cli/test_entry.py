"""The one entry point: `xiangyue` with no command opens the window, with a command runs it.

The window and the frozen app start through ``desktop_app.cli.main``; a window start
must not pay for importing every command (the exporters, the PDF reader, the extraction
rules: half a second before the first frame), so it is checked in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys

import pytest

from desktop_app.cli import COMMAND_MODULES, COMMANDS, main
from tests.helpers.paths import REPO

# What `main` would start the window with, and what was imported by then.
PROBE = r"""
import json, sys
import desktop_app.ui.app as app
def run_gui(db_path=None):
    loaded = sorted(name for name in sys.modules if name.startswith(("desktop_app.cli.",
        "desktop_app.core.export", "desktop_app.core.extraction", "desktop_app.service",
        "desktop_app.storage", "markdown", "jieba", "pypdfium2", "argparse")))
    print(json.dumps({"db": db_path, "loaded": loaded}))
    return 0
app.run_gui = run_gui
from desktop_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def window_start(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, cwd=REPO, timeout=60, check=True)
    return json.loads(done.stdout)


def test_the_window_starts_without_importing_the_commands() -> None:
    started = window_start()
    assert started["db"] is None
    # Only the one-line failures the entry point itself reports: no argparse either.
    assert started["loaded"] == ["desktop_app.cli.errors"]


@pytest.mark.parametrize("argv", [["--db", "mine.sqlite3"], ["--db=mine.sqlite3"]])
def test_the_window_opens_the_library_given_with_db(argv: list[str]) -> None:
    assert window_start(*argv) == {"db": "mine.sqlite3", "loaded": ["desktop_app.cli.errors"]}


@pytest.mark.parametrize(("argv", "said"), [
    (["--db"], "argument --db: expected one argument"),
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--db", "x.sqlite3", "nosuchcommand"], "invalid choice: 'nosuchcommand'"),
])
def test_a_wrong_command_line_is_refused_as_before(argv: list[str], said: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: xiangyue") and said in err


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("split", "extract", "export", "import", "list", "entity", "facts",
                    "names", "article"):
        assert f"\n    {command} " in out or f"\n    {command}\n" in out, command


def test_each_command_is_found_in_the_module_that_registers_it() -> None:
    registered = {}
    for name in COMMAND_MODULES:
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"desktop_app.cli.{name}").register(
            subparsers, argparse.ArgumentParser(add_help=False))
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == COMMANDS


def test_a_command_imports_its_own_module_only(tmp_path) -> None:
    probe = ("import sys\nfrom desktop_app.cli import main\ncode = main(sys.argv[1:])\n"
             "print(sorted(n for n in sys.modules if n.endswith('_cmd')))\nsys.exit(code)")
    done = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(tmp_path / "new.sqlite3"), "samples"],
        capture_output=True, text=True, cwd=REPO, timeout=60, check=True)
    assert done.stdout.splitlines()[-1] == "['desktop_app.cli.library_cmd']"
