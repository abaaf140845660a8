"""A page saved with its columns side by side (``pdftotext -layout``) reads column by
column; every other page reads as it was saved.

Hypothesis lays out columns of paragraphs side by side as such tools do: columns of any
width and of six lines or more, gutters of any width, positions counted per character or
per display cell, paragraphs indented or not; each column must then read whole, in
order. (A column of three or four lines beside long ones says too little of its gutter:
it may read into its neighbour.)
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.reading.text_columns import read_columns
from desktop_app.core.splitting.split import split_page

PROSE = "湖南省长沙市今年全省工业增加值增长项目建设推进企业农村发展群众服务记者获悉生产"


def _cells(text: str, wide: bool) -> int:
    return sum(2 if wide and unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@st.composite
def columns(draw: st.DrawFn) -> tuple[list[list[str]], list[str]]:
    """(each column's printed lines, each column's text) for 2 to 4 columns."""
    count = draw(st.integers(2, 4))
    printed, texts = [], []
    for _ in range(count):
        width = draw(st.integers(8, 20))
        lines, text = [], ""
        for _ in range(draw(st.integers(1, 4))):
            body = draw(st.text(alphabet=PROSE, min_size=2 * width, max_size=5 * width)) + "。"
            text += body
            indent = "    " if draw(st.booleans()) else ""
            first = width - len(indent) // 2
            rows = [body[:first]] + [body[i:i + width] for i in range(first, len(body), width)]
            lines += [indent + rows[0], *rows[1:]]
        printed.append(lines)
        texts.append(text)
    return printed, texts


def _side_by_side(printed: list[list[str]], gutter: int, wide: bool) -> str:
    widths = [max(_cells(line, wide) for line in lines) for lines in printed]
    rows = []
    for row in range(max(map(len, printed))):
        out = ""
        for lines, width in zip(printed, widths, strict=True):
            cell = lines[row] if row < len(lines) else ""
            out += cell + " " * (width - _cells(cell, wide) + gutter)
        rows.append(out.rstrip())
    return "\n".join(rows)


_TWO_COUNTS = [  # counted per display cell, the third column's "。" fell in the second
    ["    业业业业业业", "业业业业业业业业", "业业业业业业业业", "业业业业业业。",
     "    业业业业业业", "业业业业业业业业", "业业。", "业业业业业业业业", "业业业业业业业业",
     "。"],
    ["    业业业业业业业", "业业业业业业业业业", "业业业业业业业业业", "业业业业业业业业业",
     "业业业业业业业业业", "。", "    业业业业业业业", "业业业业业业业业业", "业业。"],
    ["    业业业业业业", "业业业业业业业业", "业业。", "业业业业业业业业", "业业业业业业业业",
     "。"]]


@settings(max_examples=150, deadline=None)
@given(columns(), st.integers(3, 10), st.booleans())
@example((_TWO_COUNTS, ["".join(lines).replace(" ", "") for lines in _TWO_COUNTS]), 3, False)
def test_columns_side_by_side_read_one_after_the_other(
        drawn: tuple[list[list[str]], list[str]], gutter: int, wide: bool) -> None:
    printed, texts = drawn
    if min(len(lines) for lines in printed) < 6:
        return  # a column of a few lines beside long ones may read into its neighbour
    read = read_columns(_side_by_side(printed, gutter, wide))
    assert "".join(read.split()) == "".join(texts)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=PROSE + "，、“” 　0123456789", max_size=60), max_size=30))
def test_a_page_without_columns_side_by_side_reads_as_saved(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert read_columns(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=PROSE + "，。 \t\u3000 　ab12", max_size=80), max_size=40))
def test_reading_columns_keeps_every_character_of_any_text(lines: list[str]) -> None:
    """Whatever the text, reading it by columns moves characters, never drops or adds
    one: a page reads whole, in whatever order."""
    text = "\n".join(lines)
    read = read_columns(text)
    assert sorted("".join(read.split())) == sorted("".join(text.split()))


def test_columns_on_different_baselines_keep_their_paragraphs_whole() -> None:
    """A column whose lines a tool set on rows of their own (another size of type beside
    it) has empty slots in mid-sentence: no blank line goes there."""
    left = [["    全省1268个重大项目集中开工，", "总投资2305亿元，占年度计划的13",
             ".8%，各市州亮出“开门红”成绩单，", "项目同步启动。"],
            ["    长沙市开工项目236个，一批新能", "源汽车零部件、航空配套和城市更新项",
             "目同步启动，岳阳市开工项目98个，", "绿色化工项目占比过半。"]]
    right = ["    记者从省政务管理服务局获悉，今年", "我省新增“跨省通办”事项38项，总数扩",
             "至236项，涉及社会保障、户籍办理等", "群众办事的高频领域，群众可通过“异",
             "地代收、远程办理”等方式办事，养老", "保险关系转移接续、异地就医备案、机",
             "动车驾驶证补换领等事项关注度较高，", "服务体验进一步提升。"]
    lines, rights = [line for paragraph in left for line in paragraph], iter(right)
    rows: list[tuple[str, str]] = []
    for number, line in enumerate(lines):
        rows.append((line, next(rights) if number % 2 == 0 else ""))
        if number % 2:
            rows.append(("", next(rights)))
    page = "\n".join(f"{a}{' ' * (24 - len(a))}{b}".rstrip() for a, b in rows)
    paragraphs = ["".join(text.split()) for text in read_columns(page).split("\n\n")]
    for wanted in [*left, right]:
        text = "".join("".join(wanted).split())
        assert any(text in paragraph for paragraph in paragraphs), (text, paragraphs)


def test_a_table_of_short_cells_is_not_read_as_columns() -> None:
    table = "\n".join(f"{city}      {rate}      {note}" for city, rate, note in [
        ("长沙", "7.1%", "增长"), ("株洲", "6.8%", "增长"), ("湘潭", "6.5%", "持平"),
        ("衡阳", "6.9%", "增长"), ("岳阳", "7.0%", "增长")])
    assert read_columns(table) == table


LEFT = ["    湖南日报3月11日讯（全媒体记者 邓", "晶琎）全省1268个重大项目集中开工，",
        "总投资2305亿元，占年度计划的13.8%。", "各市州也亮出了“开门红”成绩单，长沙市集",
        "中开工项目236个，一批新能源汽车零部", "件、航空配套和城市更新项目同步启动。",
        "    省发展改革委相关负责人表示，下一", "步将强化重大项目调度，推动项目早建成",
        "、早投产、早见效。"]
RIGHT = ["    湖南日报3月11日讯（全媒体记者 贺", "威）记者从省政务管理服务局获悉，今年",
         "我省新增“跨省通办”事项38项，总数扩",
         "至236项，涉及社会保障、户籍办理、", "婚姻登记等群众办事的高频领域。",
         "    新增事项中，养老保险关系转移接续", "、异地就医备案、机动车驾驶证补换领等",
         "群众关注度较高，群众可通过“异地代收", "、远程办理”等方式办事。"]
FOOT = "本版责任编辑 刘文韬 版式编辑 李彬 湖南日报社出版 新湖南客户端同步推送"


def _page() -> str:
    rows = [f"{a}{' ' * (24 - len(a))}{b}" for a, b in zip(LEFT, RIGHT, strict=True)]
    return "\n".join([
        "     重大项目集中开工                “跨省通办”事项扩至236项",
        "",
        *rows,
        "",
        f"          {FOOT}",
    ])


def test_a_line_across_both_columns_stays_below_them() -> None:
    read = read_columns(_page()).split("\n")
    flat = ["".join(line.split()) for line in read]
    left = "".join("".join(x.split()) for x in LEFT)
    right = "".join("".join(x.split()) for x in RIGHT)
    body = "".join(flat)
    assert left in body and right in body and body.index(left) < body.index(right)
    assert flat[-1] == "".join(FOOT.split())


def test_a_page_saved_with_columns_side_by_side_splits_into_its_articles() -> None:
    page = decode_page(_page().encode("utf-8")).text
    articles = split_page(page).articles
    titles = [a.title for a in articles]
    assert "重大项目集中开工" in titles and "“跨省通办”事项扩至236项" in titles
    by_title = {a.title: "".join(a.paragraphs) for a in articles}
    assert "记者从省政务管理服务局获悉" in by_title["“跨省通办”事项扩至236项"]
    assert "获悉" not in by_title["重大项目集中开工"]


@st.composite
def stacked_stories(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(a page, its stories' texts in reading order): stories one under another, each a
    headline over the band's whole width (set flush left or in the middle), a byline or
    not, then its columns side by side; two to six lines a column, as short stories
    have, one blank line or two under them; positions counted per character or per
    display cell."""
    wide = draw(st.booleans())
    gutter = draw(st.integers(3, 8))
    page, texts = [], []
    for _ in range(draw(st.integers(2, 4))):
        count = draw(st.integers(2, 3))
        width = draw(st.integers(10, 20))
        lines_each = draw(st.integers(2, 6))
        printed, body = [], ""
        for _ in range(count):
            text = draw(st.text(alphabet=PROSE, min_size=width * (lines_each - 1) + 1,
                                max_size=width * lines_each - 1)) + "。"
            body += text
            printed.append([text[i:i + width] for i in range(0, len(text), width)])
        band = _side_by_side(printed, gutter, wide).split("\n")
        band_width = max(_cells(line, wide) for line in band)
        title = draw(st.text(alphabet=PROSE, min_size=4, max_size=width - 2))
        centred = draw(st.booleans())
        heads = [" " * ((band_width - _cells(title, wide)) // 2 if centred else 0) + title]
        if draw(st.booleans()):
            heads.append("本报记者 " + draw(st.text(alphabet=PROSE, min_size=2, max_size=3)))
        page += [*heads, "", *band, *[""] * draw(st.integers(1, 2))]
        texts.append("".join(h.replace(" ", "") for h in heads) + body)
    return "\n".join(page), texts


@settings(max_examples=200, deadline=None)
@given(stacked_stories())
def test_stories_under_their_headlines_read_one_after_the_other(
        drawn: tuple[str, list[str]]) -> None:
    """A headline flush left over a story's columns heads that story: the columns above
    it end there, and do not read on into the story under it."""
    page, texts = drawn
    assert "".join(read_columns(page).split()) == "".join(texts)


def test_a_sentence_running_from_one_column_into_the_next_stays_one_paragraph() -> None:
    """The right column prints Latin words, more characters a line than the left: the
    left column's last line is full for its own column, and the sentence runs on."""
    left = ["    湖南企业正加快走向海外市场，一家以技", "术驱动的金融科技公司在全球15个地区运营，",
            "包括美国、新加坡、澳大利亚、英国等，并在", "10个主要市场持有经纪交易商牌照，今年的IPO"]
    right = ["之路，公司通过与SPAC公司SK Growth Opportunities",
             "合并，以“BULLZ”代码在纳斯达克上市。"]
    rows = [f"{a}{' ' * (46 - len(a))}{b}".rstrip()
            for a, b in zip(left, [*right, "", ""], strict=True)]
    read = read_columns("\n".join(rows))
    assert "" not in read.split("\n")
    assert "".join(read.split()) == "".join("".join(left + right).split())


def test_a_headline_stacked_beside_its_columns_does_not_stop_them_being_read() -> None:
    """A story's headline set in a narrow column of short lines beside its body columns
    (a layout tool prints it on the body's rows): one short column among columns of
    prose is no table, and the body's columns read whole."""
    heads = ["城陵矶港", "", "集装箱吞吐量", "", "创新高", ""]
    left = ["    记者从岳阳城陵矶港务公司获悉", "截至12月7日，港口今年集装箱吞吐",
            "量达到121.6万标箱，创历史新高。", "    作为湖南唯一的国家一类水运",
            "开放口岸，城陵矶港已开通至上海", "、太仓、宁波的“五定班轮”。"]
    right = ["    今年以来，城陵矶港加快推进智", "慧港口建设，5G远程操控岸桥、智",
             "能理货系统投入使用，集装箱船舶平", "均在港时间缩短约15%。港口还与长",
             "沙、株洲、湘潭等地的内陆港联动，", "开通“水铁联运”线路。"]
    rows = [f"{h}{' ' * (16 - 2 * len(h))}{a}{' ' * (40 - 2 * len(a))}{b}"
            for h, a, b in zip(heads, left, right, strict=True)]
    read = "".join(read_columns("\n".join(rows)).split())
    flat = ["".join("".join(column).split()) for column in (heads, left, right)]
    assert read == "".join(flat)


def test_a_first_line_that_fills_its_column_to_the_edge_is_read_in_its_column() -> None:
    # The left column's first line reaches its edge, two spaces from the right column's:
    # no gap of three tells the band there, and the line must not run the two together.
    left = ["入夏以来，桃江县30余万亩竹林已进入采伐期。",
            "在修山镇、鸬鹚渡镇等地，林农们穿梭在竹林",
            "间采伐楠竹，竹企加紧破竹、蒸煮、压制，车",
            "间里竹香四溢，楠竹收购价同比上涨一成。"]
    right = ["6月2日，南县茅草街镇，龙舟队队员在藕池",
             "河上进行训练。端午临近，南县各地龙舟队陆",
             "续开展训练，备战即将举行的龙舟系列赛事，",
             "河面上鼓声阵阵、号子声声，好不热闹。"]
    width = 44
    page = "\n".join(a + " " * (width - _cells(a, True)) + b
                     for a, b in zip(left, right, strict=True)) + "\n"
    first = page.splitlines()[0]
    assert "  " in first and "   " not in first
    read = read_columns(page).replace("\n", "")
    assert "".join(left) in read
    assert "".join(right) in read
