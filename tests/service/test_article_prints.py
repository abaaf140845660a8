"""Where an article of a PDF was printed: kept on import, given by the service, drawn by
core/reading/pdf_render.py."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.reading.normalise import normalise_text
from desktop_app.core.reading.pdf_file import PdfFile
from desktop_app.core.reading.pdf_print import file_hash
from desktop_app.core.reading.pdf_render import clear_cache, render_page
from desktop_app.page_import import import_files
from desktop_app.service import LibraryService
from desktop_app.storage.migrations import MIGRATIONS, _v11_article_prints
from tests.helpers.fake_analysers import quick
from tests.helpers.printed_library import printed_library


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return printed_library(tmp_path_factory.mktemp("printed"))


def _inside(x: float, y: float, boxes) -> bool:
    return any(b.x0 - 0.5 <= x <= b.x1 + 0.5 and b.y0 - 0.5 <= y <= b.y1 + 0.5 for b in boxes)


def test_each_article_keeps_the_region_that_holds_its_characters(printed) -> None:
    library, pdf = printed
    with PdfFile(pdf) as doc:
        chars = [c for c in doc.read_page(0).chars if not c.text.isspace()]
    # As the stored text reads (⾊ → 色), one character for one.
    page_text = "".join(normalise_text(c.text)[:1] for c in chars)
    service = LibraryService.open(library, import_seeds=False, daily_backup=False)
    try:
        ids = service.article_ids()
        assert len(ids) >= 3
        for article_id in ids:
            detail = service.article(article_id)
            where = service.article_print(article_id)
            assert where is not None
            assert Path(where.pdf_path) == pdf.resolve()
            assert where.page_number == 1 and where.pdf_hash == file_hash(pdf)
            assert (round(where.width), round(where.height)) == (842, 1191)
            # Its first characters, found on the page, sit inside its boxes.
            # Its first characters (a line's worth), found on the page, sit in its boxes.
            probe = "".join(detail.text.split())[:5]
            found = [at for at in range(len(page_text)) if page_text.startswith(probe, at)]
            assert found, probe
            assert any(all(_inside((c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2, where.boxes)
                           for c in chars[at:at + len(probe)]) for at in found), probe
    finally:
        service.close()


def test_an_unknown_or_text_article_has_no_print(lib) -> None:
    assert lib.article_print(lib.article_ids()[0]) is None
    assert lib.article_print("no-such-article") is None


def test_importing_the_moved_pdf_again_points_its_articles_at_the_new_file(
        tmp_path: Path) -> None:
    library, pdf = printed_library(tmp_path / "a", seed=5, columns=3)
    moved = tmp_path / "elsewhere" / "renamed.pdf"
    moved.parent.mkdir()
    shutil.move(pdf, moved)
    report = import_files(library, [moved], analyser=quick)
    assert report.unchanged_pages == 1
    service = LibraryService.open(library, import_seeds=False, daily_backup=False)
    try:
        where = service.article_print(service.article_ids()[0])
        assert where is not None and Path(where.pdf_path) == moved.resolve()
    finally:
        service.close()


def test_render_gives_the_page_at_the_scale_asked_and_caches_it(printed) -> None:
    _, pdf = printed
    clear_cache()
    image = render_page(pdf, 1, 0.5)
    assert (image.width, image.height) == (421, 596)  # A3: 842 x 1191 points
    assert image.stride >= image.width * 4 and len(image.data) == image.stride * image.height
    assert min(image.data[::4]) < 100 and max(image.data[::4]) == 255  # ink on paper
    assert render_page(pdf, 1, 0.5) is image
    assert render_page(pdf, 1, 1.0).width == 842
    with pytest.raises(ValueError):
        render_page(pdf, 2, 1.0)
    with pytest.raises(OSError):
        render_page(pdf.with_name("gone.pdf"), 1, 1.0)


def test_a_library_from_before_the_step_gains_the_table(lib_path: Path) -> None:
    step = MIGRATIONS.index(_v11_article_prints) + 1
    LibraryService.open(lib_path, import_seeds=False, daily_backup=False).close()
    conn = sqlite3.connect(lib_path)
    try:
        conn.execute("DROP TABLE article_prints")
        conn.execute(f"PRAGMA user_version = {step - 1}")
        conn.commit()
    finally:
        conn.close()
    service = LibraryService.open(lib_path, import_seeds=False, daily_backup=False)
    try:
        assert service.article_print(service.article_ids()[0]) is None
    finally:
        service.close()
