"""Turn the bytes of a page file into clean text, or refuse it with a clear reason.

Pages arrive as text pulled out of PDFs and scans, saved by whatever tool the user
had: UTF-8 with or without BOM, UTF-16, GB18030/GBK, CRLF line ends, stray NULs and
control characters. Anything that is not text (an image or PDF renamed ``.txt``) is
refused rather than shown as mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.reading.glyph_lines import join_glyph_lines
from desktop_app.core.reading.letter_spacing import close_up
from desktop_app.core.reading.normalise import normalise_text
from desktop_app.core.reading.text_columns import read_columns
from desktop_app.core.reading.user_files import UnreadableFileError, read_bounded

# A newspaper page is tens of kilobytes; anything this large is not one, and reading it
# whole would stall the UI and the index for nothing.
MAX_PAGE_BYTES = 16 * 1024 * 1024
# A whole page extracted without line breaks is ~20,000 characters. A single line ten
# times that is a data dump or a minified file, and splitting and analysing it would
# hold up an import for minutes (a 5 MB line took 47 s).
MAX_LINE_CHARS = 200_000

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"BM", "a bitmap image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that carry no text: C0/C1 controls (but tab and newline), zero-width and
# bidi controls (used to spoof text direction), BOMs left mid-file, and NUL.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


class PageError(UnreadableFileError):
    """A file that cannot be read as a page; ``str()`` is a one-line user message."""


@dataclass(frozen=True)
class PageText:
    """A page's text after decoding and cleaning; all offsets elsewhere index ``text``."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = field(default=())


def read_page(path: str | Path) -> PageText:
    """Read and decode a page file. Raises :class:`PageError` with a user-facing reason.

    Only a regular file is opened (a named pipe, a device or a link to one is refused
    by its type), and never more than :data:`MAX_PAGE_BYTES` of it is read.
    """
    try:
        data = read_bounded(path, MAX_PAGE_BYTES, "a newspaper page")
    except UnreadableFileError as exc:
        raise PageError(path, exc.reason) from None
    return decode_page(data, path)


def decode_page(data: bytes, path: str | Path = "<input>") -> PageText:
    """Decode page bytes; see :func:`read_page`."""
    if not data.strip(b" \t\r\n\x00"):
        raise PageError(path, "is empty")
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(path, "is too large for a newspaper page")
    for magic, what in _MAGIC:
        if data.startswith(magic) and not _looks_like_text_start(data, magic):
            raise PageError(path, f"is {what}, not a text page")
    text, encoding, warnings = _decode(data, path)
    text = close_up(read_columns(join_glyph_lines(clean_text(text))))
    if not text.strip():
        raise PageError(path, "holds no readable text")
    longest = max(len(line) for line in text.split("\n"))
    if longest > MAX_LINE_CHARS:
        raise PageError(path, f"has a line of {longest:,} characters, far longer than any "
                        f"newspaper page's (the limit is {MAX_LINE_CHARS:,}); it is not page text")
    return PageText(text=text, encoding=encoding, warnings=tuple(warnings))


def clean_text(text: str) -> str:
    """Normalise line ends (Unicode's separators too), drop invisible characters, and
    turn look-alike code points (Kangxi radicals, full-width letters and digits,
    ligatures…) into the characters a reader types
    (:func:`~desktop_app.core.reading.normalise.normalise_text`).

    Full-width punctuation is kept: it is correct Chinese typography.
    """
    # Unicode's own line and paragraph separators (a note app's or a word processor's
    # soft breaks) end a line as well, and so does the vertical tab Word and PowerPoint
    # write for a manual line break (a slide title's kicker over its headline).
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n") \
        .replace("\u2029", "\n\n").replace("\x0b", "\n")
    text = _INVISIBLE.sub("", text)
    text = normalise_text(text)
    return unicodedata.normalize("NFC", text)


def _looks_like_text_start(data: bytes, magic: bytes) -> bool:
    # "BM" and "MZ" are also how a plain text file may begin ("BMW…"); only treat them as
    # binary when the bytes after them are not text.
    if magic not in (b"BM", b"MZ"):
        return False
    head = data[:512]
    return _control_ratio(head.decode("latin-1")) < 0.05


def _decode(data: bytes, path: str | Path) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding, []
            except UnicodeDecodeError:
                raise PageError(path, f"starts with a {encoding} marker but is not valid "
                                f"{encoding} text") from None
    if _looks_like_bomless_utf16(data):
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _text_score(text) > 0.9:
                return text, encoding, []
    _refuse_binary(data, path)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _text_score(text) > 0.85:
            return text, "gb18030", []
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a truncated download, a bad copy): keep the
    # text and say what was replaced rather than refusing the whole page.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 200):
        return text, "utf-8", [f"{bad} invalid byte sequence(s) replaced with �"]
    raise PageError(path, "is not text in a known encoding (tried UTF-8, UTF-16, GB18030)")


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) / 2
    # Chinese in UTF-16 has few zero bytes: ASCII (digits, spaces, line ends) puts them on
    # one side, and common characters like 一 (U+4E00) or 开 (U+5F00) on the other. So any
    # lopsided share is a candidate; the caller keeps it only if it decodes to text.
    most, least = max(zeros_even, zeros_odd), min(zeros_even, zeros_odd)
    return most > 0.01 * half and least < 0.75 * most


def _refuse_binary(data: bytes, path: str | Path) -> None:
    sample = data[:8192]
    nul_ratio = sample.count(0) / len(sample)
    if nul_ratio > 0.1:
        raise PageError(path, "looks like a binary file, not a text page")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 0))
    if controls / len(sample) > 0.05:
        raise PageError(path, "looks like a binary file, not a text page")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r")
    return bad / len(text)


def _text_score(text: str) -> float:
    """Share of characters that plausibly occur in a Chinese news page."""
    sample = text[:4096]
    if not sample:
        return 0.0
    good = 0
    for ch in sample:
        cp = ord(ch)
        if (
            ch in "\t\n\r"
            or 0x20 <= cp < 0x7F
            or 0x4E00 <= cp <= 0x9FFF
            or 0x3000 <= cp <= 0x303F
            or 0xFF00 <= cp <= 0xFFEF
            or 0x2000 <= cp <= 0x27BF
            or 0x3400 <= cp <= 0x4DBF
            or cp in (0xB7, 0xD7, 0xB0)
        ):
            good += 1
    return good / len(sample)
