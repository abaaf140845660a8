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
