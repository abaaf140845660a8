"""Fixtures every test can ask for (tests/README.md lists them and where tests go).

The seed library (the bundled sample pages, imported and analysed) takes seconds to
build, so it is built once per session (per worker under ``-n``) and each test gets its
own copy of the file. A library a test creates itself starts empty: seeding a new library
is off unless the test is marked ``@pytest.mark.seeds``.
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.paths import REPO, SEEDS

# GUI tests never need a display; set before Qt is imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _share_bytecode() -> None:
    """With PYTHONDONTWRITEBYTECODE set (as on this project's machines), every process the
    suite starts (two workers, a hundred CLI children, the kill harnesses) would compile
    every module it imports again: about 0.6 s of CPU each, and 5 s for what a worker
    imports (jieba's tables alone 3 s). Instead they share one bytecode folder under the
    system's temp folder, kept from run to run as ``__pycache__`` folders would be (Python
    checks each file against its source): this user's own, private folder, or else a new
    one for this run, removed after it. Nothing is written beside the sources or into the
    environment."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return  # Python's own __pycache__ folders, or a cache chosen by the caller
    folder = _own_folder(Path(tempfile.gettempdir()) / f"xiangyue-tests-bytecode-{_user()}")
    if folder is None:
        folder = tempfile.mkdtemp(prefix="xiangyue-tests-bytecode-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
    # This process too: in a run in one process (``-n 0``) it imports every test module,
    # and pytest rewrites each one's asserts again unless it may cache them (5 s a run).
    sys.dont_write_bytecode = False
    sys.pycache_prefix = str(folder)


def _user() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")


def _own_folder(path: Path) -> Path | None:
    """``path``, made if missing, when only this user can write into it (bytecode from a
    folder someone else can write to would run their code)."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        found = path.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(found.st_mode):
        return None
    if hasattr(os, "getuid") and (found.st_uid != os.getuid() or found.st_mode & 0o022):
        return None
    return path


_share_bytecode()


def _hypothesis_profiles() -> None:
    """Property tests draw the same examples on every run (a hash of each test seeds them),
    so a run passes or fails on the code, never on the draw: a random draw once found a
    splitter case in one run of three, which is a red CI waiting to happen. A release run
    (``XIANGYUE_LONG=1``) explores with fresh random examples; a failure it finds is kept
    as an ``@example`` on the test."""
    from hypothesis import settings

    settings.register_profile("repeatable", derandomize=True, database=None)
    settings.register_profile("explore", derandomize=False)
    settings.load_profile("explore" if os.environ.get("XIANGYUE_LONG") else "repeatable")


_hypothesis_profiles()

__all__ = ["REPO", "SEEDS"]  # tests/ui/test_import.py imports SEEDS from here

CopyLibrary = Callable[[Path], Path]  # the copy_library fixture


TIERS = ("everyday", "thorough", "all")
RELIABILITY = REPO / "tests" / "reliability"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--tier", choices=TIERS, default=None,
        help="everyday (the default from the project's folder): every test but the "
             "thorough ones; thorough: only the whole-program suites (tests/reliability), "
             "gold floors and scale tests; all: both (CI runs everyday, then thorough). "
             "Without --tier, naming files, folders or tests, running inside a folder, -k, "
             "-m or --lf run what they select whatever its tier.")


def pytest_itemcollected(item: pytest.Item) -> None:
    """tests/reliability is thorough as a folder (so ``-m thorough`` finds it too)."""
    if item.path.is_relative_to(RELIABILITY):
        item.add_marker(pytest.mark.thorough)


def _thorough(item: pytest.Item) -> bool:
    return item.get_closest_marker("thorough") is not None


def _chosen(config: pytest.Config) -> bool:
    """The run names what it wants: paths or ids, a folder it starts in, -k, -m or --lf."""
    return (config.args_source is not pytest.Config.ArgsSource.TESTPATHS
            or bool(config.option.keyword or config.option.markexpr)
            or bool(getattr(config.option, "lf", False)))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep the tier asked for, then files marked ``early`` first (each runs whole on one
    worker, in this order): they spend most of their time waiting on processes they start,
    so the suite ends sooner when they start first and the rest fills the gaps."""
    tier = config.getoption("--tier") or ("all" if _chosen(config) else "everyday")
    if tier != "all":
        wanted = tier == "thorough"
        dropped = [item for item in items if _thorough(item) != wanted]
        if dropped:
            config.hook.pytest_deselected(items=dropped)
            items[:] = [item for item in items if _thorough(item) == wanted]
    items.sort(key=lambda item: item.get_closest_marker("early") is None)  # stable


@pytest.fixture(scope="module", autouse=True)
def _settled_heap() -> None:
    """At each test file's start, what is still alive (modules, the app's syntax trees,
    jieba's tables, the collected tests, fixtures kept for the session) is collected once
    and then left out of Python's cyclic garbage collector: its full collections, which
    walked all of that each time (about 150 ms, 15–18 times a run per worker), walk only
    what the file makes. Measured: a run's collector time halved, about a tenth off the
    suite's wall time (docs/benchmarks.md, session 40). What a file leaves behind in a
    cycle is freed at the next file's start; what is alive at a file's start and dies in
    a cycle later is never freed (a little memory, for one run)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data folder; the real profile is never touched."""
    home = tmp_path_factory.mktemp("xiangyue-home")
    monkeypatch.setenv("XIANGYUE_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _seeding(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library created in a test starts empty, in this process and in the ones it starts,
    unless the test is marked ``seeds`` (then it gets the sample pages, as on first launch)."""
    from desktop_app.paths import NO_SEEDS_ENV

    if request.node.get_closest_marker("seeds") is None:
        monkeypatch.setenv(NO_SEEDS_ENV, "1")
    else:
        monkeypatch.delenv(NO_SEEDS_ENV, raising=False)


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def tagger() -> None:
    """jieba's dictionary loaded once for the run (about a second), so no test's own time,
    or Hypothesis deadline, pays for it."""
    from desktop_app.core.extraction.dictionaries import tagger as load

    load()


@pytest.fixture(scope="session")
def seed_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample pages imported into a library, built once; never open it, copy it."""
    from desktop_app.service import LibraryService

    path = tmp_path_factory.mktemp("seed-library") / "library.sqlite3"
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as service:
        service.import_paths([SEEDS])
    return path  # closing folded the WAL in: the file alone is the library


@pytest.fixture(scope="session")
def copy_library(seed_library: Path) -> CopyLibrary:
    """``copy_library(folder)``: a private copy of the seed library, ``folder/library.sqlite3``."""

    def copy(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copyfile(seed_library, folder / "library.sqlite3"))

    return copy


@pytest.fixture
def lib_path(copy_library: CopyLibrary, tmp_path: Path) -> Path:
    """This test's own copy of the seed library (not opened)."""
    return copy_library(tmp_path / "lib")


@pytest.fixture
def lib(lib_path: Path):
    """This test's own copy of the seed library, open."""
    from desktop_app.service import LibraryService

    service = LibraryService.open(lib_path, import_seeds=False)
    yield service
    service.close()


@pytest.fixture(scope="module")
def shared_lib(copy_library: CopyLibrary, tmp_path_factory: pytest.TempPathFactory):
    """One open copy for a module's read-only tests (search properties draw many queries)."""
    from desktop_app.service import LibraryService

    service = LibraryService.open(copy_library(tmp_path_factory.mktemp("shared")),
                                  import_seeds=False)
    yield service
    service.close()


@pytest.fixture
def exporter(lib) -> Iterator:
    """The export service of :func:`lib`."""
    from desktop_app.service_export import ExportService

    service = ExportService(lib)
    yield service
    service.close()
