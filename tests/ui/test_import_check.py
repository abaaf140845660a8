"""PySide6's check of each module imported after it gives the answers PySide's own gives."""

from __future__ import annotations

import importlib
import sys
import types

import PySide6.QtWidgets  # noqa: F401  (the check lives in PySide6's support modules)

from desktop_app.ui import import_check


def pysides_own():
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    return getattr(check, "original", check)


def test_the_fast_check_answers_as_pysides_own() -> None:
    original = pysides_own()
    names = ("os", "typing", "pathlib", "json", "sqlite3", "platformdirs", "PySide6.QtCore",
             "desktop_app.paths", "desktop_app.ui.app", "desktop_app.ui.main_window",
             "desktop_app.core.spans")
    answers = {}
    for name in names:
        module = importlib.import_module(name)
        answers[name] = import_check.uses_pyside(module, original)
        assert answers[name] == original(module), name
    assert answers["desktop_app.ui.main_window"] and not answers["desktop_app.core.spans"]
    # The answers come from the fast path, not from PySide's own check: a standard
    # module and one of the app's are answered without it.
    def refuse(module):
        raise AssertionError(f"PySide's check asked for {module.__name__}")

    for name in ("os", "typing", "desktop_app.ui.app", "desktop_app.core.spans"):
        import_check.uses_pyside(importlib.import_module(name), refuse)
    # A module with no file: PySide's own answer.
    bare = types.ModuleType("made_up_module")
    assert import_check.uses_pyside(bare, lambda _m: True) is True
    assert import_check.uses_pyside(bare, lambda _m: False) is False


def test_the_app_installs_it_once(qapp) -> None:
    # create_app, as the window's start and the UI tests call it, puts the check in
    # place; installing again replaces nothing (it stays for the process, as in the app).
    from desktop_app.ui.app import create_app

    create_app([])
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert getattr(check, "_xiangyue", False)
    assert import_check.install() is False
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is check
