"""What other layout engines do to a page's characters, and that the layout still reads
the articles: marks hanging into a gutter, justified lines, a dateline set in bold, a
headline centred over columns on both sides, a page that scales its text, and fonts
whose boxes are the ink's (found on the blind PDF set, tests/gold/layouts/pdffiles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.reading.pdf_file import PdfFile, PdfPage
from desktop_app.core.reading.pdf_layout import (
    Char,
    PageGeometry,
    build_blocks,
    build_lines,
    lay_out,
)
from desktop_app.core.reading.pdf_records import Box
from desktop_app.core.splitting.signatures import credit_split


def _run(text: str, x: float, baseline: float, size: float = 10.0, bold: bool = False,
         spacing: float = 0.0) -> list[Char]:
    """One printed line: full-width cells for Chinese and marks, half cells for digits,
    ``spacing`` added after each character (a justified line)."""
    out, cursor = [], x
    for ch in text:
        width = size if ord(ch) > 0x2E80 or ch in "“”" else size * 0.5
        out.append(Char(ch, cursor, baseline - size * 0.88, cursor + width,
                        baseline + size * 0.12, size, bold))
        cursor += width + spacing
    return out


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


def _column(lines: list[str], x: float, top: float, bold_first: bool = False) -> list[Char]:
    chars: list[Char] = []
    for i, line in enumerate(lines):
        indent = 20.0 if line.startswith("  ") else 0.0
        chars += _run(line.strip(), x + indent, top + (i + 1) * 15.5,
                      bold=bold_first and i == 0)
    return chars


def test_a_dateline_set_in_bold_opens_the_paragraph_it_belongs_to() -> None:
    chars = (_run("全省重大项目集中开工", 36, 130, 26, True)
             + _column(["  湖南日报3月5日讯（全媒", "体记者 周楚衡）3月5日，全省",
                        "第一季度重大项目集中开工活", "动在长沙主会场举行。"], 36, 140,
                       bold_first=True))
    (article,) = lay_out(PageGeometry(842, 1191, tuple(chars))).split.articles
    assert article.title == "全省重大项目集中开工"
    assert article.dateline == "湖南日报3月5日讯（全媒体记者 周楚衡）"
    assert article.paragraphs[0].startswith("3月5日，全省")


def test_a_headline_centred_over_the_page_owns_the_columns_on_both_sides() -> None:
    columns = [["  一列满载工程机械的中欧", "班列从长沙北站缓缓驶出。"],
               ["  海关数据显示，2025年湖", "南对非洲贸易继续增长。"],
               ["  与此同时，越来越多的湘", "企开始注重品牌建设。"],
               ["  通道建设为湘品出海提供", "了有力支撑。"]]
    chars = _run("湘品“出海”跑出加速度", 300, 130, 34, True)
    for n, column in enumerate(columns):
        chars += _column(column, 36 + n * 140, 140)
    articles = lay_out(PageGeometry(842, 1191, tuple(chars))).split.articles
    assert [a.title for a in articles] == ["湘品“出海”跑出加速度"]
    assert "".join(articles[0].paragraphs).startswith("一列满载工程机械")


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



def _page(chars: list[Char], images: tuple = ()) -> list:
    return lay_out(PageGeometry(842, 1191, tuple(chars), images)).split.articles


def test_briefs_under_a_columns_name_are_each_their_own_article() -> None:
    # 四号 headlines over 五号 text, not bold, and headlines after a square; the column's
    # name over them heads no article of its own.
    chars = _run("快 讯", 40, 380, 15)
    top = 400.0
    for head in ("全省秋粮收获进度过九成", "■ 长沙新开通3条定制公交线路"):
        chars += _run(head, 36, top + 13, 13 if not head.startswith("■") else 10.5)
        chars += _column(["  记者从省农业农村厅获悉，截至", "10月20日，全省秋粮已收获九成。"],
                         36, top + 16)
        top += 70
    articles = _page(chars)
    assert [a.title for a in articles] == ["全省秋粮收获进度过九成", "长沙新开通3条定制公交线路"]
    assert "快讯" in articles[0].subtitle.replace(" ", "")


def test_a_photos_title_over_its_caption_titles_it() -> None:
    from desktop_app.core.reading.pdf_layout import Box

    # The picture's frame reaches past the caption's first line.
    chars = (_run("城陵矶港开年外贸忙", 37, 694, 11, True)
             + _run("3月4日，岳阳城陵矶港集装箱码头，龙门吊正在装卸。", 37, 706, 9)
             + _run("湖南日报全媒体记者 尹湖滨 摄", 244, 720, 9)
             + _column(["  另一篇文章的正文从这里开始，", "写满一栏又一栏，一行接着一行，",
                        "直到这一页的正文比图片说明多。"] * 2, 36, 760))
    articles = _page(chars, (Box(37, 400, 489, 701),))
    caption = next(a for a in articles if a.kind == "photo_caption")
    assert caption.title == "城陵矶港开年外贸忙"
    assert caption.paragraphs == ["3月4日，岳阳城陵矶港集装箱码头，龙门吊正在装卸。"]


def test_a_headline_at_the_left_of_its_story_owns_the_columns_beside_it() -> None:
    chars = (_run("一条老街的", 37, 137, 34) + _run("“微改造”", 37, 178, 34)
             + _run("——长沙潮宗街片区有机更新见闻", 37, 215, 12, True))
    for n in range(3):
        chars += _column(["  冬日的午后，长沙潮宗街上的", "麻石路泛着温润的光，临街的",
                          "老公馆修葺一新。"], 221 + n * 150, 80)
    chars += _run("【邵阳】", 40, 400, 9.5) + _run("邵东打火机“智”造出新意", 40, 425, 19)
    chars += _column(["  在邵东市仙槎桥镇一家打火机", "生产企业，自动化生产线运转。"], 40, 430)
    articles = _page(chars)
    assert [a.title for a in articles] == ["一条老街的“微改造”", "邵东打火机“智”造出新意"]
    assert len(articles[0].paragraphs) == 3
    assert "【邵阳】" in articles[1].subtitle
    assert articles[1].kicker == "【邵阳】"  # shown over the headline, as printed
    assert articles[0].kicker == "" and "长沙潮宗街片区有机更新见闻" in articles[0].subtitle


def test_a_letter_spaced_dateline_in_bold_still_opens_its_paragraph() -> None:
    chars = (_run("津市牛肉粉“出圈”记", 36, 130, 19)
             + _run("湖南日报4月13日讯", 56, 150, bold=True, spacing=4.0)
             + _column(["（全媒体记者 覃思源）一碗热气腾腾", "的牛肉粉，正在成为津市最亮眼的",
                        "城市名片。"], 36, 150))
    (article,) = _page(chars)
    assert article.dateline == "湖南日报4月13日讯（全媒体记者 覃思源）"
    assert article.paragraphs[0].startswith("一碗热气腾腾的牛肉粉")


def test_a_letter_spaced_line_is_not_cut_at_its_widest_blank() -> None:
    # Spread by 0.8 em, its blank after a mark reads wider than an em.
    chars = _run("湖南日报1月19日讯（全媒体记者", 36, 200, spacing=8.0)
    assert _texts(chars) == ["湖南日报1月19日讯（全媒体记者"]


def test_a_columns_name_over_a_brief_is_not_read_as_its_headline() -> None:
    chars = _run("快 讯", 40, 380, 15) + _run("全省秋粮收获进度过九成", 36, 397, 13)
    lines = ["  记者从省农业农村厅获悉，截至", "10月20日，全省秋粮已收获九成。"]
    chars += _column(lines * 3, 36, 400)
    (article,) = _page(chars)
    assert article.title == "全省秋粮收获进度过九成"


def test_a_column_of_small_text_beside_a_picture_is_no_caption() -> None:
    from desktop_app.core.reading.pdf_layout import Box

    chars = _run("“湘超”赛场燃动三湘", 36, 140, 32)
    chars += _column(["  周末夜晚，看台上的呐喊声此起", "彼伏，球迷们挥舞着印有家乡名字",
                      "的旗帜，唱着自编的助威歌曲。"] * 3, 36, 150)
    chars = [Char(c.text, c.x0, c.y0, c.x1, c.y1, 9.0 if c.size == 10.0 else c.size, c.bold)
             for c in chars]
    chars += _run("另一篇", 400, 140, 32)
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars += _column(lines * 5, 400, 150)
    story, other = _page(chars, (Box(20, 300, 380, 600),))
    assert story.title == "“湘超”赛场燃动三湘" and len(story.paragraphs) == 3
    assert other.title == "另一篇" and other.kind != "photo_caption"


def test_a_photos_title_set_as_large_as_a_headline_titles_its_caption() -> None:
    from desktop_app.core.reading.pdf_layout import Box

    chars = (_run("暖冬送温暖", 352, 618, 12)
             + _run("12月14日，花垣县十八洞村，志愿者为独居老人送去棉被。", 352, 636, 9)
             + _run("通讯员 龙清泉 摄", 565, 650, 9))
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars += _run("另一篇", 36, 140, 32) + _column(lines * 5, 36, 150)
    articles = _page(chars, (Box(352, 400, 805, 605),))
    caption = next(a for a in articles if a.kind == "photo_caption")
    assert caption.title == "暖冬送温暖"
    assert [a.title for a in articles if a.kind != "photo_caption"] == ["另一篇"]


def test_a_headline_beside_its_story_under_a_lead_across_the_page_keeps_its_columns() -> None:
    lines = ["  科技创新能够催生新产业、新模", "式、新动能，是发展的核心要素。"]
    chars = _run("以科技创新引领新质生产力发展", 36, 130, 30)
    for n in range(4):
        chars += _column(lines * 2, 36 + n * 190, 140)
    chars += _run("书香湖湘", 164, 440, 11) + _run("在泥土里读懂乡村", 164, 462, 18, True)
    for n in range(2):
        chars += _column(["  《洞庭湖边的村庄》是一部记录湖", "区乡村变迁的非虚构作品，记下了",
                          "湖区的四季风物和村民的日常。"] * 2, 337 + n * 190, 410)
    articles = _page(chars)
    assert [a.title for a in articles] == ["以科技创新引领新质生产力发展", "在泥土里读懂乡村"]
    assert articles[1].paragraphs[0].startswith("《洞庭湖边的村庄》")


def test_a_dateline_wrapped_over_three_lines_is_no_byline_and_no_subhead() -> None:
    chars = _run("“AI换脸”诈骗团伙落网", 46, 390, 19)
    lines = ["  湖南日报12月15日讯（全", "媒体记者 杨振国 通讯员 湘公",
             "宣）近日，株洲市公安局成功", "破获一起利用“AI换脸”技术实施", "电信网络诈骗的案件。"]
    for i, line in enumerate(lines):
        chars += _run(line.strip(), 46 + (20 if i == 0 else 0), 420 + i * 15.5, bold=i in (0, 2))
    (article,) = _page(chars)
    assert article.byline == "" and article.subheads == []
    # As from a text page: the dateline is shown with the byline and names the reporters.
    assert article.dateline == "湖南日报12月15日讯（全媒体记者 杨振国 通讯员 湘公宣）"
    assert article.authors == ["杨振国", "湘公宣"]
    assert article.paragraphs == [
        "近日，株洲市公安局成功破获一起利用“AI换脸”技术实施电信网络诈骗的案件。"]


def test_a_brief_headline_after_a_square_may_close_on_a_quote() -> None:
    chars = _run("社会扫描", 663, 690, 14)
    for n, head in enumerate(["■ 长沙地铁6号线东延段开通", "■ 湘潭发布首批“一刻钟便民生活圈”"]):
        top = 700 + n * 90
        chars += _run(head, 586, top + 11, 11)
        chars += _column(["  湘潭市近日发布首批20个试点社", "区，居民步行15分钟可满足需求。"] * 2,
                         586, top + 14)
    assert [a.title for a in _page(chars)] == [
        "长沙地铁6号线东延段开通", "湘潭发布首批“一刻钟便民生活圈”"]


def test_briefs_set_larger_than_the_lead_keep_their_headlines() -> None:
    # The briefs' text (11.5) outweighs the lead's (10.5): the page's body size is the
    # briefs', and their headlines (13) are a size up only from the text under them.
    def sized(chars: list[Char], size: float) -> list[Char]:
        return [Char(c.text, c.x0, c.y0, c.x1, c.y1, size, c.bold) for c in chars]

    chars = _run("“湘超”赛场燃动三湘", 36, 140, 32)
    chars += sized(_column(["  周末夜晚，看台上的呐喊声此起", "彼伏，球迷们挥舞着家乡的旗帜。"] * 3,
                           36, 150), 10.5)
    titles = ["全省秋粮收获进度过九成", "长沙新开通3条定制公交线路", "湘江流域秋季巡河行动启动"]
    for n, title in enumerate(titles):
        chars += _run(title, 36 + n * 200, 300, 13)
        chars += sized(_column(["  记者从省农业农村厅获悉截至", "10月20日全省秋粮已收获九成。"] * 3,
                               36 + n * 200, 304), 11.5)
    assert [a.title for a in _page(chars)] == ["“湘超”赛场燃动三湘", *titles]


def test_bold_headlines_under_a_columns_name_are_briefs_not_subheads() -> None:
    chars = _run("要闻简报", 842, 980, 13, True)
    titles = ["长沙地铁6号线东延段开通", "湘赣边区域合作示范区推进会召开"]
    for n, title in enumerate(titles):
        top = 990 + n * 100
        chars += _run(title, 780, top + 11, 11, True)
        chars += _column(["  12月8日，长沙地铁6号线东延段", "开通试运营，东延段全长10公里，",
                          "设站5座，连接黄花机场。"] * 2, 780, top + 14)
    assert [a.title for a in _page(chars)] == titles


def test_a_centred_lead_takes_a_left_column_made_of_several_blocks() -> None:
    chars = _run("湖南工程机械集群“链”动全球", 216, 277, 40, True)
    # A subhead cuts the column in blocks, the lower one wider and starting near the top.
    chars += _run("获悉，今年前三季度，集群增长。", 31, 298)
    chars += _run("出海新路径", 51, 311, 10, True)
    chars += _column(["  企业自主品牌产品占比正在提高，", "海外收入占比首次突破四成。"], 31, 308.5)
    for n in range(3):
        chars += _column(["  在株洲，一家做了二十多年回转", "支承的企业，今年拿下了订单。"] * 3,
                         220 + n * 190, 300)
    articles = _page(chars)
    assert [a.title for a in articles] == ["湖南工程机械集群“链”动全球"]
    assert articles[0].paragraphs[0].startswith("获悉，今年前三季度")
    assert "海外收入占比首次突破四成。" in articles[0].paragraphs[1]


def test_a_narrow_gutter_beside_justified_lines_still_parts_the_columns() -> None:
    left = _run("造成促消费、扩内需的重要引", 349.8, 410, spacing=3.0)
    right = _run("记者从衡阳市生态环境局获悉", left[-1].x1 + 11.5, 410, spacing=3.0)
    assert _texts(left + right) == ["造成促消费、扩内需的重要引", "记者从衡阳市生态环境局获悉"]


def test_a_headline_closing_on_a_quote_is_still_a_headline() -> None:
    # A size up, not bold (a face with no weight named), over two lines.
    chars = _run("我省新增6家国家级专精特新“小巨", 780, 1190, 11.5)
    chars += _run("人”", 780, 1204, 11.5)
    lines = ["  记者从省工信厅获悉，我省又有", "6家企业入选国家级专精特新“小", "巨人”企业名单。"]
    chars += _column(lines * 2, 780, 1206)
    (article,) = _page(chars)
    assert article.title == "我省新增6家国家级专精特新“小巨人”"


def test_a_gutter_narrower_than_an_em_beside_tight_lines_parts_the_columns() -> None:
    left = _run("造成促消费、扩内需的重要引", 349.8, 410, spacing=1.2)
    right = _run("记者从衡阳市生态环境局获悉", left[-1].x1 + 8.5, 410, spacing=1.2)
    assert _texts(left + right) == ["造成促消费、扩内需的重要引", "记者从衡阳市生态环境局获悉"]


def test_the_spacing_a_compositor_sets_around_numbers_is_no_space() -> None:
    chars = _run("长沙打造", 36, 200) + _run("24", 79, 200) + _run("小时“不夜城”", 92, 200)
    assert _texts(chars) == ["长沙打造24小时“不夜城”"]
    assert _texts(_run("iPhone 15发布", 36, 200)) == ["iPhone 15发布"]


def test_a_slogan_a_label_or_an_advertisement_with_nothing_under_it_is_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("光盘行动", 393, 1120, 30, True) + _run("征稿启事", 600, 1120, 15, True)
    # An advertisement's display lines, as large as a headline, with no text under them.
    chars += _run("2026年度《湖南日报》征订火热进行中", 300, 900, 22, True)
    chars += _run("湖南大剧院2026新年音乐会", 300, 980, 18, True)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    for printed in ("光盘行动", "征订火热进行中", "新年音乐会"):
        assert printed in laid.text  # printed on the page, kept in its text


def test_a_photo_credit_under_no_caption_is_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("湖南日报全媒体记者 郭立亮 摄", 500, 700, 9)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert "郭立亮" in laid.text


def test_the_papers_hotlines_at_the_foot_are_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("订阅热线：0731-84326000 各地邮政局（所）均可订阅", 420, 1150, 9)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert "订阅热线" in laid.text


def test_a_brief_that_runs_off_a_column_goes_on_under_the_columns_name() -> None:
    # 社会简讯 spans two columns of briefs; the second brief of the left column runs off
    # its foot and goes on at the top of the right column, under the column's name.
    chars = _run("社会简讯", 40, 380, 14, True)
    chars += _run("全省无偿献血人次同比增长9%", 36, 410, 12, True)
    chars += _column(["  记者从省卫生健康委获悉，今年", "全省无偿献血人次同比增长9%。"], 36, 412)
    chars += _run("株洲警方打掉一个电诈团伙", 36, 470, 12, True)
    chars += _column(["  近日，株洲警方成功打掉一个利", "用虚假投资理财平台实"], 36, 472)
    chars += _column(["施诈骗的犯罪团伙，抓获犯罪嫌", "疑人23名，涉案金额1800余万元。"], 210, 392)
    chars += _run("岳阳楼景区推出冬季夜游", 210, 450, 12, True)
    chars += _column(["  即日起至明年2月，岳阳楼景区", "推出夜游活动，每晚开放至21时。"], 210, 452)
    articles = {a.title: a for a in _page(chars)}
    assert set(articles) == {
        "全省无偿献血人次同比增长9%", "株洲警方打掉一个电诈团伙", "岳阳楼景区推出冬季夜游"}
    assert articles["株洲警方打掉一个电诈团伙"].text.endswith("涉案金额1800余万元。")


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


def test_the_foot_line_of_editors_and_address_is_no_article_and_stays_in_the_text() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    foot = "本版责编 王峰  版式 李小平  校对 陈静  湖南日报社地址：长沙市芙蓉中路一段442号"
    chars += _run(foot, 36, 1150, 8)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert all("责编" not in a.text for a in laid.split.articles)
    assert "芙蓉中路" in laid.text
    assert laid.split.meta.editor == "王峰"


def test_a_vertical_headline_at_the_right_of_its_story_owns_the_columns_at_its_left() -> None:
    chars: list[Char] = []
    for n, ch in enumerate("洞庭湖区春耕备耕忙"):  # 竖排: a character a line
        chars += _run(ch, 560, 420 + n * 26, 24, True)
    text = ["  春分过后，洞庭湖区气温回升，田", "野里一派繁忙景象，农机下田。"] * 5
    chars += _column(text, 200, 400) + _column(text, 380, 400)
    # A column of another story at the far left, starting higher up the page.
    chars += _run("我省新增3个示范工厂", 36, 330, 14, True)
    chars += _column(["  工业和信息化部近日公布名单，", "我省3家企业入选。"] * 6, 36, 340)
    titles = [a.title for a in _page(chars)]
    assert "洞庭湖区春耕备耕忙" in titles and "我省新增3个示范工厂" in titles
    farm = next(a for a in _page(chars) if a.title == "洞庭湖区春耕备耕忙")
    assert farm.text.startswith("春分过后") and "工业和信息化部" not in farm.text


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


def test_a_front_pages_index_heads_no_article_and_stays_in_the_text() -> None:
    # 导读 at the left of the lead: entries in bold after a bullet, each pointing to its
    # page under it; the lead's columns start beside them.
    chars = _run("导", 52, 224, 14, True) + _run("读", 84, 224, 14, True)
    entries = ["●一季度全省外贸进出口稳中向好", "●长株潭轨道交通一张网加速成形",
               "●让更多“土特产”走出大山"]
    for n, entry in enumerate(entries):
        chars += _run(entry[:8], 50, 250 + 44 * n, 10, True)
        chars += _run(entry[8:], 50, 263 + 44 * n, 10, True)
        chars += _run(f"{n + 2}版", 160, 276 + 44 * n, 9.5, True)
    chars += _run("全省春季重大项目集中开工", 400, 230, 30, True)
    text = ["  春风拂过三湘，塔吊林立、机器", "轰鸣。今天上午，项目集中开工。"] * 8
    chars += _column(text, 204, 250) + _column(text, 364, 250) + _column(text, 524, 250)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省春季重大项目集中开工"]
    assert "一张网加速成形" in laid.text.replace("\n", "")


def test_an_ideographic_space_printed_in_a_byline_does_not_cut_it() -> None:
    byline = _run("湖南日报全媒体记者\u3000何清\u3000通讯员\u3000罗丹", 42.0, 200.0)
    assert [t.replace("\u3000", " ") for t in _texts(byline)] == [
        "湖南日报全媒体记者 何清 通讯员 罗丹"]


def test_a_headline_of_two_phrases_an_em_apart_is_one_and_headlines_a_gutter_apart_two(
        ) -> None:
    text = ["  三月中旬的岳阳城陵矶港，龙门吊来回穿梭，", "一个个集装箱被吊装上船。"] * 4
    one = _run("外贸“开门稳”", 100, 140, 40, True)
    one += _run("湘货走四方", 100 + 7 * 40 + 40, 140, 40, True)  # an em of the headline apart
    titles = [a.title for a in _page(one + _column(text, 100, 160))]
    assert titles == ["外贸“开门稳” 湘货走四方"]
    # Two stories' headlines side by side, a column's gutter apart: two articles.
    two = _run("前11个月外贸增长8.7%", 36, 140, 22, True)
    two += _run("冬春农田水利建设铺开", 36 + 13 * 22 + 12, 140, 22, True)
    two += _column(text, 36, 160) + _column(text, 36 + 13 * 22 + 12, 160)
    assert len(_page(two)) == 2


def test_a_byline_at_the_head_of_the_first_column_left_of_the_headline_is_its() -> None:
    text = ["  三月中旬的岳阳城陵矶港，龙门吊", "来回穿梭，集装箱被吊装上船。"] * 6
    chars = _run("外贸开门稳湘货走四方", 290, 150, 40, True)  # centred, well right of it
    chars += _run("湖南日报全媒体记者 何清 通讯员 罗丹", 42, 185)
    for n in range(4):
        chars += _column(text, 42 + n * 175, 195)
    [article] = _page(chars)
    assert article.title == "外贸开门稳湘货走四方"
    assert article.authors == ["何清", "罗丹"]
    assert article.text.startswith("三月中旬的岳阳城陵矶港")


def test_a_headline_at_the_left_with_its_byline_under_it_owns_the_columns_beside() -> None:
    # 左题: the headline in four lines at the left, its byline (wrapped in two) well under
    # it, the text in columns to its right.
    chars: list[Char] = []
    for n, part in enumerate(["株洲中小企业", "“智改数转”", "按下快进键"]):
        chars += _run(part, 42, 560 + n * 28, 22, True)
    chars += _run("湖南日报全媒体记者 谢 军", 42, 697) + _run("通讯员邓亮", 42, 713)
    text = ["  走进株洲市荷塘区一家硬质合", "金刀具企业的车间，数控机床整"] * 7
    for n in range(3):
        chars += _column(text, 194 + n * 160, 530)
    [article] = _page(chars)
    assert article.title == "株洲中小企业“智改数转”按下快进键"
    assert article.authors == ["谢军", "邓亮"]
    assert article.text.startswith("走进株洲市荷塘区")


def test_a_brief_headline_wrapped_in_a_narrow_column_is_one_headline() -> None:
    chars = _run("要闻简报", 46, 530, 15, True)
    chars += _run("■湖南出台措施", 42, 575, 11.5, True)
    chars += _run("支持外贸企业稳订单", 42, 590, 11.5, True)
    text = ["  省商务厅等部门近日联合出台支", "持外贸企业稳订单拓市场的措施。"]
    chars += _column(text * 3, 42, 595)
    [brief] = _page(chars)
    assert brief.title == "湖南出台措施支持外贸企业稳订单"


def test_a_title_over_the_picture_titles_the_caption_under_it() -> None:
    # 雨中坚守 over the photo, the caption under the photo: one photo, titled.
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("雨中坚守", 500, 300, 16, True)
    chars += _run("6月17日，长沙市开福区，交警冒雨在路口疏导交通。", 500, 520, 8.5)
    picture = Box(500, 310, 760, 505)
    titles = {a.title: a for a in _page(chars, (picture,))}
    assert set(titles) == {"全省秋粮收获进度过九成", "雨中坚守"}
    assert titles["雨中坚守"].text.startswith("6月17日")


def test_an_advertisements_display_line_over_its_phone_number_is_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("湘江银行", 400, 900, 30, True)
    chars += _run("线上申请 最快当天放款 服务热线96599", 400, 930, 10)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert "服务热线96599" in laid.text


def test_a_brief_headline_narrower_than_its_text_owns_it_to_the_last_hair() -> None:
    # The text's left edge a ten-thousandth of a point left of the headline's.
    chars = _run("●长沙地铁暑期", 553.8594, 750, 11, True)
    chars += _run("延长运营时间", 553.8594, 764, 11, True)
    text = ["  自7月1日起，长沙地铁各线路周五、周六末班车延长运营",
            "30分钟，方便市民夜间出行，各站同步调整。"]
    chars += _column(text, 553.859375, 770)
    [brief] = _page(chars)
    assert brief.title == "长沙地铁暑期延长运营时间"


def test_a_headline_set_with_its_letters_spread_wide_is_one_line() -> None:
    spread = _run("年货节里湘味浓", 576, 570, 24, True, spacing=21.6)
    text = _column(["  腊肉、腊鱼、剁辣椒、酱板鸭，来自全", "省的年货摆满了展台。"] * 3, 576, 580)
    assert _texts(spread + text)[0] == "年货节里湘味浓"
    # A gutter is one wide gap, not a run of them: two columns stay two.
    assert _texts(_run("春节前后", 36, 300) + _run("年货市场", 96, 300)) == ["春节前后", "年货市场"]


def test_a_credit_set_flush_right_under_a_short_caption_is_the_captions() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("雪后紫鹊界", 42, 1150, 16, True)
    chars += _run("1月11日，新化县紫鹊界梯田银装素裹。", 60, 1325, 9)
    chars += _run("湖南日报全媒体记者 刘平 摄", 700, 1342, 9)
    picture = Box(43, 1162, 800, 1311)
    articles = lay_out(PageGeometry(842, 1400, tuple(chars), (picture,))).split.articles
    photo = next(a for a in articles if a.kind == "photo_caption")
    assert photo.title == "雪后紫鹊界" and photo.authors == ["刘平"]
    assert len(articles) == 2


def test_a_title_laid_on_the_picture_titles_the_caption_under_it() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("元宵灯会点亮古城", 54, 730, 19)  # printed on the photo, near its foot
    chars += _run("2月24日，凤凰古城沱江两岸灯火璀璨。", 43, 757, 8.5)
    picture = Box(43, 550, 335, 742)
    titles = {a.title: a for a in _page(chars, (picture,))}
    assert set(titles) == {"全省秋粮收获进度过九成", "元宵灯会点亮古城"}
    assert titles["元宵灯会点亮古城"].kind == "photo_caption"
    assert titles["元宵灯会点亮古城"].text.startswith("2月24日")


def test_a_vertical_headline_does_not_run_into_the_headline_printed_under_it() -> None:
    chars: list[Char] = []
    for n, ch in enumerate("冬修水利正当时"):
        chars += _run(ch, 42, 580 + n * 24, 22, True)
    chars += _run("翻开村集体经济的“新账本”", 42, 750, 22, True)
    blocks = build_blocks(build_lines(chars), 10.0)
    assert [b.text for b in blocks] == ["冬修水利正当时", "翻开村集体经济的“新账本”"]


def test_briefs_headed_a_half_size_up_under_a_columns_name_are_each_an_article() -> None:
    # 经济简讯 over briefs whose headlines are set half a point up, in no bold a browser's
    # fonts would show; a dateline in bold is no headline.
    chars = _run("经济简讯", 700, 520, 13)
    top = 530.0
    for head in ("湘江新区发布算力券政策", "岳阳港集装箱吞吐量创新高"):
        chars += _run(head, 668, top + 12, 10.5)
        chars += _run("本报讯（记者 胡婷）", 668, top + 28, 10, True)
        text = ["  近日，湖南湘江新区发布支持算力", "产业发展的若干政策，设立算力券。"]
        chars += _column(text * 2, 668, top + 28)
        top += 110
    titles = [a.title for a in _page(chars)]
    assert titles == ["湘江新区发布算力券政策", "岳阳港集装箱吞吐量创新高"]


def test_a_deck_wrapped_under_a_headline_at_the_left_stays_the_deck() -> None:
    chars: list[Char] = []
    for n, part in enumerate(["中小学人工智能", "教育全面铺开"]):
        chars += _run(part, 37, 410 + n * 26, 21, True)
    chars += _run("——今年秋季学期起", 37, 460, 10.5)
    chars += _run("全省中小学开设人工智能课程", 37, 475, 10.5)
    text = ["  在长沙市雨花区一所小学的人工智能", "实验室里，五年级学生正在编程。"] * 8
    chars += _column(text, 192, 392) + _column(text, 358, 392)
    [article] = _page(chars)
    assert article.title == "中小学人工智能教育全面铺开"
    assert "全省中小学开设人工智能课程" in article.subtitle and article.kicker == ""
    assert article.text.startswith("在长沙市雨花区")


def test_a_vertical_headline_at_the_left_takes_the_byline_over_its_columns() -> None:
    chars: list[Char] = []
    for n, ch in enumerate("守护万家灯火的人"):
        chars += _run(ch, 46, 905 + n * 25, 22)
    # The byline's second half set a gap apart on its row, in a smaller face.
    chars += _run("湖南日报全媒体记者 周 楠", 95, 897, 9.5) + _run("通讯员马力", 225, 897, 9.0)
    text = ["  春节期间，当大多数人与家人团聚时，", "国网湖南电力的一线员工仍坚守岗位。"] * 4
    chars += _column(text, 95, 905) + _column(text, 311, 905)
    [article] = _page(chars)
    assert article.title == "守护万家灯火的人"
    assert article.authors == ["周楠", "马力"]
    assert article.text.startswith("春节期间")


def test_a_headline_a_size_up_over_a_dateline_line_heads_its_brief() -> None:
    # Briefs headed a size up, no bold; the dateline spread on a line of its own between.
    chars: list[Char] = []
    for n, head in enumerate(["全省大学生创新创业大赛举行", "益阳茶叶出口同比增长两成"]):
        x = 37 + n * 267
        chars += _run(head, x, 868, 13)
        chars += _run("本报讯（记者", x + 23, 888, 11.5) + _run("周益茗）", x + 110, 888, 11.5)
        text = ["近日，第十届湖南省大学生创新创业大赛决赛",
                "在湘潭大学举行，来自八十余所高校参赛。"]
        chars += _run(text[0], x, 907, 11.5) + _run(text[1], x, 923, 11.5)
        chars += _run(text[0], x, 939, 11.5)
    titles = [a.title for a in _page(chars)]
    assert titles == ["全省大学生创新创业大赛举行", "益阳茶叶出口同比增长两成"]


def test_a_caption_laid_on_a_pictures_foot_is_its_caption_but_not_on_a_background() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    story = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    photo = _run("开工首日产线忙", 54, 1290, 19)  # title and caption printed on the photo
    photo += _run("2月22日，株洲一家轨道交通装备企业的生产车间内，工人们在组装。", 62, 1320, 8.5)
    picture = Box(43, 1038, 800, 1378)
    titles = {a.title: a.kind for a in lay_out(
        PageGeometry(842, 1400, tuple(story + photo), (picture,))).split.articles}
    assert titles == {"全省秋粮收获进度过九成": "brief", "开工首日产线忙": "photo_caption"}
    # The same small text on a paper texture printed under the whole page is no caption.
    background = Box(0, 0, 842, 1400)
    kinds = [a.kind for a in lay_out(
        PageGeometry(842, 1400, tuple(story + photo), (background,))).split.articles]
    assert "photo_caption" not in kinds


def test_a_lead_set_smaller_than_the_pages_briefs_keeps_its_third_column() -> None:
    # The lead in 10.5 pt, the page's briefs in 11.5 (the page's body size): the lead's
    # columns are no captions, and the one past its headline's end is still its own.
    def column(lines: list[str], x: float, top: float, size: float) -> list[Char]:
        return [ch for i, line in enumerate(lines) for ch in _run(
            line.strip(), x + (2 * size if line.startswith("  ") else 0),
            top + (i + 1) * 1.5 * size, size)]

    chars = _run("“湘超”赛场燃动三湘", 37, 140, 32)
    text = ["  周末夜晚，看台上的呐喊声此", "起彼伏，球迷们挥舞着旗子。"] * 5
    for n in range(3):
        chars += column(text, 37 + n * 180, 160, 10.5)
    chars += _run("全省秋粮收获进度过九成", 37, 690, 16, True)
    chars += column(["  记者从省农业农村厅获悉，截至10月20日，全省", "秋粮已收获九成以上。"] * 30,
                    37, 700, 11.5)
    articles = _page(chars)
    lead = next(a for a in articles if a.title == "“湘超”赛场燃动三湘")
    assert lead.text.count("周末夜晚") == 15


def test_a_photo_titled_under_its_picture_with_its_credit_on_the_captions_last_line() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("【娄底】", 519, 646, 9.5)  # a place tag over the picture
    chars += _run("屋场会上话发展", 519, 909, 12)  # the title between picture and caption
    chars += _run("4月10日，涟源市桥头河镇一处屋场，村干部和村民围坐", 519, 926, 9)
    chars += _run("在一起，商量村里的发展。", 519, 939, 9) + _run("通讯员 梁小龙 摄", 677, 939, 9)
    picture = Box(503, 653, 820, 891)
    articles = _page(chars, (picture,))
    assert [(a.title, a.kind) for a in articles] == [
        ("全省秋粮收获进度过九成", "brief"), ("屋场会上话发展", "photo_caption")]
    assert articles[1].authors == ["梁小龙"]


def test_a_cartoon_with_its_title_caption_and_artist_is_one_photo() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("“打卡式”调研", 480, 782, 15, True)
    chars += _run("有的调研，车子一停、合影一拍就算完成任务。", 480, 907, 9)
    chars += _run("漫画 李想", 600, 918, 8.5)  # who drew it, flush right under the caption
    picture = Box(480, 787, 644, 895)
    articles = _page(chars, (picture,))
    assert [(a.title, a.kind) for a in articles] == [
        ("全省秋粮收获进度过九成", "brief"), ("“打卡式”调研", "photo_caption")]
    assert articles[1].authors == ["李想"]
    # A sentence about cartoons is no credit.
    assert credit_split("漫画是一门讲究分寸的艺术") is None
