"""`xiangyue --self-test`: passes on a good installation, names the step that broke otherwise.

The frozen bundle itself is self-tested by scripts/build_frozen.sh (run by .ci/run after
these tests); here the same code runs from source.
"""

from __future__ import annotations

import re
import shutil
import sys
import time
from pathlib import Path

import pytest

from desktop_app import paths, selftest
from desktop_app.selftest import Context, Step, StepFailed, run_self_test, run_steps
from tests.helpers.paths import REPO

OK_LINE = re.compile(
    r"^self-test ok: 5 pages, (\d+) articles, (\d+) numbers, (\d+) entities, "
    r"window rendered, export written \(\d+ ms\)$"
)


@pytest.mark.thorough  # the whole program and its worker processes: CI's second run
def test_self_test_from_source_passes_and_leaves_the_users_library_alone(
        qapp, capsys, _isolated_home: Path):
    code = run_self_test()

    lines = capsys.readouterr().out.strip().splitlines()
    assert code == 0, lines
    match = OK_LINE.match(lines[-1])
    assert match, lines[-1]
    articles, numbers, entities = (int(g) for g in match.groups())
    assert articles >= 5 and numbers > 0 and entities > 0
    assert lines[-2].startswith("self-test resources (source tree): ")
    assert f"seeds={REPO / 'seeds'}" in lines[-2]
    assert "jieba=" in lines[-2] and "dict.txt" in lines[-2]
    # It ran on a temporary folder: the user's own data folder is untouched.
    assert list(_isolated_home.iterdir()) == []


def test_missing_sample_pages_fail_with_the_step_and_the_reason(
        capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    empty = tmp_path / "seeds"
    empty.mkdir()
    monkeypatch.setattr(paths, "seeds_dir", lambda: empty)

    code = run_self_test()

    out = capsys.readouterr().out.strip().splitlines()
    assert code == 1
    assert out[0] == f"self-test FAILED at finding resources: no sample pages in {empty}"
    assert not any(line.startswith("self-test ok") for line in out)


def test_a_frozen_app_reading_the_source_tree_fails(
        capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # A bundle that has seeds, dictionaries and translations, but whose jieba resolves
    # to the development install: it would work here and break on a user's machine.
    bundle = tmp_path / "bundle"
    shutil.copytree(REPO / "resources" / "dicts", bundle / "resources" / "dicts")
    shutil.copytree(REPO / "resources" / "i18n", bundle / "resources" / "i18n")
    (bundle / "seeds").mkdir()
    shutil.copy(REPO / "seeds" / "000_f5f77dfa578cba18.txt", bundle / "seeds")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)

    code = run_self_test()

    out = capsys.readouterr().out.strip().splitlines()
    assert code == 1
    assert out[0].startswith(
        f"self-test FAILED at finding resources: outside the bundle {bundle.resolve()}: jieba=")
    assert "seeds=" not in out[0]  # the bundled ones were found inside
    assert out[1].startswith(f"self-test resources (frozen bundle {bundle.resolve()}): ")


def test_the_first_failing_step_is_reported_and_later_steps_do_not_run(tmp_path: Path):
    ran: list[str] = []
    said: list[str] = []

    def fine(ctx: Context) -> None:
        ran.append("fine")

    def broken(ctx: Context) -> None:
        raise StepFailed("the window rendered as an empty image")

    def crash(ctx: Context) -> None:
        raise ImportError("libQt6Gui.so.6: cannot open shared object file")

    steps = (Step("one", fine, 5), Step("two", broken, 5), Step("three", fine, 5))
    assert run_steps(steps, Context(tmp_path), said.append) is False
    assert ran == ["fine"]
    assert said == ["self-test FAILED at two: the window rendered as an empty image"]

    said.clear()
    assert run_steps((Step("importing Qt", crash, 5),), Context(tmp_path), said.append) is False
    assert said == ["self-test FAILED at importing Qt: ImportError: libQt6Gui.so.6: cannot "
                    "open shared object file"]


def test_a_hanging_step_is_cut_off_with_exit_1(tmp_path: Path):
    said: list[str] = []
    exits: list[int] = []

    def hang(ctx: Context) -> None:
        deadline = time.monotonic() + 5
        while not exits and time.monotonic() < deadline:
            time.sleep(0.01)

    run_steps((Step("rendering the window", hang, 0.05),), Context(tmp_path), said.append,
              on_timeout=exits.append)

    assert exits == [1]
    assert said[0] == "self-test FAILED at rendering the window: timed out after 0.05 s"


def test_report_is_also_written_to_the_log_file(tmp_path: Path, monkeypatch, capsys):
    # Windowed Windows builds may have no stdout: CI reads this file instead.
    log = tmp_path / "selftest.log"
    monkeypatch.setenv(selftest.LOG_ENV, str(log))

    code = run_self_test((Step("finding resources", lambda ctx: (_ for _ in ()).throw(
        StepFailed("seeds not found at /nowhere")), 5),))

    assert code == 1
    assert log.read_text(encoding="utf-8") == (
        "self-test FAILED at finding resources: seeds not found at /nowhere\n")
    assert capsys.readouterr().out == log.read_text(encoding="utf-8")


def test_a_macos_app_bundle_counts_its_resources_folder_as_inside(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # PyInstaller's .app: _MEIPASS is Contents/Frameworks, data lives in Contents/Resources.
    contents = tmp_path / "Xiangyue.app" / "Contents"
    (contents / "Frameworks").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(contents / "Frameworks"), raising=False)

    assert selftest.bundle_root() == contents.resolve()


def test_a_window_without_its_translation_fails(tmp_path: Path, monkeypatch):
    from desktop_app.ui import i18n

    ctx = Context(tmp_path, paths={"translations": tmp_path / "i18n"})
    monkeypatch.setattr(i18n, "installed_files", lambda: ["/qt/translations/qtbase_en.qm"])

    with pytest.raises(StepFailed, match="the window's translation did not load from"):
        selftest._check_translations(ctx)
