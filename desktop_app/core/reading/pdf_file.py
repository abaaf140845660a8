"""A PDF file → its pages' characters with their boxes and font sizes (PDFium, through
``pypdfium2``), or a refusal with a one-line reason.

Only the text layer is read: no page is rendered, no JavaScript runs (this PDFium build
has no JavaScript engine, and no form environment is started), and attachments, links
and actions are never looked at. Pages are read one at a time and closed before the
next, so a 500-page PDF costs the memory of one page.

What is refused, and how it reads:
- not a PDF, or damaged beyond reading: "is damaged or not a PDF …";
- cut short (no ``%%EOF`` near its end): "is incomplete …";
- protected by a password: "is protected by a password …";
- a page with no text, only images: "no text layer: this page is an image; OCR is not
  supported";
- a page whose fonts have no Unicode map, so its "text" is mostly symbols that are
  neither Chinese nor Latin: "… its fonts do not say which characters they draw".
"""

from __future__ import annotations

import ctypes
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.reading.pages import PageError
from desktop_app.core.reading.pdf_layout import Box, Char, PageGeometry
from desktop_app.core.reading.user_files import UnreadableFileError, check_regular

# Provincial dailies publish a page as 1–10 MB; a whole issue bound as one file can reach
# a few hundred MB. PDFium reads the file as it goes, so size costs no memory.
MAX_PDF_BYTES = 1024 * 2**20
NO_TEXT_LAYER = "no text layer: this page is an image; OCR is not supported"
UNMAPPED_FONTS = ("its text cannot be read: the fonts do not say which characters they "
                  "draw (mostly symbols that are neither Chinese nor Latin)")
_BOLD_WORDS = ("bold", "heavy", "black", "demi", "semibold", "-w7", "-w8", "-w9")
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag


class PdfError(PageError):
    """A PDF (or one page of it) that cannot be read; ``str()`` is one line."""


@dataclass(frozen=True)
class PdfPage:
    number: int  # 1-based
    geometry: PageGeometry


