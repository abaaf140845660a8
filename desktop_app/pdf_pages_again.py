"""A library's PDF pages laid out and split again by this version's rules (for
:mod:`desktop_app.library_analysis`).

A PDF's page is stored as ``PATH#page=N`` with the hash of the text its layout gave, and
its articles keep the PDF's own hash (``article_prints``). The page is read again from
that file when the file is still the one imported (the same SHA-256), or still lays out
to the same text; it is then laid out, split and analysed as an import does, and stored
by the import's own path (``page_import.store_prepared(again=True)``), which pairs the
old articles with the new ones. A file that is gone or now holds another paper keeps
the page as it is, as a text page whose file changed does.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from desktop_app.core.reading.pdf_file import PdfError, PdfFile
from desktop_app.core.reading.pdf_layout import lay_out
from desktop_app.core.reading.pdf_print import PrintedPage, file_hash, pdf_page_of
from desktop_app.page_analysis import (
    Analyser,
    PreparedPage,
    analyse_articles,
    default_analyser,
    pdf_page_hash,
)


class PdfPagesAgain:
    """Pages of PDFs read again, one file open at a time (a PDF's pages come in a row)."""

    def __init__(self, analyser: Analyser | None = None) -> None:
        self._analyse = analyser  # the real analysis is imported with the first PDF page
        self._path: Path | None = None
        self._pdf: PdfFile | None = None
        self._hash = ""

    def __enter__(self) -> PdfPagesAgain:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._close()

    def page(self, source_path: str, digest: str, imported_hash: str | None
             ) -> PreparedPage | str | None:
        """The page at ``source_path`` laid out again; None when its file is gone or no
        longer the one imported (``imported_hash``, or the page's text ``digest``); a
        message when the file cannot be read."""
        named = pdf_page_of(source_path)
        if named is None or not Path(named[0]).is_file():
            return None
        path_text, number = named
        path = Path(path_text)
        try:
            pdf = self._open(path)
            if not 1 <= number <= pdf.page_count:
                return None
            geometry = pdf.read_page(number - 1)
        except (OSError, PdfError) as exc:
            another = bool(self._hash) and self._hash != imported_hash
            self._close()
            # A broken or locked file that is not the one imported is another file now.
            return None if another else str(exc) or type(exc).__name__
        laid = lay_out(geometry)
        new_digest = pdf_page_hash(laid.text)
        if self._hash != imported_hash and new_digest != digest:
            return None  # another file under the same name now
        printed = PrintedPage.of(path_text, self._hash, number, geometry, laid.regions)
        self._analyse = self._analyse or default_analyser()
        return PreparedPage(source_path, new_digest, "pdf", laid.split,
                            analyse_articles(self._analyse, laid.split), printed)

    def _open(self, path: Path) -> PdfFile:
        if self._pdf is None or self._path != path:
            self._close()
            self._hash = file_hash(path)  # kept when the file cannot be opened: see page()
            self._pdf = PdfFile(path)
            self._path = path
        return self._pdf

    def _close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._path, self._hash = None, None, ""
