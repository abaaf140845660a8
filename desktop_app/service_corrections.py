"""Corrections kept outside a library: moved into it once, or read for ``extract``.

The library is the one store of the user's corrections to names. Earlier versions kept
them in ``corrections.json`` in the data folder (beside the default library), for
``xiangyue extract`` only; :func:`migrate_corrections_file` moves such a file into the
library beside it when that library is opened.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import paths
from desktop_app.core.extraction.corrections_file import (
    FILE_NAME,
    MIGRATED_SUFFIX,
    load_corrections_json,
)
from desktop_app.core.spans import Corrections
from desktop_app.storage.errors import LibraryError

if TYPE_CHECKING:
    from desktop_app.service import LibraryService


def corrections_file(library_path: Path) -> Path:
    """Where an earlier version kept the corrections for the library at ``library_path``."""
    return library_path.parent / FILE_NAME


def migrate_corrections_file(library: LibraryService) -> list[str]:
    """Move ``corrections.json`` beside the library into it; returns the words stored.

    Once per library (the library remembers it): a word the library already has a
    correction for keeps the library's. The file is then renamed
    (``corrections.json.migrated``), never deleted. A file that cannot be read, or a
    library that cannot be written just now, leaves the file where it is to be tried
    again on the next open; opening the library never fails because of it.
    """
    source = corrections_file(library.path)
    if not source.is_file():
        return []
    try:
        stored = library.adopt_corrections(load_corrections_json(source)) or []
    except (ValueError, OSError, LibraryError):
        return []
    # When the rename fails, the next open renames it and stores nothing again.
    with contextlib.suppress(OSError):
        os.replace(source, _free_name(source.with_name(source.name + MIGRATED_SUFFIX)))
    return stored


def _free_name(path: Path) -> Path:
    if not path.exists():
        return path
    return path.with_name(f"{path.name}-{datetime.now().strftime('%Y%m%d-%H%M%S')}")


def saved_corrections(db_path: str | Path | None = None) -> Corrections:
    """The user's corrections for ``xiangyue extract``: those of the library at
    ``db_path`` (default: the user's library) when it exists, which is not created for
    this; else those of a ``corrections.json`` left where that library would be.

    Raises :class:`LibraryError` when the library cannot be opened, ValueError or
    OSError when the file cannot be read.
    """
    from desktop_app.service import LibraryService  # service imports this module

    path = Path(db_path).expanduser() if db_path else paths.default_library_path()
    if path.is_file():
        with LibraryService.open(path, import_seeds=False, daily_backup=False) as library:
            return library.corrections()
    return load_corrections_json(corrections_file(path))
