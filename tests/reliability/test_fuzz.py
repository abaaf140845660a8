"""Fuzzing the reader, splitter and extractors with newspaper-like pages.

Strategies live in tests/helpers/strategies.py. CI runs the examples below; a release runs
``XIANGYUE_LONG=1 uv run pytest tests/reliability/test_fuzz.py`` (20× the examples).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings

from desktop_app.core.extraction.analysis import analyse
from desktop_app.core.reading.pages import clean_text, decode_page
from desktop_app.core.splitting.split import split_page
from desktop_app.core.vocabulary import ARTICLE_KINDS
from tests.helpers.strategies import SENTENCES, page_bytes, page_texts

SCALE = 20 if os.environ.get("XIANGYUE_LONG") else 1


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples * SCALE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@fuzz(150)
@given(page_bytes())
def test_any_saved_page_decodes_to_its_clean_text(saved: tuple[bytes, str]) -> None:
    data, text = saved
    page = decode_page(data, "page.txt")
    assert page.text == clean_text(text)
    for invisible in ("\x00", "\u200b", "\u202e", "\ufeff", "\r"):
        assert invisible not in page.text


# Photo captions outnumbering the story's lines once made its widest line a headline.
_CAPTION = "图为长沙经开区一角。（黄利飞 摄）"
_STORY = "全省绿色智能计算产业规模达8520亿元，同比\n增长19.2%。"
CAPTIONS_OUTNUMBER_THE_STORY = "\n".join([
    "算力经济湖南瞄准世界一流", "湖南日报全媒体记者 黄利飞", _STORY, _CAPTION, _CAPTION,
    "（下转2版）", "算力经济湖南瞄准世界一流", "——聚焦高质量发展", "湖南日报长沙1日讯",
    _STORY, _CAPTION, _CAPTION, "长沙经开区着力打造智能算力设施高地，探索高效", "应用运行新模式。",
    _CAPTION, _CAPTION, "",
])


@fuzz(120)
@given(page_texts())
@example(CAPTIONS_OUTNUMBER_THE_STORY)
def test_the_splitter_keeps_every_sentence_and_valid_offsets(text: str) -> None:
    page = split_page(text)
    assert page.articles
    joined = "".join(a.text.replace("\n", "") for a in page.articles)

    for sentence in SENTENCES:
        if sentence in text.replace("\n", ""):
            # Wrapped or not, a printed sentence is in some article, whole.
            assert sentence[:8] in joined
    for article in page.articles:
        assert article.kind in ARTICLE_KINDS
        assert article.title.strip()  # the list never shows an untitled row
        assert 0 <= article.source_start <= article.source_end <= len(text)
        assert article.text == "\n".join(article.paragraphs)
    assert len({a.id for a in page.articles}) == len(page.articles)


def test_a_wrapped_body_before_a_caption_is_kept() -> None:
    text = ("算力经济湖南瞄准世界一流\n湖南日报全媒体记者 黄利飞\n全省绿色智能计算\n产业规模达852\n"
            "0亿元，同比增长\n19.2%。\n图为长沙经开区一角。（黄利飞 摄）\n")
    joined = "".join(a.text.replace("\n", "") for a in split_page(text).articles)
    assert "全省绿色智能计算产业规模达8520亿元" in joined


def test_a_repeated_wrapped_line_does_not_lose_the_body() -> None:
    text = ("湖南日报全媒体记者 黄利飞\n全省绿色智能计算\n产业规模达852\n0亿元，同比增长\n19.2%。\n"
            "19.2%。\n（下转2版）\n算力经济湖南瞄准世界一流\n湖南日报全媒体记者 黄利飞\n"
            "全省绿色智能计算\n产业规模达852\n0亿元，同比增长\n19.2%。长沙\n经开区着力打造智\n能算力设施高地，\n"
            "探索高效应用运行\n新模式。\n新模式。\n算力经济湖南瞄准世界一流\n")
    joined = "".join(a.text.replace("\n", "") for a in split_page(text).articles)
    assert "长沙经开区着力打造智能算力设施高地" in joined


def test_a_wrapped_body_after_a_dateline_line_is_kept() -> None:
    text = ("算力经济湖南瞄准世界一流\n——聚焦高质量发展\n湖南日报长沙1日讯\n"
            "全省绿色智能计算产业规模\n达8520亿元，同比增长\n19.2%。\n")
    joined = "".join(a.text.replace("\n", "") for a in split_page(text).articles)
    assert "全省绿色智能计算产业规模达8520亿元" in joined


@fuzz(40)
@given(page_texts())
def test_extracted_numbers_and_names_point_at_their_text(text: str) -> None:
    for article in split_page(text).articles:
        analysis = analyse(article.text)
        for span in [*analysis.numbers, *analysis.entities]:
            assert 0 <= span.start < span.end <= len(article.text)
            assert article.text[span.start:span.end] == span.text
