"""The ``corrections.json`` earlier versions kept in the data folder: read, never written.

Corrections live in the library now (one store, SQLite). A file left by an earlier
version is read once, when the library beside it is opened, moved into it, and renamed
``corrections.json.migrated`` (kept, never deleted); see
:mod:`desktop_app.service_corrections`.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.reading.user_files import (
    BadJsonError,
    UnreadableFileError,
    decode_utf8,
    parse_json,
    read_bounded,
)
from desktop_app.core.spans import Corrections
from desktop_app.core.vocabulary import ENTITY_TYPES

FILE_NAME = "corrections.json"
MIGRATED_SUFFIX = ".migrated"
# Hand-kept lists of words: a few KB. Far larger is not this file.
MAX_FILE_BYTES = 16 * 2**20


def load_corrections_json(path: Path) -> Corrections:
    """The corrections in the file; none if it is missing. Unknown types are dropped.

    The file may have been edited by hand: anything but a regular UTF-8 JSON file of at
    most :data:`MAX_FILE_BYTES` raises ``ValueError`` with a one-line reason naming it.
    """
    if not path.exists() and not path.is_symlink():
        return Corrections()
    try:
        data = parse_json(decode_utf8(read_bounded(path, MAX_FILE_BYTES, "a corrections "
                                                   "file"), path))
    except UnreadableFileError as exc:
        raise ValueError(str(exc)) from None
    except BadJsonError as exc:
        raise ValueError(f"{path.name}: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a JSON object")
    removed = data.get("removed")
    return Corrections(
        added=_typed(data.get("added")),
        removed={w for w in removed if isinstance(w, str) and w}
        if isinstance(removed, list) else set(),
        retyped=_typed(data.get("retyped")),
    )


def _typed(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    return {w: t for w, t in raw.items()
            if isinstance(w, str) and w and isinstance(t, str) and t in ENTITY_TYPES}
