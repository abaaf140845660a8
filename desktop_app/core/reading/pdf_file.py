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
    if readable < 0.6 * len(visible):
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
    count = int(raw.FPDFText_CountChars(textpage.raw))
    rect = raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    tp = textpage.raw
    fonts: dict[int, tuple[str, bool]] = {}
    name_buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    chars: list[Char] = []
    unmapped = 0
    get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
    loose_box, font_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    text_object, angle = raw.FPDFText_GetTextObject, raw.FPDFText_GetCharAngle
    for i in range(count):
        code = get_unicode(tp, i)
        if code in (0, 0xFFFE, 0xFFFF, 0x0D, 0x0A):
            continue
        if is_generated(tp, i) == 1:
            # PDFium's word space where the glyphs leave a gap ("本报记者 谢磊凯").
            if code == 0x20 and chars:
                prev = chars[-1]
                chars.append(Char(" ", prev.x1, prev.y0, prev.x1, prev.y1, prev.size,
                                  prev.bold, prev.font))
            continue
        if raw.FPDFText_HasUnicodeMapError(tp, i) == 1:
            unmapped += 1
            code = 0xFFFD
        if not loose_box(tp, i, rect_ref):
            continue
        if abs(angle(tp, i)) > 0.05 and abs(angle(tp, i) - 6.2832) > 0.05:
            continue  # rotated or vertical text: not laid out in lines here
        obj = text_object(tp, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        font = fonts.get(key)
        if font is None:
            font = _font_of(raw, tp, i, name_buf, flags)
            fonts[key] = font
        size = float(font_size(tp, i))
        top, bottom = height - rect.top, height - rect.bottom
        if size <= 0.5:
            size = bottom - top
        chars.append(Char(chr(code), rect.left, top, rect.right, bottom, size, font[1],
                          font[0]))
    return PageGeometry(width, height, tuple(chars), tuple(_images(page)), tuple(_rules(page)))


def _font_of(raw: Any, tp: Any, i: int, buf: Any, flags: Any) -> tuple[str, bool]:
    raw.FPDFText_GetFontInfo(tp, i, buf, len(buf), ctypes.byref(flags))
    name = bytes(buf.value).decode("latin-1")
    weight = int(raw.FPDFText_GetFontWeight(tp, i))
    lowered = name.lower()
    bold = (weight >= 600 or bool(flags.value & _FORCE_BOLD)
            or any(word in lowered for word in _BOLD_WORDS))
    return name, bold


def _images(page: Any) -> Iterator[Box]:
    raw = _pdfium().raw
    height = float(page.get_height())
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if right - left > 20 and top - bottom > 20:
            yield Box(left, height - top, right, height - bottom)


def _rules(page: Any) -> Iterator[Box]:
    """Thin horizontal lines and flat rectangles: the rules between articles."""
    raw = _pdfium().raw
    height = float(page.get_height())
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if right - left > 30 and top - bottom < 4:
            yield Box(left, height - top, right, height - bottom)
