"""A change to how pages are split raises SPLIT_VERSION, so libraries an earlier splitter
split get their pages split again (desktop_app/library_analysis.py).

The fingerprint is how this version splits the sample pages (every article's fields as an
import stores them). When a rule change moves it, this test fails: raise ``SPLIT_VERSION``
in ``core/splitting/version.py`` and record the new fingerprint under the new number (the
test prints it). A change that moves nothing on the sample pages is not seen here: raise
the version by hand when it matters (docs/architecture.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from pathlib import Path

from desktop_app.core.splitting.version import SPLIT_VERSION

FINGERPRINTS = {
    2: "448944ccad8756917eabeaf408255cc8817b43faec0db69d53e7f4bda6b58298",
}
FIELDS = ("id", "title", "subtitle", "kicker", "byline", "authors", "dateline", "kind",
          "subheads", "subhead_positions", "text", "source_start", "source_end",
          "paragraph_spans")


def fingerprint(library: Path) -> str:
    with contextlib.closing(sqlite3.connect(library)) as conn:
        rows = {
            "pages": conn.execute("SELECT content_hash, date, page_no, editor, section"
                                  " FROM pages ORDER BY content_hash").fetchall(),
            "articles": conn.execute(f"SELECT {', '.join(FIELDS)} FROM articles"
                                     " ORDER BY id").fetchall(),
        }
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def test_how_the_sample_pages_are_split_is_this_versions(seed_library: Path) -> None:
    found = fingerprint(seed_library)
    assert FINGERPRINTS.get(SPLIT_VERSION) == found, (
        f"the split of the sample pages changed: raise SPLIT_VERSION to {SPLIT_VERSION + 1}"
        f" and add {SPLIT_VERSION + 1}: {found!r} to FINGERPRINTS"
        if FINGERPRINTS.get(SPLIT_VERSION) else
        f"record {SPLIT_VERSION}: {found!r} in FINGERPRINTS")


def test_versions_only_go_up() -> None:
    assert max(FINGERPRINTS) == SPLIT_VERSION
