"""A library holding one generated newspaper PDF page (tests/helpers/newspaper_pdf.py),
imported with a quick analysis: for the "Show on Page" tests (service and window)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.page_import import import_files
from desktop_app.service import LibraryService
from tests.helpers.fake_analysers import quick
from tests.helpers.newspaper_pdf import paper


def printed_library(folder: Path, seed: int = 3, columns: int = 4,
                    library: Path | None = None) -> tuple[Path, Path]:
    """(library path, PDF path): a one-page paper of ``columns`` columns, imported into
    ``library`` (default: a new file in ``folder``)."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / "paper.pdf"
    paper(pdf, seed, pages=1, columns=[columns])
    library = library or folder / "library.sqlite3"
    LibraryService.open(library, import_seeds=False, daily_backup=False).close()
    report = import_files(library, [pdf], analyser=quick)
    assert not report.errors, report.errors
    return library, pdf
