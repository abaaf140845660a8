"""User corrections in a JSON file, until the library database stores them.

The storage layer will keep :class:`Corrections` in SQLite; meanwhile the command line
reads and writes ``corrections.json`` in the data folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from desktop_app.core.spans import Corrections
from desktop_app.core.vocabulary import ENTITY_TYPES

FILE_NAME = "corrections.json"


def default_path() -> Path:
    from desktop_app.paths import data_dir

    return data_dir() / FILE_NAME


def load_corrections_json(path: Path | None = None) -> Corrections:
    """The saved corrections; none if the file is missing. Unknown types are dropped."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Corrections()
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a JSON object")
    return Corrections(
        added=_typed(data.get("added")),
        removed={str(w) for w in data.get("removed") or [] if str(w)},
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
    return {str(w): str(t) for w, t in raw.items() if str(w) and t in ENTITY_TYPES}
