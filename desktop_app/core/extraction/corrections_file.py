"""The ``corrections.json`` earlier versions kept in the data folder: read, never written.

Corrections live in the library now (one store, SQLite). A file left by an earlier
version is read once, when the library beside it is opened, moved into it, and renamed
``corrections.json.migrated`` (kept, never deleted); see
:mod:`desktop_app.service_corrections`.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.spans import Corrections
from desktop_app.core.vocabulary import ENTITY_TYPES

FILE_NAME = "corrections.json"
MIGRATED_SUFFIX = ".migrated"


def load_corrections_json(path: Path) -> Corrections:
    """The corrections in the file; none if it is missing. Unknown types are dropped.

    Raises ValueError (a file that is not a JSON object) or OSError.
    """
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


def _typed(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    return {str(w): str(t) for w, t in raw.items() if str(w) and t in ENTITY_TYPES}
