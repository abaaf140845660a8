"""Bad PDFs, imported as a user would (``python -m desktop_app import``, in a child process
with a time limit): each is refused with one line naming the file and why, and the
library file stays byte for byte what it was. PDFs carrying JavaScript, attachments and
links import their text and nothing else."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.core.reading.pdf_file import NO_TEXT_LAYER, PdfError, PdfFile
from desktop_app.core.reading.pdf_layout import lay_out
from desktop_app.service import LibraryService
from tests.helpers import hostile_pdf
from tests.helpers.newspaper_issue import PageSpec, StorySpec
from tests.helpers.newspaper_pdf import _Writer, render

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


@dataclass
class Ran:
    code: int
    out: str
    err: str


def xiangyue(*argv: str | Path) -> Ran:
    try:
        done = subprocess.run([sys.executable, "-m", "desktop_app", *map(str, argv)],
                              capture_output=True, timeout=TIMEOUT_S, cwd=REPO,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"xiangyue {' '.join(map(str, argv))} still running after {TIMEOUT_S} s")
    return Ran(done.returncode, done.stdout.decode("utf-8", "replace"),
               done.stderr.decode("utf-8", "replace"))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    LibraryService.open(path, import_seeds=False, daily_backup=False).close()
    return path


def _story_pdf(path: Path) -> Path:
    render(path, [PageSpec(1, 2, (2025, 3, 30), "要闻", "谭云东", [StorySpec(
        "绿色智能计算产业加快发展", ["当前，全球人工智能爆发式发展，智能算力增速远超通用算力。"
                                    "全省绿色智能计算产业规模达8520亿元。"] * 3,
        span=2, byline="本报记者 黄利飞")])])
    return path


def _image_only_pdf(path: Path) -> Path:
    writer = _Writer(path)
    writer.photo(40, 40, 700, 1000)  # a scanned page: one picture, no text
    writer.close()
    return path


def _refused(library: Path, pdf: Path, reason: str) -> None:
    before = library.read_bytes()
    ran = xiangyue("import", pdf, "--db", library)
    assert ran.code == 1, ran.err
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1, ran.err
    assert lines[0].startswith(f"skipped: {pdf.name}") and reason in lines[0], lines[0]
    assert "Traceback" not in ran.err
    assert library.read_bytes() == before


def test_a_password_protected_pdf_is_refused(library: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "protected.pdf"
    pdf.write_bytes(hostile_pdf.encrypted_page())
    _refused(library, pdf, "protected by a password")


def test_a_scanned_page_is_refused_as_an_image(library: Path, tmp_path: Path) -> None:
    _refused(library, _image_only_pdf(tmp_path / "scan.pdf"), NO_TEXT_LAYER)


def test_fonts_without_a_unicode_map_are_refused(library: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "symbols.pdf"
    pdf.write_bytes(hostile_pdf.symbols_page())
    _refused(library, pdf, "fonts do not say which characters they draw")


def test_a_truncated_pdf_is_refused(library: Path, tmp_path: Path) -> None:
    whole = _story_pdf(tmp_path / "whole.pdf").read_bytes()
    pdf = tmp_path / "cut.pdf"
    pdf.write_bytes(whole[: len(whole) * 6 // 10])
    _refused(library, pdf, "incomplete")


def test_a_malformed_pdf_is_refused(library: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "noise.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + random.Random(7).randbytes(20_000) + b"\n%%EOF\n")
    _refused(library, pdf, "damaged")


def test_a_text_file_named_pdf_is_refused(library: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "notes.pdf"
    pdf.write_text("这不是PDF。\n", encoding="utf-8")
    _refused(library, pdf, "not a PDF")


def test_javascript_attachments_and_links_are_ignored(library: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "active.pdf"
    pdf.write_bytes(hostile_pdf.active_content_page(
        ["Xiangyue reads the text of this page and nothing else.",
         "The script, the attached file and the link are never opened."]))
    ran = xiangyue("import", pdf, "--db", library, "--json")
    assert ran.code == 0, ran.err
    assert '"added_pages": 1' in ran.out
    found = xiangyue("search", "Xiangyue", "--db", library, "--json")
    assert "secret" not in found.out and "198.51.100.7" not in found.out
    assert not list(tmp_path.glob("secret*"))  # the attachment was never written out


def test_split_refuses_a_bad_pdf_in_one_line(tmp_path: Path) -> None:
    pdf = tmp_path / "protected.pdf"
    pdf.write_bytes(hostile_pdf.encrypted_page())
    ran = xiangyue("split", pdf, "--json")
    assert ran.code != 0 and ran.out == ""
    assert len(ran.err.strip().splitlines()) == 1 and "password" in ran.err


def test_fuzzed_pdfs_are_read_or_refused_never_crash(tmp_path: Path) -> None:
    """Bytes of a real page flipped, cut and repeated: PdfError or a laid-out page."""
    whole = _story_pdf(tmp_path / "whole.pdf").read_bytes()
    rng = random.Random(2026)
    started = time.perf_counter()
    outcomes = {"read": 0, "refused": 0}
    for case in range(120):
        data = bytearray(whole)
        for _ in range(rng.randint(1, 40)):
            at = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.6:
                data[at] = rng.randrange(256)
            elif choice < 0.8:
                del data[at:at + rng.randint(1, 400)]
            else:
                data[at:at] = data[at:at + rng.randint(1, 400)]
        path = tmp_path / f"fuzz{case}.pdf"
        path.write_bytes(bytes(data))
        try:
            with PdfFile(path) as pdf:
                for item in pdf.pages():
                    if not isinstance(item, PdfError):
                        lay_out(item.geometry)
            outcomes["read"] += 1
        except PdfError as exc:
            assert "\n" not in str(exc)
            outcomes["refused"] += 1
    assert outcomes["read"] and outcomes["refused"]
    assert time.perf_counter() - started < 60
