"""Why a page file was not imported, in the window's language.

The import reports each file as one English line, "name: reason" (the command line
prints them as they are). The window's list of files left out says the reasons a reader
meets most in the UI's language; a reason not known here (a rarer one, or one added
later) is shown as the import wrote it rather than dropped.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_IS_WHAT = re.compile(r"is (?P<what>.+), not a text page")


translate = QCoreApplication.translate


def _reasons() -> dict[str, str]:
    # Each source twice: pyside6-lupdate finds only literal translate("Context", …) calls.
    return {
        "is empty":
            translate("ImportReasons", "is empty"),
        "holds no readable text":
            translate("ImportReasons", "holds no readable text"),
        "looks like a binary file, not a text page":
            translate("ImportReasons", "looks like a binary file, not a text page"),
        "is too large for a newspaper page":
            translate("ImportReasons", "is too large for a newspaper page"),
        "is not text in a known encoding (tried UTF-8, UTF-16, GB18030)":
            translate("ImportReasons",
                      "is not text in a known encoding (tried UTF-8, UTF-16, GB18030)"),
        "does not exist (was it moved or deleted?)":
            translate("ImportReasons", "does not exist (was it moved or deleted?)"),
        "cannot be read (permission denied)":
            translate("ImportReasons", "cannot be read (permission denied)"),
    }


def _kinds() -> dict[str, str]:
    """What a file that is not text turned out to be (core/reading/pages.py _MAGIC)."""
    return {
        "a PDF document":
            translate("ImportReasons", "a PDF document"),
        "a PNG image":
            translate("ImportReasons", "a PNG image"),
        "a JPEG image":
            translate("ImportReasons", "a JPEG image"),
        "a GIF image":
            translate("ImportReasons", "a GIF image"),
        "a bitmap image":
            translate("ImportReasons", "a bitmap image"),
        "a TIFF image":
            translate("ImportReasons", "a TIFF image"),
        "a ZIP archive (or Office document)":
            translate("ImportReasons", "a ZIP archive (or Office document)"),
        "an old Office document":
            translate("ImportReasons", "an old Office document"),
    }


def reason_text(reason: str) -> str:
    """``reason`` in the UI's language where it is a known one; else as it is."""
    known = _reasons().get(reason)
    if known is not None:
        return known
    match = _IS_WHAT.fullmatch(reason)
    if match is not None and match["what"] in _kinds():
        what = _kinds()[match["what"]]
        return translate("ImportReasons", "is %1, not a text page").replace("%1", what)
    return reason


def error_line(error: str) -> str:
    """One line of an import's report, "name: reason", in the UI's language."""
    name, sep, reason = error.partition(": ")
    if not sep:
        return error
    line = translate("ImportReasons", "%1: %2")
    return line.replace("%1", name).replace("%2", reason_text(reason))
