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


OCR_PHOTOS = """汨 罗 江畔 龙 舟 竞 渡

5月31日 ,2025年汨 罗 江国际 龙 舟节龙舟赛在
汨 罗市 屈 子 文化园 河段举行,来 自 各 地的36支
龙舟队同 场竞技 ,两岸数万名 群众 呐喊助 威。
湖 南日报全媒体记者 李健 摄

丨 一 ee

南县 :稻虾 田里收获忙

6月 1日,南县 乌嘴 乡 ,农 民在 稻 虾共作 基地捕
捞小龙虾 。今年该县 稻 虾 种 养面积 稳 走在60万
亩以上,小龙虾远 销全国20多个省份 。
通讯 员  何超  摄

EE

5月30日 ,张 家 界 市武 陵源区 ,游 客在天 子山
景区欣赏 云 海奇 观。
通讯员 吴勇兵 摄
"""


def test_a_photos_place_and_colon_title_is_not_taken_for_a_sentence_the_photo_cut() -> None:
    # Stray letters off a photo (丨 一 ee, EE) are no text; 南县 : opens a place's
    # headline, not a clause a sentence goes on from past the photo.
    articles = split_page(OCR_PHOTOS).articles
    titles = ["".join(a.title.split()) for a in articles]
    assert "南县：稻虾田里收获忙" in titles
    photo = articles[titles.index("南县：稻虾田里收获忙")]
    assert "".join(photo.paragraphs[0].split()).startswith("6月1日，南县乌嘴乡")
    assert not any("ee" in a.title or "EE" in a.title for a in articles)


@pytest.mark.parametrize("line", ["丨 一 ee", "EE", "Wr i"])
def test_a_few_stray_letters_off_a_photo_are_noise(line: str) -> None:
    assert is_ocr_noise(line)


@pytest.mark.parametrize("line", ["AI赋能", "CBA季后赛", "5G"])
def test_letters_beside_a_word_or_a_figure_are_text(line: str) -> None:
    assert not is_ocr_noise(line)


def test_a_photos_title_of_two_phrases_apart_heads_its_caption_and_no_more() -> None:
    page = ('这 个 儿 童 节  博物馆 里"寻宝"\n\n6月1日 ,小 朋 友 在湖南博物院参 加"马王堆汉\n'
            '墓寻 宝"研学活动。儿童节 期 间 ,全省各 大博\n'
            '物馆推出研 学 、手工体验等活动 百 余 场 。\n'
            '湖南日报 全媒体记者 田超 摄\n\n高 铁 站 里 的 "端 午 味"\n\n'
            '5月 31日,长沙南站,志愿者 为旅 客 送上棕子\n和香囊。端午假期,长沙南站累计发 送旅客约\n'
            '78万 人 次。\n湖 南日 报全媒体 记者 田 超 摄\n')
    titles = ["".join(a.title.split()) for a in split_page(page).articles]
    assert titles == ['这个儿童节博物馆里"寻宝"', '高铁站里的"端午味"']
