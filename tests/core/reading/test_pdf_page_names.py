"""How the library names a PDF's page (``PATH#page=N``): made in one place, read back in
one place, never mistaken for a text file's page."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.reading.pdf_print import is_pdf_page, page_source, pdf_page_of


@given(st.text(min_size=1), st.integers(min_value=1, max_value=10_000))
def test_a_pdf_pages_name_gives_back_its_file_and_number(path: str, number: int) -> None:
    name = page_source(path, number)
    assert is_pdf_page(name)
    assert pdf_page_of(name) == (path, number)


def test_a_text_files_page_is_no_pdf_page() -> None:
    for source in ("/home/me/2025-03-30.txt", "C:\\报纸\\第4版.md", "page#3.txt"):
        assert not is_pdf_page(source) and pdf_page_of(source) is None
