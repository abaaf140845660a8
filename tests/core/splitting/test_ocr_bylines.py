"""A byline OCR read spaces into (湖南日报全媒体 记者 黄利 飞) still signs the story under
its headline, with the reporter's whole name."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.signatures import byline_names
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