def is_pdf(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".pdf"


def _pdfium() -> Any:
    # Imported on first use: commands that never meet a PDF do not load PDFium.
    import pypdfium2

    return pypdfium2


class PdfFile:
    """An open PDF; use as a context manager. ``pages()`` reads one page at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            info = check_regular(path)
        except UnreadableFileError as exc:
            raise PdfError(path, exc.reason) from None
        if info.st_size > MAX_PDF_BYTES:
            raise PdfError(path, f"is too large ({info.st_size / 2**20:.0f} MB; the limit "
                           f"for a PDF is {MAX_PDF_BYTES // 2**20} MB)")
        _check_ends(self.path, info.st_size)
        pdfium = _pdfium()
        try:
            self._doc = pdfium.PdfDocument(os.fspath(self.path))
        except pdfium.PdfiumError as exc:
            raise PdfError(path, _open_reason(str(exc))) from None
        self.page_count = len(self._doc)
        if self.page_count == 0:
            self.close()
            raise PdfError(path, "holds no pages")

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        doc, self._doc = getattr(self, "_doc", None), None
        if doc is not None:
            doc.close()

    def pages(self) -> Iterator[PdfPage | PdfError]:
        """Each page's geometry, or the reason it cannot be read, in order."""
        for index in range(self.page_count):
            try:
                yield PdfPage(index + 1, self.read_page(index))
            except PdfError as exc:
                yield exc

    def read_page(self, index: int) -> PageGeometry:
        pdfium = _pdfium()
        label = f"{self.path.name} page {index + 1}"
        try:
            page = self._doc[index]
        except pdfium.PdfiumError:
            raise PdfError(label, "is damaged and cannot be read") from None
        try:
            textpage = page.get_textpage()
            try:
                geometry = _geometry(page, textpage)
            finally:
                textpage.close()
        finally:
            page.close()
        _check_text(label, geometry)
        return geometry


def _check_ends(path: Path, size: int) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
            handle.seek(max(0, size - 2048))
            tail = handle.read(2048)
    except OSError as exc:
        raise PdfError(path, f"cannot be read ({exc.strerror or exc})") from None
    if b"%PDF-" not in head:
        raise PdfError(path, "is not a PDF (it does not start like one)")
    if b"%%EOF" not in tail:
        raise PdfError(path, "is incomplete: it stops before the end of the PDF (was the "
                       "download or copy cut short?)")


def _open_reason(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered or "security" in lowered:
        return ("is protected by a password (encrypted); open it in a PDF reader and save "
                "an unprotected copy to import it")
    return "is damaged or not a PDF that can be read"


def _check_text(label: str, geometry: PageGeometry) -> None:
    visible = [c for c in geometry.chars if not c.text.isspace()]
    if not visible:
        if geometry.images:
            raise PdfError(label, NO_TEXT_LAYER)
        raise PdfError(label, "is blank: it holds no text")
    readable = sum(1 for c in visible if _readable(c.text))
    if readable < 0.6 * len(visible) or geometry.unmapped > 0.4:
        raise PdfError(label, UNMAPPED_FONTS)


def _readable(ch: str) -> bool:
    cp = ord(ch[0])
    return (0x20 <= cp < 0x7F or 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF
            or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF or 0x2000 <= cp <= 0x206F
            or 0x2E80 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF or 0xA0 <= cp <= 0xFF
            or 0x2460 <= cp <= 0x27BF or 0x20000 <= cp <= 0x3134F)


def _geometry(page: Any, textpage: Any) -> PageGeometry:
    raw = _pdfium().raw
    width, height = float(page.get_width()), float(page.get_height())
    tp = textpage.raw
    count = int(raw.FPDFText_CountChars(tp))
    text = _page_text(raw, tp, count)
    rect = raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    fonts: dict[int | None, tuple[str, bool]] = {}  # by PDFium's font handle
    # (character, left, right, top, bottom, PDFium's index, size, font); made Chars once
    # the page's em scale is known.
    raw_chars: list[tuple[str, float, float, float, float, int, float, tuple[str, bool]]] = []
    loose_box, font_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    origin, x_at, y_at = raw.FPDFText_GetCharOrigin, ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    matrix_of, matrix_ref = raw.FPDFText_GetMatrix, ctypes.byref(matrix)
    x_ref, y_ref = ctypes.byref(x_at), ctypes.byref(y_at)
    text_object, angle, get_font = (raw.FPDFText_GetTextObject, raw.FPDFText_GetCharAngle,
                                    raw.FPDFTextObj_GetFont)
    font = ("", False)
    last_size, last_x = -1.0, 0.0
    for i, ch in enumerate(text):
        if ch in "\r\n\x00\ufffe\uffff":
            last_size = -1.0
            continue
        if ch == " ":
            # Printed, or PDFium's word space where the glyphs leave a gap.
            if raw_chars:
                _, _, right, top, bottom, index, size, font = raw_chars[-1]
                raw_chars.append((" ", right, right, top, bottom, index, size, font))
            continue
        if not loose_box(tp, i, rect_ref):
            continue
        turn = angle(tp, i)
        if 0.05 < turn < 6.23:
            continue  # rotated or vertical text: not laid out in lines here
        size = float(font_size(tp, i))
        if matrix_of(tp, i, matrix_ref):
            # The size printed: the font's size through the text's own matrix (cairo sets
            # every font at 1 and scales each line by its matrix; a browser scales by 0.75).
            size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
        if size != last_size or rect.left < last_x:
            # The font is looked up where a run of text starts (a new size or line), not
            # for every character: a bold word inside a line of body text is not needed.
            handle = get_font(text_object(tp, i))
            key = ctypes.cast(handle, ctypes.c_void_p).value
            font = fonts.get(key) or fonts.setdefault(key, _font_of(raw, handle))
            last_size = size
        last_x = rect.left
        top, bottom = height - rect.top, height - rect.bottom
        raw_chars.append((ch, rect.left, rect.right, top, bottom, i,
                          size if size > 0.5 else bottom - top, font))
    scale = _em_scale(raw_chars)
    chars: list[Char] = []
    for ch, left, right, top, bottom, index, size, (name, bold) in raw_chars:
        em = size * scale
        if bottom - top < 0.98 * em and origin(tp, index, x_ref, y_ref):
            # A font without ascent and descent: PDFium gives the ink's box, and a thin
            # glyph (一, the comma) would sit off its line. Set it on its baseline.
            bottom = height - y_at.value + 0.12 * em
            top = bottom - em
        chars.append(Char(ch, left, top, right, bottom, em, bold, name))
    images, rules = _shapes(page, height)
    return PageGeometry(width, height, tuple(chars), images, rules,
                        unmapped=_unmapped_share(raw, tp, count))


def _em_scale(chars: list[tuple[Any, ...]]) -> float:
    """How much smaller (or larger) the page prints its text than its sizes say.

    Each size is already taken through its character's matrix; this is the fallback for
    a page where PDFium gives no matrix and the font's nominal size is all there is (a
    browser printing CSS pixels at 0.75 pt each would have every gap measured against an
    em a third too big). An ideograph's cell is one em wide, so the median cell says the
    scale; a condensed headline face does not move the median of a page of body text.
    """
    ratios = sorted((right - left) / size for ch, left, right, *_, size, _ in chars[:4000]
                    if "\u4e00" <= ch <= "\u9fff" and size > 0)
    if len(ratios) < 20:
        return 1.0
    scale: float = ratios[len(ratios) // 2]
    return scale if 0.5 < scale < 0.9 or 1.1 < scale < 2.0 else 1.0


def _page_text(raw: Any, tp: Any, count: int) -> str:
    """The page's characters in one call (UTF-16); one per character index, unless a
    character outside the BMP took two units, when they are read one by one."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    raw.FPDFText_GetText(tp, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[:count * 2].decode("utf-16-le", errors="replace")
    if len(text) == count and not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 0xFFFE) for i in range(count))


def _unmapped_share(raw: Any, tp: Any, count: int) -> float:
    """Share of a sample of characters whose font has no Unicode map for them."""
    step = max(1, count // 400)
    sample = range(0, count, step)
    bad = sum(1 for i in sample if raw.FPDFText_HasUnicodeMapError(tp, i) == 1)
    return bad / max(1, len(sample))


def _font_of(raw: Any, handle: Any) -> tuple[str, bool]:
    if not handle:
        return "", False
    size = int(raw.FPDFFont_GetBaseFontName(handle, None, 0))
    buf = ctypes.create_string_buffer(max(size, 1))
    raw.FPDFFont_GetBaseFontName(handle, buf, size)
    name = bytes(buf.value).decode("latin-1")
    weight = int(raw.FPDFFont_GetWeight(handle))
    flags = int(raw.FPDFFont_GetFlags(handle))
    lowered = name.lower()
    bold = (weight >= 600 or bool(flags & _FORCE_BOLD)
            or any(word in lowered for word in _BOLD_WORDS))
    return name, bold


def _shapes(page: Any, height: float) -> tuple[tuple[Box, ...], tuple[Box, ...]]:
    """Images (a photo's place) and thin horizontal lines (the rules between articles),
    from the page's top-level objects."""
    raw = _pdfium().raw
    handle = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    images: list[Box] = []
    rules: list[Box] = []
    wanted = (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH)
    for index in range(int(raw.FPDFPage_CountObjects(handle))):
        obj = raw.FPDFPage_GetObject(handle, index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in wanted or not raw.FPDFPageObj_GetBounds(obj, *refs):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        box = Box(left.value, height - top.value, right.value, height - bottom.value)
        if kind == raw.FPDF_PAGEOBJ_IMAGE and w > 20 and h > 20:
            images.append(box)
        elif kind == raw.FPDF_PAGEOBJ_PATH and w > 30 and h < 4:
            rules.append(box)
    return tuple(images), tuple(rules)
