"""What a version of the rules makes of the sample pages, as one digest: the analysis and
the splitter keep one per version (tests/core/extraction/test_analysis_version.py,
tests/core/splitting/test_split_version.py)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from pathlib import Path


def digest(library: Path, queries: dict[str, str]) -> str:
    """SHA-256 of every query's rows (each ordered by its own ORDER BY)."""
    with contextlib.closing(sqlite3.connect(library)) as conn:
        rows = {name: conn.execute(sql).fetchall() for name, sql in queries.items()}
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def mismatch(what: str, constant: str, version: int, recorded: dict[int, str],
             found: str) -> str:
    """What to do when ``found`` is not the fingerprint recorded for ``version``."""
    if recorded.get(version):
        return (f"{what} of the sample pages changed: raise {constant} to {version + 1} "
                f"and add {version + 1}: {found!r} to FINGERPRINTS")
    return f"record {version}: {found!r} in FINGERPRINTS"
