"""Opening a library and reading it costs no analysis code.

The window opens the library in its query thread right after the first frame, and
every command-line call opens one: imports paid there delay the list and the first
article (docs/benchmarks.md, start-up). The name-key rules, the line classifier's
patterns, the figure rules and the exporters load only when something is stored,
split or exported, so a fresh interpreter that opens, lists, searches and reads a
library has not imported them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import REPO

PROBE = """
import sys
from pathlib import Path
from desktop_app.core.filters import NO_FILTERS
from desktop_app.service import LibraryService
with LibraryService.open(Path(sys.argv[1]), import_seeds=False, daily_backup=False) as lib:
    ids = lib.article_ids(NO_FILTERS)
    assert lib.article_rows(ids[:50]) and lib.article(ids[0]).text
    assert lib.search("湖南", NO_FILTERS, limit=5)
heavy = ("jieba", "markdown", "pypdfium2", "numpy", "desktop_app.core.extraction.name_keys",
         "desktop_app.core.extraction.analysis", "desktop_app.core.splitting.lines",
         "desktop_app.core.facts.facts", "desktop_app.core.export.formats")
print(",".join(name for name in heavy if name in sys.modules))
"""


def test_opening_listing_searching_and_reading_import_no_analysis(lib_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, str(lib_path)], capture_output=True,
                          text=True, cwd=REPO, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
