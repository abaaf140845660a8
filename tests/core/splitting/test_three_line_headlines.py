"""A narrow column wraps a headline over three lines: its subject with a count, its verb,
then what the verb acts on (萍乡：1.2万名 / 民间河长守护 / 家门口的河). All three are the
headline; none is a kicker or a deck."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

BODY = ("本报记者 刘 洋\n\n  每天清晨，家住江西省萍\n乡市湘东区的退休教师刘桂英\n"
        "都会沿着萍水河走上一圈，看\n看河面有没有漂浮物。\n")


@pytest.mark.parametrize(("stack", "title"), [
    ("萍乡：1.2万名\n民间河长守护\n家门口的河", "萍乡：1.2万名民间河长守护家门口的河"),
    ("湘江两岸新增\n3万个\n充电桩", "湘江两岸新增3万个充电桩"),
])
def test_a_headline_wrapped_over_three_lines_is_read_whole(stack: str, title: str) -> None:
    (article,) = split_page(f"{stack}\n\n{BODY}").articles
    assert (article.kicker, article.title, article.subtitle) == ("", title, "")


def test_a_first_line_cut_inside_a_word_is_the_headlines_not_a_kicker() -> None:
    stack = "耒阳油茶产\n业综合产值\n突破50亿元\n——带动4.6万户农户增收"
    (article,) = split_page(f"{stack}\n\n{BODY}").articles
    assert article.title.replace(" ", "") == "耒阳油茶产业综合产值突破50亿元"
    assert "油茶产业" in article.title  # no space left inside the word the column cut
    assert article.kicker == ""


def test_a_figure_alone_on_the_last_line_ends_the_headline_under_its_kicker() -> None:
    stack = "一根竹子的“共富经”\n武潭镇竹产\n业年产值突破\n5亿元"
    (article,) = split_page(f"{stack}\n{BODY}").articles
    assert (article.kicker, article.title) == ("一根竹子的“共富经”", "武潭镇竹产业年产值突破5亿元")


@pytest.mark.parametrize(("stack", "title"), [
    ("平江6所新建\n改扩建学校加紧施工\n——秋季开学前全部投入使用", "平江6所新建 改扩建学校加紧施工"),
    # A count opening the line over the deck is the headline's, under its kicker.
    ("第十五届全运会跳水项目预赛落幕\n湘籍小将包揽女子\n10米台前两名\n——湖南跳水队共拿到4个决赛资格",
     "湘籍小将包揽女子 10米台前两名"),
    # A column's name over the headline stays its kicker.
    ("书摘\n一条被子剪两半\n——读《湘江边的红色往事》", "一条被子剪两半"),
])
def test_a_line_that_only_names_over_a_headline_and_its_deck_is_the_headlines_subject(
        stack: str, title: str) -> None:
    (article,) = split_page(f"{stack}\n\n{BODY}").articles
    assert article.title == title
