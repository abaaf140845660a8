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
    # A module with no file: PySide's own answer.
    bare = types.ModuleType("made_up_module")
    assert import_check.uses_pyside(bare, lambda _m: True) is True
    assert import_check.uses_pyside(bare, lambda _m: False) is False


def test_installing_twice_replaces_once() -> None:
    import_check.install()
    assert import_check.install() is False
    assert pysides_own() is not sys.modules["shibokensupport.feature"]._mod_uses_pyside
