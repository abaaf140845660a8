"""Where an export goes on disk, and writing it without ever leaving half a file.

Every file is written to a temporary name in the destination folder and renamed into
place when complete, so a failed or cancelled export never damages an existing file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


class ExportConflict(Exception):
    """Files exist where the export would write and overwriting was not allowed."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        names = ", ".join(str(p) for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        super().__init__(f"{len(paths)} file(s) already exist: {names}")


def numbers_path(path: Path) -> Path:
    """The numbers table that goes beside a CSV export ``notes.csv`` → ``notes-numbers.csv``."""
    return path.with_name(f"{path.stem}-numbers{path.suffix}")


def existing(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.exists()]


def check_overwrite(paths: list[Path], *, force: bool) -> None:
    clashes = existing(paths)
    if clashes and not force:
        raise ExportConflict(clashes)


@contextlib.contextmanager
def atomic_text_file(path: Path, *, encoding: str = "utf-8", newline: str = "\n"
                     ) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only once it is completely written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".xiangyue-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
