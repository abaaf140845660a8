"""Property tests: the splitter never crashes, never loses text, and its offsets hold.

The generated pages imitate what extraction produces: Markdown or bare headlines,
bylines, datelines, text hard-wrapped at a narrow column with or without blank lines.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.splitting.split import split_page
from desktop_app.core.vocabulary import ARTICLE_KINDS

SENTENCES = [
    "全省绿色智能计算产业规模达8520亿元，同比增长19.2%。",
    "长沙经开区着力打造智能算力设施高地，探索高效应用运行新模式。",
    "企业负责人表示，项目建成后将助力我国在先进陶瓷粉体产业领域自主可控。",
    "湘江新区的一些企业已经跃跃欲试，将投资眼光落在了益阳。",
    "轻工行业生产较快回升，盈利持续改善，国内消费市场稳步增长。",
    "博世落户长沙二十年，产值与销售额比成立之初增长近40倍。",
    "株洲完全自主开发的高速电驱回转系统，为传统工程机械注入了新能源的绿色脊椎。",
    "贵州省向全国72家企业发放了首批89张算力券，涵盖总额1亿元的现金券。",
]
TITLES = [
    "算力经济湖南瞄准世界一流",
    "益阳加盟长株潭都市圈",
    "轻工企业利润稳步回升",
    "博世扎根湖南二十年",
    "工程机械再制造走向全球",
    "贵州发放首批算力券",
]
NAMES = ["黄利飞", "彭雅惠", "谢卓芳", "孟姣燕", "刘乐"]


@st.composite
def articles(draw: st.DrawFn) -> list[tuple[str, str, list[str]]]:
    count = draw(st.integers(1, 3))
    titles = draw(st.lists(st.sampled_from(TITLES), min_size=count, max_size=count, unique=True))
    result = []
    for title in titles:
        # Within an article paragraphs differ (a repeat there is an extraction fault);
        # across articles the same sentences may recur and must be kept.
        paragraphs = draw(
            st.lists(
                st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3, unique=True).map(
                    "".join
                ),
                min_size=1,
                max_size=4,
                unique=True,
            )
        )
        result.append((title, f"湖南日报全媒体记者 {draw(st.sampled_from(NAMES))}", paragraphs))
    return result


def _wrap(paragraph: str, width: int, blank: bool) -> str:
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    return ("\n\n" if blank else "\n").join(lines)


def _render(items: list[tuple[str, str, list[str]]], style: str, width: int, blank: bool) -> str:
    out = []
    for title, byline, paragraphs in items:
        out.append(f"## {title}" if style == "markdown" else title)
        out.append(byline)
        out.extend(_wrap(p, width, blank) if style == "wrapped" else p for p in paragraphs)
    return "\n\n".join(out) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    articles(), st.sampled_from(["markdown", "bare", "wrapped"]), st.integers(12, 22), st.booleans()
)
def test_generated_pages_keep_every_article_and_every_paragraph(items, style, width, blank):
    page = split_page(_render(items, style, width, blank))
    bodies = [a for a in page.articles if a.kind != "photo_caption"]
    assert [a.title for a in bodies] == [title for title, _, _ in items]
    for article, (_, byline, paragraphs) in zip(bodies, items, strict=True):
        assert article.byline == byline
        assert article.text.replace("\n", "") == "".join(paragraphs)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("湖南日报记者摄。，”“\n #*◀(上接1版)讯 　0123abc本报")),
        max_size=400,
    )
)
def test_any_text_splits_without_error_and_offsets_point_into_it(text: str) -> None:
    page = split_page(text)
    for article in page.articles:
        assert article.kind in ARTICLE_KINDS
        assert 0 <= article.source_start <= article.source_end <= len(text)
        assert article.text == "\n".join(article.paragraphs)
        for start, end in article.paragraph_spans:
            assert 0 <= start <= end <= len(text)
    assert len({a.id for a in page.articles}) == len(page.articles)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    page = split_page(text)
    for article in page.articles:
        assert not re.search(r"[\r]", article.text)
        assert 0 <= article.source_start <= article.source_end <= len(text)
