"""What other layout engines do to a printed line's characters, and that the lines still
read as printed: marks hanging into a gutter, justified and letter-spaced lines, the
spaces a compositor sets, gutters narrower than an em, and pages that scale their text
or set their fonts at size one (found on the blind PDF set, tests/gold/layouts/pdffiles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.reading.pdf_file import PdfFile, PdfPage
from desktop_app.core.reading.pdf_layout import Char, build_blocks, build_lines, lay_out
from tests.core.reading.pdf_chars import _column, _run


def _texts(chars: list[Char]) -> list[str]:
    return [line.text for line in build_lines(chars)]


def test_a_mark_hanging_into_a_narrow_gutter_keeps_the_columns_apart() -> None:
    # The column's last mark sets its full cell past the text edge: its box leaves
    # only 0.78 em of gutter, its ink 1.28 em.
    left = _run("新型储能、", 474.1, 337.0)
    right = _run("元的绿色化工", left[-1].x1 + 7.8, 337.0)
    assert _texts(left + right) == ["新型储能、", "元的绿色化工"]


def test_a_justified_line_spread_after_its_marks_stays_one_line() -> None:
    chars = _run("今年，全省“新三样”出口增长、", 36.0, 200.0, spacing=3.5)
    assert _texts(chars) == ["今年，全省“新三样”出口增长、"]


def test_chinese_characters_spread_by_justification_get_no_spaces() -> None:
    spread = _run("南岳衡山景区近日推出", 36.0, 200.0, spacing=6.0)
    named = _run("记者 苏映雪", 36.0, 230.0)  # a space printed: PDFium gives it
    assert _texts(spread + named) == ["南岳衡山景区近日推出", "记者 苏映雪"]


def test_a_last_line_spread_with_space_characters_gets_no_spaces() -> None:
    # A compositor that spreads a paragraph's last line across the column with word
    # spacing: PDFium gives a space character between every two characters.
    spread: list[Char] = []
    for char in _run("阳天下楼”的夜色之美。", 36.0, 200.0, size=9.0, spacing=2.2):
        if spread:
            spread.append(Char(" ", spread[-1].x1, char.y0, spread[-1].x1, char.y1, 9.0, False))
        spread.append(char)
    named = _run("记者", 36.0, 230.0, 9.0) + _run(" 李治", 54.0, 230.0, 9.0)
    assert _texts(spread + named) == ["阳天下楼”的夜色之美。", "记者 李治"]


@pytest.fixture(scope="module")
def scaled_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two columns as a browser prints CSS pixels: 13-pixel type at 0.75 pt a pixel, and
    a gutter of 1.1 printed em (less than one em of the font's nominal size)."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    path = tmp_path_factory.mktemp("scaled") / "page.pdf"
    pdf = QPdfWriter(str(path))
    pdf.setResolution(72)
    pdf.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(pdf)
    painter.scale(0.75, 0.75)
    font = QFont("Noto Serif CJK SC")
    font.setPixelSize(13)
    painter.setFont(font)
    left = ["湖南日报全媒体记者今天从", "长沙获悉全省重大项目集中"]
    right = ["开工总投资两千八百多亿元", "覆盖先进制造和基础设施等"]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        painter.drawText(QPointF(40, 100 + i * 20), a)
        painter.drawText(QPointF(40 + 12 * 13 + 14.3, 100 + i * 20), b)
    painter.end()
    return path


def test_a_page_that_scales_its_text_is_measured_in_its_printed_em(scaled_pdf: Path) -> None:
    with PdfFile(scaled_pdf) as pdf:
        geometry = next(p for p in pdf.pages() if isinstance(p, PdfPage)).geometry
    ideographs = [c for c in geometry.chars if "\u4e00" <= c.text <= "\u9fff"]
    assert all(abs(c.size - (c.x1 - c.x0)) < 0.5 for c in ideographs)
    assert _texts(list(geometry.chars)) == [
        "湖南日报全媒体记者今天从", "开工总投资两千八百多亿元",
        "长沙获悉全省重大项目集中", "覆盖先进制造和基础设施等"]


@pytest.fixture(scope="module")
def unit_font_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every font set at size 1 and each line scaled by its own matrix, as cairo writes:
    a 24-point headline over 10-point text."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    path = tmp_path_factory.mktemp("unit") / "page.pdf"
    pdf = QPdfWriter(str(path))
    pdf.setResolution(72)
    pdf.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(pdf)
    font = QFont("Noto Serif CJK SC")
    font.setPixelSize(1)
    painter.setFont(font)

    def line(text: str, y: float, size: float) -> None:
        painter.save()
        painter.translate(40, y)
        painter.scale(size, size)
        painter.drawText(QPointF(0, 0), text)
        painter.restore()

    line("株洲中小企业智改数转按下快进键", 80, 24)
    body = ["走进株洲市荷塘区一家硬质合金企业的生产车间，",
            "机械臂精准抓取工件，智能检测设备实时比对数",
            "据。今年以来，全市已有1800余家企业上云用数。"]
    for i, text in enumerate(body * 3):
        line(text, 110 + i * 15, 10)
    painter.end()
    return path


def test_text_set_at_size_one_and_scaled_by_its_matrix_keeps_its_printed_sizes(
        unit_font_pdf: Path) -> None:
    with PdfFile(unit_font_pdf) as pdf:
        page = next(p for p in pdf.pages() if isinstance(p, PdfPage))
    assert {round(c.size) for c in page.geometry.chars if not c.text.isspace()} == {10, 24}
    [article] = lay_out(page.geometry).split.articles
    assert article.title == "株洲中小企业智改数转按下快进键"
    assert article.text.startswith("走进株洲市荷塘区")


def test_a_letter_spaced_line_is_not_cut_at_its_widest_blank() -> None:
    # Spread by 0.8 em, its blank after a mark reads wider than an em.
    chars = _run("湖南日报1月19日讯（全媒体记者", 36, 200, spacing=8.0)
    assert _texts(chars) == ["湖南日报1月19日讯（全媒体记者"]


def test_a_narrow_gutter_beside_justified_lines_still_parts_the_columns() -> None:
    left = _run("造成促消费、扩内需的重要引", 349.8, 410, spacing=3.0)
    right = _run("记者从衡阳市生态环境局获悉", left[-1].x1 + 11.5, 410, spacing=3.0)
    assert _texts(left + right) == ["造成促消费、扩内需的重要引", "记者从衡阳市生态环境局获悉"]


def test_a_gutter_narrower_than_an_em_beside_tight_lines_parts_the_columns() -> None:
    left = _run("造成促消费、扩内需的重要引", 349.8, 410, spacing=1.2)
    right = _run("记者从衡阳市生态环境局获悉", left[-1].x1 + 8.5, 410, spacing=1.2)
    assert _texts(left + right) == ["造成促消费、扩内需的重要引", "记者从衡阳市生态环境局获悉"]


def test_the_spacing_a_compositor_sets_around_numbers_is_no_space() -> None:
    chars = _run("长沙打造", 36, 200) + _run("24", 79, 200) + _run("小时“不夜城”", 92, 200)
    assert _texts(chars) == ["长沙打造24小时“不夜城”"]
    assert _texts(_run("iPhone 15发布", 36, 200)) == ["iPhone 15发布"]


def test_a_justified_line_of_few_words_is_one_line_and_a_gutter_still_parts_columns() -> None:
    # 龙飞宇   通讯员   杨 spread over a narrow column: gaps wider than the gutter, but
    # the lines above and below print right across them.
    left = ["湖南日报1月19日讯（全媒体记", "者株洲低空经济产业园首批企业"]
    right = ["长沙经开区一家工程机械企业的", "总装车间里，工人们正在赶制订"]
    chars = _column(left, 36, 100) + _column(right, 196, 100)
    chars += _run("龙飞宇", 36, 146) + _run("通讯员", 80, 146) + _run("杨", 124, 146)
    chars += _run("单，生产线满负荷运转，海外订", 196, 146)
    chars += _column(["帆）1月18日，株洲低空经济产业", "园首批12家企业集中签约入驻。"], 36, 146)
    chars += _column(["单占比超过六成，开年就是冲刺", "的状态，车间负责人这样说道。"], 196, 146)
    texts = _texts(chars)
    assert "龙飞宇 通讯员 杨" in texts
    assert "单，生产线满负荷运转，海外订" in texts  # the gutter beside it still parts them


def test_a_mark_set_a_little_lower_stays_in_its_line_beside_a_headlines_foot() -> None:
    # A headline's last line ends a little above the body line of the next column; a
    # comma's box reaches lower than its line's characters (Chromium's fallback font).
    chars = _run("首批企业入驻", 36, 560.26, 17)
    line = _run("近日，湖南湘江新区发布", 200, 564.0)
    comma = line[2]
    line[2] = Char(comma.text, comma.x0, comma.y0, comma.x1, comma.y1 + 0.8, comma.size, False)
    assert _texts(chars + line) == ["首批企业入驻", "近日，湖南湘江新区发布"]


def test_a_full_stop_hanging_into_a_narrow_gutter_does_not_join_the_columns() -> None:
    # Columns 14 characters wide, 1 em apart; the middle row's full stop hangs into the
    # gutter and leaves a blank of a tenth of an em before the next column.
    rows = [("地；衡阳、郴州分会场，有色金", "场，一批农村公路提质改造和县"),
            ("属新材料精深加工项目集中亮相。", "域供水一体化项目同步启动。新"),
            ("省发展改革委有关负责人介绍本", "型基础设施方面，一批智算中心")]
    chars: list[Char] = []
    for n, (left, right) in enumerate(rows):
        chars += _run(left, 36, 200 + 15 * n) + _run(right, 187, 200 + 15 * n)
    assert _texts(chars)[2:4] == ["属新材料精深加工项目集中亮相。", "域供水一体化项目同步启动。新"]


def test_an_ideographic_space_printed_in_a_byline_does_not_cut_it() -> None:
    byline = _run("湖南日报全媒体记者\u3000何清\u3000通讯员\u3000罗丹", 42.0, 200.0)
    assert [t.replace("\u3000", " ") for t in _texts(byline)] == [
        "湖南日报全媒体记者 何清 通讯员 罗丹"]


def test_a_headline_set_with_its_letters_spread_wide_is_one_line() -> None:
    spread = _run("年货节里湘味浓", 576, 570, 24, True, spacing=21.6)
    text = _column(["  腊肉、腊鱼、剁辣椒、酱板鸭，来自全", "省的年货摆满了展台。"] * 3, 576, 580)
    assert _texts(spread + text)[0] == "年货节里湘味浓"
    # A gutter is one wide gap, not a run of them: two columns stay two.
    assert _texts(_run("春节前后", 36, 300) + _run("年货市场", 96, 300)) == ["春节前后", "年货市场"]


def test_a_vertical_headline_does_not_run_into_the_headline_printed_under_it() -> None:
    chars: list[Char] = []
    for n, ch in enumerate("冬修水利正当时"):
        chars += _run(ch, 42, 580 + n * 24, 22, True)
    chars += _run("翻开村集体经济的“新账本”", 42, 750, 22, True)
    blocks = build_blocks(build_lines(chars), 10.0)
    assert [b.text for b in blocks] == ["冬修水利正当时", "翻开村集体经济的“新账本”"]
