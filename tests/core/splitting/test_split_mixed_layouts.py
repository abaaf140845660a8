"""Rules the `mixed` layout family taught the splitter (bench/split_layouts.py measures
them on every generated family and the seed pages), one small made-up page each."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

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


def _column(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


@pytest.mark.parametrize(
    ("subhead", "width"), [("从靠天吃饭到看数管园茶园", 10), ("安化茶农从靠天吃饭到看数管园", 19)]
)
def test_a_subhead_that_misses_the_width_of_its_narrow_column_is_not_wrapped_text(
    subhead: str, width: int
) -> None:
    # Every wrapped line of a narrow column fills it; a line after a finished paragraph
    # that runs past the column (12 cells in 10) or stops clearly short of it (14 in
    # 19: more than an indent) is a subhead set on its own line, not the next
    # paragraph's first line.
    first = "清明前后，安化县的茶山上一片新绿，采茶工人们穿梭在茶垄之间，一派繁忙景象。"
    second = "过去，茶农判断采摘时间全凭经验，如今系统会根据积温数据给出建议，省时又省力。"
    third = "据介绍，应用数字化管理后，茶园每亩人工成本下降了约一成，优质茶叶比例明显提高。"
    lines = ["茶园里的“数字农夫”", "湖南日报全媒体记者 彭晓岚", *_column(first, width),
             subhead, *_column(second, width), *_column(third, width),
             *_column(first, width), *_column(second, width)]  # enough lines to tell a column
    [article] = split_page("\n".join(lines) + "\n").articles
    assert (article.subheads, article.subhead_positions) == ([subhead], [1])
    assert article.paragraphs == [first, second, third, first, second]


def test_a_paragraph_opening_short_of_its_column_by_its_indent_is_one_paragraph() -> None:
    # Extraction drops the two-cell indent of a paragraph's first line: still wrapped.
    first = "清明前后，安化县的茶山上一片新绿，采茶工人们穿梭在茶垄之间，一派繁忙景象。"
    second = "过去茶农判断采摘时间全凭经验，如今系统会根据积温数据给出建议，省时又省力。"
    lines = ["茶园里的“数字农夫”", "湖南日报全媒体记者 彭晓岚", *_column(first, 12),
             second[:10], *_column(second[10:], 12), *_column(first, 12)]
    [article] = split_page("\n".join(lines) + "\n").articles
    assert article.subheads == []
    assert article.paragraphs == [first, second, first]
