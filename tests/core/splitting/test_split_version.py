"""A change to how pages are split raises SPLIT_VERSION, so libraries an earlier splitter
split get their pages split again (desktop_app/library_analysis.py).

The fingerprint is how this version splits the sample pages (every article's fields as an
import stores them). When a rule change moves it, this test fails: raise ``SPLIT_VERSION``
in ``core/splitting/version.py`` and record the new fingerprint under the new number (the
test prints it). A change that moves nothing on the sample pages is not seen here: raise
the version by hand when it matters (docs/architecture.md).
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.splitting.version import SPLIT_VERSION
from tests.helpers.fingerprints import digest, mismatch

FINGERPRINTS = {
    2: "448944ccad8756917eabeaf408255cc8817b43faec0db69d53e7f4bda6b58298",
}
FIELDS = ("id", "title", "subtitle", "kicker", "byline", "authors", "dateline", "kind",
          "subheads", "subhead_positions", "text", "source_start", "source_end",
          "paragraph_spans")


QUERIES = {
    "pages": "SELECT content_hash, date, page_no, editor, section FROM pages"
             " ORDER BY content_hash",
    "articles": f"SELECT {', '.join(FIELDS)} FROM articles ORDER BY id",
}


def test_how_the_sample_pages_are_split_is_this_versions(seed_library: Path) -> None:
    found = digest(seed_library, QUERIES)
    assert FINGERPRINTS.get(SPLIT_VERSION) == found, mismatch(
        "the split", "SPLIT_VERSION", SPLIT_VERSION, FINGERPRINTS, found)


def test_versions_only_go_up() -> None:
    assert max(FINGERPRINTS) == SPLIT_VERSION
