"""Shared libraries for the storage, search, service and CLI tests.

Importing the seeds runs the analysers (jieba), which takes seconds, so the seed
library is built once per session; each test opens its own copy of the file.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.service import LibraryService

# Test modules star-import these so pytest sees the fixtures.
__all__ = ["copy_of", "lib", "lib_path", "seeded_file", "shared_lib"]


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "library.sqlite3"
    LibraryService.open(path, import_seeds=True).close()  # close folds the WAL in
    return path


def copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(template, folder / "library.sqlite3"))


@pytest.fixture
def lib_path(seeded_file: Path, tmp_path: Path) -> Path:
    return copy_of(seeded_file, tmp_path / "lib")


@pytest.fixture
def lib(lib_path: Path) -> Iterator[LibraryService]:
    service = LibraryService.open(lib_path, import_seeds=False)
    yield service
    service.close()


@pytest.fixture(scope="module")
def shared_lib(seeded_file: Path, tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[LibraryService]:
    """One copy for a module's read-only tests (search properties draw many queries)."""
    service = LibraryService.open(copy_of(seeded_file, tmp_path_factory.mktemp("shared")),
                                  import_seeds=False)
    yield service
    service.close()
