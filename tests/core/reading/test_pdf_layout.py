"""Printed pages → articles, from plain character records and from newspaper PDFs made
by QPdfWriter with the gold known by construction (tests/helpers/newspaper_pdf.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.reading.pdf_file import PdfFile, PdfPage
from desktop_app.core.reading.pdf_layout import Box, Char, PageGeometry, lay_out
from tests.helpers.newspaper_pdf import paper
from tests.helpers.pdf_scores import score

GOAL = 0.95


def _chars(text: str, x: float, baseline: float, size: float, bold: bool = False
           ) -> list[Char]:
    out, cursor = [], x
    for ch in text:
        width = size if ord(ch) > 0x2E80 else size * 0.5
        out.append(Char(ch, cursor, baseline - size * 0.88, cursor + width,
                        baseline + size * 0.12, size, bold))
        cursor += width
    return out


def _column(lines: list[str], x: float, top: float, size: float = 10.0) -> list[Char]:
    chars: list[Char] = []
    for i, line in enumerate(lines):
        indent = 2 * size if line.startswith("  ") else 0.0
        chars += _chars(line.strip(), x + indent, top + (i + 1) * size * 1.6, size)
    return chars


def test_a_headline_over_two_columns_owns_both_and_the_band_gives_the_metadata() -> None:
    chars = (_chars("2025年3月30日 星期日", 36, 50, 11) + _chars("要闻", 400, 52, 20, True)
             + _chars("第04版", 740, 50, 14, True) + _chars("责任编辑 谭云东", 36, 70, 9)
             + _chars("绿色智能计算", 36, 130, 26, True)
             + _chars("本报记者 黄利飞", 36, 160, 10)
             + _column(["  当前，全球人工智能爆发式发", "展，智能算力增速远超通用算", "力。",
                        "  全省绿色智能计算产业规模达"], 36, 165)
             + _column(["8520亿元，同比增长19.2%。"], 200, 165)
             + _chars("（上接第1版）", 400, 130, 10)
             + _column(["  另一篇文章的正文从这里开始。"], 400, 135))
    page = lay_out(PageGeometry(842, 1191, tuple(chars), (),
                                (Box(36, 80, 806, 81), Box(380, 100, 390, 101))))
    meta = page.split.meta
    assert (meta.date, meta.page, meta.editor, meta.section) == (
        "2025-03-30", "04", "谭云东", "要闻")
    first = page.split.articles[0]
    assert first.title == "绿色智能计算" and first.byline == "本报记者 黄利飞"
    assert first.authors == ["黄利飞"]
    assert first.paragraphs == ["当前，全球人工智能爆发式发展，智能算力增速远超通用算力。",
                                "全省绿色智能计算产业规模达8520亿元，同比增长19.2%。"]
    for article in page.split.articles:  # offsets index the page text
        for (start, end), paragraph in zip(article.paragraph_spans, article.paragraphs,
                                           strict=True):
            assert page.text[start:end] == paragraph
    continued = page.split.articles[1]
    assert continued.kind == "continuation" and continued.subtitle == "（上接第1版）"


def test_nothing_at_all_gives_an_empty_page() -> None:
    assert lay_out(PageGeometry(100, 100, ())).split.articles == []


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[object, dict]]:
    folder = tmp_path_factory.mktemp("papers")
    pairs: list[tuple[object, dict]] = []
    for seed in range(1, 9):
        path = folder / f"paper{seed}.pdf"
        golds = paper(path, seed, pages=3, columns=[1 + (seed + n) % 6 for n in range(3)])
        with PdfFile(path) as pdf:
            for gold, item in zip(golds, pdf.pages(), strict=True):
                assert isinstance(item, PdfPage)
                pairs.append((gold, lay_out(item.geometry).split.to_dict()))
    return pairs


@pytest.mark.thorough  # over a whole generated set of papers: CI's second run (--tier thorough)
def test_generated_newspaper_pdfs_split_as_printed(generated: list[tuple[object, dict]]
                                                   ) -> None:
    scores = score(generated)  # type: ignore[arg-type]
    report = (f"boundary {scores.boundary:.3f} title {scores.title:.3f} precision "
              f"{scores.precision:.3f} meta {scores.meta:.3f} ({scores.gold} gold articles)\n"
              + "\n".join(scores.misses))
    assert scores.gold > 120
    assert scores.boundary >= GOAL and scores.title >= GOAL, report
    assert scores.precision >= GOAL and scores.meta == 1.0, report


@pytest.mark.thorough  # over a whole generated set of papers: CI's second run (--tier thorough)
def test_a_story_continued_on_a_later_page_is_a_continuation(
        generated: list[tuple[object, dict]]) -> None:
    continued = [a for gold, page in generated for a in page["articles"]
                 if a["kind"] == "continuation"]
    assert continued and all(a["subtitle"].startswith("（上接第") for a in continued)


@pytest.mark.thorough  # over a whole generated set of papers: CI's second run (--tier thorough)
def test_pdf_text_has_no_kangxi_radicals(generated: list[tuple[object, dict]]) -> None:
    text = "".join(a["title"] + a["text"] for _, page in generated for a in page["articles"])
    assert not [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF]
    assert "色" in text


def test_split_json_of_a_one_page_pdf_is_a_text_pages_shape(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_paths: list[Path]) -> None:
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    paper(one, 11, pages=1, columns=[3])
    paper(two, 12, pages=2, columns=[2, 4])
    assert main(["split", str(seed_paths[0]), "--json"]) == 0
    text_page = json.loads(capsys.readouterr().out)
    assert main(["split", str(one), "--json"]) == 0
    single = json.loads(capsys.readouterr().out)
    assert single.keys() == text_page.keys()
    assert single["page"].keys() == text_page["page"].keys()
    assert single["articles"][0].keys() == text_page["articles"][0].keys()
    assert main(["split", str(two), "--json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert list(pages) == ["pages"] and len(pages["pages"]) == 2
    assert all(p.keys() == text_page.keys() for p in pages["pages"])
