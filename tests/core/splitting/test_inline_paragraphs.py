"""Paragraphs a tool ran together on one line, each opening on its two-space indent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.splitting.inline_paragraphs import pieces
from desktop_app.core.splitting.split import split_page

STORY = ("【标题】“实干”二字重千钧\n【正文】蓝图已经绘就，关键在于落实。再好的规划，不落到行动上，"
         "就只能是“纸上谈兵”。　　实干，要有真抓的实劲。对确定的目标任务，要一件一件抓落实。"
         "　　“十五五”开局在即，广大党员干部要以实干实绩书写新时代答卷。\n")


def test_a_story_kept_on_one_line_reads_as_its_paragraphs() -> None:
    (article,) = split_page(STORY).articles
    assert article.title == "“实干”二字重千钧"
    assert [p[:6] for p in article.paragraphs] == ["蓝图已经绘就", "实干，要有真", "“十五五”开"]


def test_two_columns_side_by_side_are_not_paragraphs() -> None:
    # A gap after a word that ends no sentence is a column's, not an indent.
    line = "全省一季度重大项目集中开工　　张家界入境游迎来开门红"
    assert pieces(line, 0) == [(line, 0)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["今年产量增长两成。", "　　", "“好！”", "记者", " ", "。", "a"]),
                max_size=30), st.integers(0, 1000))
def test_the_pieces_are_the_line_cut_apart(parts: list[str], start: int) -> None:
    raw = "".join(parts)
    cut = pieces(raw, start)
    assert "".join(text for text, _ in cut) == raw
    offset = start
    for text, at in cut:
        assert at == offset
        offset += len(text)
