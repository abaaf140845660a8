"""A spreadsheet of clippings copied as text: one piece per row, under its header."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.splitting.split import split_page
from desktop_app.core.splitting.table_rows import table_lines

HEADER = ["序号", "见报日期", "版次", "引题", "标题", "副题", "作者", "正文", "备注"]


def sheet(rows: list[list[str]], header: list[str] = HEADER) -> str:
    """The rows as WPS or Excel copy them: tabs between cells, CRLF after rows, a cell
    with a line break or a quote in double quotes with its own quotes doubled."""
    out = io.StringIO()
    csv.writer(out, dialect="excel-tab").writerows([header, *rows])
    return out.getvalue()


ROWS = [
    ["1", "2026-04-08", "03", "", "浏阳花炮一季度出口逆势增长", "“机器换人”让生产更安全更高效",
     "记者 黄婷 通讯员 罗鹏",
     "本报讯 今年一季度，全市花炮出口交货值达21.6亿元。\n“订单已经排到了下半年。”企业负责人表示。",
     "原报扫描件：档案盒2026-04/第3张"],
    ["2", "2026-04-08", "03", "医保服务“一站式”下沉", "村卫生室也能刷医保结算了", "", "记者 汤琴",
     "“以前在村里看病要先垫钱，现在扫码就结算了。”村民说。", ""],
    ["3", "2026-04-08", "05", "", "", "", "记者 陈杰 摄",
     "4月6日，游客在大围山国家森林公园赏杜鹃花。", ""],
    ["4", "2026-04-08", "01", "", "浏阳蒸菜制作技艺入选省级非遗名录", "", "通讯员 刘芳",
     '近日，"浏阳蒸菜"制作技艺入选传统技艺类项目。', ""],
]


def test_each_row_is_a_piece_with_its_headline_kicker_deck_and_authors() -> None:
    page = sheet(ROWS)
    articles = split_page(page).articles
    titled = {a.title: a for a in articles}
    first = titled["浏阳花炮一季度出口逆势增长"]
    assert first.subtitle == "“机器换人”让生产更安全更高效"
    assert first.authors == ["黄婷", "罗鹏"]
    assert first.paragraphs == ["今年一季度，全市花炮出口交货值达21.6亿元。",
                                "“订单已经排到了下半年。”企业负责人表示。"]
    assert titled["村卫生室也能刷医保结算了"].kicker == "医保服务“一站式”下沉"
    assert titled["浏阳蒸菜制作技艺入选省级非遗名录"].paragraphs == [
        '近日，"浏阳蒸菜"制作技艺入选传统技艺类项目。']
    everything = "".join(p for a in articles for p in [a.title, *a.paragraphs])
    for furniture in ("2026-04-08", "原报扫描件", "序号"):
        assert furniture not in everything


def test_a_page_of_tabs_without_a_headline_column_is_read_as_a_page() -> None:
    assert table_lines("指标\t数值\t单位\n茶园面积\t36\t万亩\n") is None
    assert table_lines("安化黑茶产业主要指标\n指标\t数值\n综合产值\t270亿元\n") is None


cell_text = st.text(alphabet=st.sampled_from("湖南日报记者长沙“”\"\t\n 。，0123456789ab"),
                    max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(cell_text, cell_text, cell_text), min_size=1, max_size=5))
def test_any_sheet_keeps_every_body_paragraph_where_the_page_prints_it(rows) -> None:
    header = ["标题", "作者", "正文"]
    page = sheet([list(row) for row in rows], header)
    lines = table_lines(page)
    assert lines is not None
    for line in lines:
        assert 0 <= line.start <= line.end <= len(page)
    body = [p.strip() for _, _, text in rows for p in text.replace("\r", "\n").split("\n")
            if p.strip()]
    for paragraph in body:
        assert any(paragraph == line.text
                   or paragraph == page[line.start:line.end].replace('""', '"').strip()
                   for line in lines), paragraph
    split_page(page)  # and the splitter takes whatever the rows hold
