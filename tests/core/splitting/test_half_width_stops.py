"""Pages whose tool or OCR engine set the full stop half-width ("…说."), split as printed."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

PAGE = """祁东黄花菜今年产量预计达3.8万吨

本报讯（记者 王 晴） 时下，祁东县黄花菜进入晒制销售旺季.

"今年一斤干黄花菜卖到了55元，比去年高出8元."合作社负责人李春林说.

常宁塔山瑶乡稻谷飘香

9月21日，常宁市塔山瑶族乡，梯田里金黄的稻谷迎来收割季.

（全媒体记者 罗 凯 摄）
"""


def test_a_photos_title_after_a_story_ending_on_a_half_width_stop_titles_the_photo() -> None:
    story, photo = split_page(PAGE).articles
    assert story.paragraphs[-1].endswith("合作社负责人李春林说.")
    assert photo.title == "常宁塔山瑶乡稻谷飘香"
    assert photo.paragraphs == ["9月21日，常宁市塔山瑶族乡，梯田里金黄的稻谷迎来收割季."]


def test_a_number_the_wrap_cut_after_its_point_goes_on_in_its_sentence() -> None:
    page = ("全省油茶林面积稳定增长\n\n本报讯（记者 王 晴） 今年全省油茶林面积达到2.\n"
            "5万亩，比上年增加一成。\n")
    [article] = split_page(page).articles
    assert article.paragraphs == ["今年全省油茶林面积达到2.5万亩，比上年增加一成。"]
