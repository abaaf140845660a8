"""Putting text into Markdown safely.

Two kinds of text go into an export. Article text (titles, quotes) must come out exactly
as printed, so every character Markdown would act on is escaped. A user's note *is*
Markdown and keeps its formatting, but raw HTML in it is turned into visible text:
notes are often pasted from the web, and an exported file must never carry live markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from desktop_app.core.export.safe_markdown import is_safe_href

# Characters that start inline markup anywhere in a line. "<" and "&" become entities
# because a backslash before them is not an escape in every Markdown dialect.
_INLINE = re.compile(r"[\\`*_\[\]<&]")
_INLINE_REPLACEMENTS = {"<": "&lt;", "&": "&amp;"}
# What turns a line into a heading, list, quote or rule when it starts the line.
_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+(?=[.)]))", re.MULTILINE)

_FENCE = re.compile(r"^(```+|~~~+)[^\n]*\n.*?(?:^\1[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)


def escape_inline(text: str) -> str:
    """Literal text for the middle of a line (a table cell, after a label)."""
    return _INLINE.sub(lambda m: _INLINE_REPLACEMENTS.get(m.group(), "\\" + m.group()), text)


def escape_text(text: str) -> str:
    """Literal text: renders exactly as given, whatever characters it holds."""
    return _LINE_START.sub(_escape_line_start, escape_inline(text))


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker.isdigit():
        # "1. " starts a list; "1\. " does not, in every dialect.
        return f"{indent}{marker}\\"
    return f"{indent}\\{marker}"


def neutralise_html(markdown_text: str, *, links: bool = False) -> str:
    """Keep the user's Markdown, but make raw HTML (``<script>``, ``<img …>``) plain text
    and images plain links: an exported note must not fetch anything when opened.
    ``links``: also show links to anything but http(s)/mailto as text (for Markdown
    files, which other viewers render; the HTML export drops such targets itself).

    Code (fenced blocks and backtick spans) is left alone: it is shown literally anyway.
    """
    fix = _neutralise_with_links if links else _neutralise
    pieces: list[str] = []
    last = 0
    for fence in _FENCE.finditer(markdown_text):
        pieces.append(_neutralise_outside_code_spans(markdown_text[last:fence.start()], fix))
        pieces.append(fence.group())
        last = fence.end()
    pieces.append(_neutralise_outside_code_spans(markdown_text[last:], fix))
    return "".join(pieces)


def _neutralise_outside_code_spans(text: str, fix: Callable[[str], str]) -> str:
    pieces: list[str] = []
    last = 0
    for span in _CODE_SPAN.finditer(text):
        pieces.append(fix(text[last:span.start()]))
        pieces.append(span.group())
        last = span.end()
    pieces.append(fix(text[last:]))
    return "".join(pieces)


_ATX = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)", re.MULTILINE)
_SETEXT = re.compile(r"^([^\n]*\S[^\n]*)\n {0,3}(=+|-+)[ \t]*$", re.MULTILINE)


def nest_headings(markdown_text: str, below: int) -> str:
    """Headings in a note pushed under the export's own level ``below`` (a note's "# 要点"
    must not rank with the article title). Code blocks are left alone."""
    pieces: list[str] = []
    last = 0
    for fence in _FENCE.finditer(markdown_text):
        pieces.append(_nest(markdown_text[last:fence.start()], below))
        pieces.append(fence.group())
        last = fence.end()
    pieces.append(_nest(markdown_text[last:], below))
    return "".join(pieces)


def _nest(text: str, below: int) -> str:
    def setext(match: re.Match[str]) -> str:
        if match.group(1).lstrip().startswith(("#", ">", "-", "*", "+", "|")):
            return match.group()  # a list item or quote before a rule, not a heading
        level = 1 if match.group(2)[0] == "=" else 2
        return f"{'#' * level} {match.group(1).strip()}"

    text = _SETEXT.sub(setext, text)
    return _ATX.sub(lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + below), text)


_LINK_TARGET = re.compile(r"\]\((\s*<?)([^)\s>]*)")
_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]):([ \t]*<?)(\S*)", re.MULTILINE)


def _neutralise(text: str) -> str:
    # "&#33;" shows as "!" but cannot open an image, so "![alt](src)" becomes "!" and a
    # link (a backslash would not do: "\\![" is an escaped backslash and an image).
    return text.replace("<", "&lt;").replace("![", "&#33;[")


def _neutralise_with_links(text: str) -> str:
    # A javascript: or file: target loses its link syntax the same way ("&#40;" is "(").
    text = _LINK_TARGET.sub(lambda m: m.group() if is_safe_href(m.group(2))
                            else "]&#40;" + m.group(1) + m.group(2), _neutralise(text))
    return _REFERENCE.sub(lambda m: m.group() if is_safe_href(m.group(3))
                          else m.group(1) + "&#58;" + m.group(2) + m.group(3), text)


def blockquote(text: str) -> str:
    """Every line of ``text`` (already escaped) inside one Markdown block quote."""
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines() or [""])


def table_cell(text: str) -> str:
    """Escaped text fit for one cell of a pipe table (no line breaks)."""
    return escape_inline(" ".join(text.split())).replace("|", "\\|")


def yaml_scalar(value: object) -> str:
    """A YAML value. JSON is valid YAML, and JSON quoting is unambiguous for any string
    (a title like ``no: 1`` or ``@#!`` would otherwise change meaning)."""
    return json.dumps(value, ensure_ascii=False)
