"""A change to what the analysis finds raises ANALYSIS_VERSION, so libraries analysed by
the earlier rules are offered the new ones (desktop_app/library_analysis.py).

The fingerprint is what this version finds on the sample pages (their numbers, names and
figures as an import stores them). When a rule change moves it, this test fails: raise
``ANALYSIS_VERSION`` in ``core/extraction/version.py`` and record the new fingerprint
under the new number (the test prints it). A change that moves nothing on the sample
pages is not seen here: raise the version by hand when it matters (docs/architecture.md).
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.extraction.version import ANALYSIS_VERSION
from tests.helpers.fingerprints import digest, mismatch

FINGERPRINTS = {
    2: "5acee2ef0bacf868b148a3c776c18fa5278354fc7d3e8726deca615a7fc26318",
    3: "40369b55a716a1c933ca4001a9e9d3f942d0ff9e99ed410736805d770dfe7342",  # figures, session 38
    4: "8fff1f11de345547bce2050a70c15210ef3218238f92893072cf2523a41e610e",  # 前2个月, session 38
    # Amounts in two parts, halves, days counted (session 39): the sample pages print none.
    5: "8fff1f11de345547bce2050a70c15210ef3218238f92893072cf2523a41e610e",
}


QUERIES = {
    "articles": "SELECT id, numbers, entities FROM articles ORDER BY id",
    "facts": "SELECT a.id, f.start, f.end, f.text, f.value, f.unit, f.kind, f.subject,"
             " f.subject_start, f.subject_end, f.relation, f.period, f.period_iso"
             " FROM facts f JOIN articles a ON a.seq = f.article_seq ORDER BY a.id, f.start",
}


def test_what_the_rules_find_on_the_sample_pages_is_this_versions(seed_library: Path) -> None:
    found = digest(seed_library, QUERIES)
    assert FINGERPRINTS.get(ANALYSIS_VERSION) == found, mismatch(
        "the analysis", "ANALYSIS_VERSION", ANALYSIS_VERSION, FINGERPRINTS, found)


def test_versions_only_go_up() -> None:
    assert max(FINGERPRINTS) == ANALYSIS_VERSION
