"""A commentary signed after the page's box (□ 龙文泱) or a supplement's circle (○ 刘晓岚)
under its headline."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.signatures import is_byline
from desktop_app.core.splitting.split import split_page

PAGE = """以更大力度稳住就业基本盘

湖南日报评论员

稳就业，就是稳住了民生的基本面。各地要让更多劳动者在三湘大地实现人生出彩。

“把论文写在大地上”

□ 龙文泱

在浏阳市沙市镇的一片稻田里，湖南农业大学的一位青年教师已经“住”了三个春天。
"""


def test_a_headline_over_a_boxed_name_opens_the_commentary_it_signs() -> None:
    first, second = split_page(PAGE).articles
    assert second.title == "“把论文写在大地上”"
    assert "龙文泱" in second.authors
    assert first.paragraphs == [
        "稳就业，就是稳住了民生的基本面。各地要让更多劳动者在三湘大地实现人生出彩。"]


@pytest.mark.parametrize("line", ["□ 龙文泱", "○ 刘晓岚", "◎ 周 礼"])
def test_a_surname_after_a_box_or_a_circle_is_the_authors(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ["■ 湘江短评", "□ 湘江短评", "■ 漫画", "□ 加强组织领导",
                                  "◆ 高温天气", "● 高新区"])  # ◆ and ● open briefs
def test_a_columns_name_after_a_box_is_no_byline(line: str) -> None:
    assert not is_byline(line)


def test_a_byline_set_in_bold_signs_the_letter_under_its_headline() -> None:
    page = ("## 小区充电桩，别让“好事”难办\n\n**长沙读者 刘建华**\n\n"
            "我家住在长沙市雨花区一个建成于2005年的小区，近两年买新能源车的邻居越来越多。\n")
    [article] = split_page(page).articles
    assert article.title == "小区充电桩，别让“好事”难办"
    assert article.authors == ["刘建华"]


SCHOOL_PAGE = """琴湖春深

文/谢明远（机械工程学院2022级）

三月的琴湖边，柳枝刚刚抽出新芽，晨读的同学沿着湖岸一字排开。

父亲的菜园

文/彭思琪（法学院2023级）

父亲退休后，把屋后的荒地开成了一块菜园，一年四季都有收成。
"""


def test_a_byline_with_its_authors_school_and_year_signs_the_piece_under_its_headline(
        ) -> None:
    """A school paper's 文/谢明远（机械工程学院2022级）: a byline, not the next headline."""
    articles = split_page(SCHOOL_PAGE).articles
    assert [a.title for a in articles] == ["琴湖春深", "父亲的菜园"]
    assert "谢明远" in articles[0].authors
    assert articles[1].paragraphs == ["父亲退休后，把屋后的荒地开成了一块菜园，一年四季都有收成。"]


@pytest.mark.parametrize("line", ["□ 拉毛措", "□ 才让卓玛"])
def test_a_name_without_a_han_surname_after_a_box_is_the_authors(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ["□ 编者按", "□ 新春走基层", "○ 拉毛措"])
def test_a_label_after_a_box_or_a_bare_name_after_a_circle_is_no_byline(line: str) -> None:
    assert not is_byline(line)


def test_a_poems_title_over_its_boxed_author_heads_the_poem() -> None:
    page = ("青稞黄时\n□ 李永红\n在我的老家互助，青稞是庄稼里的“老大”。\n\n"
            "在三江源，听水（组诗）\n□ 拉毛措\n鄂陵湖\n风把湖面\n擦得很亮\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles == ["青稞黄时", "在三江源，听水（组诗）"]


@pytest.mark.parametrize(("line", "signs"), [
    ("■张弛", True), ("■ 陈 明", True), ("■获嘉县　李晓东", True),  # a name, a place and a name
    ("■ 高新区", False), ("■张家界", False), ("■ 长沙", False),  # briefs opening on a place
])
def test_a_name_after_a_filled_box_signs_but_a_place_after_it_opens_a_brief(
        line: str, signs: bool) -> None:
    assert is_byline(line) is signs


def test_commentaries_signed_after_a_filled_box_are_pieces_of_their_own() -> None:
    page = ("乡村小学的“午餐难”解决了\n■获嘉县　李晓东\n　　我是获嘉县一所乡村小学的老师。\n\n"
            "【快评】\n别让“预制菜进校园”成了糊涂账\n■张弛\n　　预制菜该不该进校园，近来引发不少"
            "家长关注。\n")
    first, second = split_page(page).articles
    assert (second.kicker, second.title, second.authors) == (
        "【快评】", "别让“预制菜进校园”成了糊涂账", ["张弛"])
    assert first.authors == ["李晓东"]
