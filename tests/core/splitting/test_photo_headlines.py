"""A photo's headline printed over its caption, between stories."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

STORY = """犬木塘水库工程输水总干渠首段试通水

本报讯 4月6日10时许，随着输水总干渠进口闸门缓缓开启，清澈的资水沿着渠道奔流而下。

据介绍，工程全部建成后，将有效缓解两市部分地区季节性缺水问题。

（肖文胜 钟海燕）

"""
PHOTO = """春灌时节水润田

4月2日，泰和县螺溪镇，农民引水灌溉早稻秧田。连日来，当地提前开展渠道清淤、泵站检修。 邓和平 摄
"""


def test_a_photo_headline_under_a_signed_off_story_heads_its_caption() -> None:
    articles = split_page(STORY + PHOTO).articles
    assert [a.title for a in articles] == ["犬木塘水库工程输水总干渠首段试通水", "春灌时节水润田"]
    assert articles[1].paragraphs[0].startswith("4月2日，泰和县螺溪镇")
    assert articles[1].byline == "邓和平 摄"


def test_under_a_byline_a_photo_still_cuts_the_story_it_opens() -> None:
    page = ("茶乡新事\n\n本报记者 谭敏\n\n安化县的茶园里\n\n"
            "4月10日，茶农在茶园里采摘春茶。 龚芳 摄\n\n里，采茶人身背竹篓穿行在茶垄间。\n")
    titles = [a.title for a in split_page(page).articles]
    assert "安化县的茶园里" not in titles
