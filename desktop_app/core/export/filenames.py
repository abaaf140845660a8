"""File names that are valid on Windows, macOS and Linux alike.

pathvalidate knows the full list of forbidden characters and reserved device names
(``CON``, ``NUL``, ``COM1`` …) for every platform; hand-written rules miss some.
"""

from __future__ import annotations

from pathvalidate import sanitize_filename

# Bytes, not characters: one CJK character is three UTF-8 bytes, and macOS/Linux cap a
# name at 255 bytes. 120 leaves room for a "-2" suffix, the extension and a temp prefix.
MAX_STEM_BYTES = 120
FALLBACK_STEM = "untitled"


def safe_stem(name: str) -> str:
    """``name`` made usable as a file name without extension on every platform."""
    collapsed = " ".join(name.split())
    stem = sanitize_filename(
        collapsed, replacement_text="_", platform="universal", max_len=MAX_STEM_BYTES
    )
    stem = str(stem).strip(" .")
    if not stem:
        return FALLBACK_STEM
    # Truncation or stripping may expose a reserved name ("CON" from "CON."); re-check.
    return str(sanitize_filename(stem, platform="universal", max_len=MAX_STEM_BYTES))


def safe_filename(name: str, extension: str) -> str:
    """``safe_stem(name)`` plus ``.extension``; the extension is never cut off."""
    return f"{safe_stem(name)}.{extension.lstrip('.')}"


class UniqueNames:
    """Hands out distinct file names within one export (two articles may share a title).

    Comparison ignores case because Windows and macOS file systems do.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, name: str, extension: str) -> str:
        stem = safe_stem(name)
        candidate = f"{stem}.{extension}"
        number = 2
        while candidate.casefold() in self._taken:
            candidate = f"{stem}-{number}.{extension}"
            number += 1
        self._taken.add(candidate.casefold())
        return candidate


def article_file_stem(date: str | None, page: str | None, title: str) -> str:
    """``2025-03-30 第04版 标题`` so files sort by date and page in any file browser."""
    parts = [date or "", f"第{page}版" if page else "", title or FALLBACK_STEM]
    return " ".join(p for p in parts if p)
