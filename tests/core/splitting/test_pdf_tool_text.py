"""Text a PDF tool printed of a development e-paper page splits into its stories.

PDFium (the library the app reads PDFs with, and a browser viewer's copy) prints a page's
text line by line in its content order: no blank lines, columns of different widths one
after the other. ``bench/pdf_text_sets.py`` measures every tool on every development PDF;
these are single stories a rule was made for, on the real tool's text.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.split import split_page

PDFS = Path(__file__).resolve().parents[2] / "gold" / "layouts"


def _pdfium_text(name: str) -> str:
    document = pypdfium2.PdfDocument(str(PDFS / name))
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    return decode_page(text.encode()).text


def test_a_commentary_set_wider_than_the_pages_columns_reads_whole_under_its_headline() -> None:
    # Its first line, wider than the page's narrow columns, is no headline across them:
    # the line under it is as wide, and it holds a comma.
    articles = split_page(_pdfium_text("pdffiles/page05.pdf")).articles
    [piece] = [a for a in articles if a.title == "在“实”字上下功夫"]
    assert piece.text.startswith("实干是最好的宣言。干事创业，贵在一个“实”字：调查研究要实")


def test_photo_titles_over_their_captions_stay_each_with_its_photo() -> None:
    # A picture page: a title, its caption and credit, a caption without a title, the
    # next title. A short title with a caption under it does not go on into the next
    # line past the captions by its width.
    articles = split_page(_pdfium_text("pdffiles/page07.pdf")).articles
    titles = [a.title.replace(" ", "") for a in articles]
    assert "写春联送祝福返乡路上" not in titles
    assert "返乡路上" in titles
