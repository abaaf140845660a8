"""The reading pane on its own, fed with exact spans (numbers, names, hostile markup)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor

from desktop_app.ui import theme as themes
from desktop_app.ui.legend import Legend
from desktop_app.ui.reader_view import ReaderView
from tests.ui.fake_service import sample_service


def format_at(view: ReaderView, offset: int):
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.body_start + offset + 1)
    return cursor.charFormat()


def test_numbers_and_names_are_coloured_by_kind(reader):
    detail = sample_service().article("a1")
    reader.show_article(detail)
    money = detail.text.index("8520亿元")
    person = detail.text.index("孙延源")
    plain = detail.text.index("全省")
    assert format_at(reader, money).foreground().color() == QColor(themes.LIGHT.numbers["money"])
    assert format_at(reader, person).foreground().color() == QColor(themes.LIGHT.entities["PER"])
    assert format_at(reader, person).underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert format_at(reader, plain).foreground().color() == QColor(themes.LIGHT.text)
    assert reader.toPlainText().endswith(detail.text)


def test_legend_toggle_hides_one_layer_only(qtbot, reader):
    legend = Legend()
    qtbot.addWidget(legend)
    legend.layersChanged.connect(reader.set_layers)
    detail = sample_service().article("a1")
    reader.show_article(detail)
    money = detail.text.index("8520亿元")
    person = detail.text.index("孙延源")
    qtbot.mouseClick(legend.buttons["money"], Qt.MouseButton.LeftButton)
    assert not legend.buttons["money"].isChecked()
    assert format_at(reader, money).foreground().color() == QColor(themes.LIGHT.text)
    assert format_at(reader, person).foreground().color() == QColor(themes.LIGHT.entities["PER"])
    qtbot.mouseClick(legend.buttons["money"], Qt.MouseButton.LeftButton)
    assert format_at(reader, money).foreground().color() == QColor(themes.LIGHT.numbers["money"])


def hover(view: ReaderView, offset: int) -> None:
    point = QPointF(view.viewport_point_of(offset))
    event = QMouseEvent(QEvent.Type.MouseMove, point, view.viewport().mapToGlobal(point),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    view.mouseMoveEvent(event)


def test_hovering_a_number_shows_its_normalised_value(reader):
    detail = sample_service().article("a1")
    reader.show_article(detail)
    hover(reader, detail.text.index("8520亿元") + 2)
    assert "852,000,000,000 元" in reader.hover_text
    hover(reader, detail.text.index("19.2%") + 1)
    assert "19.2 %" in reader.hover_text


def test_hovering_and_clicking_a_name(qtbot, reader):
    service = sample_service()
    reader.entity_count = lambda text, _type: service.entity_article_count(text)
    detail = service.article("a1")
    reader.show_article(detail)
    offset = detail.text.index("孙延源") + 1
    hover(reader, offset)
    assert "孙延源" in reader.hover_text and "2" in reader.hover_text
    with qtbot.waitSignal(reader.entityClicked) as signal:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton,
                         pos=reader.viewport_point_of(offset))
    assert signal.args == ["孙延源", "PER"]


def test_selection_maps_to_text_offsets(reader):
    detail = sample_service().article("a1")
    reader.show_article(detail)
    start = detail.text.index("孙延源")
    reader.select_range(start, start + 3)
    assert reader.selected_range() == (start, start + 3)
    assert reader.textCursor().selectedText() == "孙延源"


def test_hostile_markup_is_text_and_nothing_is_fetched(reader, monkeypatch):
    requested: list[str] = []
    original = ReaderView.loadResource

    def spy(self, type_, name):
        requested.append(name.toString())
        return original(self, type_, name)

    monkeypatch.setattr(ReaderView, "loadResource", spy)
    detail = sample_service().article("a3")
    reader.show_article(detail)
    text = reader.toPlainText()
    assert "<script>alert(1)</script>" in text
    assert "<img src=http://example.com/x.png>" in text
    assert "<a href=file:///etc/passwd>" in text
    assert requested == []
    assert reader.loadResource(2, QUrl("http://example.com/x.png")).width() == 1  # blank
    assert not reader.openLinks() and not reader.openExternalLinks()


def test_a_local_file_is_never_read_into_the_reading_pane(reader, tmp_path):
    # Qt's document reads a local file itself when the view's loadResource gives None.
    from tests.ui.test_export_dialog import assert_nothing_local_is_read

    assert_nothing_local_is_read(reader, tmp_path)


def test_zoom_keys_change_the_text_size(qtbot, reader):
    reader.show_article(sample_service().article("a1"))
    before = reader.point_size
    qtbot.keyClick(reader, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert reader.point_size == before + 1
    qtbot.keyClick(reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.point_size == before - 1
    assert reader.document().defaultFont().pointSizeF() == before - 1


def test_the_hover_card_reads_each_kind_as_printed(qapp):
    from desktop_app.core.extraction.numbers import find_numbers
    from desktop_app.ui.labels import format_number
    from tests.helpers.export_samples import NUMBER_TEXT as TEXT

    cards = {n.text: format_number(n).splitlines()[1] for n in find_numbers(TEXT)}
    assert cards["25%以上"] == "= 25 %  (以上)"
    assert cards["5%至10%"] == "= 5 – 10 %"
    assert cards["1.1个百分点"] == "= 1.1 个百分点"
    assert cards["近七成"] == "= 7 成  (近)"
    assert cards["3‰"] == "= 3 ‰"
    assert cards["约8520亿元"] == "= 852,000,000,000 元  (约)"
    assert cards["近80家"] == "= 80 家  (近)"
    assert cards["两年多"] == "= 2 年  (多)"


def test_the_hover_card_of_a_fraction_a_sign_and_a_price_per_unit(qapp):
    from desktop_app.core.extraction.numbers import find_numbers
    from desktop_app.ui.labels import format_number

    text = "约有三分之一的家庭，最低气温零下5℃，均价3200元/吨，主场3比1获胜。"
    cards = {n.text: format_number(n).splitlines() for n in find_numbers(text)}
    assert cards["三分之一"][1] == "= 0.333333"
    assert cards["零下5℃"][1] == "= -5 ℃"
    assert cards["3200元/吨"][1] == "= 3,200 元/吨"
    assert len(cards["3比1"]) == 1  # a score has no value to show, only what it is


def test_the_kicker_is_shown_over_the_headline_and_the_deck_under_it(reader):
    from dataclasses import replace

    detail = replace(sample_service().article("a1"), title="湘西州猕猴桃首次直航出口东南亚",
                     subtitle="乡村振兴看湖南 首批20吨鲜果今日抵达曼谷", kicker="乡村振兴看湖南")
    reader.show_article(detail)
    block = reader.document().firstBlock()
    heads = []
    while block.isValid() and block.position() < reader.body_start:
        heads.append(block.text())
        block = block.next()
    assert heads[:3] == ["乡村振兴看湖南", "湘西州猕猴桃首次直航出口东南亚",
                         "首批20吨鲜果今日抵达曼谷"]
    # The headline is set larger than the kicker over it.
    title_font = reader.document().firstBlock().next().charFormat().font()
    kicker_font = reader.document().firstBlock().charFormat().font()
    assert title_font.pointSizeF() > kicker_font.pointSizeF()
    assert reader.toPlainText().endswith(detail.text)


def test_a_page_printed_as_第06版_is_said_once_in_the_meta_line(reader):
    from dataclasses import replace

    detail = replace(sample_service().article("a1"), page="第06版")
    reader.show_article(detail)
    meta = reader.toPlainText().split("\n")[:4]
    # The line puts its own words around the number (Page 06, 第06版): never the printed
    # form inside them (第第06版版).
    assert any("06" in line for line in meta)
    assert not any("第第" in line or "Page 第" in line for line in meta)
