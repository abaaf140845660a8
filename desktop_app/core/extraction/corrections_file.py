"""User corrections in a JSON file, until the library database stores them.

The storage layer will keep :class:`Corrections` in SQLite; meanwhile the command line
reads and writes ``corrections.json`` in the data folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from desktop_app.core.reading.user_files import (
    BadJsonError,
    UnreadableFileError,
    decode_utf8,
    parse_json,
    read_bounded,
)
from desktop_app.core.spans import ENTITY_TYPES, Corrections

FILE_NAME = "corrections.json"
# Hand-kept lists of words: a few KB. Far larger is not this file.
MAX_FILE_BYTES = 16 * 2**20


def default_path() -> Path:
    from desktop_app.paths import data_dir

    return data_dir() / FILE_NAME


def load_corrections_json(path: Path | None = None) -> Corrections:
    """The saved corrections; none if the file is missing. Unknown types are dropped.

    The file may have been edited by hand: anything but a regular UTF-8 JSON file of at
    most :data:`MAX_FILE_BYTES` raises ``ValueError`` with a one-line reason naming it.
    """
    path = path or default_path()
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


def save_corrections_json(corrections: Corrections, path: Path | None = None) -> Path:
    """Write atomically: a crash mid-write must not lose the user's earlier corrections."""
    path = path or default_path()
    data = {
        "added": dict(sorted(corrections.added.items())),
        "removed": sorted(corrections.removed),
        "retyped": dict(sorted(corrections.retyped.items())),
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".corrections-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
    os.replace(tmp, path)
    return path


def _typed(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    return {w: t for w, t in raw.items() if w and isinstance(t, str) and t in ENTITY_TYPES}
