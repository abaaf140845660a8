"""Rules the `mixed` layout family taught the splitter (bench/split_layouts.py measures
them on every generated family and the seed pages), one small made-up page each."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.splitting.split import split_page
from tests.core.splitting.layout_families import wrap

# Each story opens on its dateline, as a provincial daily's stories do.
STORIES = [
    ("湖南日报娄底5月2日讯", "锣鼓声中，两支由农民组成的篮球队走上了新化县体育馆的赛场。",
     "这是当地首次把乡村篮球联赛的决赛放进县城体育馆。", "乡村球赛进城了"),
    ("本报讯（记者 胡嘉禾）",
     "记者日前从长沙一家农业科研单位了解到，耐盐碱水稻新品系亩产六百一十二公斤。",
     "课题组将在更多地区开展耐盐碱水稻多点试种。", "一颗种子的“逆袭”"),
    ("湖南日报长沙4月30日讯",
     "湖南博物院推出的马王堆数字展厅开放一年来，累计接待观众超过一百万人次。",
     "今年暑期，马王堆数字展厅还将推出研学课程。", "千年文物“活”起来"),
]


@pytest.mark.parametrize("mark", ["# ", "## ", "**"])
def test_markdown_headlines_printed_under_their_stories_go_to_the_story_above(
    mark: str,
) -> None:
    # A PDF-to-Markdown tool reading a column page in print order puts each headline
    # after its story; the Markdown marks do not make it a headline of the story below.
    close = "**" if mark == "**" else ""
    # Signed after the story, as column pages sign them.
    text = "".join(
        f"{a}\n\n{b}\n\n（湖南日报全媒体记者 {name}）\n\n{mark}{head}{close}\n\n"
        for name, (_, a, b, head) in zip(["尹星河", "胡嘉禾", "柳青禾"], STORIES, strict=True)
    )
    page = split_page(text)
    assert [(a.title, a.paragraphs[0]) for a in page.articles] == [
        (head, a) for _, a, _, head in STORIES
    ]


def test_markdown_headlines_above_their_stories_stay_with_the_story_below() -> None:
    text = "".join(f"## {head}\n\n{d} {a}\n\n{b}\n\n" for d, a, b, head in STORIES)
    page = split_page(text)
    assert [(a.title, a.paragraphs[0]) for a in page.articles] == [
        (head, a) for _, a, _, head in STORIES
    ]


PARAS = [
    "清明前后，安化县的茶山上一片新绿，采茶工人们穿梭在茶垄之间，一派繁忙景象。",
    "过去，茶农判断采摘时间全凭经验，如今系统会根据积温数据给出建议，省时又省力。",
    "据介绍，应用数字化管理后，茶园每亩人工成本下降了约一成，优质茶叶比例明显提高。",
    "“直播间里人气很旺，订单一天比一天多。”合作社负责人说，越来越多的年轻人回到家乡。",
    "今年春茶季，当地一家合作社通过直播卖出的黑茶，比去年同期翻了一番，供不应求。",
]


def _narrow_page(width: int, subhead: str = "", indent: int = 0) -> str:
    """A story in a column ``width`` cells wide, a subhead above its second paragraph;
    ``indent``: the cells each paragraph's first line leaves blank (extraction drops
    the indent, so the line is that much shorter)."""
    lines = ["茶园里的“数字农夫”", "湖南日报全媒体记者 彭晓岚"]
    for number, para in enumerate(PARAS):
        if number == 1 and subhead:
            lines.append(subhead)
        first = width - indent
        wrapped = [para[:first], *(para[i : i + width] for i in range(first, len(para), width))]
        if wrapped[-1] in "。”":  # kinsoku: a closing mark hangs past the column
            wrapped[-2:] = [wrapped[-2] + wrapped[-1]]
        lines += wrapped
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("subhead", "width", "indent"),
    [
        ("从靠天吃饭到看数管园茶园", 10, 2),  # runs past the column
        ("从靠天吃饭到看数管园", 13, 0),  # short, on a page whose first lines fill
        ("看数管园的茶农们", 11, 0),
    ],
)
def test_a_subhead_that_misses_the_width_of_its_narrow_column_is_not_wrapped_text(
    subhead: str, width: int, indent: int
) -> None:
    # Every wrapped line of a narrow column fills it, the first one less its indent
    # where the page drops it; a line after a finished paragraph that runs past the
    # column or stops short of it is a subhead set on its own line, not the next
    # paragraph's first line.
    [article] = split_page(_narrow_page(width, subhead, indent)).articles
    assert (article.subheads, article.subhead_positions) == ([subhead], [1])
    assert article.paragraphs == PARAS


@pytest.mark.parametrize("width", [8, 10, 13, 19])
def test_paragraphs_opening_short_of_their_column_by_the_indent_are_wrapped_text(
    width: int,
) -> None:
    # The page drops every paragraph's two-cell indent: its first lines are no subheads,
    # not even in a column of eight where the indent is a quarter of it, nor where a
    # closing mark hangs past the column on the line under it.
    [article] = split_page(_narrow_page(width, indent=2)).articles
    assert article.subheads == []
    assert article.paragraphs == PARAS


def test_lines_with_digits_in_a_narrow_column_are_wrapped_text() -> None:
    # Fonts set digits narrower than a CJK character, but not always half as wide: a
    # line holding "8520" is not short of its column, nor is the next one too wide.
    para = "全省绿色智能计算产业规模达8520亿元，同比增长19.2%。"
    more = "长沙经开区着力打造智能算力设施高地，探索高效应用运行新模式。"
    lines = ["算力经济湖南瞄准世界一流", "湖南日报全媒体记者 黄利飞"]
    for text in [para, more, para + more, more, para]:
        lines += [text[i : i + 19] for i in range(0, len(text), 19)]
    [article] = split_page("\n".join(lines) + "\n").articles
    assert article.subheads == []
    assert article.paragraphs == [para, more, para + more, more, para]


def test_a_deck_beside_its_story_does_not_run_into_the_story() -> None:
    # Layout-preserving extraction prints the headline stack in the left column and the
    # story in the right one: the foot of the left column does not flow into the top
    # of the right one.
    page = split_page(
        "马王堆文物“活”起来       　　戴上头显设备，观众仿佛穿越两千\n"
        "数字展厅接待观众超百万    多年，走进西汉长沙国丞相家的宴\n"
        "                          席之间。\n"
        "                          　　湖南博物院推出的马王堆数字展厅\n"
        "                          开放一年来，累计接待观众超过一\n"
        "                          百万人次。\n"
    )
    [article] = page.articles
    # (Which of the two bare lines is the headline is headline_roles' call, tested there.)
    assert {article.title, article.subtitle} == {"马王堆文物“活”起来", "数字展厅接待观众超百万"}
    assert article.paragraphs == [
        "戴上头显设备，观众仿佛穿越两千多年，走进西汉长沙国丞相家的宴席之间。",
        "湖南博物院推出的马王堆数字展厅开放一年来，累计接待观众超过一百万人次。",
    ]


def test_a_page_that_indents_its_paragraphs_beside_a_long_flush_story() -> None:
    # One story is set flush beside its headline (its lines open far right, at its
    # column); the other indents each paragraph. Indented openings of paragraphs make
    # the page an indented one however many flush lines the first story has.
    flush = "清明前后，安化县的茶山上一片新绿，采茶工人们穿梭在茶垄之间，一派繁忙景象。" * 12
    rows = [flush[i : i + 15] for i in range(0, len(flush), 15)]
    lines = [f"茶园里的“数字农夫”    {rows[0]}", *(" " * 22 + row for row in rows[1:])]
    paras = ["中午十一点半，株洲市石峰区一个社区食堂里，几位老人正围坐在一起吃饭。",
             "三菜一汤，老人每餐只需十二元，八十岁以上的老人还能再享受优惠。",
             "社区负责人介绍，食堂由街道提供场地，引入餐饮企业运营。",
             "“饭菜可口，还热闹，比一个人在家做饭强多了。”八十二岁的黄奶奶说。"]
    lines += ["“一老一小”有了去处", "湖南日报全媒体记者 温可馨"]
    for para in paras:
        text = "\u3000\u3000" + para
        lines += [text[i : i + 17] for i in range(0, len(text), 17)]
    page = split_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["茶园里的“数字农夫”", "“一老一小”有了去处"]
    assert page.articles[1].paragraphs == paras


@pytest.mark.parametrize("kicker", ["### 全民健身 活力三湘", "## 全民健身"])
def test_a_smaller_heading_right_above_a_larger_one_is_its_kicker(kicker: str) -> None:
    page = split_page(
        "# 洞庭湖越冬候鸟数量创新高\n### ——监测到鸟类四十余万只\n"
        "湖南日报岳阳4月15日讯（全媒体记者 余鸣蝉）记者从东洞庭湖国家级自然保护区获悉，"
        "今冬明春洞庭湖区共监测到越冬水鸟四十余万只。\n"
        "目前，大部分候鸟已陆续北迁，保护区将继续做好湿地修复和巡护监测。\n"
        f"{kicker}\n# 环洞庭湖自行车赛鸣枪开赛\n"
        "湖南日报益阳4月28日讯（全媒体记者 钟子墨） 今天上午，环洞庭湖自行车赛在益阳市"
        "大通湖区鸣枪开赛。\n赛道沿湖堤而建，全长一百二十公里，途经湿地公园和渔村。\n"
    )
    assert [(a.title, a.subtitle) for a in page.articles] == [
        ("洞庭湖越冬候鸟数量创新高", "监测到鸟类四十余万只"),
        ("环洞庭湖自行车赛鸣枪开赛", kicker.lstrip("# ")),
    ]


@pytest.mark.parametrize("marker", ["◀下转2版", "（下转第2版）", "（转第4版）"])
def test_a_heading_right_before_a_jump_to_another_page_is_the_story_s_subhead(
    marker: str,
) -> None:
    page = split_page(
        "## “一件事一次办”事项扩至三百项\n\n湖南日报全媒体记者 付雪晴\n\n"
        "记者从省政务服务和大数据中心获悉，全省“一件事一次办”事项清单近日再次扩容。\n\n"
        "新纳入清单的事项涵盖新生儿出生、退休养老、不动产登记等领域。\n\n"
        f"**数据多跑路 群众少跑腿**\n\n{marker}\n\n"
        "## 湘西州推进“村村通客车”提质升级\n\n湖南日报全媒体记者 龙启航\n\n"
        "清晨六点半，花垣县一辆满载乘客的乡村客车准时驶出车站。\n"
    )
    assert [(a.title, a.subheads, a.subhead_positions) for a in page.articles] == [
        ("“一件事一次办”事项扩至三百项", ["数据多跑路 群众少跑腿"], [2]),
        ("湘西州推进“村村通客车”提质升级", [], []),
    ]


@settings(max_examples=60, deadline=None)
@given(
    # One sentence a paragraph: a sentence that ends at the end of a line inside a
    # paragraph is told from a paragraph's end by nothing on a page (a known limit).
    st.lists(st.sampled_from([p for p in PARAS if p.count("。") == 1]), min_size=4, max_size=7),
    st.integers(8, 19),
    st.sampled_from(["full", "indented", "dropped"]),
)
def test_paragraphs_in_any_narrow_column_come_back_whole(
    paras: list[str], width: int, indent: str
) -> None:
    # Wrapped as the layout generator wraps (cells, kinsoku), the first line full, with
    # its indent printed, or with the indent's room left empty: no paragraph is cut,
    # none runs into the next, and no line of one is taken for a subhead.
    lines = ["茶园里的“数字农夫”", "湖南日报全媒体记者 彭晓岚"]
    for para in paras:
        wrapped = wrap(("" if indent == "full" else "\u3000\u3000") + para, width)
        if indent == "dropped":
            wrapped[0] = wrapped[0].removeprefix("\u3000\u3000")
        lines += wrapped
    [article] = split_page("\n".join(lines) + "\n").articles
    assert article.subheads == []
    assert article.paragraphs == paras


def test_a_running_header_under_a_subhead_does_not_make_it_a_headline() -> None:
    # Page furniture falls anywhere; what stands around a subhead is the story's text.
    page = split_page(
        "**“一老一小”有了暖心食堂**\n\n湖南日报全媒体记者 温可馨\n\n"
        "中午十一点半，株洲市石峰区一个社区食堂里，几位老人正围坐在一起吃饭。\n\n"
        "“饭菜可口，还热闹，比一个人在家做饭强多了。”八十二岁的黄奶奶说。\n\n"
        "**放学后有了去处**\n湖南日报\n\n"
        "食堂还在楼上开辟了四点半课堂，由志愿者辅导孩子们完成作业。\n"
    )
    [article] = page.articles
    assert (article.subheads, article.subhead_positions) == (["放学后有了去处"], [2])
