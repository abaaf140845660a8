"""A page OCR'd from a phone photo: marks read off a photo's edge are no text, and a
credit whose spaces went is a credit still."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.ocr_noise import is_ocr_noise
from desktop_app.core.splitting.split import split_page

PAGE = """返乡路上暖意相随

湖南日报2月2日讯（全媒体记者 谢雨桐）2月2日，春运正式拉开帷幕。

| 、一 ’ ‖
_ 丨 二 ;
。! 、 I

志愿服务暖归途

2月2日，怀化南站，志愿者帮助旅客搬运行李。

湖南日报全媒体记者向新通讯员舒宁摄
"""


def test_marks_ocr_read_off_a_photos_edge_are_no_title_and_no_text() -> None:
    story, photo = split_page(PAGE).articles
    assert photo.title == "志愿服务暖归途"
    assert photo.paragraphs == ["2月2日，怀化南站，志愿者帮助旅客搬运行李。"]
    assert "向新" in photo.byline
    assert not any("‖" in p or "丨" in p for a in (story, photo) for p in a.paragraphs)


@pytest.mark.parametrize("line", ["（一）", "3%。", "雨”。", "* * *", "------", "①②③", "CN 43"])
def test_a_numbers_a_wrapped_tails_and_a_rules_marks_are_no_noise(line: str) -> None:
    assert not is_ocr_noise(line)
