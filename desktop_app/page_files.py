"""Which files an import takes: the files given, and the page files under given folders.

Under a folder, a file of a format Xiangyue does not read (a photo, a Word document) is
not imported, but it is named in the report with the reason, so a reader who dropped a
folder of scans learns why those did not arrive instead of wondering. Hidden files and
folders (".DS_Store", ".git") and the system's own (Thumbs.db) that hold no page are
passed over in silence: nobody put them there to be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Every format a reader in core/reading turns into a page: text (read_page, for .txt and
# Markdown, which is text with a few marks) and PDF (pdf_file).
PAGE_SUFFIXES = (".txt", ".md", ".pdf")
FORMATS = ", ".join(PAGE_SUFFIXES)
# Files the system leaves in folders by itself (Windows' thumbnail cache and folder
# settings): not the reader's, so not worth a line.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db"})


def skip_reason(name: str) -> str:
    """Why a file under a folder was skipped, as the command line says it ("name: why",
    after "skipped: " like a page that failed); the window says it in its own language."""
    what = Path(name).suffix.lower() or "no suffix"
    return f"{name}: not a page file ({what}; pages are {FORMATS})"


def find_pages(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """(the files to import, the files skipped under a folder, each as its path from
    that folder).

    Under a folder, every page file that is not itself a folder is listed, even a named
    pipe, a device or a broken link: reading refuses those by their type (without opening
    them), so the import reports them by name instead of passing over them in silence.
    A file given by name is always tried, whatever its suffix.
    """
    found: list[Path] = []
    skipped: list[str] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.is_dir():
            found.append(path)
            continue
        for inner in sorted(path.rglob("*")):
            if inner.is_dir():
                continue
            if inner.suffix.lower() in PAGE_SUFFIXES:
                found.append(inner)
            elif not _hidden(inner.relative_to(path)):
                skipped.append(str(inner.relative_to(path)))
    return found, skipped


def _hidden(relative: Path) -> bool:
    return (relative.name.lower() in _SYSTEM_FILES
            or any(part.startswith(".") for part in relative.parts))
