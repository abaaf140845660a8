"""A byline OCR read spaces into (湖南日报全媒体 记者 黄利 飞) still signs the story under
its headline, with the reporter's whole name; one it closed up signs it too, and a page
OCR spaced throughout keeps its head (masthead, date, page and section) out of the
stories."""

from __future__ import annotations

import pytest

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.page_heads import glued_page_head
from desktop_app.core.splitting.signatures import byline_names, is_byline
from desktop_app.core.splitting.split import split_page


@pytest.mark.parametrize(("byline", "names"), [
    ("湖南日报全媒体 记者 黄利 飞", ["黄利飞"]),
    ("湖南日报全媒体记者 黄 利飞 通讯员 张 三", ["黄利飞", "张三"]),
    ("湖南日报全媒体记者 黄利 张飞", ["黄利", "张飞"]),  # two names stay two
])
def test_a_byline_with_ocrs_spaces_signs_the_story_under_its_headline(
        byline: str, names: list[str]) -> None:
    page = ("长沙虚拟电厂运行一年调查\n\n一度电的“余量”能卖多少钱？\n\n"
            f"{byline}\n\n傍晚6点，长沙城区用电进\n入晚高峰。长沙高新区一座\n"
            "负荷聚合平台的大屏上，一\n条曲线缓缓下压。\n")
    (article,) = split_page(page).articles
    assert article.title == "一度电的“余量”能卖多少钱？"
    assert article.authors == names
    assert article.paragraphs[0].startswith("傍晚6点")
    assert byline_names(byline) == names


# A trade paper's page (湖南农民报) as an OCR engine spaced it throughout: the masthead, the
# date, the page number run into its section, then a kicker over a headline wrapped after
# its locative, and a byline the closing-up left without a space.
TRADE_PAPER_PAGE = (
    "湖 南 农 民 报\n2025 年 6 月 5 日 星 期 四\n3 农 事\n责 编 / 刘 畅\n\n"
    "芒 种 时 节 农 事 忙\n\n南 县 稻 虾 田 里\n“ 一 田 双 收 ”\n\n"
    "本 报 记 者 谢 娟 通 讯 员 卢 平\n\n6 月 4 日 ， 南 县 三 仙 湖 镇\n"
    "万 亩 稻 虾 基 地 里 ， 一 台 台 插\n秧 机 来 回 穿 梭 ， 农 户 们 正 忙\n"
    "着 收 最 后 一 批 小 龙 虾 。\n")


def test_an_ocr_page_of_a_trade_paper_gives_its_head_to_the_page_and_its_stack_to_its_story(
) -> None:
    page = split_page(decode_page(TRADE_PAPER_PAGE.encode("utf-8")).text)
    assert (page.meta.date, page.meta.page, page.meta.section) == ("2025-06-05", "3", "农事")
    (article,) = page.articles
    assert (article.kicker, article.title) == ("芒种时节农事忙", "南县稻虾田里“一田双收”")
    assert article.authors == ["谢娟", "卢平"]
    assert article.paragraphs[0].startswith("6月4日，南县三仙湖镇")


@pytest.mark.parametrize(("line", "head"), [
    ("3农事", ("3", "农事")),
    ("12经济", ("12", "经济")),
    ("3个海外仓", None),  # a count the wrap cut off its headline
    ("8部电梯", None),
])
def test_only_a_page_number_run_into_a_section_word_is_read_as_the_pages_head(
        line: str, head: tuple[str, str] | None) -> None:
    assert glued_page_head(line) == head


@pytest.mark.parametrize(("line", "byline"), [
    ("本报记者谢娟通讯员卢平", True),
    ("湖南日报全媒体记者王卓", True),
    ("本报记者了解到", False),  # a narrow column's line of text
    ("据本报记者了解", False),
])
def test_a_byline_run_together_is_told_from_a_line_of_text_by_its_surnames(
        line: str, byline: bool) -> None:
    assert is_byline(line) is byline
